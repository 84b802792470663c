# The command line: `plan --help`, each command's help, the manual page
# (`plan man`) and usage errors. Command names, flags, value names (DIR,
# N, TEXT…) and the values a flag takes (none, initiated, json…) are typed
# as they are: keep them untranslated, in backticks or not.

## The program

cli-about = A private, offline planner for getting through a breakup: a no-contact counter, a daily check-in, and a playbook of steps to follow

## Options every command takes

cli-home = The folder that holds your plan [env: PLAN_HOME] [default: the platform data folder, e.g. ~/.local/share/plan]
cli-lock-timeout = How long to wait for another run of plan that is changing the plan
cli-hook-timeout = How long a hook (`hooks/on-checkin` and the rest) may run before it is stopped
cli-color = When to colour the output: on a terminal (auto, honouring `NO_COLOR` and `CLICOLOR_FORCE`), always or never
cli-lang = The language to speak: es, de, en-US, or a list (es:de) [env: PLAN_LANG] [default: from the locale]

## Shared by several commands

cli-json = Print JSON instead of text
cli-force = Replace an existing plan; the old one is archived in the plan folder, nothing is deleted
cli-day = The day it happened [default: today]
cli-what-happened = What happened, for your own record (kept beside any note the day has)
cli-playbook-arg = A bundled playbook id, one in your plan folder's plans/, or a path to a TOML file

## The commands, and what each takes

cli-start = Begin a plan: try again, let go, or not sure yet
cli-start-playbook = A bundled playbook id, one in your plan folder's plans/, or a path to a TOML file [default: at a terminal, you choose a path; else four-steps, or move-on after a plan that ended moving on or paused]
cli-start-since = The day of last contact; the no-contact counter starts there [default: today, or the last contact of a plan that ended moving on or paused]

cli-status = Where you stand today: the no-contact counter, your step, today's check-in
cli-status-short = One line, for a shell prompt

cli-next = The step you are on, in full: tasks, tips, what to avoid, and its gate
cli-next-step = Show this step instead of the first current one: its id or number, as `plan steps` shows them

cli-checkin = Record how today went (running it again the same day amends the entry)
cli-checkin-mood = How you feel, from 1 (awful) to 10 (great)
cli-checkin-urge = How strong the urge to contact them is, from 0 (none) to 10 (overwhelming)
cli-checkin-contact = Any contact that day [default for a new day: none]
cli-checkin-note = Anything you want to remember about the day; it replaces the day's note, if it has one (`--note ""` removes it)
cli-checkin-add-note = A note kept beside the day's notes, replacing none
cli-checkin-date = The day this check-in is for [default: today]

cli-slip = Record contact that broke no contact; the counter starts again from that day

cli-contact = Record a kind of contact: some break no contact, others are only noted
cli-contact-kind = What kind of contact it was

cli-done = Complete the current step, tick task N of it, or complete the step `STEP_ID`
cli-done-target = A task number of the current step, or a step id [default: the current step]
cli-done-step = The step whose task N to tick (its id, or its number in `plan steps`)

cli-undo = Take back a step marked done by mistake, or with N the tick of its task N
cli-undo-step = The step to open again, or whose task to untick: its id, or its number in `plan steps`
cli-undo-task = The number of the task to untick [default: the step itself]

cli-why = Record your own reason for this plan, in your words, or show it
cli-why-text = Your reason, in your own words; it replaces the one before, which is kept
cli-why-history = Every reason you have recorded, oldest first

cli-urge = For the moment you are about to reach out to them: stop here first
cli-urge-resolve = Close the urge: it passed (`held`), or you reached out (`slipped`, recorded as a slip)
cli-urge-drafts = The messages you wrote here instead of sending them

cli-if = Plans for the urge, made in a calm hour: `plan if "WHEN" "THEN"` keeps one; alone, it lists them
cli-if-when = When this happens, in your words ("I want to text them at night")
cli-if-then = What you will do then, in your words ("I call Sam")
cli-if-remove = Take away plan N, as `plan if` numbers them

cli-remind = A reminder to check in, silent once today has one: run it from a timer (`plan remind install`)
cli-remind-install = Run `plan remind` every day: a systemd user timer where systemd runs for you, else the crontab line to add
cli-remind-install-at = The time of day, as HH:MM (24-hour, local time)
cli-remind-install-dry-run = Print what would be written and run, and change nothing
cli-remind-uninstall = Remove the timer `plan remind install` wrote, and only that

cli-assess = The readiness check: questions to answer honestly before trying again
cli-assess-answer = An answer, as ID=CHOICE (repeat it; `plan assess --list` shows the ids and choices)
cli-assess-list = The questions, with their ids and choices
cli-assess-only-result = Keep only the result, not your answers (otherwise they are kept in the plan folder, which syncs and exports)

