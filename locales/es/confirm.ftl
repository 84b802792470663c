confirm-saved-change = el cambio
confirm-saved-new-plan = el plan nuevo
confirm-saved-checkin = el registro del { $date }
confirm-saved-step = el paso { $number }
confirm-saved-tick = la marca de la tarea { $task }
confirm-saved-untick = la marca quitada de la tarea { $task }
confirm-saved-reopened = la reapertura del paso { $number }
confirm-saved-why = tu porqué
confirm-saved-if-then = tu plan si-entonces
confirm-saved-reminder = el recordatorio
confirm-saved-reminder-installed = el temporizador del recordatorio
confirm-saved-urge = el impulso
confirm-saved-urge-outcome = cómo terminó el impulso
confirm-saved-draft = el borrador
confirm-saved-readiness-check = la evaluación
confirm-saved-switch = el cambio de guía
confirm-saved-since = el día en que empezó el contacto cero
confirm-saved-ending = el cierre del plan
confirm-saved-report = el informe { $file }
confirm-saved-export = la exportación a { $file }
confirm-saved-imported = el plan importado
confirm-saved-restored = el plan restaurado
confirm-saved-encrypted = el plan cifrado
confirm-saved-key = la clave
confirm-saved-device-name = el nombre del dispositivo
confirm-saved-partner = la persona de apoyo { $name }
confirm-saved-partner-removed = la baja de la persona de apoyo { $name }
confirm-saved-sos = el SOS
confirm-saved-sos-cleared = el fin del SOS

confirm-quoted = «{ $text }»
confirm-item-separator = {", "}

confirm-item-mood = ánimo { $mood }
confirm-item-urge = impulso { $urge }
confirm-item-notes = { $n ->
    [one] una nota
   *[other] { $n } notas
}
confirm-checked-in = Registro del { $date } guardado: { $what }.
confirm-amended = Registro del { $date } corregido: { $what }.
confirm-checkin-unchanged = El registro del { $date } ya decía eso; guardado de nuevo.
confirm-looking-again = Los días sin mirar su perfil vuelven a contar desde hoy.
confirm-looking-day = Sin mirar su perfil: día { $days } (desde el { $since }).
confirm-count-again = El contador de contacto cero vuelve a empezar desde el { $since }: hoy es el día { $days }.
confirm-longest-stays = { $days ->
    [one] Tu racha más larga, { $days } día, queda guardada. Un desliz no acaba con el plan.
   *[other] Tu racha más larga, { $days } días, queda guardada. Un desliz no acaba con el plan.
}
confirm-no-contact-since = Contacto cero: día { $days } (desde el { $since }).
confirm-not-broken = Eso no rompe el contacto cero: día { $days }.
confirm-no-contact-day = Contacto cero: día { $days }.
confirm-note-beside = { $n ->
    [one] Tu nota se guarda junto a la que ya había.
   *[other] Tu nota se guarda junto a las { $n } que ya había.
}
confirm-note-replaces = { $n ->
    [one] Sustituye a la nota que había:
   *[other] Sustituye a las { $n } notas que había:
}
confirm-note-removed = { $n ->
    [one] Se quitó la nota que había:
   *[other] Se quitaron las { $n } notas que había:
}
confirm-note-history = { $n ->
    [one] El historial del plan conserva sus palabras: están en `plan export --format json`.
   *[other] El historial del plan conserva sus palabras: están en `plan export --format json`.
}
confirm-slip-kept = El { $date } ya tiene registrado { $slip }, que rompió el contacto cero; eso se mantiene.
confirm-slip-mistake = Si fue un error: `plan checkin --date { $date } --contact { $kind }`.

confirm-held = Lo aguantaste. Hizo falta fuerza.
confirm-held-count = Impulsos superados hasta ahora: { $held } de { $total }.
confirm-slipped-today = Registrado como desliz el { $date }. La cuenta vuelve a empezar desde hoy.
confirm-slipped-then = Registrado como desliz el { $date }, el día del impulso. La cuenta vuelve a empezar desde ese día.
confirm-draft-kept = Guardado en tus borradores, sin enviar. `plan urge --drafts` te los muestra.
confirm-why-unchanged = Ese ya es tu porqué; guardado de nuevo.
confirm-why-kept = Tu porqué queda guardado, con fecha del { $date }. `plan urge` te lo muestra cuando más lo necesites.
confirm-why-replaces = Sustituye al del { $date }, que `plan why --history` sigue mostrando.

