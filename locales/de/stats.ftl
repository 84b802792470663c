# `plan stats`: der ganze Plan in Zahlen.

stats-heading = Dein Plan in Zahlen, seit { $date } ({ $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
})
stats-no-contact = Kein Kontakt: { $now ->
    [one] { $now } Tag
   *[other] { $now } Tage
} jetzt, { $longest ->
    [one] { $longest } Tag
   *[other] { $longest } Tage
} am längsten, { $total ->
    [one] { $total } Tag
   *[other] { $total } Tage
} insgesamt
stats-resets = Die Zählung hat { $times ->
    [one] einmal
   *[other] { $times }-mal
} neu begonnen
stats-checkins = Tageseinträge: { $count } von { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
}
stats-mood = Stimmung: { $all } im Schnitt
stats-mood-month = Stimmung: { $all } im Schnitt, { $month } in den letzten 30 Tagen
stats-urge = Impuls: { $all } im Schnitt
stats-urge-month = Impuls: { $all } im Schnitt, { $month } in den letzten 30 Tagen
stats-urges = Impulse, mit `plan urge` aufgefangen: { $total }, davon { $held } ohne Kontakt überstanden
stats-steps = Schritte: { $done } von { $total } erledigt
