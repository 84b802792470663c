# `plan log`: los registros, del más reciente al más antiguo.

log-none-in-window = Ningún registro { $days ->
    [one] hoy
   *[other] en los últimos { $days } días
}; { $total } en total. `plan log` los muestra.
log-none = Aún no hay registros. `plan checkin --mood N --urge N` registra el día de hoy.
log-entry = { $date }  ánimo { $mood }  impulso { $urge }
log-entry-contact = { $date }  ánimo { $mood }  impulso { $urge }  contacto: { $contact }

## Un tipo de contacto en un registro, en pocas palabras.
log-contact-none = ninguno
log-contact-allowed = permitido
log-contact-initiated = le escribiste
log-contact-replied = le respondiste
log-contact-they-contacted = te escribió
log-contact-social-media = miraste su perfil
log-contact-logistics = cuestiones prácticas
log-contact-accidental = encuentro casual
log-contact-planned = previsto en tu plan
