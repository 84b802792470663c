# `plan status` (und `plan` allein): wo du heute stehst.

## Die Zählungen.
status-no-contact = Kein Kontakt: { $days }  (seit { $since })
status-longest-run = Längste Phase: { $longest ->
    [one] { $longest } Tag
   *[other] { $longest } Tage
}; die Zählung hat { $resets ->
    [one] einmal
   *[other] { $resets }-mal
} neu begonnen
status-gate = { $bar }  { $days }/{ $gate ->
    [one] { $gate } Tag
   *[other] { $gate } Tage
}, Wartezeit bis { $opens }
status-milestone = ★ Heute { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} ohne Kontakt: ein Meilenstein. Gut gemacht.
status-milestone-hard-days = ★ Heute { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} ohne Kontakt: ein Meilenstein. Du hast durchgehalten, auch an schweren Tagen.
status-next-milestone = Nächster Meilenstein: { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}, am { $date }

## Die Tage ohne Blick auf Profil oder Fotos.
status-looking = Nicht aufs Profil geschaut: { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}  (seit { $since })
status-looking-longest = Nicht aufs Profil geschaut: { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}  (seit { $since }; längste Phase: { $longest ->
    [one] { $longest } Tag
   *[other] { $longest } Tage
})
status-looking-milestone = ★ { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} ohne Blick aufs Profil: ein Meilenstein. Gut gemacht.
status-looking-milestone-hard-days = ★ { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} ohne Blick aufs Profil: ein Meilenstein.
status-looking-next = Nächster Meilenstein ohne Blick: { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}, am { $date }

## Ein Plan, der beendet ist.
status-ended = Dieser Plan endete am { $date }: { $outcome }.
status-ended-steps = { $done } von { $total ->
    [one] { $total } Schritt
   *[other] { $total } Schritten
} erledigt. Alles bleibt erhalten: `plan log` zeigt es.
status-ended-start-again = `plan start` beginnt einen neuen Plan, wenn du so weit bist; dieser bleibt vollständig archiviert.

## Was die Einschätzung ergeben hat, vor jeder Zählung.
status-safety-abuse = Deine Einschätzung vom { $date } { $named }. Deine Sicherheit geht vor, und kein Schritt hier führt zurück zum Kontakt.
status-safety-they-asked = Deine Einschätzung vom { $date } { $named }. Diese Antwort gilt, und kein Schritt hier führt zurück zum Kontakt.
status-safety-own-behaviour = Deine Einschätzung vom { $date } { $named }. Der Weg nach vorn heißt: kein Kontakt, und Hilfe, um etwas zu verändern.
status-safety-letting-go = `plan switch move-on` folgt einem Weg zum Loslassen und behält alles.

## Die aktuellen Schritte.
status-step-set-aside = Schritt { $number } von { $total } führt zum Kontakt hin: zurückgestellt, solange deine Einschätzung gilt.
status-step = Schritt { $number } von { $total }: { $title }  ({ $phase })
status-steps-done = { $done } von { $total ->
    [one] { $total } Schritt
   *[other] { $total } Schritten
} erledigt
status-steps-done-tasks = { $done } von { $total ->
    [one] { $total } Schritt
   *[other] { $total } Schritten
} erledigt, { $ticked } von { $tasks ->
    [one] { $tasks } Aufgabe
   *[other] { $tasks } Aufgaben
} abgehakt
status-step-locked-until = Dieser Schritt kann ab { $date } abgeschlossen werden.
status-steps-side-by-side = { $done } von { $total ->
    [one] { $total } Schritt
   *[other] { $total } Schritten
} erledigt. Aktuell, nebeneinander:
status-current-set-aside = { $number }. (zurückgestellt: führt zum Kontakt hin)
status-current = { $number }. { $title }  ({ $phase })
status-current-tasks = { $number }. { $title }  ({ $phase }, { $ticked } von { $tasks ->
    [one] { $tasks } Aufgabe
   *[other] { $tasks } Aufgaben
})
status-current-locked-until = kann ab { $date } als erledigt markiert werden
status-all-done = { $total ->
    [one] Dein Schritt ist erledigt. Gut, dass du bis hierher gekommen bist.
   *[other] Alle { $total } Schritte erledigt. Gut, dass du bis hierher gekommen bist.
}

## Heute und die Woche.
status-checked-in = Heute: eingetragen.
status-latest-ahead = Letzter Eintrag: { $date }, nach dem heutigen Tag.
status-no-checkin = Heute: noch kein Eintrag. `plan checkin --mood N --urge N` trägt ihn ein.
status-mood-week = Stimmung (7 Tage): { $week }
status-urge-week = Impuls (7 Tage): { $week }
status-mood-week-to = Stimmung (7 Tage bis { $date }): { $week }
status-urge-week-to = Impuls (7 Tage bis { $date }): { $week }
status-trend = Diese Woche: { $parts }.
status-trend-mood-same = Stimmung { $now } gegenüber { $before }, etwa gleich
status-trend-mood-better = Stimmung { $now } gegenüber { $before }, besser
status-trend-mood-harder = Stimmung { $now } gegenüber { $before }, schwerer
status-trend-urge-same = Impuls { $now } gegenüber { $before }, etwa gleich
status-trend-urge-better = Impuls { $now } gegenüber { $before }, besser
status-trend-urge-harder = Impuls { $now } gegenüber { $before }, schwerer
status-urge-open = Ein Impuls vom { $date } ist noch offen: `plan urge --resolve held` oder `slipped`.
status-clock-ahead = Hinweis: Du hast einen Eintrag vom { $date }, nach dem heutigen Tag. Stimmt die Uhr?
status-clock-nothing-lost = Es wurde nichts verändert, und nichts ist verloren.
status-urge-hint = `plan urge` ist für die Momente da, in denen du dich melden möchtest.
status-next-hint = `plan next` zeigt, was jetzt dran ist.

## `plan status --short`: eine Zeile für den Prompt; so kurz wie auf Englisch.
status-short = KS { $days }T · { $step } · { $today }
status-short-ended = Plan beendet { $date } · { $outcome }
status-short-step = Schritt { $number }/{ $total }
status-short-all-done = alles erledigt
status-short-checked-in = eingetragen
status-short-checked-in-on = eingetragen { $date }
status-short-due = Eintrag offen

## `plan` allein, bevor es einen Plan gibt.
status-welcome = plan: ein privater Planer, um durch eine Trennung zu kommen.
status-welcome-about = Er zählt die Tage ohne Kontakt (ein Ausrutscher lässt die Zählung neu beginnen, löscht aber nichts), hält in einem täglichen Eintrag deine Stimmung und deinen Impuls fest, dich zu melden, und begleitet dich mit einem Leitfaden aus Schritten – ob er zurück zu der Person führt oder ohne sie weiter. Alles bleibt auf diesem Gerät.
status-welcome-begin = So fängst du an:
status-welcome-start = Weg wählen: neu versuchen, loslassen oder noch offen
status-welcome-since = Tage ohne Kontakt ab dem letzten Kontakt zählen
status-welcome-playbooks = die Wege zur Auswahl, und wofür jeder gedacht ist
status-welcome-help = `plan help` listet alle Befehle auf.
