# Every error line and its hint: "error: <what is wrong>", then "hint: <the fix>".
# One line each; the terminal wraps them.

error-line = error: { $message }
error-hint-line = hint: { $hint }
# What a view says on stderr while a command runs, without stopping it.
error-warning-line = warning: { $text }
error-note-line = note: { $text }

## What a command refuses, or fails at, itself.

error-not-a-task = `{ $target }` is not a task number, and --step already names the step
error-not-a-task-hint = `plan done --step STEP_ID N` ticks task N; `plan done STEP_ID` completes the step
error-empty-why = a why needs some words
error-empty-why-hint = for example `plan why "I want to feel like myself again"`
error-empty-if-then = an if-then plan needs words for both when and then
error-empty-if-then-hint = for example `plan if "I want to text them at night" "I call Sam"`
error-no-if-then = there is no if-then plan { $number }; there are { $count }
error-no-if-then-hint = `plan if` lists them with their numbers
error-systemctl-failed = `{ $line }` failed
error-systemctl-said = `{ $line }` failed: { $said }
error-systemctl-hint = nothing was left installed; `plan remind install --dry-run` shows the files, to install them by hand
error-no-program-path = could not find where plan itself is: { $err }
error-no-program-path-hint = nothing was written; the crontab line of `plan remind install` works without it once you put plan's path in it
error-remind-needs-ics = --remind is for a calendar: `--format ics`
error-remind-needs-ics-hint = for example `plan export --format ics --remind 20:00 -o plan.ics`
# $ids: the ids of the questions, "contact, safety".
error-unanswered = { $missing } of { $asked } questions have no answer: { $ids }
error-unanswered-hint = give each as --answer ID=CHOICE (`plan assess --list` shows them), or run `plan assess` at a terminal
error-checkin-before = { $recorded } has a check-in, before { $date }
error-checkin-before-hint = no contact began on or before your first recorded day: `plan since { $recorded }` or earlier
error-no-archived-plan = there is no archived plan { $number }; there are { $count }
error-no-archived-plan-hint = `plan archive` lists them with their numbers
error-archived-calendar = archived plan { $number } has nothing coming, so it has no calendar to export
error-archived-calendar-hint = `plan export --archived { $number }` writes it as json, csv or markdown
error-output-in-plan-folder = { $path } is in the plan folder, { $dir }, which only plan itself writes
error-output-in-plan-folder-hint = nothing was written; name a file somewhere else, such as your home folder
error-export-unwritable = could not write { $path }: { $err }
error-export-unwritable-hint = nothing was written there; name a file in a folder you can write to, or leave out --output
error-import-missing = could not import { $file }: there is no such file
error-import-missing-hint = give the path of a file that `plan export --format json --output FILE` wrote
# $problem: what is wrong with the file, "is missing", "is a folder, not a regular file".
error-import-unreadable = could not import { $file }: it { $problem }
error-import-unreadable-hint = nothing was changed; give the path of a file that `plan export` wrote
# $problem: what is wrong with the export, "it is empty".
error-import-invalid = could not import { $file }: { $problem }
error-import-cut-off-hint = nothing was changed; the file may have been cut off or changed on the way: export the plan again with `plan export --output FILE`
error-import-foreign-hint = nothing was changed; `plan import` reads the JSON that `plan export` writes
error-import-newer-hint = nothing was changed; upgrade plan to import it
error-import-damaged-hint = nothing was changed; if the file was edited, export the plan again from where it came
error-import-over-plan = there is already a plan in { $dir }
error-import-over-plan-hint = `plan status` shows it; `plan import FILE --force` archives it (nothing is deleted) and brings this one back in its place
error-unknown-playbook = unknown playbook `{ $name }`
# $bundled: the bundled playbooks' ids, "no-contact, move-on".
error-unknown-playbook-hint = the bundled ones are { $bundled }; `plan playbooks` lists yours too
error-no-bundled-playbook = no bundled playbook `{ $id }`
error-no-bundled-playbook-hint = the bundled ones are { $bundled }
error-doctor-found = plan doctor found { $problems ->
    [one] { $problems } problem
   *[other] { $problems } problems
}
error-report-unwritten = could not write the report
error-report-unwritable = could not write the report to { $shown }
error-playbook-unwritten = could not write the playbook
# $what: what is there, "a folder", "a FIFO".
error-output-not-a-file = { $path } is { $what }, and --output writes only a regular file or a new name
error-output-not-a-file-hint = nothing was written, and it was left as it is; name a new file, or `-` for standard output
error-nothing-to-record = nothing to record: no --mood, --urge, --contact or --note was given
error-nothing-to-record-hint = give what to record, such as `plan checkin --mood 6 --urge 3`; at a terminal, `plan checkin` alone asks for each
error-note-too-long = the note on standard input is longer than { $kib } KiB
error-note-unreadable = could not read the note from standard input: { $err }
error-note-unreadable-hint = nothing was recorded; `--note -` reads the note as text from standard input

