partner-none = Todavía no tienes ninguna persona de apoyo.
partner-add-hint = `plan partner add NAME RECIPIENT` añade a alguien de confianza que verá cómo estás, y nada privado.
partner-list-heading = Tus personas de apoyo ven un pequeño resumen, escrito en { $folder }:
partner-shares-moods = recuento, registros y ánimo
partner-shares = recuento y registros
partner-added = Persona de apoyo añadida: { $name }, con su clave { $kind }.
partner-changed = Persona de apoyo actualizada: { $name }, con su clave { $kind }.
partner-digest-holds-moods = Su resumen incluye los días de contacto cero, los registros, el día de tu último desliz, tu ánimo más reciente y cualquier SOS: nunca una nota, un borrador, tu porqué ni una respuesta. Se escribe ahora y después de cada cambio, cifrado solo para esa persona, en { $folder }.
partner-digest-holds = Su resumen incluye los días de contacto cero, los registros, el día de tu último desliz y cualquier SOS: nunca una nota, un borrador, tu porqué ni una respuesta. Se escribe ahora y después de cada cambio, cifrado solo para esa persona, en { $folder }.
partner-share-folder = Comparte esa carpeta con esa persona (una carpeta de Syncthing de solo recepción, git, o enviándole el archivo); la lee con `plan partner view`. Verá cuándo haces tu registro.
partner-removed = { $name } ya no es persona de apoyo.
partner-removed-copies = Este dispositivo ha borrado su resumen para esa persona, y tus otros dispositivos borran los suyos en su próximo cambio. Un resumen que ya haya copiado lo podrá seguir leyendo.
partner-key-made = Tu clave se guarda en { $path }, y solo tú puedes leerla. No se la envíes nunca a nadie.
partner-key-had = Ya tienes una clave, en { $path }.
partner-key-send = Envía esta línea a la persona que quiere compartir su plan contigo; solo sirve para cifrar un resumen para ti, nunca para abrirlo:
partner-key-add-me = Esa persona te añade con `plan partner add YOUR-NAME` y esa línea.
partner-key-view = Después, `plan partner view FOLDER` te muestra su resumen, en cuanto te llegue.
partner-sos-sent = SOS, enviado el { $when }
partner-when = { $date } a las { $time } ({ $offset })
partner-digest-for = Resumen para { $partner }, escrito el { $when }
partner-digest-for-ago = Resumen para { $partner }, escrito el { $when } { $days ->
    [one] (hace un día)
   *[other] (hace { $days } días)
}
partner-no-contact = Contacto cero: { $days ->
    [one] { $days } día
   *[other] { $days } días
}  (racha más larga: { $longest ->
    [one] { $longest } día
   *[other] { $longest } días
})
partner-checkin-that-day = Registro: hizo su registro ese día
partner-checkin-day-before = Registro: el último fue el día anterior
partner-checkin-days-before = Registro: el último fue { $days } días antes
partner-checkin-none = Registro: todavía ninguno
partner-last-slip = Último desliz: { $date }
partner-last-slip-none = Último desliz: ninguno
partner-mood = Ánimo más reciente: { $mood }/10, el { $date }
partner-mood-none = Ánimo más reciente: aún sin registrar
partner-no-sos = Ningún SOS abierto.
partner-sos-ask = Un mensaje breve para tus personas de apoyo, si quieres (Intro para no dejar ninguno)
partner-sos-recorded = SOS registrado a las { $time }.
partner-sos-no-partner = Todavía no tienes ninguna persona de apoyo, así que nadie lo verá a través de la carpeta (si tienes un hook `on-sos`, se ejecuta). `plan partner add NAME RECIPIENT` añade a alguien de confianza.
partner-sos-sent-at = SOS enviado a las { $time }, a través de la carpeta del plan.
partner-sos-will-see = { $count ->
    [one] { $names } lo verá la próxima vez que se sincronice. Eso puede tardar: si necesitas a alguien ahora, llama a { $names }.
   *[other] { $names } lo verán la próxima vez que se sincronicen. Eso puede tardar: si necesitas a alguien ahora, llámales.
}
partner-sos-clear-hint = Cuando haya pasado, `plan sos --clear` se lo hace saber.
partner-sos-cleared = Qué bien que haya pasado. El SOS queda marcado como resuelto.
partner-sos-cleared-will-see = { $count ->
    [one] { $names } lo verá en su próxima sincronización.
   *[other] { $names } lo verán en su próxima sincronización.
}
partner-names = { $rest } y { $last }
partner-digest-format = su formato es `{ $format }`
partner-sos-message = «{ $message }»
