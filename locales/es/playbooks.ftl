# `plan playbooks`, `plan playbook show` y `plan playbook check`.

## `plan playbooks`: la lista.
playbooks-languages = Idiomas: { $languages }
playbooks-language = { $tag ->
    [en] inglés
    [es] español
    [de] alemán
   *[other] { $tag }
}
playbooks-from = en { $path }
playbooks-footer = `plan playbook show ID` muestra una; `plan start --playbook ID` la empieza.

playbooks-untranslated = Esta guía aún no está traducida al español; se muestra en inglés.

## `plan playbook show`: una guía completa.
playbooks-based-on = Basada en: { $source }
playbooks-gate = Plazo: { $gates }
playbooks-gate-days = { $days ->
    [one] { $days } día de contacto cero
   *[other] { $days } días de contacto cero
}
playbooks-gate-after = después de { $steps }
playbooks-open = Abierto desde el principio, a la vez que los pasos anteriores
playbooks-tips = Consejos:
playbooks-avoid = Evita:
playbooks-examples = Ejemplos:
playbooks-example = «{ $text }»

## `plan playbook check FILE`.
playbooks-checked = { $steps ->
    [one] { $path }: bien, la guía `{ $id }` tiene { $steps } paso
   *[other] { $path }: bien, la guía `{ $id }` tiene { $steps } pasos
}
