date-weekday = { $weekday ->
    [1] Montag
    [2] Dienstag
    [3] Mittwoch
    [4] Donnerstag
    [5] Freitag
    [6] Samstag
   *[7] Sonntag
}
date-weekday-abbr = { $weekday ->
    [1] Mo.
    [2] Di.
    [3] Mi.
    [4] Do.
    [5] Fr.
    [6] Sa.
   *[7] So.
}
date-weekday-short = { $weekday ->
    [1] Mo
    [2] Di
    [3] Mi
    [4] Do
    [5] Fr
    [6] Sa
   *[7] So
}
date-month = { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
}
date-month-abbr = { $month ->
    [1] Jan.
    [2] Feb.
    [3] März
    [4] Apr.
    [5] Mai
    [6] Juni
    [7] Juli
    [8] Aug.
    [9] Sept.
    [10] Okt.
    [11] Nov.
   *[12] Dez.
}
date-full = { date-weekday }, { $day }. { date-month } { $year }
date-long = { $day }. { date-month } { $year }
date-short = { $day }. { date-month-abbr } { $year }
date-day = { date-weekday-abbr }, { $day }. { date-month-abbr } { $year }
date-day-month = { $day }. { date-month-abbr }
date-weekday-day = { date-weekday-abbr } { $day }.
date-month-year = { date-month } { $year }
date-short-month-year = { date-month-abbr } { $year }
