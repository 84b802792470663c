# `plan status` (and a bare `plan`): where you stand today. Each message
# is one line or one paragraph; the code indents it.

## The counts. $days is the count already painted ("12 days"); $since an ISO date.
status-no-contact = No contact: { $days }  (since { $since })
status-longest-run = Longest run { $longest ->
    [one] { $longest } day
   *[other] { $longest } days
}; began again { $resets ->
    [one] { $resets } time
   *[other] { $resets } times
}
# $bar is drawn in the code: [████░░░░]. $days of $gate days; $opens an ISO date.
status-gate = { $bar }  { $days }/{ $gate ->
    [one] { $gate } day
   *[other] { $gate } days
}, gate opens { $opens }
status-milestone = ★ { $days ->
    [one] { $days } day
   *[other] { $days } days
} of no contact today: a milestone. Well done.
# The same milestone when the latest check-ins show the hardest days.
status-milestone-hard-days = ★ { $days ->
    [one] { $days } day
   *[other] { $days } days
} of no contact today: a milestone. You kept it through hard days.
status-next-milestone = Next milestone: { $days ->
    [one] { $days } day
   *[other] { $days } days
}, on { $date }

## The looking counter: days without looking at their profile or photos.
status-looking = Not looking at their profile: { $days ->
    [one] { $days } day
   *[other] { $days } days
}  (since { $since })
status-looking-longest = Not looking at their profile: { $days ->
    [one] { $days } day
   *[other] { $days } days
}  (since { $since }; longest { $longest ->
    [one] { $longest } day
   *[other] { $longest } days
})
status-looking-milestone = ★ { $days ->
    [one] { $days } day
   *[other] { $days } days
} without looking: a milestone. Well done.
status-looking-milestone-hard-days = ★ { $days ->
    [one] { $days } day
   *[other] { $days } days
} without looking: a milestone.
status-looking-next = Next without looking: { $days ->
    [one] { $days } day
   *[other] { $days } days
}, on { $date }

## A plan that has ended. $outcome: "back together", "moved on", "paused".
status-ended = This plan ended on { $date }: { $outcome }.
status-ended-steps = { $done } of { $total ->
    [one] { $total } step
   *[other] { $total } steps
} done. Everything is kept: `plan log` shows it.
status-ended-start-again = `plan start` begins a new plan when you want one; this one is archived, whole.

## What the readiness check found, before any count: "Your readiness check
## on DATE" and what it named ($named: "named abuse or control").
status-safety-abuse = Your readiness check on { $date } { $named }. Your safety comes first, and no step here leads back to contact.
status-safety-they-asked = Your readiness check on { $date } { $named }. That answer stands, and no step here leads back to contact.
status-safety-own-behaviour = Your readiness check on { $date } { $named }. The way forward is no contact, and help to change.
status-safety-letting-go = `plan switch move-on` follows a path for letting go, and keeps everything.

## The current steps. $phase is the step's kind ("no-contact").
status-step-set-aside = Step { $number } of { $total } leads toward contact: set aside while your check stands.
status-step = Step { $number } of { $total }: { $title }  ({ $phase })
status-steps-done = { $done } of { $total ->
    [one] { $total } step
   *[other] { $total } steps
} done
status-steps-done-tasks = { $done } of { $total ->
    [one] { $total } step
   *[other] { $total } steps
} done, { $ticked } of { $tasks ->
    [one] { $tasks } task
   *[other] { $tasks } tasks
} ticked
status-step-locked-until = This step can be completed from { $date }.
status-steps-side-by-side = { $done } of { $total ->
    [one] { $total } step
   *[other] { $total } steps
} done. Current, side by side:
status-current-set-aside = { $number }. (set aside: it leads toward contact)
status-current = { $number }. { $title }  ({ $phase })
status-current-tasks = { $number }. { $title }  ({ $phase }, { $ticked } of { $tasks ->
    [one] { $tasks } task
   *[other] { $tasks } tasks
})
status-current-locked-until = can be marked done from { $date }
status-all-done = All { $total ->
    [one] { $total } step
   *[other] { $total } steps
} done. Well done for getting here.

## Today and the week.
status-checked-in = Today: checked in.
status-latest-ahead = Latest check-in: { $date }, after today.
status-no-checkin = Today: no check-in yet. `plan checkin --mood N --urge N` records it.
# $week: "Mo 4  Tu ·  We 5 …", the weekdays from the date group.
status-mood-week = Mood, last 7 days: { $week }
status-urge-week = Urge, last 7 days: { $week }
# With the clock set back: the 7 days that end on the latest check-in.
status-mood-week-to = Mood, 7 days to { $date }: { $week }
status-urge-week-to = Urge, 7 days to { $date }: { $week }
# This week against the last: $now and $before are averages ("5.0").
status-trend = This week: { $parts }.
status-trend-mood-same = mood { $now } against { $before }, about the same
status-trend-mood-better = mood { $now } against { $before }, better
status-trend-mood-harder = mood { $now } against { $before }, harder
status-trend-urge-same = urge { $now } against { $before }, about the same
status-trend-urge-better = urge { $now } against { $before }, better
status-trend-urge-harder = urge { $now } against { $before }, harder
status-urge-open = An urge from { $date } is open: `plan urge --resolve held`, or `slipped`.
status-clock-ahead = Note: you have a check-in dated { $date }, after today. Is the clock right?
status-clock-nothing-lost = Nothing has been changed or lost.
status-urge-hint = `plan urge` is there for the moments you want to reach out.
status-next-hint = `plan next` shows what to do now.

## `plan status --short`: one line for a shell prompt; keep it as short.
status-short = nc { $days }d · { $step } · { $today }
status-short-ended = plan ended { $date } · { $outcome }
status-short-step = step { $number }/{ $total }
status-short-all-done = all steps done
status-short-checked-in = checked in
status-short-checked-in-on = checked in { $date }
status-short-due = check-in due

## A bare `plan` before there is a plan.
status-welcome = plan: a private planner for getting through a breakup.
status-welcome-about = It keeps a no-contact day counter that a slip starts again but never erases, a daily check-in of your mood and your urge to reach out, and a playbook of steps to follow, whether that leads back to them or on without them. Everything stays on this machine.
status-welcome-begin = To begin:
status-welcome-start = choose a path: try again, let go, or not sure yet
status-welcome-since = counting no contact from your last contact
status-welcome-playbooks = the paths to choose from, and what each is for
status-welcome-help = `plan help` lists every command.
