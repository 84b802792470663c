# `plan next`: ein aktueller Schritt, vollständig.

next-more-lines = … { $rest ->
    [one] noch { $rest } Zeile
   *[other] noch { $rest } Zeilen
}: `{ $command } | less -R` zeigt alle.
next-all-done = Alle Schritte dieses Leitfadens sind erledigt.
next-all-done-keep-going = Trag deine Tage gern weiter ein: die Zählung und deine Notizen bleiben deine.
next-step = Schritt { $number } von { $total }: { $title }  ({ $phase })
next-tasks = Aufgaben (`plan done N` hakt eine ab):
next-tasks-of-step = Aufgaben (`plan done --step { $id } N` hakt eine ab):
next-tips = Tipps:
next-avoid = Lieber nicht:
next-examples = Beispiele:

## Bei jedem Schritt, der zum Kontakt hinführt, egal was der Leitfaden sagt.
next-caution = Denk daran: Zurückzugehen lohnt sich nur, wenn es dir guttut. War die Beziehung gewaltvoll oder kontrollierend, tut es das nicht. Die Person darf Nein sagen, und du auch; ein Nein ist eine Antwort, die man respektiert, kein Problem, das man löst.
next-planned-contact = Kontakt, den dieser Schritt vorsieht, ist kein Ausrutscher: `plan contact planned` hält ihn fest, und die Zählung deiner Tage ohne Kontakt bleibt, wie sie ist.

## Was die letzte Einschätzung gesagt hat, bei einem Schritt zum Kontakt hin.
next-readiness-wait = Deine Einschätzung vom { $date } riet zu warten. Dieser Schritt kann mitwarten: mach `plan assess` noch einmal, wenn sich die Lage beruhigt hat.
next-readiness-move-on = Deine Einschätzung vom { $date } wies in Richtung Loslassen. Vertrau darauf, bevor du diesen Schritt gehst: `plan switch move-on` behält alles und folgt einem Leitfaden zum Loslassen.
next-readiness-none = Vor diesem Schritt stellt dir `plan assess` die Fragen, die es wert sind, ehrlich beantwortet zu werden.

## Wie der Schritt abgeschlossen wird.
next-done = Dieser Schritt ist erledigt. `plan undo { $id }` öffnet ihn wieder.
next-gate = Wartezeit: { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} ohne Kontakt (du bist bei { $now }); sie endet am { $date }.
next-gate-then = Ab dann schließt { $command } ihn ab.
next-when-done = Wenn dieser Schritt erledigt ist: { $command }.
next-not-current = Dieser Schritt ist noch nicht dran. `plan steps` zeigt, wo er steht.
next-also-current = Ebenfalls aktuell, neben diesem:
next-current-now = Jetzt aktuell:

## Ein Schritt zum Kontakt hin, während die Einschätzung einen Grund nennt, nie Kontakt aufzunehmen.
next-set-aside = Schritt { $number } von { $total }: zurückgestellt  ({ $phase })
next-set-aside-why = Dieser Schritt führt zum Kontakt hin. Deine Einschätzung vom { $date } { $named }, deshalb verlangt hier nichts, dass du dich meldest, und der Schritt bleibt offen, aber unberührt.
next-set-aside-ways = `plan switch move-on` folgt einem Weg zum Loslassen und behält alles, was du festgehalten hast. `plan urge` ist für die Momente da, in denen du dich melden möchtest.
