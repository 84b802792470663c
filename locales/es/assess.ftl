# La evaluación (`plan assess`). Las respuestas de `--answer ID=CHOICE`
# siguen siendo yes, no y unsure en todos los idiomas.

## Las preguntas.
assess-question-abuse = ¿Hubo maltrato o control: te hacía daño, te amenazaba, te menospreciaba, te apartaba de tu gente o vigilaba tu teléfono o tu dinero?
assess-question-afraid = ¿Le tienes miedo a tu ex, o a lo que podría hacer si te pones en contacto?
assess-question-they-asked = ¿Tu ex te ha pedido que no te pongas en contacto, te ha bloqueado o te ha dicho con claridad que se acabó?
assess-question-own-behaviour = ¿Hubo maltrato o control por tu parte: hacerle daño a tu ex, amenazar, menospreciar, apartar a esa persona de su gente o vigilar su teléfono o su dinero?
assess-question-warned = ¿Las personas que te quieren están preocupadas por cómo te trataban y te aconsejan no volver?
assess-question-new-partner = ¿Tu ex está con otra persona?
assess-question-miss-them = ¿Echas de menos a tu ex como persona, y lo que había entre los dos, más que simplemente tener a alguien?
assess-question-lonely = ¿Lo que te empuja a volver es sobre todo la soledad, el miedo a no encontrar a nadie más o las ganas de que deje de doler?
assess-question-why-it-ended = ¿Entiendes por qué terminó: una pelea, el distanciamiento, la confianza rota o algo más profundo?
assess-question-changed = ¿Ha cambiado algo de verdad desde entonces, en los hechos y no solo en las palabras?
assess-question-breakup = ¿Se puede dejar atrás, por ambas partes, lo que se dijo y se hizo durante la ruptura?
assess-question-future = Si imaginas tu vida dentro de diez años, ¿encajan tus planes con los de tu ex?
assess-question-pros-cons = Si sopesas con honestidad lo bueno y lo malo, ¿tu ex aportó a tu vida más de lo que te quitó?
assess-question-let-go = ¿Podrías dejar el pasado atrás, sin volver sobre viejas heridas ni sobre con quién estuvo tu ex durante la separación?
assess-question-commit = ¿Puedes comprometerte más a fondo que antes?
assess-question-add-value = ¿La relación hacía mejor la vida de ambas partes, y se podrían sobrellevar las diferencias que llevaron a la ruptura?

## Los motivos, bajo «Por qué:».
assess-reason-abuse-yes = Has dicho que hubo maltrato o control. Tu seguridad es lo primero, y lo que pasó no fue culpa tuya.
assess-reason-abuse-unsure = No tienes claro si lo que pasó fue maltrato o control. Vale la pena hablarlo con alguien de confianza, o con una línea de ayuda contra la violencia de pareja, antes de cualquier contacto.
assess-reason-afraid-yes = Le tienes miedo a tu ex. Tu seguridad es lo primero, y el miedo es razón suficiente para mantener la distancia.
assess-reason-afraid-unsure = Puede que una parte de ti tenga miedo de tu ex. Tómatelo en serio, y háblalo con alguien de confianza antes de cualquier contacto.
assess-reason-they-asked-yes = Tu ex te ha pedido que no haya contacto, te ha bloqueado o te ha dicho que se acabó. Es su respuesta, y te toca respetarla, por mucho que duela.
assess-reason-they-asked-unsure = No tienes claro qué quiere tu ex. Mientras no muestre que quiere contacto, dejar en paz a esa persona es lo más amable, para los dos.
assess-reason-own-behaviour-yes = Has reconocido que tu comportamiento fue de maltrato o control. El camino es el contacto cero y buscar ayuda para cambiar: así es como te haces responsable.
assess-reason-own-behaviour-unsure = No tienes claro si tu comportamiento fue de maltrato o control. Háblalo en terapia, o con un servicio para personas preocupadas por su propio comportamiento, antes de cualquier contacto.
assess-reason-warned-yes = Las personas que te quieren están preocupadas por cómo te trataban. Vale la pena escuchar lo que ven.
assess-reason-warned-unsure = Pregúntale a alguien de confianza cómo veía la relación.
assess-reason-new-partner-yes = Tu ex está con otra persona. Es su decisión, y te toca respetarla.
assess-reason-miss-them-no = Puede que lo que te empuja a volver sea algo distinto de esa persona.
assess-reason-miss-them-unsure = Todavía no tienes claro si es a tu ex a quien echas de menos.
assess-reason-lonely-yes = Lo que habla es la soledad, el miedo o el dolor; dale tiempo para que se calme.
assess-reason-lonely-unsure = Puede que parte de lo que te empuja sea soledad o miedo; date tiempo.
assess-reason-why-it-ended-no = Mientras no sepas por qué terminó, lo mismo podría acabar con la relación otra vez.
assess-reason-why-it-ended-unsure = Todavía no tienes claro por qué terminó.
assess-reason-changed-no = Todavía no ha cambiado nada, así que los problemas de antes seguirían ahí.
assess-reason-changed-unsure = Todavía no está claro que algo haya cambiado.
assess-reason-breakup-no = El dolor de la ruptura en sí sigue en medio.
assess-reason-breakup-unsure = Puede que el dolor de la ruptura siga en medio.
assess-reason-future-no = No ves un futuro en el que encajen tu vida y la de tu ex.
assess-reason-future-unsure = Todavía no ves un futuro en común.
assess-reason-pros-cons-no = Según tu propia cuenta, la relación quitó más de lo que dio.
assess-reason-pros-cons-unsure = No tienes claro si dio más de lo que quitó; hacer por escrito una lista de lo bueno y lo malo puede ayudar.
assess-reason-let-go-no = Las viejas heridas volverían contigo.
assess-reason-let-go-unsure = Puede que aún no sea el momento de dejar el pasado en paz.
assess-reason-commit-no = Ahora mismo no puedes comprometerte más que antes.
assess-reason-commit-unsure = No tienes claro si puedes comprometerte.
assess-reason-add-value-no = La relación no hacía mejor la vida de ambas partes, o las diferencias no tienen arreglo.
assess-reason-add-value-unsure = No está claro que la relación fuera buena para ambas partes.

