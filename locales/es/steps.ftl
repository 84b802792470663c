# `plan steps`: todos los pasos del plan y en qué punto está cada uno.

steps-state-done = hecho el { $date }
steps-state-set-aside = apartado
steps-state-gate = actual, plazo hasta el { $date }
steps-state-current = actual
steps-state-locked = bloqueado hasta el { $date }
steps-state-ahead = más adelante
steps-toward-contact = (un paso hacia el contacto)

## Una guía seguida antes de un `plan switch`.
steps-earlier = Antes del cambio del { $date }: «{ $title }». Pasos hechos: { $done }.
steps-earlier-ticked = Antes del cambio del { $date }: «{ $title }». Pasos hechos: { $done }. Tareas marcadas: { $ticked }.
steps-earlier-none = ninguno
steps-earlier-step-tasks = { $step } ({ $count ->
    [one] tarea
   *[other] tareas
} { $numbers })
