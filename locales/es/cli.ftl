# La línea de comandos: `plan --help`, la ayuda de cada comando, la página
# del manual (`plan man`) y los errores de uso. Los nombres de comandos,
# las opciones, los nombres de valores (DIR, N, TEXT…) y los valores que
# toma una opción (none, initiated, json…) se escriben tal cual.

## El programa

cli-about = Un planificador privado y sin conexión para atravesar una ruptura: un contador de contacto cero, un registro diario y una guía de pasos a seguir

## Opciones que aceptan todos los comandos

cli-home = La carpeta que guarda tu plan [env: PLAN_HOME] [por defecto: la carpeta de datos del sistema, p. ej. ~/.local/share/plan]
cli-lock-timeout = Cuánto esperar si otra ejecución de plan está cambiando el plan
cli-hook-timeout = Cuánto puede tardar un hook (`hooks/on-checkin` y los demás) antes de detenerlo
cli-color = Cuándo dar color a la salida: en un terminal (auto, respetando `NO_COLOR` y `CLICOLOR_FORCE`), siempre (always) o nunca (never)
cli-lang = El idioma en que hablar: es, de, en-US o una lista (es:de) [env: PLAN_LANG] [por defecto: el de tu configuración regional]

## Compartidas por varios comandos

cli-json = Mostrar JSON en lugar de texto
cli-force = Reemplazar un plan que ya existe; el anterior se archiva en la carpeta del plan, no se borra nada
cli-day = El día en que pasó [por defecto: hoy]
cli-what-happened = Qué pasó, para tu propio registro (se guarda junto a cualquier nota del día)
cli-playbook-arg = El id de una guía incluida, una de plans/ en tu carpeta del plan, o la ruta a un archivo TOML

## Los comandos, y lo que acepta cada uno

cli-start = Empezar un plan: volver a intentarlo, soltar, o todavía no lo sabes
cli-start-playbook = El id de una guía incluida, una de plans/ en tu carpeta del plan, o la ruta a un archivo TOML [por defecto: en un terminal, eliges un camino; si no, four-steps, o move-on tras un plan que terminó pasando página o en pausa]
cli-start-since = El día del último contacto; el contador de contacto cero empieza ahí [por defecto: hoy, o el último contacto de un plan que terminó pasando página o en pausa]

cli-status = Dónde estás hoy: el contador de contacto cero, tu paso, el registro de hoy
cli-status-short = Una sola línea, para el prompt de la shell

cli-next = El paso en el que estás, completo: tareas, consejos, qué evitar y su plazo
cli-next-step = Mostrar este paso en lugar del primero en curso: su id o su número, como los muestra `plan steps`

cli-checkin = Registrar cómo fue hoy (si lo vuelves a ejecutar el mismo día, corrige el registro)
cli-checkin-mood = Cómo te sientes, de 1 (fatal) a 10 (genial)
cli-checkin-urge = La fuerza del impulso de escribirle, de 0 (nada) a 10 (abrumador)
cli-checkin-contact = Cualquier contacto ese día [por defecto en un día nuevo: none]
cli-checkin-note = Lo que quieras recordar del día; reemplaza la nota del día, si la tiene (`--note ""` la borra)
cli-checkin-add-note = Una nota que se guarda junto a las del día, sin reemplazar ninguna
cli-checkin-date = El día de este registro [por defecto: hoy]

cli-slip = Registrar un contacto que rompió el contacto cero; el contador vuelve a empezar desde ese día

cli-contact = Registrar un tipo de contacto: algunos rompen el contacto cero, otros solo se anotan
cli-contact-kind = Qué tipo de contacto fue

cli-done = Completar el paso actual, marcar su tarea N, o completar el paso `STEP_ID`
cli-done-target = El número de una tarea del paso actual, o el id de un paso [por defecto: el paso actual]
cli-done-step = El paso cuya tarea N quieres marcar (su id, o su número en `plan steps`)

cli-undo = Deshacer un paso marcado como hecho por error, o con N, la marca de su tarea N
cli-undo-step = El paso que quieres reabrir, o cuya tarea quieres desmarcar: su id, o su número en `plan steps`
cli-undo-task = El número de la tarea que quieres desmarcar [por defecto: el paso mismo]

cli-why = Guardar tu propia razón para este plan, con tus palabras, o mostrarla
cli-why-text = Tu razón, con tus propias palabras; reemplaza a la anterior, que se conserva
cli-why-history = Todas las razones que has guardado, de la más antigua a la más reciente

