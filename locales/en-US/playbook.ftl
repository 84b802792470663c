# Playbooks: what a person reads when their playbook file is wrong (after
# its file, line and column).

## Where a text is in a playbook, for a warning about it: "step 2 (quiet)
## task 1". $field is a field's own name (`title`, `summary`) or one of
## playbook-field-task and the others below.
playbook-field-in-step = step { $number } ({ $id }) { $field }
playbook-field-in-source = source { $field }
playbook-field-task = task { $number }
playbook-field-tip = tip { $number }
playbook-field-avoid = avoid { $number }
playbook-field-example = example { $number }

## What is wrong with a playbook file. Each follows "FILE:LINE:COLUMN: ".
## Backticked words are the file's own: keys (`after`, `min_no_contact_days`),
## ids and values; they stay as they are. $kind is one of playbook-kind-*.
# A TOML syntax error: $message is the TOML reader's own description, in
# English (in English, alone).
playbook-syntax = { $message }
playbook-no-steps = the playbook has no steps; add at least one [[steps]] table
playbook-source-not-table = `source` must be a table with title and description, not { $kind }
playbook-steps-not-array = `steps` must be an array of tables ([[steps]]), not { $kind }
playbook-step-not-table = step { $number } must be a table, not { $kind }
# $known: the phases there are, "no-contact, self-focus, …".
playbook-unknown-phase = unknown phase `{ $phase }`; expected one of { $known }
playbook-gate-not-integer = `min_no_contact_days` must be a whole number of days, not { $kind }
playbook-gate-negative = `min_no_contact_days` is { $days }; a gate must be 0 days or more
playbook-gate-too-long = `min_no_contact_days` is { $days }; that is more than a lifetime
playbook-gate-not-a-number = `min_no_contact_days` is not a number of days
playbook-duplicate-id = duplicate step id `{ $id }`: step { $step } has it too
playbook-after-unknown = `after` names `{ $id }`, which is not a step of this playbook
# $cycle: "quiet -> you -> quiet", the step ids around the cycle.
playbook-cycle = `after` makes a cycle: { $cycle }; no step of it could ever be done
# $step: one step id in backticks, "`you`".
playbook-cycle-one-waits = `after` makes a cycle: { $cycle } ({ $step } has no `after`, so it waits for the step before it); no step of it could ever be done
# $steps: several step ids in backticks, "`you`, `quiet`".
playbook-cycle-many-wait = `after` makes a cycle: { $cycle } ({ $steps } have no `after`, so each waits for the step before it); no step of it could ever be done
playbook-language-not-a-tag = `language` `{ $tag }` is not a language tag; write one such as en, es or de
playbook-id-not-kebab-case = playbook id `{ $id }` must be kebab-case: lowercase letters, digits and single dashes, starting with a letter
playbook-step-id-not-kebab-case = step id `{ $id }` must be kebab-case: lowercase letters, digits and single dashes, starting with a letter
# $known: the fields there are, "id, title, purpose, …".
playbook-unknown-field = unknown field `{ $field }` in the playbook; expected one of { $known }
playbook-unknown-field-in-source = unknown field `{ $field }` in source; expected one of { $known }
playbook-unknown-field-in-step = unknown field `{ $field }` in step { $number }; expected one of { $known }
playbook-missing = the playbook is missing `{ $key }`
playbook-missing-in-source = source is missing `{ $key }`
playbook-missing-in-step = step { $number } is missing `{ $key }`
playbook-empty = `{ $key }` in the playbook is empty
playbook-empty-in-source = `{ $key }` in source is empty
playbook-empty-in-step = `{ $key }` in step { $number } is empty
playbook-not-string = `{ $key }` must be a string, not { $kind }
playbook-not-list = `{ $key }` must be a list of strings, not { $kind }
playbook-not-only-strings = `{ $key }` must hold only strings, not { $kind }

## What a TOML value is, after "not" above.
playbook-kind-string = a string
playbook-kind-integer = an integer
playbook-kind-float = a float
playbook-kind-boolean = a boolean
playbook-kind-date = a date
playbook-kind-array = an array
playbook-kind-table = a table

## Past the first problem, each begins a line of its own with this word,
## as the first does after `error: `.
playbook-error = error:
# Past 20 problems, the rest are counted.
playbook-more-problems = { $more ->
    [one] and 1 more problem
   *[other] and { $more } more problems
}
