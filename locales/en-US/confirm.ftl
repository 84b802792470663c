# What a change says once it is saved: a check-in, a step done, a plan
# started or ended, a file written.

## What was saved, as errors and warnings name it: "{ confirm-saved-checkin }
## was saved, but printing what was done failed". Each is a phrase that
## stands as the subject of such a sentence.
confirm-saved-change = the change
confirm-saved-new-plan = the new plan
confirm-saved-checkin = the check-in for { $date }
confirm-saved-step = step { $number }
confirm-saved-tick = the tick of task { $task }
confirm-saved-untick = the untick of task { $task }
confirm-saved-reopened = the reopening of step { $number }
confirm-saved-why = your why
confirm-saved-if-then = your if-then plan
confirm-saved-reminder = the reminder
confirm-saved-reminder-installed = the reminder's timer
confirm-saved-urge = the urge
confirm-saved-urge-outcome = the urge's outcome
confirm-saved-draft = the draft
confirm-saved-readiness-check = the readiness check
confirm-saved-switch = the switch
confirm-saved-since = the day no contact began
confirm-saved-ending = the plan's ending
confirm-saved-report = the report { $file }
confirm-saved-export = the export to { $file }
confirm-saved-imported = the imported plan
confirm-saved-restored = the restored plan
confirm-saved-encrypted = the encrypted plan
confirm-saved-key = the key
confirm-saved-device-name = the device's name
confirm-saved-partner = the partner { $name }
confirm-saved-partner-removed = the removal of the partner { $name }
confirm-saved-sos = the SOS
confirm-saved-sos-cleared = the end of the SOS

## Shared pieces.
# A person's own words (a note, a why, a step's title), quoted.
confirm-quoted = “{ $text }”
# Between the items of a list: "mood 6, urge 2, no contact".
confirm-item-separator = {", "}

## A check-in saved (`plan checkin`, `slip`, `contact`). $what lists what
## the day holds, from the items below.
confirm-item-mood = mood { $mood }
confirm-item-urge = urge { $urge }
confirm-item-notes = { $n ->
    [one] a note
   *[other] { $n } notes
}
confirm-checked-in = Checked in for { $date }: { $what }.
confirm-amended = Amended the check-in for { $date }: { $what }.
confirm-checkin-unchanged = The check-in for { $date } already says that; saved again.
confirm-looking-again = Days without looking at their profile start again from today.
confirm-looking-day = Not looking at their profile: day { $days } (since { $since }).
confirm-count-again = The no-contact counter starts again from { $since }: day { $days } today.
confirm-longest-stays = { $days ->
    [one] Your longest run, { $days } day, stays on record. One slip does not end the plan.
   *[other] Your longest run, { $days } days, stays on record. One slip does not end the plan.
}
confirm-no-contact-since = No contact: day { $days } (since { $since }).
confirm-not-broken = That does not break no contact: day { $days }.
confirm-no-contact-day = No contact: day { $days }.
confirm-note-beside = { $n ->
    [one] Your note is kept beside the one already there.
   *[other] Your note is kept beside the { $n } already there.
}
confirm-note-replaces = { $n ->
    [one] It replaces the note that was there:
   *[other] It replaces the { $n } notes that were there:
}
confirm-note-removed = { $n ->
    [one] Removed the note that was there:
   *[other] Removed the { $n } notes that were there:
}
confirm-note-history = { $n ->
    [one] The plan's history keeps its words: `plan export --format json` has them.
   *[other] The plan's history keeps their words: `plan export --format json` has them.
}
# $slip is a kind of contact in words ("a slip"); $kind is the option's value, as typed.
confirm-slip-kept = { $date } already records { $slip }, which broke no contact; that stays.
confirm-slip-mistake = If it was a mistake: `plan checkin --date { $date } --contact { $kind }`.

