ask-asking-checkin = registro del día
ask-asking-start = inicio
ask-asking-readiness-check = evaluación
ask-asking-draft = borrador
ask-asking-sos = SOS

ask-quoted = «{ $text }»

ask-path-four-steps = Intentarlo de nuevo
ask-path-move-on = Soltar
ask-path-not-sure-yet = Aún no lo sé
ask-path-which = ¿Qué camino quieres tomar? Puedes cambiarlo más adelante con `plan switch`.
ask-path-default = (Intro)
ask-path-question = Elige 1, 2 o 3 [{ $default }]
ask-path-again = `{ $answer }` no es ninguno de ellos; escribe 1, 2 o 3, o pulsa Intro.

ask-checkin-there = El registro del { $date } ya existe; con Intro, cada valor se queda como está.
ask-mood-today = Ánimo de hoy, de 1 (fatal) a 10 (genial)
ask-mood-on = Ánimo del { $date }, de 1 (fatal) a 10 (genial)
ask-urge = Impulso de escribirle, de 0 (ninguno) a 10 (abrumador)
ask-contact-none = none (o no)
ask-contact-initiated = initiated (o desliz)
ask-contact-today = ¿Hubo contacto hoy? Responde s o n, o escribe directamente el tipo ({ $kinds }) [{ $now }]
ask-contact-on = ¿Hubo contacto el { $date }? Responde s o n, o escribe directamente el tipo ({ $kinds }) [{ $now }]
ask-contact-which = ¿Qué tipo de contacto?
ask-contact-which-answer = Su número, o su nombre
ask-contact-none-answers = n, no, ninguno, nada
ask-contact-slip-answers = d, desliz
ask-contact-allowed-answers = p, permitido
ask-note = Una nota (Intro para saltar)
ask-notes-there = { $n ->
    [one] La nota del día:
   *[other] Las { $n } notas del día:
}
ask-note-choice = { $n ->
    [one] ¿La conservas, añades otra nota al lado o la sustituyes? Escribe conservar, añadir, sustituir o borrar [conservar]
   *[other] ¿Las conservas, añades otra nota al lado o las sustituyes? Escribe conservar, añadir, sustituir o borrar [conservar]
}
ask-note-keep-answers = c, conservar, mantener
ask-note-add-answers = a, añadir, anadir
ask-note-replace-answers = s, sustituir, reemplazar
ask-note-remove-answers = b, borrar, quitar
ask-note-added = Tu nota nueva (Intro para saltar)
ask-note-instead = { $n ->
    [one] Tu nota en su lugar (con Intro se queda la que hay)
   *[other] Tu nota en su lugar (con Intro se quedan las que hay)
}
ask-checkin-again = `{ $answer }` no es una de las respuestas; prueba otra vez, o pulsa Intro para saltar.

ask-yes-no-again = `{ $answer }` no es ni un sí ni un no; prueba otra vez.
