# `plan steps`: every step of the plan and where it stands, a line each.

## Where a step stands, after its title. Dates are ISO.
steps-state-done = done { $date }
steps-state-set-aside = set aside
steps-state-gate = current, gate opens { $date }
steps-state-current = current
steps-state-locked = locked until { $date }
steps-state-ahead = ahead
# In place of the title of a step toward contact while a red flag stands.
steps-toward-contact = (a step toward contact)

## A playbook followed before a `plan switch`. $done: "no-contact
## (2026-11-02), focus-on-you (2026-11-09)"; $ticked: one or more
## steps-earlier-step-tasks, joined by commas.
steps-earlier = Before the switch on { $date }: “{ $title }”. Steps done: { $done }.
steps-earlier-ticked = Before the switch on { $date }: “{ $title }”. Steps done: { $done }. Tasks ticked: { $ticked }.
steps-earlier-none = none
# $step is a step's id, $numbers its ticked tasks ("1, 3"), $count how many.
steps-earlier-step-tasks = { $step } ({ $count ->
    [one] task
   *[other] tasks
} { $numbers })
