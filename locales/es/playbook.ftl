# Guías: lo que lee una persona cuando su archivo de guía tiene un error
# (después del archivo, la línea y la columna).

## Dónde está un texto en una guía, para un aviso: "paso 2 (quiet) tarea 1".
playbook-field-in-step = paso { $number } ({ $id }) { $field }
playbook-field-in-source = source { $field }
playbook-field-task = tarea { $number }
playbook-field-tip = consejo { $number }
playbook-field-avoid = punto { $number } de «Evita»
playbook-field-example = ejemplo { $number }

## Lo que está mal en un archivo de guía. Cada mensaje sigue a "ARCHIVO:LÍNEA:COLUMNA: ".
## Lo que va entre comillas invertidas es del propio archivo y no se traduce.
# $message es la descripción del lector de TOML, en inglés.
playbook-syntax = error de sintaxis TOML: { $message }
playbook-no-steps = la guía no tiene pasos; añade al menos una tabla [[steps]]
playbook-source-not-table = `source` debe ser una tabla con title y description, no { $kind }
playbook-steps-not-array = `steps` debe ser una lista de tablas ([[steps]]), no { $kind }
playbook-step-not-table = el paso { $number } debe ser una tabla, no { $kind }
playbook-unknown-phase = fase desconocida `{ $phase }`; se esperaba una de estas: { $known }
playbook-gate-not-integer = `min_no_contact_days` debe ser un número entero de días, no { $kind }
playbook-gate-negative = `min_no_contact_days` vale { $days }; un plazo debe ser de 0 días o más
playbook-gate-too-long = `min_no_contact_days` vale { $days }; eso es más que una vida entera
playbook-gate-not-a-number = `min_no_contact_days` no es un número de días
playbook-duplicate-id = id de paso repetido `{ $id }`: el paso { $step } también lo tiene
playbook-after-unknown = `after` nombra `{ $id }`, que no es un paso de esta guía
playbook-cycle = `after` forma un ciclo: { $cycle }; ninguno de esos pasos podría completarse nunca
playbook-cycle-one-waits = `after` forma un ciclo: { $cycle } ({ $step } no tiene `after`, así que espera al paso anterior); ninguno de esos pasos podría completarse nunca
playbook-cycle-many-wait = `after` forma un ciclo: { $cycle } ({ $steps } no tienen `after`, así que cada uno espera al paso anterior); ninguno de esos pasos podría completarse nunca
playbook-language-not-a-tag = `language` `{ $tag }` no es una etiqueta de idioma; escribe una como en, es o de
playbook-id-not-kebab-case = el id de la guía `{ $id }` debe estar en kebab-case: minúsculas, cifras y guiones sueltos, empezando por una letra
playbook-step-id-not-kebab-case = el id de paso `{ $id }` debe estar en kebab-case: minúsculas, cifras y guiones sueltos, empezando por una letra
playbook-unknown-field = campo desconocido `{ $field }` en la guía; se esperaba uno de estos: { $known }
playbook-unknown-field-in-source = campo desconocido `{ $field }` en `source`; se esperaba uno de estos: { $known }
playbook-unknown-field-in-step = campo desconocido `{ $field }` en el paso { $number }; se esperaba uno de estos: { $known }
playbook-missing = a la guía le falta `{ $key }`
playbook-missing-in-source = a `source` le falta `{ $key }`
playbook-missing-in-step = al paso { $number } le falta `{ $key }`
playbook-empty = `{ $key }` está vacío en la guía
playbook-empty-in-source = `{ $key }` está vacío en `source`
playbook-empty-in-step = `{ $key }` está vacío en el paso { $number }
playbook-not-string = `{ $key }` debe ser un texto, no { $kind }
playbook-not-list = `{ $key }` debe ser una lista de textos, no { $kind }
playbook-not-only-strings = `{ $key }` solo puede contener textos, no { $kind }

## Qué es un valor TOML, tras "no" en los mensajes de arriba.
playbook-kind-string = un texto
playbook-kind-integer = un número entero
playbook-kind-float = un número decimal
playbook-kind-boolean = un valor true/false
playbook-kind-date = una fecha
playbook-kind-array = una lista
playbook-kind-table = una tabla

playbook-error = error:
playbook-more-problems = { $more ->
    [one] y { $more } problema más
   *[other] y { $more } problemas más
}
