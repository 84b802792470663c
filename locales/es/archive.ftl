archive-result-proceed = adelante
archive-result-wait = esperar
archive-result-move-on = pasar página
archive-quote = «{ $text }»
archive-show-title = Plan archivado { $number }: «{ $title }» ({ $playbook })
archive-show-dates = Del { $started } al { $ended }.
archive-show-dates-outcome = Del { $started } al { $ended }: { $outcome }.
archive-heading-why = Tu porqué
archive-heading-urges = Impulsos
archive-heading-drafts = Borradores, nunca enviados
archive-heading-checks = Evaluaciones
archive-heading-steps = Pasos de «{ $title }»
archive-heading-notes = Notas
archive-none-written = Nada escrito.
archive-none = Ninguno.
archive-no-urges = Ninguno registrado con `plan urge`.
archive-no-checks = Ninguna.
archive-urges = { $total ->
    [one] { $total } impulso
   *[other] { $total } impulsos
}: { $how }.
archive-urges-held = { $n ->
    [one] { $n } resistido
   *[other] { $n } resistidos
}
archive-urges-slipped = { $n ->
    [one] { $n } acabó en contacto
   *[other] { $n } acabaron en contacto
}
archive-urges-open = uno del { $date } que nunca se cerró
archive-check = { $date }  { $result }.
archive-check-reason = { $date }  { $result }; { $reason }.
archive-step = { $title } [{ $id }]
archive-step-set-aside = (un paso hacia el contacto)
archive-step-done = { $step }, hecho el { $date }
archive-step-ticked = { $step }, { $done } de { $total ->
    [one] { $total } tarea marcada
   *[other] { $total } tareas marcadas
}
archive-show-checkins = { $checkins ->
    [one] { $checkins } registro: `plan log --archived { $number }` lo muestra; `plan export --archived { $number }` exporta el plan entero.
   *[other] { $checkins } registros: `plan log --archived { $number }` los muestra; `plan export --archived { $number }` exporta el plan entero.
}
archive-empty = No hay planes archivados. Un nuevo `plan start` guarda aquí, entero, el plan que termina.
archive-line = { $title } ({ $playbook }), del { $started } al { $ended }, { $checkins ->
    [one] { $checkins } registro
   *[other] { $checkins } registros
}
archive-line-outcome = { $title } ({ $playbook }), del { $started } al { $ended }, { $outcome }, { $checkins ->
    [one] { $checkins } registro
   *[other] { $checkins } registros
}
archive-hint = `plan archive show N` muestra todo lo que guarda el plan N; `plan log --archived N`, sus registros.
