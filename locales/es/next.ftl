# `plan next`: un paso actual, completo.

next-more-lines = … { $rest ->
    [one] { $rest } línea más
   *[other] { $rest } líneas más
}: `{ $command } | less -R` las muestra todas.
next-all-done = Has completado todos los pasos de esta guía.
next-all-done-keep-going = Puedes seguir registrando tus días: la cuenta y tus notas siguen siendo tuyas.
next-step = Paso { $number } de { $total }: { $title }  ({ $phase })
next-tasks = Tareas (`plan done N` marca una):
next-tasks-of-step = Tareas (`plan done --step { $id } N` marca una):
next-tips = Consejos:
next-avoid = Evita:
next-examples = Ejemplos:

## En cada paso que va hacia el contacto, diga lo que diga la guía.
next-caution = Tenlo presente: volver solo vale la pena si es bueno para ti. Si la relación fue de maltrato o de control, no lo es. Esa persona es libre de decir que no, y tú también; un no es una respuesta que se respeta, no un problema que resolver.
next-planned-contact = El contacto que este paso prevé no es un desliz: `plan contact planned` lo registra, y tu cuenta de contacto cero sigue como está.

## Lo que dijo la última evaluación, en un paso hacia el contacto.
next-readiness-wait = Tu evaluación del { $date } decía que esperaras. Este paso puede esperar contigo: vuelve a hacer `plan assess` cuando las cosas se hayan calmado.
next-readiness-move-on = Tu evaluación del { $date } apuntaba a pasar página. Confía en eso antes de este paso: `plan switch move-on` lo conserva todo y sigue una guía para soltar.
next-readiness-none = Antes de este paso, `plan assess` te hace las preguntas que vale la pena responder con sinceridad.

## Cómo se completa el paso.
next-done = Este paso está hecho. `plan undo { $id }` lo vuelve a abrir.
next-gate = Plazo: { $days ->
    [one] { $days } día
   *[other] { $days } días
} de contacto cero (llevas { $now }); se cumple el { $date }.
next-gate-then = A partir de entonces, { $command } lo completa.
next-when-done = Cuando hayas hecho este paso: { $command }.
next-not-current = Este paso todavía no toca. `plan steps` muestra en qué punto está.
next-also-current = También actuales, en paralelo con este:
next-current-now = Actuales ahora:

## Un paso hacia el contacto mientras la evaluación señala un motivo para no tenerlo nunca.
next-set-aside = Paso { $number } de { $total }: apartado  ({ $phase })
next-set-aside-why = Este paso lleva hacia el contacto. Tu evaluación del { $date } { $named }, así que aquí nada te pide escribirle, y el paso sigue abierto, pero sin tocar.
next-set-aside-ways = `plan switch move-on` sigue un camino para soltar, y conserva todo lo que has registrado. `plan urge` está ahí para los momentos en que quieras escribirle.
