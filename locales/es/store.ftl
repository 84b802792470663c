# La carpeta del plan y sus archivos: qué les pasa, y cómo arreglarlo.
# El problema de un archivo va después de su ruta: "/p/state.json está vacío".

store-no-plan = todavía no hay ningún plan en { $dir }
store-no-plan-hint = ejecuta `plan start` para empezar uno (`plan playbooks` muestra las guías)
store-state-missing = falta { $path }, pero la carpeta del plan contiene una copia de seguridad o registros
store-state-missing-hint = `plan doctor` te dice qué hay; `plan doctor --restore` vuelve a poner la copia de seguridad
store-file-problem = { $path } { $problem }
store-not-a-folder = { $path } es { $what }, no una carpeta
store-not-a-folder-inside-hint = plan guarda sus archivos en carpetas de verdad y nunca sigue un enlace dentro de las suyas; `plan doctor` lo revisa
store-not-a-folder-home-hint = --home (o PLAN_HOME) indica la carpeta que contiene el plan
store-lock-timeout = otra ejecución de plan lleva { $seconds } segundos ocupando { $path }; se dejó de esperar
store-lock-timeout-hint = no se cambió nada. Si no hay otro plan en marcha, busca uno que se haya quedado abierto (un paginador, un trabajo detenido: `jobs`); --lock-timeout SECONDS espera más
store-already-a-plan = ya hay un plan en { $dir }
store-already-a-plan-hint = `plan status` lo muestra; `plan start --force` lo archiva (no se borra nada) y empieza de nuevo
store-too-large = { $what } es demasiado grande para guardarse: { $mib } MiB, y un cambio puede ocupar como máximo { $limit } MiB
store-too-large-hint = no se cambió nada; una nota más corta, o una guía más pequeña, sí cabe
store-encrypt-unfinished = el plan se guardó como cifrado, pero el cifrado de sus archivos se detuvo a medias; no se ha perdido nada
store-encrypt-unfinished-hint = este dispositivo abre todos los archivos; el próximo cambio, o `plan encrypt` otra vez, cifra el resto
store-nothing-to-restore = nada en { $dir } está dañado; no hay nada que restaurar
store-nothing-to-restore-hint = `plan doctor --restore` es para un archivo que no se puede leer
store-newer-layout = { $path } dice que esta carpeta del plan está organizada por una versión más reciente de plan (formato { $layout }; esta versión conoce hasta el { $known })
store-newer-hint = no se cambió nada; actualiza plan para abrirlo
store-state-backup-hint = no se cambió nada; la última copia buena es { $backup }, y `plan doctor --restore` la vuelve a poner
store-state-no-backup-hint = no se cambió nada, y no hay ninguna copia de seguridad legible; `plan doctor` revisa lo que queda
store-look-hint = no se cambió nada; `plan doctor` revisa la carpeta del plan

## Cifrado y claves.

store-no-key = este plan está cifrado, y este dispositivo no tiene su clave
store-no-key-another = este plan está cifrado con una clave distinta de la que tiene este dispositivo
store-no-key-raced = este plan se cifró en dos dispositivos a la vez, cada uno con su propia clave, y se quedó con la del otro dispositivo
store-another-key = { $path } está cifrado con una clave distinta de la de este plan: `plan encrypt` se ejecutó en otro dispositivo al mismo tiempo
store-bring-the-key = En un dispositivo que abra el plan, ejecuta `plan key export > plan-key.txt`, trae el archivo aquí de forma privada y luego ejecuta `plan key import plan-key.txt`
store-no-key-hint = no se leyó ni se escribió nada. { $bring }
store-no-key-another-hint = no se leyó ni se escribió nada. { $bring }: sustituye a la clave que tiene este dispositivo
store-no-key-raced-hint = no se ha perdido nada. { $bring }: este dispositivo conserva las dos claves, y vuelve a cifrar con la del plan lo que cifró con la suya
store-another-key-hint = no se ha perdido nada. En el dispositivo donde se ejecutó, ejecuta `plan key export > plan-key.txt`, trae el archivo aquí de forma privada y luego ejecuta `plan key import plan-key.txt`: plan conserva la clave de este plan y cifra con ella todos los archivos
store-already-encrypted = este plan ya está cifrado
store-already-encrypted-hint = `plan key export` muestra su clave, para otro dispositivo
store-wrong-key = la clave de { $path } no abre este plan
store-wrong-key-hint = abre otro plan; `plan key export > plan-key.txt` en un dispositivo que abra este te da su clave
store-no-key-here = este dispositivo no tiene clave (falta { $path })
store-no-key-here-hint = la clave de un plan cifrado está en el dispositivo que ejecutó `plan encrypt`, y en los que la importaron
store-mark-encrypted = no se pudo marcar el plan como cifrado en su archivo de formato
store-config-hint = es un archivo propio de este dispositivo; apártalo y plan creará uno nuevo (con un id de dispositivo nuevo)