confirm-export-json = Todo tu plan está en { $file }: { $checkins } y todo lo demás.
confirm-export-json-import = `plan import { $path }` lo recupera, aquí o en otro equipo.
confirm-export-csv = { $n ->
    [one] Tu registro está en { $file }, en una fila.
   *[other] Tus { $n } registros están en { $file }, uno por fila.
}
confirm-export-markdown = Tu diario está en { $file }: { $checkins }, cada uno en su sección.
confirm-export-ics = { $events } en { $file }: los hitos alcanzados y los que vienen, y los días en que se abren los pasos. Impórtalo en tu calendario; si luego importas una exportación más reciente, los eventos se mueven en lugar de duplicarse.
confirm-export-private = Solo tú puedes leer el archivo. Guárdalo en un lugar privado: contiene tus notas.
confirm-export-ics-private = Solo tú puedes leer el archivo; un calendario que compartes muestra sus eventos a otras personas.
confirm-report-written = Tu informe está en { $file }. Ábrelo en un navegador o imprímelo.
confirm-report-private = Contiene tus notas, así que solo tú puedes leerlo; guárdalo en un lugar privado.
confirm-encrypted-again = { $n ->
    [one] El plan ya estaba cifrado; { $n } archivo que seguía sin cifrar, o cifrado con otra clave, queda cifrado ahora con su clave.
   *[other] El plan ya estaba cifrado; { $n } archivos que seguían sin cifrar, o cifrados con otra clave, quedan cifrados ahora con su clave.
}
confirm-encrypted = { $n ->
    [one] El plan está cifrado: { $n } archivo reescrito como archivo age.
   *[other] El plan está cifrado: { $n } archivos reescritos como archivos age.
}
confirm-playbooks-moved = { $n ->
    [one] Tu guía propia salió de la carpeta sincronizada y está en { $dir }: plan la sigue encontrando ahí, solo en este dispositivo.
   *[other] Tus guías propias salieron de la carpeta sincronizada y están en { $dir }: plan las sigue encontrando ahí, solo en este dispositivo.
}
confirm-key-where = Su clave está en { $file }, solo en este dispositivo.
confirm-key-others = Cada uno de tus otros dispositivos necesita la clave para poder abrir el plan:
confirm-key-here = aquí:
confirm-key-here-note = (lleva el archivo en privado, nunca por la carpeta sincronizada)
confirm-key-there = allí:
confirm-key-there-note = (después borra plan-key.txt)
confirm-key-checked = Este dispositivo ya puede abrir el plan; su clave se guarda en { $file }.
confirm-key-unchecked = La clave se guarda en { $file }. Todavía no hay aquí ningún plan cifrado con el que comprobarla: cuando llegue la carpeta del plan, cualquier comando te avisará si la clave no lo abre.
confirm-key-files = { $n ->
    [one] Cifrado ahora con la clave del plan: { $n } archivo que estaba sin cifrar o cifrado con otra clave.
   *[other] Cifrados ahora con la clave del plan: { $n } archivos que estaban sin cifrar o cifrados con otra clave.
}
confirm-key-delete = Borra { $file } cuando hayas comprobado que todo funciona.
confirm-device-named = Este dispositivo se llama ahora «{ $name }».
confirm-restored-aside = El archivo dañado se ha guardado aparte como { $file }.
confirm-restored-log = { $file } se ha recuperado de su copia de seguridad; puede que tengas que repetir su último cambio.
confirm-restored = Plan restaurado con todos sus registros: { $checkins }.
confirm-restored-after = Plan restaurado con todos sus registros: { $checkins } ({ $after } de ellos hechos después de la copia de seguridad).
confirm-restored-status = `plan status` te muestra en qué punto estás.