## End of input at a question (Ctrl-D).

error-cancelled-checkin = check-in cancelled; nothing was recorded
error-cancelled-start = start cancelled; nothing was recorded
error-cancelled-readiness-check = readiness check cancelled; nothing was recorded
error-cancelled-draft = the draft cancelled; nothing was recorded
error-cancelled-sos = the SOS cancelled; nothing was recorded

## Today, and the output.

# $var: PLAN_TODAY; $why: what is wrong with the date.
error-today-not-a-date = { $var } is set but is not a date: { $why }
error-today-not-text = { $var } is not valid text
# $what: what was saved, "the check-in for 2026-11-24".
error-output-unprinted = { $what } was saved, but printing what was done failed

## Partners and SOS.

error-partner-name-empty = a partner needs a name
error-partner-name-too-long = `{ $given }` is longer than a partner's name can be ({ $max } characters)
error-partner-name-character = `{ $given }` cannot be a partner's name: it names their folder, and `{ $character }` cannot be in it
error-partner-name-hint = for example `plan partner add sam age1…`
error-recipient-secret = that is a secret key, not a recipient: never share it
error-recipient-secret-hint = nothing was recorded; ask your friend for the line `plan partner key` printed (age1…), or their SSH public key (the .pub file)
error-recipient-ssh-type = age cannot encrypt to an SSH key of type `{ $kind }`
error-recipient-rsa-size = that ssh-rsa key is shorter than 2048 bits, or longer than age takes
error-recipient-invalid = `{ $given }` is not an age recipient or an SSH public key
error-recipient-hint = nothing was recorded; give the line `plan partner key` printed on your friend's machine (age1…), or an SSH public key (ssh-ed25519 AAAA…), in quotes
error-no-such-partner = no partner called `{ $name }`
error-no-partner-hint = you have no partner; `plan partner add NAME RECIPIENT` adds one
error-no-such-partner-hint = your partners: { $partners }
error-sos-message-too-long = the message has { $chars } characters; an SOS takes at most { $max }
error-sos-message-too-long-hint = nothing was recorded; keep it to a line, such as "please call me"
error-no-open-sos = no SOS is open
error-no-open-sos-hint = `plan sos` sends one
error-no-identity = no partner key here ({ $path })
error-no-identity-hint = `plan partner key` makes one; or give the key the digest is for with --identity KEY
# $problem: what is wrong with the file, "is missing".
error-file-problem = { $path } { $problem }
error-not-an-identity = { $path } holds no age key (AGE-SECRET-KEY-1…) and no SSH private key
error-identity-unreadable-hint = give the file `plan partner key` wrote, or your SSH private key, with --identity
error-locked-ssh-key = { $path } is an SSH key with a passphrase, which plan does not ask for
error-locked-ssh-key-hint = decrypt it with `age -d -i KEY FILE > digest.json`, then `plan partner view digest.json`
error-identity-output-taken = { $path } is there already, and holds no age key
error-identity-output-taken-hint = nothing was written; name a new file
error-no-digests = no digest (*.age) in { $dir }
error-no-digests-hint = give their folder, partners/NAME/, as it arrived from their sync, or one .age file in it
error-digest-unreadable-hint = give a digest file, or the folder that holds them
error-not-for-this-key = { $tried ->
    [one] no digest
   *[other] none of the { $tried } digests
} at { $path } opens with the key { $key }
error-not-for-this-key-hint = it was encrypted to another key: give the key whose recipient you sent them with --identity KEY
# $what: what is wrong with it.
error-not-a-digest = { $path } is not a partner's digest: { $what }
error-not-a-digest-hint = it may have been cut short on the way; wait for the next sync
error-digest-newer = { $path } is a digest of version { $version }, from a newer plan
error-digest-newer-hint = upgrade plan to read it
error-sos-unsent = the SOS was saved, but the partners' digests could not be written: { $err }
error-sos-unsent-hint = nothing has reached your partners yet: if you need someone now, call them