cli-switch = Follow another playbook from its first step, keeping everything recorded

cli-since = Correct the day no contact began, keeping everything recorded
cli-since-date = The day of your last contact: the no-contact counter starts there

cli-end = Close the plan with how it ended, keeping everything recorded
cli-end-outcome = How it ended
cli-end-note = Anything you want to remember about it

cli-steps = Every step of the plan and its state: done, current, locked or ahead
cli-stats = Your plan in numbers: runs of no contact, check-ins, moods and urges, steps

cli-log = Your check-ins, newest first
cli-log-days = Only the last N days, today included
cli-log-archived = The check-ins of archived plan N (`plan archive` numbers them)

cli-calendar = A month at a glance: no-contact days, slips, moods, milestones and gates
cli-calendar-month = The month to show, as YYYY-MM [default: this month]

cli-report = Your plan as one page to open in a browser or print: runs, moods, milestones, steps
cli-report-output = Write the page to FILE (private to you) instead of printing it

cli-playbooks = The playbooks you can start: the bundled ones and your own

cli-playbook = Read, check, export and describe playbooks
cli-playbook-show = Print a playbook: its steps, gates and tasks
cli-playbook-show-playbook = A playbook id or a path to a TOML file
cli-playbook-check = Validate a playbook file and report every problem in it
cli-playbook-check-path = The TOML file to check
cli-playbook-export = Print a bundled playbook as TOML, to start one of your own from
cli-playbook-export-id = A bundled playbook id
cli-playbook-schema = Print the JSON Schema of the playbook format, for editors

cli-doctor = Check the plan folder for problems and say how to fix each
cli-doctor-restore = Put the last good backup back in place, keeping the damaged state aside

cli-archive = Plans that a later `plan start` replaced, each kept whole; `show N` shows one
cli-archive-show = Everything archived plan N holds: your why, urges, drafts, readiness checks, steps and notes
cli-archive-show-number = The plan's number, as `plan archive` shows it

cli-device = This device's id and name, and every device that writes to the plan
cli-device-name = Name this device, as the plan's other devices will see it
cli-device-name-name = A name such as "laptop"

cli-encrypt = Encrypt the plan at rest: every file in the plan folder becomes an age file

cli-key = Move the plan's encryption key to another device
cli-key-export = Print the key, to carry to another device privately (it opens every note)
cli-key-import = Keep the key in FILE as this device's, so it can open the plan
cli-key-import-file = A file holding the key (`plan key export` wrote it)

cli-man = Print the manual page, in roff (e.g. `plan man > ~/.local/share/man/man1/plan.1`)

cli-completions = Print a shell completion script, for bash: `plan completions bash > FILE` (README.md says where FILE is)
cli-completions-shell = The shell to complete for

cli-export = Take your plan with you: as JSON (a backup), CSV, a journal or a calendar
cli-export-format = What to write
cli-export-output = Write to FILE instead of standard output (`-`): whole, readable only by you, replacing any file there
cli-export-archived = Export archived plan N instead (`plan archive` numbers them): as json, csv or markdown
cli-export-remind = With `--format ics`: a daily event at HH:MM to check in, and alarms at that time on milestones

cli-import = Bring back a plan from the JSON `plan export` wrote
cli-import-file = A JSON export (`plan export --format json --output FILE` wrote it)

cli-partner = A friend who knows: a small digest of your plan, encrypted to them alone, through the folder you sync
cli-partner-add = Add a partner, or change one: their digest is encrypted to RECIPIENT alone
cli-partner-add-name = Their name, as their folder in partners/ is called: letters, digits, - and _
cli-partner-add-recipient = Their age recipient (age1…, from `plan partner key`) or SSH public key (ssh-ed25519 AAAA…)
cli-partner-add-moods = Put your latest mood in their digest too
cli-partner-list = Your partners, and what their digest holds
cli-partner-remove = Stop writing a partner's digest; this device's copy is removed
cli-partner-remove-name = Their name, as `plan partner list` shows it
cli-partner-key = For the friend: make a key (no plan needed) and print the line to send back
cli-partner-key-output = Keep the key in FILE instead of plan's config folder
cli-partner-view = For the friend: open a digest, or the newest in a folder (partners/NAME/), and show it
cli-partner-view-path = A digest (.age), or the folder that holds them
cli-partner-view-identity = The key to open it with [default: the one `plan partner key` made]; an SSH private key works too

cli-sos = Tell your partners you need someone now (at a terminal, asks for a short message)
cli-sos-message = A short message for them
cli-sos-clear = It has passed: record that the SOS is resolved, so your partners see it

## The values a flag takes (`--contact KIND`, `plan contact KIND`, `--outcome`, `--resolve`, `--format`)

