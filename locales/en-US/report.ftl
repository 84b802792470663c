# `plan report`: the whole plan as one page, to open in a browser or print.
# The page's markup is the code's: a message holds words only. Where a
# message's words surround a piece of the page (a swatch, a command), the
# piece is a variable.

## The page's frame.
# $plan is the program's name, in bold; $date is today.
report-footer = Made by { $plan } on your own computer, on { $date }. This page holds your notes: keep it somewhere private.
report-heading = How far you have come
# Under the heading, for a plan of one day: $first is that day.
report-dates-one-day = { $first } · day one
# $first and $last are dates; $length is how many days ("31 days").
report-dates = { $first } to { $last } · { $length }
# $outcome is how it ended ("moved on").
report-ended = This plan ended on { $date }: { $outcome }.
# Under the person's own reason for the plan: the day they wrote it.
report-why = Your why, { $date }

## What a readiness check found, before anything else.
# The name of the section, for screen readers.
report-safety-label = Where help is
# $found is what the check named ("named abuse or control").
report-safety-found = Your readiness check on { $date } { $found }.

## The figures: each label is under its number, $n.
report-figures-label = In numbers
report-figure-now = { $n ->
    [one] day of no contact now
   *[other] days of no contact now
}
report-figure-longest = { $n ->
    [one] day, your longest run
   *[other] days, your longest run
}
report-figure-total = { $n ->
    [one] day of no contact in all
   *[other] days of no contact in all
}
report-figure-checkins = { $n ->
    [one] check-in
   *[other] check-ins
}
report-figure-resets = { $n ->
    [one] time you began again
   *[other] times you began again
}

## The runs of no contact.
report-no-contact-heading = No contact
report-no-contact-lede = Each bar is a run of days without contact; each dot, a day it was broken. A slip starts the count again. It never takes away the days before it.
# Folded away under the latest runs: $n runs before them.
report-runs-before = { $n ->
    [one] { $n } run before these
   *[other] { $n } runs before these
}
# A run's dates: $from to $to, where $to may be report-run-now.
report-run-dates = { $from } to { $to }
report-run-now = now
# Under a run, the contact that ended it ($contact: "a slip").
report-run-then = then { $contact }
# The same, with its notes.
report-run-then-notes = then { $contact }: { $notes }

## Looking at their profile, counted apart from no contact.
report-looking-heading = Not looking at their profile
report-looking-lede = Looking at their profile or photos is counted on its own. It never starts the no-contact count again.
# $days without a look since $since.
report-looking-none = No day is recorded as a look: { $days ->
    [one] { $days } day
   *[other] { $days } days
} since { $since }.
# $longest: the longest run of days without a look; $looks: the days with one.
report-looking-some = { $days ->
    [one] { $days } day
   *[other] { $days } days
} without looking now, since { $since }. The longest run without it: { $longest ->
    [one] { $longest } day
   *[other] { $longest } days
}. Days you looked: { $looks }.

## Mood and urge.
report-mood-heading = Mood and urge
# $command is `plan checkin --mood N --urge N`, as code.
report-mood-none = No mood or urge recorded yet. { $command } adds a day.
# The chart's key.
report-key-mood = Mood, 1 to 10
report-key-urge = Urge to make contact, 0 to 10
report-key-slip = A slip
# Under the chart: what a dot is, then report-mood-way-up.
report-mood-grain-day = Each dot is a day.
report-mood-grain-week = Each dot is a week's average.
report-mood-grain-month = Each dot is a month's average.
report-mood-way-up = A higher mood and a lower urge are the way up.
# The heat map of mood, and its key: from low to high, then the days
# without a check-in and the days of a slip.
report-heatmap-heading = Mood, day by day
report-scale-low = low
report-scale-high = high
report-scale-slip = a slip
# Also in a day's tooltip, after its date.
report-no-checkin = no check-in
# A day's mood and urge, after its date ("Thu 12 · mood 6").
report-day-mood = mood { $mood }
report-day-urge = urge { $urge }
# In a day's tooltip: the day has notes (they are listed below the map).
report-day-notes = { $n ->
    [one] a note
   *[other] { $n } notes
}
# A year's average mood, beside the year ($mood: "5.5").
report-year-average = mood { $mood } on average
# For screen readers: the heat map of one month ("November 2026"), of one year.
report-heatmap-month = Mood in { $month }
report-heatmap-year = Mood in { $year }
# The head of a column of a week in a month's heat map: one letter.
# $weekday is 1 (Monday) to 7 (Sunday).
report-weekday-letter = { $weekday ->
    [1] M
    [2] T
    [3] W
    [4] T
    [5] F
    [6] S
   *[7] S
}

## The charts over time.
# For screen readers; $first and $last are ISO dates.
report-timeline-label = Runs of no contact and slips, { $first } to { $last }
report-trend-label = Mood and urge, { $first } to { $last }
# A run's tooltip on the timeline: $from and $to are days, $days its length.
report-timeline-run = { $from } to { $to }: { $days ->
    [one] { $days } day
   *[other] { $days } days
} of no contact
# The same for the run still going.
report-timeline-run-current = { $from } to { $to }: { $days ->
    [one] { $days } day
   *[other] { $days } days
} of no contact, and counting
# Over the timeline's last day.
report-timeline-today = today
report-timeline-end = the end
# A dot's tooltip on the chart: $period is a day, a week or a month.
report-dot-mood = { $period }: mood { $value }
report-dot-urge = { $period }: urge { $value }
# A week's dot: the week that begins on $date.
report-period-week = week of { $date }
# A month's dot: from $from to $to.
report-period-month = { $from } to { $to }

## Milestones.
report-milestones-heading = Milestones
report-milestones-lede = Of the run since { $since }.
report-milestones-none = The first, 7 days, was still ahead when the plan ended.
report-milestone-reached = reached { $date }
report-milestone-ahead = on { $date }
report-milestones-earlier = Reached in earlier runs. A slip ended the run, not what you reached.
# $run is the first day of the earlier run.
report-milestone-earlier = reached { $date }, in the run from { $run }
report-milestones-longest = Your longest run so far: { $days ->
    [one] { $days } day
   *[other] { $days } days
}.

## Steps.
report-steps-heading = Steps
report-steps-done = { $done } of { $total } done.
report-step-done = done { $date }
report-step-opens = opens { $date }
report-step-now = now
report-step-later = later
# A playbook followed before a `plan switch`: $until is the day it was
# left, $title its name, $done its steps done ("first-step (2 Nov 2026)").
report-earlier = Before { $until }, with { $title }: { $done }.
report-earlier-none = Before { $until }, with { $title }: no steps done.

## Notes.
report-notes-heading = Your notes
report-notes-lede = { $count ->
    [one] Your one note, in the order of the days. A day with a slip is marked.
   *[other] All { $count } of your notes, in the order of the days. A day with a slip is marked.
}
