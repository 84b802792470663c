count-days = { $n ->
    [one] { $n } día
   *[other] { $n } días
}
count-weeks = { $n ->
    [one] { $n } semana
   *[other] { $n } semanas
}
count-steps = { $n ->
    [one] { $n } paso
   *[other] { $n } pasos
}
count-tasks = { $n ->
    [one] { $n } tarea
   *[other] { $n } tareas
}
count-checkins = { $n ->
    [one] { $n } registro
   *[other] { $n } registros
}
count-times = { $n ->
    [one] { $n } vez
   *[other] { $n } veces
}
count-notes = { $n ->
    [one] { $n } nota
   *[other] { $n } notas
}
count-urges = { $n ->
    [one] { $n } impulso
   *[other] { $n } impulsos
}
count-files = { $n ->
    [one] { $n } archivo
   *[other] { $n } archivos
}
count-events = { $n ->
    [one] { $n } evento
   *[other] { $n } eventos
}
count-seconds = { $n ->
    [one] { $n } segundo
   *[other] { $n } segundos
}
count-steps-of = { $done } de { $total ->
    [one] { $total } paso
   *[other] { $total } pasos
}
count-tasks-of = { $done } de { $total ->
    [one] { $total } tarea
   *[other] { $total } tareas
}
