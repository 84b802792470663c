count-days = { $n ->
    [one] { $n } Tag
   *[other] { $n } Tage
}
count-steps = { $n ->
    [one] { $n } Schritt
   *[other] { $n } Schritte
}
count-checkins = { $n ->
    [one] { $n } Eintrag
   *[other] { $n } Einträge
}
count-times = { $n ->
    [one] einmal
   *[other] { $n }-mal
}
count-events = { $n ->
    [one] { $n } Ereignis
   *[other] { $n } Ereignisse
}
count-seconds = { $n ->
    [one] { $n } Sekunde
   *[other] { $n } Sekunden
}
