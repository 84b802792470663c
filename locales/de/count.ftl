count-days = { $n ->
    [one] { $n } Tag
   *[other] { $n } Tage
}
count-weeks = { $n ->
    [one] { $n } Woche
   *[other] { $n } Wochen
}
count-steps = { $n ->
    [one] { $n } Schritt
   *[other] { $n } Schritte
}
count-tasks = { $n ->
    [one] { $n } Aufgabe
   *[other] { $n } Aufgaben
}
count-checkins = { $n ->
    [one] { $n } Eintrag
   *[other] { $n } Einträge
}
count-times = { $n ->
    [one] einmal
   *[other] { $n }-mal
}
count-notes = { $n ->
    [one] { $n } Notiz
   *[other] { $n } Notizen
}
count-urges = { $n ->
    [one] { $n } Drang
   *[other] { $n } Momente des Drangs
}
count-files = { $n ->
    [one] { $n } Datei
   *[other] { $n } Dateien
}
count-events = { $n ->
    [one] { $n } Ereignis
   *[other] { $n } Ereignisse
}
count-seconds = { $n ->
    [one] { $n } Sekunde
   *[other] { $n } Sekunden
}
count-steps-of = { $done } von { $total ->
    [one] { $total } Schritt
   *[other] { $total } Schritten
}
count-tasks-of = { $done } von { $total ->
    [one] { $total } Aufgabe
   *[other] { $total } Aufgaben
}