## Copias de seguridad, formatos, y lo que vino después de un cambio.

store-not-yet-moved = este plan todavía tiene el formato antiguo (state.json), que no tiene dispositivos ni clave
store-not-yet-moved-hint = su próximo cambio (un registro, por ejemplo) lo pasa a un archivo de eventos por dispositivo; luego vuelve a ejecutar esto
store-no-backup = no hay ninguna copia de seguridad que restaurar (falta { $path })
store-no-backup-hint = `plan doctor` muestra lo que hay
store-backup-unusable = el archivo de copia de seguridad { $path } { $problem }
store-after-commit = se guardó { $what }, pero falló { $step }
store-after-commit-hint = ya está en su sitio y no hace falta repetirlo; si el disco está fallando, copia la carpeta del plan a un lugar seguro
store-step-keeping-backup = guardar la copia de seguridad
store-step-flushing = escribir la carpeta del plan en el disco
store-step-keeping-aside = apartar los archivos antiguos del plan
store-keep-aside-finishing = no se pudo terminar de apartar los archivos antiguos del plan
store-keep-aside = no se pudieron apartar los archivos antiguos del plan
store-from-backup = no se pudo recuperar { $log } de su copia de seguridad
store-unit-in-the-way = { $path } ya existe, y no lo escribió plan
store-unit-in-the-way-hint = no se escribió nada; plan nunca sustituye un archivo tuyo. Apártalo, o consérvalo y ejecuta `plan remind` desde él

## Archivos de guías.

store-playbook-too-large = no se pudo leer la guía { $path }: ocupa { $bytes } bytes, y una guía ocupa como máximo { $kib } KiB
store-playbook-missing = no hay ningún archivo de guía en { $path }
store-playbook-unreadable = no se pudo leer la guía { $path }: { $problem }
store-playbook-not-text = no se pudo leer la guía { $path }: no es texto UTF-8
store-playbook-hint = indica la ruta de un archivo .toml, o el id de una guía de `plan playbooks`

## Carpetas que el sistema da a plan.

store-no-data-folder = no se encontró una carpeta personal para el plan; define PLAN_HOME o usa --home DIR
store-no-config-folder = no se encontró una carpeta de configuración para el id y la clave de este dispositivo; define XDG_CONFIG_HOME o HOME
store-no-cache-folder = no se encontró una carpeta de caché; define XDG_CACHE_HOME o HOME

## Lo que se estaba haciendo cuando el sistema falló; siguen las palabras del sistema.

store-could-not-list = no se pudo listar { $path }
store-could-not-look-at = no se pudo examinar { $path }
store-could-not-create = no se pudo crear { $path }
store-could-not-open = no se pudo abrir { $path }
store-could-not-lock = no se pudo bloquear { $path }
store-could-not-write = no se pudo escribir { $path }
store-could-not-keep-backup = no se pudo guardar una copia de seguridad de { $path }
store-could-not-encrypt = no se pudo cifrar { $path }
store-could-not-save = no se pudo guardar { $path }
store-could-not-save-key = no se pudo guardar la clave en { $path }
store-could-not-remove = no se pudo eliminar { $path }

