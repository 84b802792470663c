# `plan next`: a current step in full.

# On a screen too short for the step: $rest lines are left out; $command is
# `plan next` or `plan next 3`.
next-more-lines = … { $rest ->
    [one] { $rest } more line
   *[other] { $rest } more lines
}: `{ $command } | less -R` shows them all.
next-all-done = Every step of this playbook is done.
next-all-done-keep-going = Keep checking in: the counter and your notes are still yours.
# $phase is the step's kind ("no-contact").
next-step = Step { $number } of { $total }: { $title }  ({ $phase })
next-tasks = Tasks (`plan done N` ticks one):
next-tasks-of-step = Tasks (`plan done --step { $id } N` ticks one):
next-tips = Tips:
next-avoid = Avoid:
next-examples = Examples:

## On every step that turns toward contact, whatever the playbook says.
next-caution = Keep in mind: going back is only worth it if it is good for you. If the relationship was abusive or controlling, it is not. They are free to say no, and so are you; a no is an answer to respect, not a problem to solve.
next-planned-contact = Contact this step plans is not a slip: `plan contact planned` records it, and your count of no contact stays as it is.

## What the latest readiness check said, on a step toward contact.
next-readiness-wait = Your readiness check on { $date } said to wait. This step can wait with it: `plan assess` again when things have settled.
next-readiness-move-on = Your readiness check on { $date } pointed to moving on. Trust that before this step: `plan switch move-on` keeps everything and follows a playbook for letting go.
next-readiness-none = Before this step, `plan assess` asks the questions worth answering honestly first.

## How the step is done. $command is `plan done` or `plan done STEP_ID`.
next-done = This step is done. `plan undo { $id }` opens it again.
next-gate = Gate: { $days ->
    [one] { $days } day
   *[other] { $days } days
} of no contact (you are at { $now }); it opens on { $date }.
next-gate-then = From then, { $command } completes it.
next-when-done = When this step is done: { $command }.
next-not-current = This step is not current yet. `plan steps` shows where it stands.
next-also-current = Also current, side by side with this one:
next-current-now = Current now:

## A step toward contact while the readiness check named a reason never to
## make contact ($named: "named abuse or control").
next-set-aside = Step { $number } of { $total }: set aside  ({ $phase })
next-set-aside-why = This step leads toward contact. Your readiness check on { $date } { $named }, so nothing here asks you to reach out, and the step stays open but untouched.
next-set-aside-ways = `plan switch move-on` follows a path for letting go, and keeps everything you have recorded. `plan urge` is there for the moments you want to reach out.