## The core's refusals.

# A step named in an error: step 3 “Title” (`id`).
error-step-name = step { $number } “{ $title }” (`{ $id }`)
# A list: "a, b and c". $rest is the items but the last, joined by error-list-separator.
error-list-and = { $rest } and { $last }
error-list-separator = {", "}
error-date-in-future = { $date } is in the future (today is { $today })
error-date-in-future-hint = record a day once it has happened; PLAN_TODAY sets today for back-filling
error-since-in-future = --since { $date } is in the future (today is { $today })
error-since-in-future-hint = --since is the day of your last contact
error-last-contact-in-future = the day of last contact cannot be in the future: { $date } is after today ({ $today })
error-last-contact-in-future-hint = give a day that has happened, as YYYY-MM-DD
error-date-before-start = { $date } is before the plan's first day ({ $started })
error-date-before-start-hint = if no contact began earlier, `plan since DATE` moves the plan's first day back
error-no-such-task = { $step } has no task { $number }; { $tasks ->
    [0] it has no tasks
    [1] it has task 1 only
   *[other] its tasks are 1 to { $tasks }
}
error-no-such-task-hint = `plan next` lists the tasks with their numbers
error-no-such-step = the playbook `{ $playbook }` has no step `{ $step }`
error-no-such-step-hint = `plan steps` lists every step with its number and id
error-all-done = every step is already done
error-all-done-hint = `plan steps` shows them all
error-step-already-done = { $step } is already done
error-step-already-done-hint = `plan steps` shows where every step stands
error-step-gate = { $step } needs { $needed ->
    [one] { $needed } day
   *[other] { $needed } days
} of no contact; you are at { $days }, so it opens on { $until }
error-step-gate-hint = keep going: `plan next` shows what to do in the meantime
# $waiting: the steps, as error-list-and joins them; $count: how many.
error-step-waiting = { $step } comes after { $waiting }, which { $count ->
    [one] is
   *[other] are
} not done yet
error-step-waiting-hint = `plan steps` shows which steps are current
# $outcome: words-outcome-*, "moved on".
error-plan-ended = this plan ended on { $date } ({ $outcome }); it is kept as it was
error-plan-ended-hint = `plan start` begins a new plan and archives this one, whole
# A step toward contact, refused after a readiness check named a red flag.
# $named: words-red-flag-*, "named abuse or control".
error-step-set-aside = { $step } leads toward contact, and your readiness check on { $date } { $named }
error-not-planned-safety = no contact is planned: your readiness check on { $date } { $named }
error-set-aside-unsafe-hint = your safety comes first: `plan next` shows where help is, and `plan switch move-on` is a path for letting go
error-set-aside-they-asked-hint = their answer stands: `plan switch move-on` is a path for letting go; if they ask for contact themselves, `plan assess` again
error-set-aside-own-behaviour-hint = the way forward is no contact, and help to change: `plan next` shows where to find it
error-not-planned = no step of your plan calls for contact now, so none is planned
error-not-planned-hint = record what happened as it was: `plan contact --help` lists the kinds, and which ones start the count again
error-same-playbook = the plan already follows `{ $id }`
error-same-playbook-hint = `plan playbooks` lists the others

## Dates as people type them.

error-date-form = `{ $text }` is not a date; write it as YYYY-MM-DD
error-date-form-or-word = `{ $text }` is not a date; write it as YYYY-MM-DD, today or yesterday
error-date-no-such-day = { $text } is not a day on the calendar
error-date-no-yesterday = there is no yesterday