## Qué le pasa a un archivo: cada uno va después de su ruta.

store-problem-empty = está vacío
store-problem-truncated = está cortado: { $place }
store-problem-not-a-state-file = no es un archivo de estado de plan
store-problem-newer-state = lo escribió una versión más reciente de plan (esquema de estado { $schema }; esta versión lee hasta el { $known })
store-problem-damaged = está dañado: { $place }
store-problem-no-schema = falta el campo `schema`
store-problem-newer-month = lo escribió una versión más reciente de plan (esquema de registros { $schema })
store-problem-not-its-month = no contiene el mes de registros que dice su nombre
store-problem-missing = no existe
store-problem-not-a-file = es { $what }, no un archivo normal
store-problem-too-large = ocupa { $bytes } bytes, mucho más de lo que plan escribe nunca
store-problem-unreadable = no se pudo leer: { $err }
store-problem-not-a-format-file = no es un archivo de formato de plan
store-problem-not-a-device-file = no es un archivo de dispositivo de plan
store-problem-no-age-key = no contiene ninguna clave de age
store-problem-no-age-key-marked = no contiene ninguna clave de age (AGE-SECRET-KEY-1…)
store-problem-not-a-reminder-record = no es el registro de plan del recordatorio que instaló

## Qué hay en una ruta.

store-kind-file = un archivo
store-kind-folder = una carpeta
store-kind-link = un enlace simbólico
store-kind-fifo = un FIFO
store-kind-socket = un socket
store-kind-device = un archivo de dispositivo
store-kind-other = algo que no es un archivo

## Qué le pasa a un archivo de eventos, una cabecera o un estado: cada uno va después de su ruta.

store-log-other-device = pertenece al dispositivo { $device }, no a { $id }
store-log-lost-event = no contiene el evento { $event }, que según su { $head } se guardó en él
store-head-foreign-name = nombra un archivo que plan nunca escribe, `{ $name }`, así que no se leyó
store-head-two-devices = contiene las cabeceras de dos dispositivos, { $first } y { $second }
store-head-only-conflict-marks = no contiene más que las marcas de conflicto de git
store-head-missing = no existe, aunque los archivos de eventos de este dispositivo sí están
store-log-unknown-event = tiene en la línea { $line } un evento que esta versión de plan no conoce (¿escrito por una versión más reciente?): { $detail }
store-log-damaged-line = está dañado en la línea { $line }: { $detail }
store-log-date-out-of-range = tiene en la línea { $line } una fecha fuera de los años 0000 a 9999: { $date }
store-log-undecryptable = no se puede descifrar: { $detail }
store-log-no-events = no contiene ningún evento
store-problem-not-an-object = no es un objeto JSON
store-problem-unknown-schema = tiene el esquema de estado { $schema }, que esta versión de plan no conoce
store-problem-schema-zero = plan nunca escribió el esquema de estado 0
store-problem-in-schema = (esquema de estado { $schema }) { $detail }
store-problem-not-a-month = `months` nombra `{ $month }` versión { $version }, que no es un archivo de mes
store-not-a-regular-file = no es un archivo normal
store-not-a-recipient = `{ $text }` no es un destinatario de age: { $err }

## Cómo se llama un cambio, cuando es demasiado grande o falla un paso posterior.

store-what-new-plan = el plan nuevo
store-what-imported-plan = el plan importado
store-what-restored-plan = el plan restaurado

## Por qué no se ejecutó un hook.

store-hook-link = es un enlace simbólico
store-hook-other-owner = pertenece a otro usuario distinto del dueño de la carpeta del plan
store-hook-writable = otros usuarios pueden modificarlo
store-device-unnamed = este dispositivo
