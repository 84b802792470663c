# Cada línea de error y su sugerencia: "error: <qué pasa>", luego "sugerencia: <cómo arreglarlo>".

error-line = error: { $message }
error-hint-line = sugerencia: { $hint }
error-warning-line = aviso: { $text }
error-note-line = nota: { $text }

## Lo que un comando rechaza, o no consigue hacer.

error-not-a-task = `{ $target }` no es un número de tarea, y --step ya indica el paso
error-not-a-task-hint = `plan done --step STEP_ID N` marca la tarea N; `plan done STEP_ID` completa el paso
error-empty-why = tu porqué necesita algunas palabras
error-empty-why-hint = por ejemplo `plan why "Quiero volver a sentirme yo"`
error-empty-if-then = un plan si-entonces necesita palabras para el «si» y para el «entonces»
error-empty-if-then-hint = por ejemplo `plan if "Me entran ganas de escribirle por la noche" "Llamo a Sam"`
error-no-if-then = no hay ningún plan si-entonces { $number }; hay { $count }
error-no-if-then-hint = `plan if` los muestra con sus números
error-systemctl-failed = `{ $line }` falló
error-systemctl-said = `{ $line }` falló: { $said }
error-systemctl-hint = no quedó nada instalado; `plan remind install --dry-run` muestra los archivos para instalarlos a mano
error-no-program-path = no se encontró dónde está el propio plan: { $err }
error-no-program-path-hint = no se escribió nada; la línea de crontab de `plan remind install` funciona sin esto si le pones la ruta de plan
error-remind-needs-ics = --remind es para un calendario: `--format ics`
error-remind-needs-ics-hint = por ejemplo `plan export --format ics --remind 20:00 -o plan.ics`
error-unanswered = { $missing } de { $asked } preguntas no tienen respuesta: { $ids }
error-unanswered-hint = da cada una como --answer ID=OPCIÓN (`plan assess --list` las muestra), o ejecuta `plan assess` en una terminal
error-checkin-before = { $recorded } ya tiene un registro y es anterior a { $date }
error-checkin-before-hint = el contacto cero empezó el primer día que registraste o antes: `plan since { $recorded }` o una fecha anterior
error-no-archived-plan = no hay ningún plan archivado { $number }; hay { $count }
error-no-archived-plan-hint = `plan archive` los muestra con sus números
error-archived-calendar = el plan archivado { $number } no tiene nada por delante, así que no hay calendario que exportar
error-archived-calendar-hint = `plan export --archived { $number }` lo exporta como json, csv o markdown
error-output-in-plan-folder = { $path } está en la carpeta del plan, { $dir }, donde solo escribe el propio plan
error-output-in-plan-folder-hint = no se escribió nada; indica un archivo en otro lugar, por ejemplo tu carpeta personal
error-export-unwritable = no se pudo escribir { $path }: { $err }
error-export-unwritable-hint = no se escribió nada ahí; indica un archivo en una carpeta donde puedas escribir, o quita --output
error-import-missing = no se pudo importar { $file }: ese archivo no existe
error-import-missing-hint = indica la ruta de un archivo escrito por `plan export --format json --output FILE`
error-import-unreadable = no se pudo importar { $file }: { $problem }
error-import-unreadable-hint = no se cambió nada; indica la ruta de un archivo escrito por `plan export`
error-import-invalid = no se pudo importar { $file }: { $problem }
error-import-cut-off-hint = no se cambió nada; puede que el archivo se cortara o cambiara por el camino: exporta el plan de nuevo con `plan export --output FILE`
error-import-foreign-hint = no se cambió nada; `plan import` lee el JSON que escribe `plan export`
error-import-newer-hint = no se cambió nada; actualiza plan para importarlo
error-import-damaged-hint = no se cambió nada; si el archivo se editó, exporta el plan de nuevo desde donde vino
error-import-over-plan = ya hay un plan en { $dir }
error-import-over-plan-hint = `plan status` lo muestra; `plan import FILE --force` lo archiva (no se borra nada) y pone este en su lugar
error-unknown-playbook = no existe la guía `{ $name }`
error-unknown-playbook-hint = las guías incluidas son { $bundled }; `plan playbooks` muestra también las tuyas
error-no-bundled-playbook = no hay ninguna guía incluida `{ $id }`
error-no-bundled-playbook-hint = las guías incluidas son { $bundled }
error-doctor-found = plan doctor encontró { $problems ->
    [one] { $problems } problema
   *[other] { $problems } problemas
}
error-report-unwritten = no se pudo escribir el informe
error-report-unwritable = no se pudo escribir el informe en { $shown }
error-playbook-unwritten = no se pudo escribir la guía
error-output-not-a-file = { $path } es { $what }, y --output solo escribe en un archivo normal o en un nombre nuevo
error-output-not-a-file-hint = no se escribió nada y todo quedó como estaba; indica un archivo nuevo, o `-` para la salida estándar
error-nothing-to-record = no hay nada que registrar: no se indicó --mood, --urge, --contact ni --note
error-nothing-to-record-hint = indica qué registrar, por ejemplo `plan checkin --mood 6 --urge 3`; en una terminal, `plan checkin` sin opciones te pregunta cada cosa
error-note-too-long = la nota de la entrada estándar ocupa más de { $kib } KiB
error-note-unreadable = no se pudo leer la nota de la entrada estándar: { $err }
error-note-unreadable-hint = no se registró nada; `--note -` lee la nota como texto de la entrada estándar

