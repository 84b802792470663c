# `plan calendar`: a month as a grid, its legend, the month's milestones
# and gates, and where the plan stands. Dates after "on" and "since" are
# ISO dates (2026-11-06); $day is a weekday and a day, "Fri 13"; $days a
# count of days as count.ftl writes it, "7 days".

## The legend: each mark, then what it means. Two rows of marks share a
## line where they fit; keep each short.
calendar-legend-no-contact = no contact
calendar-legend-mood = a check-in, with its mood
calendar-legend-slip = contact that broke it
calendar-legend-contact = other contact, count goes on
calendar-legend-milestone = a milestone
calendar-legend-gate = a step's gate opens
calendar-legend-both = both on one day
calendar-legend-today = today
calendar-legend-last-contact = your last contact before the plan
calendar-legend-looked = looked at their profile; no contact goes on

## The month's milestones and gates, each after its mark.
calendar-milestone-reached = { $day }: { $days } of no contact, reached
calendar-milestone-to-come = { $day }: { $days } of no contact, to come
calendar-gate-opened = { $day }: step { $number }'s gate opened ({ $title })
calendar-gate-opens = { $day }: step { $number }'s gate opens ({ $title })

## Where the plan stands.
calendar-ended = This plan ended on { $date }.
calendar-began-after = No contact began on { $date }, after this month.
calendar-no-contact = No contact: { $days } (since { $since }).
calendar-not-looking = Not looking at their profile: { $days } (since { $since }).

## `--month` that is not a month, as clap shows it after "error: invalid value".
calendar-not-a-month = `{ $text }` is not a month; write it as YYYY-MM, such as 2026-11