cli-urge = Para el momento en que estás a punto de escribirle: detente aquí primero
cli-urge-resolve = Cerrar el impulso: pasó (`held`), o le escribiste (`slipped`, se registra como desliz)
cli-urge-drafts = Los mensajes que escribiste aquí en lugar de enviarlos

cli-if = Planes si-entonces para el impulso, hechos en un momento de calma: `plan if "WHEN" "THEN"` guarda uno; solo, los muestra
cli-if-when = Cuándo pasa, con tus palabras ("Quiero escribirle por la noche")
cli-if-then = Qué harás entonces, con tus palabras ("Llamo a Sam")
cli-if-remove = Quitar el plan N, según los numera `plan if`

cli-remind = Un recordatorio para registrar el día, que calla si hoy ya tiene registro: ejecútalo desde un temporizador (`plan remind install`)
cli-remind-install = Ejecutar `plan remind` cada día: un temporizador de usuario de systemd si systemd funciona para ti; si no, la línea de crontab que añadir
cli-remind-install-at = La hora del día, como HH:MM (24 horas, hora local)
cli-remind-install-dry-run = Mostrar lo que se escribiría y ejecutaría, sin cambiar nada
cli-remind-uninstall = Quitar el temporizador que escribió `plan remind install`, y solo ese

cli-assess = La evaluación: preguntas que responder con honestidad antes de volver a intentarlo
cli-assess-answer = Una respuesta, como ID=CHOICE (repítelo; `plan assess --list` muestra los ids y las opciones)
cli-assess-list = Las preguntas, con sus ids y sus opciones
cli-assess-only-result = Guardar solo el resultado, no tus respuestas (si no, se guardan en la carpeta del plan, que se sincroniza y se exporta)

cli-switch = Seguir otra guía desde su primer paso, conservando todo lo registrado

cli-since = Corregir el día en que empezó el contacto cero, conservando todo lo registrado
cli-since-date = El día de tu último contacto: el contador de contacto cero empieza ahí

cli-end = Cerrar el plan diciendo cómo terminó, conservando todo lo registrado
cli-end-outcome = Cómo terminó
cli-end-note = Lo que quieras recordar de ello

cli-steps = Cada paso del plan y su estado: hecho, actual, bloqueado o por venir
cli-stats = Tu plan en números: rachas de contacto cero, registros, ánimo e impulsos, pasos

cli-log = Tus registros, del más reciente al más antiguo
cli-log-days = Solo los últimos N días, hoy incluido
cli-log-archived = Los registros del plan archivado N (`plan archive` los numera)

cli-calendar = Un mes de un vistazo: días de contacto cero, deslices, ánimo, hitos y plazos
cli-calendar-month = El mes que mostrar, como YYYY-MM [por defecto: este mes]

cli-report = Tu plan en una página para abrir en el navegador o imprimir: rachas, ánimo, hitos, pasos
cli-report-output = Escribir la página en FILE (solo para ti) en lugar de mostrarla

cli-playbooks = Las guías con las que puedes empezar: las incluidas y las tuyas

cli-playbook = Leer, comprobar, exportar y describir guías
cli-playbook-show = Mostrar una guía: sus pasos, plazos y tareas
cli-playbook-show-playbook = El id de una guía o la ruta a un archivo TOML
cli-playbook-check = Validar un archivo de guía e informar de cada problema que tenga
cli-playbook-check-path = El archivo TOML que comprobar
cli-playbook-export = Mostrar una guía incluida como TOML, para empezar una tuya a partir de ella
cli-playbook-export-id = El id de una guía incluida
cli-playbook-schema = Mostrar el JSON Schema del formato de las guías, para editores

cli-doctor = Revisar la carpeta del plan en busca de problemas y decir cómo arreglar cada uno
cli-doctor-restore = Volver a poner la última copia de seguridad buena, dejando aparte el estado dañado

cli-archive = Planes que un `plan start` posterior reemplazó, cada uno guardado entero; `show N` muestra uno
cli-archive-show = Todo lo que guarda el plan archivado N: tu porqué, impulsos, borradores, evaluaciones, pasos y notas
cli-archive-show-number = El número del plan, como lo muestra `plan archive`

cli-device = El id y el nombre de este dispositivo, y cada dispositivo que escribe en el plan
cli-device-name = Poner nombre a este dispositivo, tal como lo verán los demás dispositivos del plan
cli-device-name-name = Un nombre como "portátil"

cli-encrypt = Cifrar el plan guardado: cada archivo de la carpeta del plan pasa a ser un archivo age

