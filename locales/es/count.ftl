count-days = { $n ->
    [one] { $n } día
   *[other] { $n } días
}
count-steps = { $n ->
    [one] { $n } paso
   *[other] { $n } pasos
}
count-checkins = { $n ->
    [one] { $n } registro
   *[other] { $n } registros
}
count-times = { $n ->
    [one] { $n } vez
   *[other] { $n } veces
}
count-events = { $n ->
    [one] { $n } evento
   *[other] { $n } eventos
}
count-seconds = { $n ->
    [one] { $n } segundo
   *[other] { $n } segundos
}
