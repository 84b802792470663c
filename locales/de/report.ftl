report-footer = Erstellt von { $plan } auf deinem eigenen Gerät, am { $date }. Diese Seite enthält deine Notizen: Bewahre sie an einem privaten Ort auf.
report-heading = Wie weit du gekommen bist
report-dates-one-day = { $first } · der erste Tag
report-dates = { $first } bis { $last } · { $length }
report-ended = Dieser Plan endete am { $date }: { $outcome }.
report-why = Dein Warum, { $date }

report-safety-label = Wo es Hilfe gibt
report-safety-found = Deine Einschätzung vom { $date } { $found }.

report-figures-label = In Zahlen
report-figure-now = { $n ->
    [one] Tag ohne Kontakt, aktuelle Strecke
   *[other] Tage ohne Kontakt, aktuelle Strecke
}
report-figure-longest = { $n ->
    [one] Tag, deine längste Strecke
   *[other] Tage, deine längste Strecke
}
report-figure-total = { $n ->
    [one] Tag ohne Kontakt insgesamt
   *[other] Tage ohne Kontakt insgesamt
}
report-figure-checkins = { $n ->
    [one] Tageseintrag
   *[other] Tageseinträge
}
report-figure-resets = { $n ->
    [one] Mal neu angefangen
   *[other] Mal neu angefangen
}

report-no-contact-heading = Kontaktsperre
report-no-contact-lede = Jeder Balken ist eine Strecke von Tagen ohne Kontakt; jeder Punkt ein Tag, an dem sie unterbrochen wurde. Nach einem Ausrutscher beginnt die Zählung neu. Die Tage davor nimmt er dir nie.
report-runs-before = { $n ->
    [one] { $n } frühere Strecke
   *[other] { $n } frühere Strecken
}
report-run-dates = { $from } – { $to }
report-run-now = heute
report-run-then = danach { $contact }
report-run-then-notes = danach { $contact }: { $notes }

report-looking-heading = Nicht aufs Profil schauen
report-looking-lede = Ein Blick auf das Profil oder die Fotos wird für sich gezählt. Die Zählung der Kontaktsperre beginnt dadurch nie neu.
report-looking-none = Kein Tag ist als Blick erfasst: { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} seit dem { $since }.
report-looking-some = { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} ohne Blick, seit dem { $since }. Die längste Strecke ohne: { $longest ->
    [one] { $longest } Tag
   *[other] { $longest } Tage
}. Tage mit einem Blick: { $looks }.

report-mood-heading = Stimmung und Impuls
report-mood-none = Noch keine Stimmung und kein Impuls erfasst. { $command } fügt einen Tag hinzu.
report-key-mood = Stimmung, 1 bis 10
report-key-urge = Impuls, Kontakt aufzunehmen, 0 bis 10
report-key-slip = Ein Ausrutscher
report-mood-grain-day = Jeder Punkt ist ein Tag.
report-mood-grain-week = Jeder Punkt ist der Schnitt einer Woche.
report-mood-grain-month = Jeder Punkt ist der Schnitt eines Monats.
report-mood-way-up = Steigt die Stimmung und sinkt der Impuls, geht es aufwärts.
report-heatmap-heading = Stimmung, Tag für Tag
report-scale-low = niedrig
report-scale-high = hoch
report-scale-slip = ein Ausrutscher
report-no-checkin = kein Eintrag
report-day-mood = Stimmung { $mood }
report-day-urge = Impuls { $urge }
report-day-notes = { $n ->
    [one] eine Notiz
   *[other] { $n } Notizen
}
report-year-average = Stimmung im Schnitt { $mood }
report-heatmap-month = Stimmung im { $month }
report-heatmap-year = Stimmung im Jahr { $year }
report-weekday-letter = { $weekday ->
    [1] M
    [2] D
    [3] M
    [4] D
    [5] F
    [6] S
   *[7] S
}

report-timeline-label = Strecken ohne Kontakt und Ausrutscher, { $first } bis { $last }
report-trend-label = Stimmung und Impuls, { $first } bis { $last }
report-timeline-run = { $from } – { $to }: { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} ohne Kontakt
report-timeline-run-current = { $from } – { $to }: { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} ohne Kontakt, und es werden mehr
report-timeline-today = heute
report-timeline-end = Ende
report-dot-mood = { $period }: Stimmung { $value }
report-dot-urge = { $period }: Impuls { $value }
report-period-week = Woche ab { $date }
report-period-month = { $from } – { $to }

report-milestones-heading = Meilensteine
report-milestones-lede = Für die Strecke seit dem { $since }.
report-milestones-none = Der erste, nach 7 Tagen, lag noch vor dir, als der Plan endete.
report-milestone-reached = erreicht am { $date }
report-milestone-ahead = am { $date }
report-milestones-earlier = In früheren Strecken erreicht. Ein Ausrutscher hat die Strecke beendet, nicht das, was du erreicht hast.
report-milestone-earlier = erreicht am { $date }, in der Strecke ab dem { $run }
report-milestones-longest = Deine bisher längste Strecke: { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}.

report-steps-heading = Schritte
report-steps-done = { $done } von { $total } erledigt.
report-step-done = erledigt am { $date }
report-step-opens = offen ab { $date }
report-step-now = jetzt
report-step-later = später
report-earlier = Bis zum { $until } mit „{ $title }“: { $done }.
report-earlier-none = Bis zum { $until } mit „{ $title }“: kein Schritt erledigt.

report-notes-heading = Deine Notizen
report-notes-lede = { $count ->
    [one] Deine einzige Notiz, in der Reihenfolge der Tage. Ein Tag mit Ausrutscher ist markiert.
   *[other] Alle deine { $count } Notizen, in der Reihenfolge der Tage. Tage mit Ausrutscher sind markiert.
}