cli-key = Llevar la clave de cifrado del plan a otro dispositivo
cli-key-export = Mostrar la clave, para llevarla a otro dispositivo en privado (abre todas las notas)
cli-key-import = Guardar la clave de FILE como la de este dispositivo, para que pueda abrir el plan
cli-key-import-file = Un archivo con la clave (lo escribió `plan key export`)

cli-man = Mostrar la página del manual, en roff (p. ej. `plan man > ~/.local/share/man/man1/plan.1`)

cli-completions = Mostrar un script de autocompletado para la shell, para bash: `plan completions bash > ARCHIVO` (README.md dice dónde va ARCHIVO)
cli-completions-shell = La shell para la que completar

cli-export = Llévate tu plan: como JSON (una copia de seguridad), CSV, un diario o un calendario
cli-export-format = Qué escribir
cli-export-output = Escribir en FILE en lugar de la salida estándar (`-`): entero, legible solo por ti, reemplazando cualquier archivo que haya ahí
cli-export-archived = Exportar en su lugar el plan archivado N (`plan archive` los numera): como json, csv o markdown
cli-export-remind = Con `--format ics`: un evento diario a las HH:MM para registrar el día, y avisos a esa hora en los hitos

cli-import = Recuperar un plan del JSON que escribió `plan export`
cli-import-file = Una exportación JSON (la escribió `plan export --format json --output FILE`)

cli-partner = Una persona de apoyo que lo sabe: un pequeño resumen de tu plan, cifrado solo para ella, a través de la carpeta que sincronizas
cli-partner-add = Añadir una persona de apoyo, o cambiarla: su resumen se cifra solo para RECIPIENT
cli-partner-add-name = Su nombre, tal como se llama su carpeta en partners/: letras, dígitos, - y _
cli-partner-add-recipient = Su destinatario age (age1…, de `plan partner key`) o su clave pública SSH (ssh-ed25519 AAAA…)
cli-partner-add-moods = Incluir también tu último ánimo en su resumen
cli-partner-list = Tus personas de apoyo, y lo que contiene su resumen
cli-partner-remove = Dejar de escribir el resumen de una persona de apoyo; se borra la copia de este dispositivo
cli-partner-remove-name = Su nombre, como lo muestra `plan partner list`
cli-partner-key = Para la persona de apoyo: crear una clave (no hace falta un plan) y mostrar la línea que hay que devolver
cli-partner-key-output = Guardar la clave en FILE en lugar de en la carpeta de configuración de plan
cli-partner-view = Para la persona de apoyo: abrir un resumen, o el más reciente de una carpeta (partners/NAME/), y mostrarlo
cli-partner-view-path = Un resumen (.age), o la carpeta que los contiene
cli-partner-view-identity = La clave con que abrirlo [por defecto: la que creó `plan partner key`]; también sirve una clave privada SSH

cli-sos = Avisar a tus personas de apoyo de que necesitas a alguien ahora (en un terminal, te pide un mensaje corto)
cli-sos-message = Un mensaje corto para ellas
cli-sos-clear = Ya pasó: registrar que el SOS está resuelto, para que tus personas de apoyo lo vean

## Los valores que toma una opción (`--contact KIND`, `plan contact KIND`, `--outcome`, `--resolve`, `--format`)

cli-contact-none = Ningún contacto
cli-contact-allowed = Contacto que el plan permite: hijos, una casa o un trabajo en común, una emergencia
cli-contact-initiated = Le escribiste tú: el contacto cero vuelve a empezar (`plan slip`)
cli-contact-replied = Respondiste cuando te escribió: el contacto cero vuelve a empezar
cli-contact-they-contacted = Te escribió, y lo dejaste pasar
cli-contact-social-media = Miraste su perfil o sus fotos (o `looked`): se cuenta aparte, nunca es un desliz
cli-contact-logistics = Asuntos prácticos en común, breves y al grano
cli-contact-accidental = Un encuentro casual, breve
cli-contact-planned = Contacto que pide un paso de tu plan (reconectar, la conversación): no es un desliz

cli-outcome-reunited = Volviste con tu ex
cli-outcome-moved-on = Se acabó, y estás pasando página
cli-outcome-paused = Lo dejas por ahora

cli-resolve-held = Pasó: no hubo contacto
cli-resolve-slipped = Le escribiste: se registra como desliz de hoy

cli-format-json = Todo lo que contiene el plan, con versión: la copia que restaura `plan import`
cli-format-csv = Una fila por registro: fecha, ánimo, impulso, contacto, nota
cli-format-markdown = Un diario con una sección para cada día, para leer o imprimir
cli-format-ics = Un archivo iCalendar: los próximos hitos y los días en que se abren los pasos

