doctor-problem = PROBLEMA
doctor-fix = solución:
doctor-ok = ok
doctor-note = nota
doctor-language = Tu idioma ({ $tag }) aún no está traducido, así que plan habla inglés. README.md explica cómo añadir uno.
doctor-no-folder = todavía no hay carpeta del plan en { $dir }; `plan start` la crea
doctor-folder-private = { $dir } es privada ({ $mode })
doctor-folder-open = { $dir } tiene el modo { $mode }: otros usuarios pueden acceder a ella
doctor-folder-open-fix = { $command }   (plan nunca cambia el modo de una carpeta que no creó)
doctor-not-a-folder = { $path } es { $what }, no una carpeta de verdad
doctor-not-a-folder-fix = plan nunca sigue un enlace dentro de su carpeta; muévelo a otro sitio (no se pierde nada del plan) y el próximo cambio crea una nueva
doctor-state-newer-fix = actualiza plan para abrirlo; aquí no hay nada que reparar
doctor-state-restore-fix = `plan doctor --restore` aparta el archivo dañado y vuelve a poner la copia de seguridad
doctor-state-no-backup-fix = no hay ninguna copia de seguridad legible; guarda una copia de la carpeta antes de intentar nada
doctor-no-backup = todavía no hay copia de seguridad (se guarda una a partir del segundo cambio)
doctor-backup-fix = el próximo cambio la sustituye por una copia en buen estado
doctor-months-readable = { $count ->
    [one] { $count } archivo mensual legible
   *[other] { $count } archivos mensuales legibles
}
doctor-months-problems = archivos mensuales: { $problems }
doctor-months-fix = estos registros no se pueden leer; guarda una copia de la carpeta y restaura los archivos desde una copia de seguridad
doctor-file-mode = { $path } tiene el modo { $mode }
doctor-layout2 = el plan está en el formato antiguo (state.json); su próximo cambio lo pasa a un registro de eventos por dispositivo
doctor-migrated = los archivos del formato antiguo se guardan en { $path } hasta el próximo cambio
doctor-log-backup = copia de seguridad: { $problem }
doctor-log-backup-fix = el próximo cambio en su registro de eventos guarda en su lugar una copia en buen estado; hasta entonces `plan doctor --restore` no puede usarla
doctor-no-leftovers = no quedan archivos sobrantes
doctor-leftovers = archivos sobrantes: { $names }
doctor-leftovers-fix = el próximo cambio los elimina
doctor-file-migrated = { $name } legible (esquema { $old }, pasa al { $schema } en el próximo cambio, { $checkins ->
    [one] { $checkins } registro
   *[other] { $checkins } registros
})
doctor-file-readable = { $name } legible (esquema { $schema }, { $checkins ->
    [one] { $checkins } registro
   *[other] { $checkins } registros
})
doctor-file-missing = falta { $path }
doctor-unsealed = el plan está cifrado, pero { $count ->
    [one] { $count } archivo está
   *[other] { $count } archivos están
} sin cifrar: { $paths }
doctor-unsealed-fix = `plan encrypt` en un dispositivo con la clave los cifra, o saca de ahí una guía
doctor-half-encrypted = `plan encrypt` se detuvo a medias: { $sealed ->
    [one] { $sealed } archivo está cifrado
   *[other] { $sealed } archivos están cifrados
}, el resto todavía no
doctor-half-encrypted-fix = vuelve a ejecutar `plan encrypt` para terminar; no se ha perdido nada, y este dispositivo abre todos los archivos
doctor-half-encrypted-fix-elsewhere = vuelve a ejecutar `plan encrypt` en el dispositivo que tiene la clave, para terminar
doctor-format-plain = formato legible; el plan no está cifrado
doctor-format-key = el plan está cifrado, y este dispositivo tiene su clave
doctor-format-another-key = el plan está cifrado con una clave distinta de la que tiene este dispositivo
doctor-format-another-key-fix = `plan key export > plan-key.txt` en un dispositivo que lo abra, y luego `plan key import plan-key.txt` aquí: sustituye la clave de este dispositivo
doctor-format-raced = el plan se cifró en dos dispositivos a la vez, y se quedó con la clave del otro dispositivo
doctor-format-raced-fix = `plan key export > plan-key.txt` en un dispositivo que lo abra, y luego `plan key import plan-key.txt` aquí: este dispositivo conserva las dos claves y vuelve a cifrar con la del plan lo que cifró con la suya
doctor-format-no-key = el plan está cifrado, y este dispositivo no tiene su clave
doctor-format-no-key-fix = `plan key export > plan-key.txt` en un dispositivo que lo abra, y luego `plan key import plan-key.txt` aquí
doctor-format-copies = el archivo de formato tiene copias en conflicto ({ $names }): `plan encrypt` se ejecutó en más de un dispositivo a la vez
doctor-format-copies-fix = `plan encrypt` aquí cifra todos los archivos con la clave del plan, y las elimina
doctor-format-copies-fix-elsewhere = en cada dispositivo que lo ejecutó, `plan key import` con la clave de este plan (`plan key export > plan-key.txt` aquí): cifra lo que escribió con la clave del plan; o trae aquí la clave de ese dispositivo y haz `plan key import` con ella
doctor-device-own = este dispositivo ({ $name }) [{ $id }]: { $events ->
    [one] { $events } evento
   *[other] { $events } eventos
}
doctor-device = dispositivo { $name } [{ $id }]: { $events ->
    [one] { $events } evento
   *[other] { $events } eventos
}
doctor-device-waiting = { $device }, algunos guardados en su cabecera pero todavía no aquí: a la espera de que una sincronización los traiga
doctor-device-copies-own = { $device }, { $copies ->
    [one] { $copies } copia en conflicto
   *[other] { $copies } copias en conflicto
} de un programa de sincronización, integradas (se recogen en el próximo cambio de este dispositivo)
doctor-device-copies = { $device }, { $copies ->
    [one] { $copies } copia en conflicto
   *[other] { $copies } copias en conflicto
} de un programa de sincronización, integradas (se recogen en el próximo cambio de ese dispositivo)
doctor-device-problems = { $device }; { $problems }
doctor-device-another-key-fix = `plan encrypt` se ejecutó en dos dispositivos a la vez: trae aquí la clave del otro dispositivo (`plan key export > plan-key.txt` allí), y luego `plan key import plan-key.txt`
doctor-device-restore-fix = `plan doctor --restore` restaura cada registro de eventos dañado desde su copia de seguridad
doctor-device-elsewhere-fix = ejecuta `plan doctor` en ese dispositivo; sus archivos solo se escriben allí
doctor-device-called = dispositivo { $name }
doctor-device-called-id = dispositivo { $id }
doctor-went-back-own = los archivos de este dispositivo volvieron a una copia anterior (¿restaurados desde una copia de seguridad, o se reescribió la historia de git?): había registrado { $seen } eventos, y la carpeta del plan tiene { $here }; su próximo evento lleva el número { $next }, para que ningún número se use dos veces
doctor-went-back-own-fix = si hay una copia más reciente de devices/{ $device } en algún sitio (una copia de seguridad, la historia de git), pon sus archivos junto a estos, cada uno llamado NAME.sync-conflict-restored (head.sync-conflict-restored, 2026-11.sync-conflict-restored.jsonl): plan incorpora los eventos que contienen
doctor-went-back = los archivos del { $device } volvieron a una copia anterior (¿restaurados desde una copia de seguridad, o se reescribió la historia de git?): se vieron { $seen } de sus eventos, y la carpeta del plan tiene { $here }
doctor-went-back-fix = ejecuta `plan doctor` en ese dispositivo: te dice cómo recuperar el resto, si se guarda una copia más reciente
doctor-git-conflict-own = { $files } de este dispositivo en devices/{ $id } contienen los dos lados de un conflicto de git: plan lee ambos, así que no se pierde nada
doctor-git-conflict-own-fix = termina el rebase de git: `git add -A && git rebase --continue`; el próximo cambio de este dispositivo los deja limpios. Dos máquinas escribieron como un solo dispositivo: en aquella cuya carpeta de configuración se copió, aparta device.json (en la carpeta de configuración de plan), y tomará un id propio la próxima vez que se ejecute
doctor-git-conflict = { $files } del { $device } en devices/{ $id } contienen los dos lados de un conflicto de git: plan lee ambos, así que no se pierde nada
doctor-git-conflict-fix = termina el rebase de git: `git add -A && git rebase --continue`; el próximo cambio del { $device } los deja limpios. Dos máquinas escribieron como un solo dispositivo: en aquella cuya carpeta de configuración se copió, aparta device.json (en la carpeta de configuración de plan), y tomará un id propio la próxima vez que se ejecute
doctor-plain-own = { $files ->
    [one] { $files } archivo
   *[other] { $files } archivos
} de este dispositivo [{ $id }] sin cifrar, aunque el plan está cifrado
doctor-plain-own-fix = `plan encrypt` los cifra ahora, y también el próximo cambio de este dispositivo
doctor-plain = { $files ->
    [one] { $files } archivo
   *[other] { $files } archivos
} del { $device } sin cifrar, aunque el plan está cifrado (¿escritos allí antes de saber que lo estaba?)
doctor-plain-fix = `plan encrypt` aquí los cifra ahora; `plan key import` en ese dispositivo también
doctor-clock-ahead = el dispositivo { $name } [{ $id }] escribió con un reloj { $days ->
    [one] { $days } día
   *[other] { $days } días
} por delante de este
doctor-clock-ahead-fix = ajusta su fecha y hora: hasta entonces, sus cambios se imponen a otros posteriores
doctor-waiting = esperando a que termine otro plan…
doctor-warning = aviso: { $text }
doctor-note-line = nota: { $text }
doctor-no-locks = el sistema de archivos de { $dir } no admite bloqueos; dos plan ejecutados a la vez podrían chocar
doctor-migrated-notice = el plan guarda ahora un registro de eventos por dispositivo (mira `plan device`); sus archivos antiguos están en { $kept } hasta el próximo cambio
doctor-went-back-notice-own = los archivos de este dispositivo volvieron a una copia anterior: faltan aquí { $missing } de sus { $seen } eventos; `plan doctor` te dice más
doctor-went-back-notice = los archivos del { $device } volvieron a una copia anterior: faltan aquí { $missing } de sus { $seen } eventos; `plan doctor` te dice más
doctor-open-folder = otros usuarios pueden acceder a { $dir } (modo { $mode }); `plan doctor` te dice cómo hacerla privada
doctor-key-exported = esta clave abre todas las notas del plan: mantenla fuera de la carpeta sincronizada, y borra la copia una vez importada
doctor-same-id = { $shown } y { $first } tienen el mismo id `{ $id }`; se usa { $first }, así que dale a { $shown } un id propio
doctor-playbook-problems = se omite { $shown }, que tiene problemas; `plan playbook check { $shown }` los enumera
doctor-playbook-skipped-problem = se omite { $shown }: { $problem }
doctor-playbook-skipped = se omite { $shown }: { $causes }
doctor-control-characters = { $path }: { $field } contiene caracteres de control; plan los muestra como texto (como ^[), nunca los obedece
doctor-hook-not-runnable = { $path } no es un archivo ejecutable, así que no se ejecutó (`chmod u+x` lo hace ejecutable)
doctor-hook-unsafe = { $path } no se ejecutó: { $why }
doctor-hook-failed-reminder = { $path }: { $trouble }; el recordatorio se mostró de todos modos
doctor-hook-failed-saved = { $path }: { $trouble }; { $what } se guardó de todos modos
doctor-digests-unwritten = no se pudieron escribir los resúmenes para tus personas de apoyo ({ $err }); el cambio en sí se guardó
doctor-hook-start = no se pudo iniciar ({ $err })
doctor-hook-failed = falló ({ $status })
doctor-hook-stopped = seguía en marcha después de { $limit }, y se detuvo junto con todo lo que inició
doctor-hook-left-running = terminó, pero lo que inició seguía en marcha después de { $limit }, y se detuvo
doctor-hook-wait = no se pudo esperar a que terminara ({ $err })
doctor-seconds = { $seconds } segundos
