words-contact-none = sin contacto
words-contact-allowed = contacto permitido
words-contact-initiated = un desliz
words-contact-replied = una respuesta tuya (un desliz)
words-contact-they-contacted = te escribió y lo dejaste estar
words-contact-social-media = una mirada a su perfil
words-contact-logistics = solo cuestiones prácticas
words-contact-accidental = un encuentro casual
words-contact-planned = contacto previsto en tu plan

words-outcome-reunited = volvisteis a estar juntos
words-outcome-moved-on = pasaste página
words-outcome-paused = en pausa

words-red-flag-abuse = habla de maltrato o de control
words-red-flag-afraid = dice que le tienes miedo
words-red-flag-they-asked = dice que te pidió no tener contacto, te bloqueó o dio la relación por terminada
words-red-flag-own-behaviour = reconoce que tu propio comportamiento fue maltratador o controlador

words-phase-no-contact = contacto cero
words-phase-self-focus = centrarte en ti
words-phase-assess = evaluar
words-phase-reconnect = reconectar
words-phase-talk = la conversación
words-phase-rebuild = reconstruir