## An urge closed, a draft kept, a why.
confirm-held = You held. That took strength.
confirm-held-count = Urges held so far: { $held } of { $total }.
confirm-slipped-today = Recorded as a slip for { $date }. The count starts again from today.
confirm-slipped-then = Recorded as a slip for { $date }, the day of the urge. The count starts again from that day.
confirm-draft-kept = Kept in your drafts, unsent. `plan urge --drafts` shows them.
confirm-why-unchanged = That is already your why; saved again.
confirm-why-kept = Your why is kept, dated { $date }. `plan urge` shows it when you need it most.
confirm-why-replaces = It replaces the one from { $date }, which `plan why --history` still shows.

## Files written. $checkins and $events are counts ("3 check-ins").
confirm-export-json = Everything in your plan is in { $file }: { $checkins }, and all the rest.
confirm-export-json-import = `plan import { $path }` brings it back, here or on another machine.
confirm-export-csv = { $n ->
    [one] Your { $n } check-in are in { $file }, a row each.
   *[other] Your { $n } check-ins are in { $file }, a row each.
}
confirm-export-markdown = Your journal is in { $file }: { $checkins }, a section each.
confirm-export-ics = { $events } in { $file }: the milestones reached and ahead, and the days steps open. Import it into your calendar; importing a later export moves them rather than adding more.
confirm-export-private = Only you can read the file. Keep it somewhere private: it holds your notes.
confirm-export-ics-private = Only you can read the file; a calendar you share shows its events to others.
confirm-report-written = Your report is in { $file }. Open it in a browser, or print it.
confirm-report-private = It holds your notes, so it is readable by you alone; keep it somewhere private.
confirm-encrypted-again = { $n ->
    [one] The plan was encrypted already; { $n } file still in plain text, or encrypted with another key, are encrypted with its key now.
   *[other] The plan was encrypted already; { $n } files still in plain text, or encrypted with another key, are encrypted with its key now.
}
confirm-encrypted = { $n ->
    [one] The plan is encrypted: { $n } file written again as age files.
   *[other] The plan is encrypted: { $n } files written again as age files.
}
confirm-playbooks-moved = { $n ->
    [one] Your own playbook moved out of the synced folder, to { $dir }: plan still finds it there, on this device only.
   *[other] Your own playbooks moved out of the synced folder, to { $dir }: plan still finds them there, on this device only.
}
confirm-key-where = Its key is in { $file }, on this device only.
confirm-key-others = Each of your other devices needs the key before it can open the plan:
# Two commands, one under the other: where each runs, and what to mind.
confirm-key-here = here:
confirm-key-here-note = (carry the file privately, never by the synced folder)
confirm-key-there = there:
confirm-key-there-note = (then delete plan-key.txt)
confirm-key-checked = This device can open the plan now; its key is kept in { $file }.
confirm-key-unchecked = The key is kept in { $file }. No encrypted plan is here yet to check it against: once the plan folder arrives, every command says if the key does not open it.
confirm-key-files = { $n ->
    [one] Encrypted with the plan's key now: { $n } file that were in plain text, or encrypted with another key.
   *[other] Encrypted with the plan's key now: { $n } files that were in plain text, or encrypted with another key.
}
confirm-key-delete = Delete { $file } once you are sure.
confirm-device-named = This device is now called “{ $name }”.
confirm-restored-aside = Kept the damaged file aside as { $file }.
confirm-restored-log = Put { $file } back from its backup; its last change may need doing again.
confirm-restored = Restored the plan with all { $checkins }.
confirm-restored-after = Restored the plan with all { $checkins } ({ $after } of them recorded after the backup was taken).
confirm-restored-status = `plan status` shows where you stand.