confirm-start-archived = El plan anterior queda archivado, completo: `plan archive` lo muestra.
confirm-started = Has empezado «{ $title }» ({ $id }), { $steps }.
confirm-start-counted-days = El contacto cero cuenta desde el { $since }: { $days } hasta ahora.
confirm-start-counted = El contacto cero cuenta desde el { $since }.
confirm-start-why = Tu porqué te acompaña desde el plan anterior:
confirm-start-kept = Tu plan se guarda, en privado, en { $home }.
confirm-start-toward-contact = Antes de nada: si la relación fue de maltrato o de control, o te dejó con miedo, este plan no es un camino de vuelta a ella. Usa los pasos de contacto cero y de cuidarte para ti, y apóyate en personas de confianza.
confirm-ended-reunited = Cerrado el { $date }: de nuevo juntos. Ve despacio, y sigue cuidándote como aprendiste aquí.
confirm-ended-moved-on = Cerrado el { $date }: pasas página. Es un final de verdad, y hizo falta valor para llegar hasta aquí.
confirm-ended-paused = En pausa desde el { $date }. Tómate el tiempo que necesites.
confirm-ended-longest = Tu racha más larga de contacto cero fue de { $days }.
confirm-ended-kept = Todo queda guardado: `plan status` y `plan log` lo siguen mostrando. `plan start` empieza un plan nuevo cuando quieras, y archiva este, completo.
confirm-switched-again = Vuelves a seguir «{ $title }» ({ $id }).
confirm-switched = Ahora sigues «{ $title }» ({ $id }), desde su primer paso.
confirm-resumed-both = Retomas donde lo dejaste: { $done ->
    [one] { $done } paso hecho
   *[other] { $done } pasos hechos
}, { $ticked ->
    [one] { $ticked } tarea marcada
   *[other] { $ticked } tareas marcadas
}.
confirm-resumed-steps = { $done ->
    [one] Retomas donde lo dejaste: { $done } paso hecho.
   *[other] Retomas donde lo dejaste: { $done } pasos hechos.
}
confirm-resumed-tasks = { $ticked ->
    [one] Retomas donde lo dejaste: { $ticked } tarea marcada.
   *[other] Retomas donde lo dejaste: { $ticked } tareas marcadas.
}
confirm-switched-kept = Todo lo registrado se mantiene: el contador de contacto cero, tu racha más larga y las veces que volvió a empezar, tus registros, impulsos, tu porqué y tus evaluaciones. Los pasos que hiciste en «{ $from }» también quedan guardados (`plan steps` los muestra) y vuelven si cambias de nuevo a esa guía.
confirm-switched-next-where = `plan next` te muestra dónde estás.
confirm-switched-next-begin = `plan next` te muestra por dónde empezar.
confirm-since-unchanged = El contacto cero ya cuenta desde el { $date }; guardado de nuevo.
confirm-since-moved = El contacto cero cuenta ahora desde el { $date }: hoy es el día { $days }.
confirm-since-begins = Tu plan empieza ahora desde tu último contacto, el { $date }.
confirm-since-slip = Tu desliz del { $since } fue después, así que la cuenta corre desde ese día: hoy es el día { $days }.
confirm-since-first = Puedes registrar días a partir del { $date }. Todo lo registrado se conserva.
confirm-imported-archived = El plan que había aquí queda archivado, completo: `plan archive` lo muestra.
confirm-imported = «{ $title }» se ha restaurado desde { $file }: { $checkins }, { $done } de { $total } pasos hechos. `plan status` te muestra en qué punto estás.
confirm-imported-ended = «{ $title }» se ha restaurado desde { $file }: { $checkins }, { $done } de { $total } pasos hechos. Se cerró el { $date } ({ $outcome }), tal como estaba al exportarlo. `plan status` te muestra en qué punto estás.

confirm-step-done = Hecho: paso { $number } de { $total }, «{ $title }».
confirm-left-unticked = Sin marcar, por si quieres volver a ellas:
confirm-last-step = Ese era el último paso de la guía.
confirm-next-step = Siguiente: paso { $number }, «{ $title }». `plan next` lo muestra completo.
confirm-now-current = Ahora en curso, a la vez:
confirm-next-one = `plan next STEP` muestra uno completo.
confirm-already-ticked = La tarea { $number } de «{ $title }» ya estaba marcada; guardado de nuevo.
confirm-ticked = Tarea { $number } de «{ $title }» marcada: { $task }
confirm-untick-nothing = La tarea { $task } de «{ $title }» no estaba marcada; no ha cambiado nada.
confirm-unticked = La tarea { $task } de «{ $title }» ya no está marcada.
confirm-reopen-nothing = El paso { $number } «{ $title }» no estaba hecho; no ha cambiado nada.
confirm-reopened = El paso { $number } «{ $title }» vuelve a estar abierto; sus tareas marcadas siguen marcadas.
confirm-later-stay = Los pasos hechos que vienen después siguen hechos: { $steps }.
