# `plan archive`: the plans a later start replaced, and `plan archive show N`.
# Dates here are ISO (2026-11-08) in every language.

## A readiness check's result.
archive-result-proceed = proceed
archive-result-wait = wait
archive-result-move-on = move on

# A person's words (a why, a note), in the language's quotation marks.
archive-quote = “{ $text }”

## `plan archive show N`.
archive-show-title = Archived plan { $number }: “{ $title }” ({ $playbook })
archive-show-dates = { $started } to { $ended }.
# $outcome is how it ended: "moved on", "back together", "paused".
archive-show-dates-outcome = { $started } to { $ended }, { $outcome }.
archive-heading-why = Your why
archive-heading-urges = Urges
archive-heading-drafts = Drafts, never sent
archive-heading-checks = Readiness checks
archive-heading-steps = Steps of “{ $title }”
archive-heading-notes = Notes
archive-none-written = None written.
archive-none = None.
archive-no-urges = None recorded with `plan urge`.
archive-no-checks = None taken.
# How the urges went: $how lists archive-urges-held, -slipped and -open,
# comma-separated.
archive-urges = { $total ->
    [one] { $total } urge
   *[other] { $total } urges
}: { $how }.
archive-urges-held = { $n } held
archive-urges-slipped = { $n } ended in contact
archive-urges-open = one from { $date } never closed
# A readiness check: its day, its result…
archive-check = { $date }  { $result }.
# …and what it named: $reason is one of words-red-flag-*, such as "named abuse or control".
archive-check-reason = { $date }  { $result }; it { $reason }.
# A step of the playbook: its title and id…
archive-step = { $title } [{ $id }]
# …and, while a readiness check's reason stands, a step toward contact not named.
archive-step-set-aside = (a step toward contact)
# $step is archive-step or archive-step-set-aside.
archive-step-done = { $step }, done { $date }
archive-step-ticked = { $step }, { $done } of { $total ->
    [one] { $total } task
   *[other] { $total } tasks
} ticked
archive-show-checkins = { $checkins ->
    [one] { $checkins } check-in
   *[other] { $checkins } check-ins
}: `plan log --archived { $number }` shows them; `plan export --archived { $number }` writes the whole plan out.

## `plan archive`.
archive-empty = No archived plans. A new `plan start` keeps an ended plan here, whole.
archive-line = { $title } ({ $playbook }), { $started } to { $ended }, { $checkins ->
    [one] { $checkins } check-in
   *[other] { $checkins } check-ins
}
archive-line-outcome = { $title } ({ $playbook }), { $started } to { $ended }, { $outcome }, { $checkins ->
    [one] { $checkins } check-in
   *[other] { $checkins } check-ins
}
archive-hint = `plan archive show N` shows everything plan N holds; `plan log --archived N`, its check-ins.