## El resultado.
assess-result-move-on = Resultado: pasar página.
assess-result-wait = Resultado: esperar.
assess-result-proceed = Resultado: adelante.
assess-said-not-safe = Tus respuestas dicen que volver no es seguro para ti. Eso también es una respuesta, y hace falta valor para mirarla de frente.
assess-said-they-asked = Tu ex ya ha dado su respuesta. Respetarla es duro, y también es el camino para salir adelante.
assess-said-own-behaviour = El camino es el contacto cero y buscar ayuda para cambiar. Así es como se asume la responsabilidad aquí.
assess-said-move-on = Tus respuestas apuntan a no volver. Eso también es una respuesta, y hace falta valor para mirarla de frente.
assess-said-wait-safety = No busques ningún contacto por ahora. Algo de lo que respondiste tiene que ver con tu seguridad o con la de tu ex: háblalo con alguien de confianza antes de decidir nada.
assess-said-wait = Date tiempo. Sigue cuidándote, y vuelve a hacer la evaluación cuando las cosas se hayan calmado: entonces la respuesta puede ir en cualquier dirección.
assess-said-proceed = Tus respuestas no muestran ninguna señal de alarma. Ve con calma, al ritmo de tu ex tanto como al tuyo, y prepárate para que su respuesta sea que no.
assess-why = Por qué:
assess-switch-move-on = `plan switch move-on` sigue una guía para soltar, y conserva todo lo que has registrado.
assess-answers-kept = Tus respuestas se guardan con el resultado, en la carpeta del plan: cualquiera con acceso a este dispositivo, a su sincronización o a una exportación podría leerlas. `--only-result` guarda solo el resultado.
assess-answers-not-kept = Solo se guarda el resultado; tus respuestas no.

## En la terminal.
assess-intro = Responde con sinceridad: s = sí, n = no, ? = no lo sé. Las primeras preguntas son sobre tu seguridad, y son las que deciden. El resultado se guarda en la carpeta del plan, y tus respuestas también si así lo eliges: cualquiera con acceso a este dispositivo, a su sincronización o a una exportación podría leerlas.
assess-choices = [s/n/?]
assess-please = Responde s (sí), n (no) o ? (no lo sé).
assess-unsure-answers = ?, no sé, no lo sé, ns
assess-keep-question = ¿Guardar tus respuestas con el resultado? Con Enter se guarda solo el resultado. [s/N]

## `plan assess --list`.
assess-list-how = `plan assess` las hace en una terminal; en un script, `--answer ID=CHOICE`.

## Un `--answer` mal escrito.
assess-answer-not-id-choice = `{ $text }` no tiene la forma ID=CHOICE, como `future=yes`; los ids son { $ids }
assess-answer-no-such-question = `{ $id }` no es una pregunta de la evaluación; los ids son { $ids }
assess-answer-no-such-choice = `{ $choice }` no es una respuesta a `{ $id }`; responde { $choices }
