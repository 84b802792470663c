urge-stop = Halte hier einen Moment inne. Das Gefühl ist stark, und es geht vorbei.
urge-safety = Deine Einschätzung vom { $date } { $flag }. { $help }
urge-names-and = {" und "}
urge-partners = { $count ->
    [one] { $names } weiß schon, wie es dir geht. Melde dich jetzt bei dieser Person, oder schick `plan sos`, dann sieht sie es beim nächsten Abgleich.
   *[other] { $names } wissen schon, wie es dir geht. Melde dich jetzt bei ihnen, oder schick `plan sos`, dann sehen sie es beim nächsten Abgleich.
}
urge-count-starts = Deine Zählung der Tage ohne Kontakt beginnt heute. Jeder Tag ab jetzt zählt, und heute ist einer davon.
urge-count = { $days ->
    [one] { $days } Tag ohne Kontakt, seit { $since }. Wenn du dich jetzt meldest, beginnt die Zählung von vorn.
   *[other] { $days } Tage ohne Kontakt, seit { $since }. Wenn du dich jetzt meldest, beginnt die Zählung von vorn.
}
urge-why = Dein Warum, in deinen Worten ({ $date }):
urge-quoted = „{ $text }“
urge-no-why = Wenn das vorbei ist, schreib auf, warum du das tust: `plan why "…"`. Beim nächsten Mal steht es hier.
urge-instead = Stattdessen, jetzt gleich:
urge-something-else = Noch etwas, das hilft:

urge-instead-friend = Ruf jemanden an, dem du vertraust, oder schreib ihm: Sag, dass das gerade ein schwerer Moment ist.
urge-instead-walk = Geh spazieren, oder beweg dich zehn Minuten lang.
urge-instead-journal = Schreib, was du sagen willst, in ein Tagebuch, nicht an die Person.
urge-instead-breathe = Atme langsam: bis vier ein, bis sechs aus, zehnmal.
urge-instead-hands = Tu etwas mit den Händen: kochen, aufräumen, zeichnen, etwas spielen.
urge-instead-bed = Wenn es spät ist, geh schlafen; morgens sieht vieles anders aus.
urge-instead-phone = Leg dein Handy für eine halbe Stunde in ein anderes Zimmer.
urge-instead-water = Trink ein Glas Wasser, und iss etwas, falls du noch nichts gegessen hast.
urge-instead-shower = Geh duschen, oder spritz dir kaltes Wasser ins Gesicht.
urge-instead-song = Leg ein Lied auf, das nur dir gehört, und hör es ganz bis zum Ende.
urge-instead-outside = Geh kurz nach draußen und nenne fünf Dinge, die du siehst.
urge-instead-did-well = Schreib drei Dinge auf, die du diese Woche gut gemacht hast.
urge-instead-archive = Archiviere den Chat mit der Person, damit er nicht das Erste ist, was du siehst.

urge-plan-next = Plane in einer ruhigeren Stunde für das nächste Mal: `plan if "WENN" "DANN"`.
urge-wait = Warte zehn Minuten, bevor du etwas entscheidest. Ein Impuls kommt und geht; wenn er nachgelassen hat, entscheidest du leichter.
urge-afterwards = Danach: `plan urge --resolve held`, oder `slipped`, falls du dich gemeldet hast.

urge-no-drafts = Keine Entwürfe. Im Terminal bietet dir `plan urge` einen Platz, einen zu schreiben, statt ihn zu senden.
urge-draft-date = { $date } (nie gesendet):
urge-draft-offer = Wenn du die Nachricht schreiben musst, schreib sie hier. Sie bleibt in deinen privaten Entwürfen und wird nie gesendet. Schließe mit einer leeren Zeile ab; Enter allein überspringt.