## Lo que clap añade a cada comando

cli-flag-help = Mostrar la ayuda
cli-flag-help-more = Mostrar la ayuda (más detalle con '--help')
cli-flag-help-summary = Mostrar la ayuda (un resumen con '-h')
cli-flag-version = Mostrar la versión
cli-help = Mostrar este mensaje o la ayuda de los subcomandos indicados
# Encabezados de la ayuda; clap añade los dos puntos.
cli-heading-usage = Uso
cli-heading-commands = Comandos
cli-heading-arguments = Argumentos
cli-heading-options = Opciones
# Las notas de clap tras un texto de ayuda, y sus marcadores en una línea de uso.
cli-default = [por defecto: { $value }]
cli-values = [valores posibles: { $values }]
cli-values-heading = Valores posibles:
cli-usage-options = [OPCIONES]
cli-usage-command = COMANDO
# Los encabezados de la página del manual (`plan man`) que escribe clap_mangen.
cli-man-name = NOMBRE
cli-man-synopsis = SINOPSIS
cli-man-description = DESCRIPCIÓN
cli-man-version = VERSIÓN

## Un valor que la línea de comandos no acepta

cli-bad-mood = el ánimo es un número entero de 1 (fatal) a 10 (genial)
cli-bad-urge = el impulso es un número entero de 0 (nada) a 10 (abrumador)
cli-bad-task = una tarea se indica con su número, 1 o más, como lo muestra `plan next`
cli-bad-if = un plan si-entonces se indica con su número, 1 o más, como lo muestra `plan if`
cli-bad-days = --days es un número entero de días, 1 o más
cli-bad-archived = un plan archivado se indica con su número, 1 o más, como lo muestra `plan archive`
cli-bad-seconds = `{ $text }` no es un número de segundos entre 0 y 86400

## Errores de uso.

cli-error = error:
cli-error-tip = sugerencia:
cli-error-unknown-argument = no se esperaba el argumento '{ $arg }'
cli-error-invalid-value = valor no válido '{ $value }' para '{ $arg }'
cli-error-missing-value = '{ $arg }' necesita un valor, pero no se dio ninguno
cli-error-possible-values = valores posibles
cli-error-invalid-subcommand = subcomando desconocido '{ $command }'
cli-error-missing-arguments = faltan estos argumentos obligatorios:
cli-error-missing-subcommand = '{ $command }' necesita un subcomando, pero no se dio ninguno
cli-error-subcommands = subcomandos
cli-error-too-many-values = valor inesperado '{ $value }' para '{ $arg }'; no se esperaban más
cli-error-too-few-values = { $actual ->
    [one] '{ $arg }' necesita { $min } valores; solo se dio { $actual }
   *[other] '{ $arg }' necesita { $min } valores; solo se dieron { $actual }
}
cli-error-wrong-number-of-values = { $actual ->
    [one] '{ $arg }' necesita { $expected } valores, pero se dio { $actual }
   *[other] '{ $arg }' necesita { $expected } valores, pero se dieron { $actual }
}
cli-error-used-twice = el argumento '{ $arg }' no se puede usar más de una vez
cli-error-conflict = el argumento '{ $arg }' no se puede usar junto con '{ $other }'
cli-error-conflict-list = el argumento '{ $arg }' no se puede usar junto con:
cli-error-conflict-others = el argumento '{ $arg }' no se puede usar junto con uno o más de los otros argumentos
cli-error-subcommand-conflict = el subcomando '{ $command }' no se puede usar junto con '{ $other }'
cli-error-subcommand-conflict-list = el subcomando '{ $command }' no se puede usar junto con:
cli-error-no-equals = hace falta un signo igual para dar valores a '{ $arg }'
cli-error-invalid-utf8 = uno o más argumentos no son UTF-8 válido
cli-error-other = no se pudo leer la línea de comandos
cli-error-similar-argument = { $count ->
    [one] existe un argumento parecido: { $names }
   *[other] existen argumentos parecidos: { $names }
}
cli-error-similar-subcommand = { $count ->
    [one] existe un subcomando parecido: { $names }
   *[other] existen subcomandos parecidos: { $names }
}
cli-error-similar-value = { $count ->
    [one] existe un valor parecido: { $names }
   *[other] existen valores parecidos: { $names }
}
cli-error-exists = existe '{ $command }'
cli-error-as-value = para pasar '{ $arg }' como valor, usa '-- { $arg }'
cli-error-more = Para más información, prueba '{ $flag }'.