## Fin de la entrada en una pregunta (Ctrl-D).

error-cancelled-checkin = registro cancelado; no se guardó nada
error-cancelled-start = inicio cancelado; no se guardó nada
error-cancelled-readiness-check = evaluación cancelada; no se guardó nada
error-cancelled-draft = borrador cancelado; no se guardó nada
error-cancelled-sos = SOS cancelado; no se guardó nada

## La fecha de hoy, y la salida.

error-today-not-a-date = { $var } tiene un valor, pero no es una fecha: { $why }
error-today-not-text = { $var } no es texto válido
error-output-unprinted = se guardó { $what }, pero no se pudo mostrar lo que se hizo

## Personas de apoyo y SOS.

error-partner-name-empty = una persona de apoyo necesita un nombre
error-partner-name-too-long = `{ $given }` es más largo de lo que puede ser el nombre de una persona de apoyo ({ $max } caracteres)
error-partner-name-character = `{ $given }` no puede ser el nombre de una persona de apoyo: da nombre a su carpeta, y `{ $character }` no puede estar en él
error-partner-name-hint = por ejemplo `plan partner add sam age1…`
error-recipient-secret = eso es una clave secreta, no un destinatario: no la compartas nunca
error-recipient-secret-hint = no se guardó nada; pide a tu persona de apoyo la línea que mostró `plan partner key` (age1…), o su clave pública SSH (el archivo .pub)
error-recipient-ssh-type = age no puede cifrar para una clave SSH de tipo `{ $kind }`
error-recipient-rsa-size = esa clave ssh-rsa tiene menos de 2048 bits, o más de los que admite age
error-recipient-invalid = `{ $given }` no es un destinatario de age ni una clave pública SSH
error-recipient-hint = no se guardó nada; indica, entre comillas, la línea que mostró `plan partner key` en el equipo de tu persona de apoyo (age1…), o una clave pública SSH (ssh-ed25519 AAAA…)
error-no-such-partner = no hay ninguna persona de apoyo llamada `{ $name }`
error-no-partner-hint = aún no tienes ninguna persona de apoyo; `plan partner add NAME RECIPIENT` añade una
error-no-such-partner-hint = tus personas de apoyo: { $partners }
error-sos-message-too-long = el mensaje tiene { $chars } caracteres; un SOS admite como máximo { $max }
error-sos-message-too-long-hint = no se guardó nada; basta con una línea, como "por favor, llámame"
error-no-open-sos = no hay ningún SOS abierto
error-no-open-sos-hint = `plan sos` envía uno
error-no-identity = aquí no hay ninguna clave de persona de apoyo ({ $path })
error-no-identity-hint = `plan partner key` crea una; o indica con --identity KEY la clave para la que es el resumen
error-file-problem = { $path } { $problem }
error-not-an-identity = { $path } no contiene ninguna clave de age (AGE-SECRET-KEY-1…) ni ninguna clave privada SSH
error-identity-unreadable-hint = indica con --identity el archivo que escribió `plan partner key`, o tu clave privada SSH
error-locked-ssh-key = { $path } es una clave SSH con frase de contraseña, y plan no la pide
error-locked-ssh-key-hint = descifra el resumen con `age -d -i KEY FILE > digest.json` y luego usa `plan partner view digest.json`
error-identity-output-taken = { $path } ya existe, y no contiene ninguna clave de age
error-identity-output-taken-hint = no se escribió nada; indica un archivo nuevo
error-no-digests = no hay ningún resumen (*.age) en { $dir }
error-no-digests-hint = indica su carpeta, partners/NAME/, tal como llegó de su sincronización, o un archivo .age de ella
error-digest-unreadable-hint = indica un archivo de resumen, o la carpeta que los contiene
error-not-for-this-key = { $tried ->
    [one] el resumen de { $path } no se abre con la clave { $key }
   *[other] ninguno de los { $tried } resúmenes de { $path } se abre con la clave { $key }
}
error-not-for-this-key-hint = se cifró para otra clave: indica con --identity KEY la clave cuyo destinatario le enviaste
error-not-a-digest = { $path } no es el resumen de una persona de apoyo: { $what }
error-not-a-digest-hint = puede que se cortara por el camino; espera a la próxima sincronización
error-digest-newer = { $path } es un resumen en formato { $version }, escrito por una versión más reciente de plan
error-digest-newer-hint = actualiza plan para leerlo
error-sos-unsent = el SOS se guardó, pero no se pudieron escribir los resúmenes para tus personas de apoyo: { $err }
error-sos-unsent-hint = todavía no les ha llegado nada a tus personas de apoyo: si necesitas a alguien ahora, llámalas

