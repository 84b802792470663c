# `plan export`: the human words in the Markdown journal and the calendar
# file, and why a file cannot be imported. The data never changes with the
# language: JSON, CSV, the calendar's UIDs and dates. Dates here are ISO
# dates (2026-11-05); $days, $longest, $checkins and $resets are counts as
# count.ftl writes them ("7 days", "2 check-ins", "2 times").

## The Markdown journal (`--format markdown`). Its header lines each
## follow "- ".
export-journal-title = { $title }: a journal
# $found is what the check named (words.ftl, words-red-flag-*), $help one line of help.
export-journal-safety = Your readiness check on { $date } { $found }. { $help }
export-journal-started = Started on { $date }.
export-journal-no-contact = No contact since { $since }: { $days }. Longest run { $longest }.
# The same, after a slip: kind words, the days before it still count.
export-journal-no-contact-again = No contact since { $since }: { $days }. Longest run { $longest }; began again { $resets }.
export-journal-ended = Ended on { $date }: { $outcome }.
export-journal-checkins = { $checkins }, written down as of { $date }.
# A day's line: "Mood 4/10 · urge 7/10 · no contact"; its first letter is
# made a capital.
export-journal-mood = mood { $mood }/10
export-journal-urge = urge { $urge }/10

## The calendar file (`--format ics`): each event's title (SUMMARY) and
## text (DESCRIPTION). A calendar's alarms show on a locked screen: the
## daily check-in says nothing of the plan.
export-ics-checkin-summary = Check in
export-ics-checkin-description = A moment for today's check-in, when you are ready.
export-ics-milestone-summary = { $days } of no contact
export-ics-milestone-reached = { $days } without contact, counted from { $since }. You got here.
# A milestone of a run a slip ended later.
export-ics-milestone-earlier-run = { $days } without contact, counted from { $since }. Contact came later; these days still count.
export-ics-milestone-ahead = { $days } without contact, counted from { $since }. However today feels, you got here.
export-ics-looking-summary = { $days } without looking at their profile
export-ics-looking-description = { $days } without looking at their profile or photos, counted from { $since }. It is counted on its own, apart from no contact.
export-ics-gate-summary = Step { $number } opens: { $title }
export-ics-gate-description = Step { $number } of “{ $playbook }”, “{ $title }”, can be marked done from today: { $days } of no contact, counted from { $since }.

## Why a file cannot be imported, after "could not import FILE: ".
export-import-empty = it is empty
export-import-truncated = it is cut short: it stops at line { $line }, column { $column }, before the end
# $what is the JSON reader's own words, in English.
export-import-malformed = it is not valid JSON: { $what }
export-import-foreign = it is JSON, but not a plan export (it has no "format": "{ $format }")
export-import-newer = it was written by a newer plan (export version { $version }; this one reads up to { $supported })
# $what is one of export-damaged-* or export-invalid-*.
export-import-damaged = it is a plan export, but { $what }
export-damaged-no-version = it has no version number
export-damaged-no-events = it has no list of events
export-damaged-event = event { $event } does not read: { $error }
export-invalid-no-events = its list of events is empty
export-invalid-no-start = its first event does not start a plan
export-invalid-second-start = event { $event } starts a second plan
# $problem is the playbook checker's words, or export-invalid-playbook-changed.
export-invalid-playbook = the playbook `{ $id }` of event { $event } is not valid: { $problem }
export-invalid-playbook-changed = it does not read back as it was written
export-invalid-checkin-before-plan = it has a check-in on { $date }, before the plan's first day ({ $first })
export-invalid-date-out-of-range = event { $event } is dated { $date }, outside the years 0000 to 9999
export-invalid-mood = the check-in on { $date } has mood { $value }, and mood is 1 to 10
export-invalid-urge = the check-in on { $date } has urge { $value }, and urge is 0 to 10
