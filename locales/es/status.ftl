# `plan status` (y `plan` a secas): dónde estás hoy.

## Las cuentas.
status-no-contact = Contacto cero: { $days }  (desde el { $since })
status-longest-run = Racha más larga: { $longest ->
    [one] { $longest } día
   *[other] { $longest } días
}; la cuenta volvió a empezar { $resets ->
    [one] { $resets } vez
   *[other] { $resets } veces
}
status-gate = { $bar }  { $days }/{ $gate ->
    [one] { $gate } día
   *[other] { $gate } días
}, el plazo se cumple el { $opens }
status-milestone = ★ { $days ->
    [one] { $days } día
   *[other] { $days } días
} de contacto cero hoy: un hito. Bien hecho.
status-milestone-hard-days = ★ { $days ->
    [one] { $days } día
   *[other] { $days } días
} de contacto cero hoy: un hito. Lo has mantenido incluso en días difíciles.
status-next-milestone = Próximo hito: { $days ->
    [one] { $days } día
   *[other] { $days } días
}, el { $date }

## Los días sin mirar su perfil o sus fotos.
status-looking = Sin mirar su perfil: { $days ->
    [one] { $days } día
   *[other] { $days } días
}  (desde el { $since })
status-looking-longest = Sin mirar su perfil: { $days ->
    [one] { $days } día
   *[other] { $days } días
}  (desde el { $since }; racha más larga: { $longest ->
    [one] { $longest } día
   *[other] { $longest } días
})
status-looking-milestone = ★ { $days ->
    [one] { $days } día
   *[other] { $days } días
} sin mirar: un hito. Bien hecho.
status-looking-milestone-hard-days = ★ { $days ->
    [one] { $days } día
   *[other] { $days } días
} sin mirar: un hito.
status-looking-next = Próximo hito sin mirar: { $days ->
    [one] { $days } día
   *[other] { $days } días
}, el { $date }

## Un plan que ha terminado.
status-ended = Este plan terminó el { $date }: { $outcome }.
status-ended-steps = Pasos completados: { $done } de { $total }. Todo se conserva: `plan log` lo muestra.
status-ended-start-again = `plan start` empieza un plan nuevo cuando quieras; este queda archivado, entero.

## Lo que encontró la evaluación, antes de cualquier cuenta.
status-safety-abuse = Tu evaluación del { $date } { $named }. Tu seguridad es lo primero, y ningún paso de aquí lleva de vuelta al contacto.
status-safety-they-asked = Tu evaluación del { $date } { $named }. Esa respuesta se respeta, y ningún paso de aquí lleva de vuelta al contacto.
status-safety-own-behaviour = Tu evaluación del { $date } { $named }. El camino es el contacto cero, y buscar ayuda para cambiar.
status-safety-letting-go = `plan switch move-on` sigue un camino para soltar, y lo conserva todo.

## Los pasos actuales.
status-step-set-aside = El paso { $number } de { $total } lleva hacia el contacto: queda apartado mientras siga en pie tu evaluación.
status-step = Paso { $number } de { $total }: { $title }  ({ $phase })
status-steps-done = Pasos completados: { $done } de { $total }
status-steps-done-tasks = Pasos completados: { $done } de { $total }; tareas marcadas: { $ticked } de { $tasks }
status-step-locked-until = Este paso se puede completar a partir del { $date }.
status-steps-side-by-side = Pasos completados: { $done } de { $total }. Actuales, en paralelo:
status-current-set-aside = { $number }. (apartado: lleva hacia el contacto)
status-current = { $number }. { $title }  ({ $phase })
status-current-tasks = { $number }. { $title }  ({ $phase }, { $ticked } de { $tasks ->
    [one] { $tasks } tarea
   *[other] { $tasks } tareas
})
status-current-locked-until = se puede marcar como hecho a partir del { $date }
status-all-done = { $total ->
    [one] Has completado el único paso. Llegar hasta aquí tiene mucho mérito.
   *[other] Has completado los { $total } pasos. Llegar hasta aquí tiene mucho mérito.
}

## Hoy y la semana.
status-checked-in = Hoy: día registrado.
status-latest-ahead = Último registro: { $date }, posterior a hoy.
status-no-checkin = Hoy: aún sin registro. `plan checkin --mood N --urge N` lo guarda.
status-mood-week = Ánimo (7 días): { $week }
status-urge-week = Impulso (7 días): { $week }
status-mood-week-to = Ánimo (7 días hasta el { $date }): { $week }
status-urge-week-to = Impulso (7 días hasta el { $date }): { $week }
status-trend = Esta semana: { $parts }.
status-trend-mood-same = ánimo { $now } frente a { $before }, más o menos igual
status-trend-mood-better = ánimo { $now } frente a { $before }, mejor
status-trend-mood-harder = ánimo { $now } frente a { $before }, más difícil
status-trend-urge-same = impulso { $now } frente a { $before }, más o menos igual
status-trend-urge-better = impulso { $now } frente a { $before }, mejor
status-trend-urge-harder = impulso { $now } frente a { $before }, más difícil
status-urge-open = Hay un impulso del { $date } sin cerrar: `plan urge --resolve held`, o `slipped`.
status-clock-ahead = Nota: tienes un registro con fecha { $date }, posterior a hoy. ¿Está bien el reloj?
status-clock-nothing-lost = No se ha cambiado ni perdido nada.
status-urge-hint = `plan urge` está ahí para los momentos en que quieras escribirle.
status-next-hint = `plan next` te muestra qué hacer ahora.

## `plan status --short`: una línea para el prompt; tan corta como en inglés.
status-short = cc { $days }d · { $step } · { $today }
status-short-ended = plan terminado { $date } · { $outcome }
status-short-step = paso { $number }/{ $total }
status-short-all-done = pasos completos
status-short-checked-in = registrado
status-short-checked-in-on = registrado { $date }
status-short-due = falta registro

## `plan` a secas, antes de que haya un plan.
status-welcome = plan: una agenda privada para atravesar una ruptura.
status-welcome-about = Lleva la cuenta de tus días de contacto cero (un desliz la hace empezar de nuevo, pero nunca borra nada), un registro diario de tu ánimo y de tu impulso de escribirle, y una guía de pasos que seguir, tanto si te lleva de vuelta a esa persona como si te ayuda a seguir sin ella. Todo se queda en este dispositivo.
status-welcome-begin = Para empezar:
status-welcome-start = elige un camino: reintentar, soltar o aún no lo sé
status-welcome-since = cuenta el contacto cero desde tu último contacto
status-welcome-playbooks = los caminos posibles y para qué sirve cada uno
status-welcome-help = `plan help` muestra todos los comandos.
