# `plan playbooks`, `plan playbook show` and `plan playbook check`: the
# paths to choose from, and one in full.

## `plan playbooks`: the list.
# Under a playbook translated into other languages, or written in another than the run's: the names, joined by commas.
playbooks-languages = Languages: { $languages }
# A language by its tag (`en`, `es`, `de`); any other tag is shown as it is.
playbooks-language = { $tag ->
    [en] English
    [es] Spanish
    [de] German
   *[other] { $tag }
}
# Under a playbook of the person's own: where its file is.
playbooks-from = from { $path }
playbooks-footer = `plan playbook show ID` reads one; `plan start --playbook ID` begins it.

# A bundled playbook with no version in the run's language (`plan start`,
# `switch`, `playbook show`, `playbook export`). Each language names itself.
playbooks-untranslated = This playbook is not translated into your language yet; it is shown in English.

## `plan playbook show`: one playbook in full.
playbooks-based-on = Based on: { $source }
# A step's gates, joined by "; ".
playbooks-gate = Gate: { $gates }
playbooks-gate-days = { $days ->
    [one] { $days } day of no contact
   *[other] { $days } days of no contact
}
# The ids of the steps it waits for, joined by commas.
playbooks-gate-after = after { $steps }
playbooks-open = Open from the start, alongside the steps before it
playbooks-tips = Tips:
playbooks-avoid = Avoid:
playbooks-examples = Examples:
# A sample message, in the language's quotation marks.
playbooks-example = “{ $text }”

## `plan playbook check FILE`: the file is a playbook that can be used.
playbooks-checked = { $steps ->
    [one] { $path }: ok, playbook `{ $id }` with { $steps } step
   *[other] { $path }: ok, playbook `{ $id }` with { $steps } steps
}
