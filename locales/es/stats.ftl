# `plan stats`: todo el plan en números.

stats-heading = Tu plan en números, desde el { $date } ({ $days ->
    [one] { $days } día
   *[other] { $days } días
})
stats-no-contact = Contacto cero: { $now ->
    [one] { $now } día
   *[other] { $now } días
} ahora, { $longest ->
    [one] { $longest } día
   *[other] { $longest } días
} como máximo, { $total ->
    [one] { $total } día
   *[other] { $total } días
} en total
stats-resets = La cuenta volvió a empezar { $times ->
    [one] { $times } vez
   *[other] { $times } veces
}
stats-checkins = Registros: { $count } de { $days ->
    [one] { $days } día
   *[other] { $days } días
}
stats-mood = Ánimo: { $all } de media
stats-mood-month = Ánimo: { $all } de media, { $month } en los últimos 30 días
stats-urge = Impulso: { $all } de media
stats-urge-month = Impulso: { $all } de media, { $month } en los últimos 30 días
stats-urges = Impulsos afrontados con `plan urge`: { $total }; { $held ->
    [one] { $held } pasó sin contacto
   *[other] { $held } pasaron sin contacto
}
stats-steps = Pasos completados: { $done } de { $total }