## Lo que el plan rechaza.

error-step-name = el paso { $number } «{ $title }» (`{ $id }`)
error-list-and = { $rest } y { $last }
error-list-separator = {", "}
error-date-in-future = { $date } está en el futuro (hoy es { $today })
error-date-in-future-hint = registra un día cuando ya haya pasado; PLAN_TODAY fija la fecha de hoy para completar días atrasados
error-since-in-future = --since { $date } está en el futuro (hoy es { $today })
error-since-in-future-hint = --since es el día de tu último contacto
error-last-contact-in-future = el día del último contacto no puede estar en el futuro: { $date } es posterior a hoy ({ $today })
error-last-contact-in-future-hint = indica un día que ya haya pasado, como YYYY-MM-DD
error-date-before-start = { $date } es anterior al primer día del plan ({ $started })
error-date-before-start-hint = si el contacto cero empezó antes, `plan since DATE` lleva el primer día del plan a esa fecha
error-no-such-task = { $step } no tiene tarea { $number }; { $tasks ->
    [0] no tiene tareas
    [1] solo tiene la tarea 1
   *[other] sus tareas van de la 1 a la { $tasks }
}
error-no-such-task-hint = `plan next` muestra las tareas con sus números
error-no-such-step = la guía `{ $playbook }` no tiene ningún paso `{ $step }`
error-no-such-step-hint = `plan steps` muestra cada paso con su número y su id
error-all-done = ya has completado todos los pasos
error-all-done-hint = `plan steps` los muestra todos
error-step-already-done = { $step } ya está hecho
error-step-already-done-hint = `plan steps` muestra en qué punto está cada paso
error-step-gate = { $step } necesita { $needed ->
    [one] { $needed } día
   *[other] { $needed } días
} de contacto cero; llevas { $days }, así que se abre el { $until }
error-step-gate-hint = sigue así: `plan next` muestra qué hacer mientras tanto
error-step-waiting = { $step } viene después: antes { $count ->
    [one] tiene que estar hecho
   *[other] tienen que estar hechos
} { $waiting }
error-step-waiting-hint = `plan steps` muestra qué pasos tocan ahora
error-plan-ended = este plan terminó el { $date } ({ $outcome }); se conserva tal como quedó
error-plan-ended-hint = `plan start` empieza un plan nuevo y archiva este, entero
error-step-set-aside = { $step } lleva hacia el contacto, y tu evaluación del { $date } { $named }
error-not-planned-safety = no hay ningún contacto previsto: tu evaluación del { $date } { $named }
error-set-aside-unsafe-hint = lo primero es tu seguridad: `plan next` te muestra dónde encontrar ayuda, y `plan switch move-on` es un camino para soltar
error-set-aside-they-asked-hint = su respuesta se respeta: `plan switch move-on` es un camino para soltar; si algún día esa persona pide contacto por sí misma, haz `plan assess` de nuevo
error-set-aside-own-behaviour-hint = el camino es el contacto cero y pedir ayuda para cambiar: `plan next` te muestra dónde encontrarla
error-not-planned = ningún paso de tu plan pide contacto ahora, así que no hay ninguno previsto
error-not-planned-hint = registra lo que pasó tal como fue: `plan contact --help` muestra los tipos, y cuáles reinician la cuenta
error-same-playbook = el plan ya sigue `{ $id }`
error-same-playbook-hint = `plan playbooks` muestra las demás

## Fechas tal como se escriben.

error-date-form = `{ $text }` no es una fecha; escríbela como YYYY-MM-DD
error-date-form-or-word = `{ $text }` no es una fecha; escríbela como YYYY-MM-DD, today o yesterday
error-date-no-such-day = { $text } no es un día del calendario
error-date-no-yesterday = no hay un día anterior