cli-contact-none = No contact at all
cli-contact-allowed = Contact the plan allows: children, a shared home or work, an emergency
cli-contact-initiated = You reached out to them: no contact starts again (`plan slip`)
cli-contact-replied = You answered when they reached out: no contact starts again
cli-contact-they-contacted = They reached out, and you let it be
cli-contact-social-media = You looked at their profile or photos (or `looked`): counted on its own, never a slip
cli-contact-logistics = Practical matters you share, kept short and to the point
cli-contact-accidental = A chance meeting, kept brief
cli-contact-planned = Contact a step of your plan calls for (reconnect, the talk): not a slip

cli-outcome-reunited = You are back together
cli-outcome-moved-on = It is over, and you are moving on
cli-outcome-paused = You are stopping for now

cli-resolve-held = It passed: no contact was made
cli-resolve-slipped = You reached out: recorded as a slip for today

cli-format-json = Everything the plan holds, versioned: the backup `plan import` restores
cli-format-csv = One row per check-in: date, mood, urge, contact, note
cli-format-markdown = A journal with a section for each day, to read or print
cli-format-ics = An iCalendar file: the coming milestones, and the days steps open

## What clap adds to every command

cli-flag-help = Print help
cli-flag-help-more = Print help (see more with '--help')
cli-flag-help-summary = Print help (see a summary with '-h')
cli-flag-version = Print version
cli-help = Print this message or the help of the given subcommand(s)
# Headings of the help; clap adds the colon.
cli-heading-usage = Usage
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
# clap's notes after a help text, and its placeholders in a usage line.
cli-default = [default: { $value }]
cli-values = [possible values: { $values }]
cli-values-heading = Possible values:
cli-usage-options = [OPTIONS]
cli-usage-command = COMMAND
# The headings of the manual page (`plan man`) that clap_mangen writes.
cli-man-name = NAME
cli-man-synopsis = SYNOPSIS
cli-man-description = DESCRIPTION
cli-man-version = VERSION

## A value the command line cannot take

cli-bad-mood = mood is a whole number from 1 (awful) to 10 (great)
cli-bad-urge = urge is a whole number from 0 (none) to 10 (overwhelming)
cli-bad-task = a task is named by its number, 1 or more, as `plan next` shows it
cli-bad-if = an if-then plan is named by its number, 1 or more, as `plan if` shows it
cli-bad-days = --days is a whole number of days, 1 or more
cli-bad-archived = an archived plan is named by its number, 1 or more, as `plan archive` shows it
cli-bad-seconds = `{ $text }` is not a number of seconds from 0 to 86400

## Usage errors. English shows clap's own words; these are the same, for
## the other languages. $arg is a flag as typed (`--mood <1-10>`), $value
## what was given, $command a command's name.

cli-error = error:
cli-error-tip = tip:
cli-error-unknown-argument = unexpected argument '{ $arg }' found
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-error-missing-value = a value is required for '{ $arg }' but none was supplied
cli-error-possible-values = possible values
cli-error-invalid-subcommand = unrecognized subcommand '{ $command }'
cli-error-missing-arguments = the following required arguments were not provided:
cli-error-missing-subcommand = '{ $command }' requires a subcommand but one was not provided
cli-error-subcommands = subcommands
cli-error-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-error-too-few-values = { $actual ->
    [one] { $min } values required by '{ $arg }'; only { $actual } was provided
   *[other] { $min } values required by '{ $arg }'; only { $actual } were provided
}
cli-error-wrong-number-of-values = { $actual ->
    [one] { $expected } values required for '{ $arg }' but { $actual } was provided
   *[other] { $expected } values required for '{ $arg }' but { $actual } were provided
}
cli-error-used-twice = the argument '{ $arg }' cannot be used multiple times
cli-error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-error-conflict-list = the argument '{ $arg }' cannot be used with:
cli-error-conflict-others = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
cli-error-subcommand-conflict = the subcommand '{ $command }' cannot be used with '{ $other }'
cli-error-subcommand-conflict-list = the subcommand '{ $command }' cannot be used with:
cli-error-no-equals = equal sign is needed when assigning values to '{ $arg }'
cli-error-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
cli-error-other = the command line could not be read
cli-error-similar-argument = { $count ->
    [one] a similar argument exists: { $names }
   *[other] some similar arguments exist: { $names }
}
cli-error-similar-subcommand = { $count ->
    [one] a similar subcommand exists: { $names }
   *[other] some similar subcommands exist: { $names }
}
cli-error-similar-value = { $count ->
    [one] a similar value exists: { $names }
   *[other] some similar values exist: { $names }
}
cli-error-exists = '{ $command }' exists
cli-error-as-value = to pass '{ $arg }' as a value, use '-- { $arg }'
cli-error-more = For more information, try '{ $flag }'.
