urge-stop = Para aquí un momento. Lo que sientes es fuerte, y va a pasar.
urge-safety = Tu evaluación del { $date } { $flag }. { $help }
urge-names-and = {" y "}
urge-partners = { $count ->
    [one] { $names } ya sabe cómo estás. Escríbele ahora, o envía `plan sos` y lo verá en su próxima sincronización.
   *[other] { $names } ya saben cómo estás. Escríbeles ahora, o envía `plan sos` y lo verán en su próxima sincronización.
}
urge-count-starts = Tu cuenta de contacto cero empieza hoy. Cada día a partir de aquí suma, y hoy es uno de ellos.
urge-count = { $days ->
    [one] Llevas { $days } día de contacto cero, desde el { $since }. Si le escribes ahora, la cuenta vuelve a empezar.
   *[other] Llevas { $days } días de contacto cero, desde el { $since }. Si le escribes ahora, la cuenta vuelve a empezar.
}
urge-why = Tu porqué, con tus palabras ({ $date }):
urge-quoted = «{ $text }»
urge-no-why = Cuando esto haya pasado, escribe por qué haces esto: `plan why "…"`. Estará aquí la próxima vez.
urge-instead = En lugar de eso, ahora mismo:
urge-something-else = Otra cosa que ayuda:

urge-instead-friend = Llama o escribe a alguien de confianza y cuéntale que estás en un momento difícil.
urge-instead-walk = Sal a caminar, o mueve el cuerpo durante diez minutos.
urge-instead-journal = Escribe lo que quieres decir en un diario, no a esa persona.
urge-instead-breathe = Respira despacio: cuenta cuatro al tomar aire y seis al soltarlo, diez veces.
urge-instead-hands = Haz algo con las manos: cocina, ordena, dibuja, toca algo.
urge-instead-bed = Si es tarde, vete a dormir; por la mañana todo se ve distinto.
urge-instead-phone = Deja el móvil en otra habitación durante media hora.
urge-instead-water = Bebe un vaso de agua, y come algo si no lo has hecho.
urge-instead-shower = Date una ducha, o échate agua fría en la cara.
urge-instead-song = Pon una canción que sea solo tuya y escúchala entera.
urge-instead-outside = Sal afuera y nombra cinco cosas que veas.
urge-instead-did-well = Escribe tres cosas que hiciste bien esta semana.
urge-instead-archive = Archiva el chat con esa persona, para que no sea lo primero que ves.

urge-plan-next = En un momento más tranquilo, planea la próxima vez: `plan if "CUANDO" "ENTONCES"`.
urge-wait = Espera diez minutos antes de decidir nada. Un impulso sube y baja; es más fácil elegir cuando ha bajado.
urge-afterwards = Después: `plan urge --resolve held`, o `slipped` si le escribiste.

urge-no-drafts = No hay borradores. En una terminal, `plan urge` te ofrece un sitio para escribir uno en lugar de enviarlo.
urge-draft-date = { $date } (nunca enviado):
urge-draft-offer = Si necesitas escribir el mensaje, escríbelo aquí. Se guarda en tus borradores privados y nunca se envía. Termina con una línea vacía; si pulsas Intro sin escribir nada, lo saltas.
