date-weekday = { $weekday ->
    [1] lunes
    [2] martes
    [3] miércoles
    [4] jueves
    [5] viernes
    [6] sábado
   *[7] domingo
}
date-weekday-abbr = { $weekday ->
    [1] lun
    [2] mar
    [3] mié
    [4] jue
    [5] vie
    [6] sáb
   *[7] dom
}
date-weekday-short = { $weekday ->
    [1] lu
    [2] ma
    [3] mi
    [4] ju
    [5] vi
    [6] sá
   *[7] do
}
date-month = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
date-month-abbr = { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
}
date-full = { date-weekday }, { $day } de { date-month } de { $year }
date-long = { $day } de { date-month } de { $year }
date-short = { $day } { date-month-abbr } { $year }
date-day = { date-weekday-abbr } { $day } { date-month-abbr } { $year }
date-day-month = { $day } { date-month-abbr }
date-weekday-day = { date-weekday-abbr } { $day }
date-month-year = { date-month } de { $year }
date-short-month-year = { date-month-abbr } { $year }