## The plan begun, ended, switched, moved, imported.
confirm-start-archived = The old plan is archived, whole: `plan archive` lists it.
# $steps is a count ("5 steps").
confirm-started = Started “{ $title }” ({ $id }), { $steps }.
# $days is a count ("12 days").
confirm-start-counted-days = No contact counted from { $since }: { $days } so far.
confirm-start-counted = No contact counted from { $since }.
confirm-start-why = Your why comes with you from the plan before:
confirm-start-kept = Your plan is kept, privately, in { $home }.
confirm-start-toward-contact = One thing first: if the relationship was abusive or controlling, or left you afraid, this plan is not a way back to it. Use the no-contact and self-focus steps for yourself, and lean on people you trust.
confirm-ended-reunited = Ended on { $date }: back together. Go slowly, and keep the care for yourself you built here.
confirm-ended-moved-on = Ended on { $date }: moving on. That is a real ending, and it took courage to reach it.
confirm-ended-paused = Paused on { $date }. Take the time you need.
# $days is a count ("12 days").
confirm-ended-longest = Your longest run of no contact was { $days }.
confirm-ended-kept = Everything is kept: `plan status` and `plan log` still show it. `plan start` begins a new plan whenever you want one, and archives this one, whole.
confirm-switched-again = Now following “{ $title }” ({ $id }) again.
confirm-switched = Now following “{ $title }” ({ $id }), from its first step.
# $done steps done, $ticked tasks ticked.
confirm-resumed-both = Picking up where you left off: { $done ->
    [one] { $done } step
   *[other] { $done } steps
} done, { $ticked ->
    [one] { $ticked } task
   *[other] { $ticked } tasks
} ticked.
confirm-resumed-steps = { $done ->
    [one] Picking up where you left off: { $done } step done.
   *[other] Picking up where you left off: { $done } steps done.
}
confirm-resumed-tasks = { $ticked ->
    [one] Picking up where you left off: { $ticked } task ticked.
   *[other] Picking up where you left off: { $ticked } tasks ticked.
}
confirm-switched-kept = Everything recorded stays: the no-contact counter, your longest run and the times it began again, your check-ins, urges, why and readiness checks. The steps you did in “{ $from }” stay on record too (`plan steps` lists them), and come back if you switch to it again.
confirm-switched-next-where = `plan next` shows where you are.
confirm-switched-next-begin = `plan next` shows where to begin.
confirm-since-unchanged = No contact already counts from { $date }; saved again.
confirm-since-moved = No contact now counts from { $date }: day { $days } today.
confirm-since-begins = Your plan now begins from your last contact on { $date }.
confirm-since-slip = Your slip on { $since } came after it, so the count runs from that day: day { $days } today.
confirm-since-first = Check-ins can be dated from { $date } on. Everything recorded is kept.
confirm-imported-archived = The plan that was here is archived, whole: `plan archive` lists it.
# $checkins is a count ("40 check-ins").
confirm-imported = “{ $title }” is restored from { $file }: { $checkins }, { $done } of { $total } steps done. `plan status` shows where you stand.
# $outcome is how the plan ended, in words ("moved on").
confirm-imported-ended = “{ $title }” is restored from { $file }: { $checkins }, { $done } of { $total } steps done. It ended on { $date } ({ $outcome }), as it was when it was exported. `plan status` shows where you stand.

## A step done, a task ticked, either taken back.
confirm-step-done = Done: step { $number } of { $total }, “{ $title }”.
confirm-left-unticked = Left unticked, if you want to come back to them:
confirm-last-step = That was the last step of the playbook.
confirm-next-step = Next: step { $number }, “{ $title }”. `plan next` shows it in full.
confirm-now-current = Now current, side by side:
confirm-next-one = `plan next STEP` shows one in full.
confirm-already-ticked = Task { $number } of “{ $title }” was already ticked; saved again.
confirm-ticked = Ticked task { $number } of “{ $title }”: { $task }
confirm-untick-nothing = Task { $task } of “{ $title }” was not ticked; nothing changed.
confirm-unticked = Task { $task } of “{ $title }” is unticked.
confirm-reopen-nothing = Step { $number } “{ $title }” was not done; nothing changed.
confirm-reopened = Step { $number } “{ $title }” is open again; its ticked tasks stay ticked.
# $steps lists the titles, each quoted.
confirm-later-stay = Done steps that come after it stay done: { $steps }.
