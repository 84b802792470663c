# The plan folder and its files: what is wrong with them, and the fix.
# A file's problem follows its path: "/p/state.json is empty".

store-no-plan = no plan yet in { $dir }
store-no-plan-hint = run `plan start` to begin one (`plan playbooks` lists the playbooks)
store-state-missing = { $path } is missing, but the plan folder holds a backup or check-ins
store-state-missing-hint = `plan doctor` says what is there; `plan doctor --restore` puts the backup back
# $problem: one of the store-problem-* below, or another line of the store's.
store-file-problem = { $path } { $problem }
# $what: store-kind-*, "a file".
store-not-a-folder = { $path } is { $what }, not a folder
store-not-a-folder-inside-hint = plan keeps its files in real folders and never follows a link inside its own; `plan doctor` looks at it
store-not-a-folder-home-hint = --home (or PLAN_HOME) names the folder that holds the plan
# $seconds: "10", "0.3".
store-lock-timeout = another run of plan has held { $path } for { $seconds } seconds; gave up waiting
store-lock-timeout-hint = nothing was changed. If no other plan is running, look for one left open (a pager, a stopped job: `jobs`); --lock-timeout SECONDS waits longer
store-already-a-plan = there is already a plan in { $dir }
store-already-a-plan-hint = `plan status` shows it; `plan start --force` archives it (nothing is deleted) and starts anew
# $what: the change, "the check-in for 2026-11-24".
store-too-large = { $what } is too large to save: { $mib } MiB, and one change can be at most { $limit } MiB
store-too-large-hint = nothing was changed; a shorter note, or a smaller playbook, fits
store-encrypt-unfinished = the plan was saved as encrypted, but sealing its files stopped part way; nothing is lost
store-encrypt-unfinished-hint = this device opens every file; the next change, or `plan encrypt` again, seals the rest
store-nothing-to-restore = nothing in { $dir } is damaged; there is nothing to restore
store-nothing-to-restore-hint = `plan doctor --restore` is for a file that cannot be read
store-newer-layout = { $path } says this plan folder is laid out by a newer plan (layout { $layout }; this one knows up to { $known })
store-newer-hint = nothing was changed; upgrade plan to open it
store-state-backup-hint = nothing was changed; the last good copy is { $backup }, and `plan doctor --restore` puts it back
store-state-no-backup-hint = nothing was changed, and there is no readable backup; `plan doctor` looks at what is left
store-look-hint = nothing was changed; `plan doctor` looks at the plan folder

## Encryption and keys.

store-no-key = this plan is encrypted, and this device has no key for it
store-no-key-another = this plan is encrypted with another key than the one this device holds
store-no-key-raced = this plan was encrypted on two devices at once, each with a key of its own, and it kept the other device's
store-another-key = { $path } is encrypted with another key than this plan's: `plan encrypt` ran on another device at the same time
# How to bring the key: the end of the hints below ($bring).
store-bring-the-key = On a device that opens the plan, run `plan key export > plan-key.txt`, bring the file here privately, then `plan key import plan-key.txt`
store-no-key-hint = nothing was read or written. { $bring }
store-no-key-another-hint = nothing was read or written. { $bring }: it takes the place of the key this device holds
store-no-key-raced-hint = nothing is lost. { $bring }: this device keeps both keys, and encrypts again with the plan's what was encrypted with its own
store-another-key-hint = nothing is lost. On the device that ran it, run `plan key export > plan-key.txt`, bring the file here privately, then `plan key import plan-key.txt`: plan keeps this plan's key, and encrypts every file with it
store-already-encrypted = this plan is encrypted already
store-already-encrypted-hint = `plan key export` prints its key, for another device
store-wrong-key = the key in { $path } does not open this plan
store-wrong-key-hint = it opens another plan; `plan key export > plan-key.txt` on a device that opens this one gives its key
store-no-key-here = this device has no key ({ $path } is missing)
store-no-key-here-hint = an encrypted plan's key is on the device that ran `plan encrypt`, and those it was imported on
store-mark-encrypted = could not mark the plan as encrypted in its format file
store-config-hint = it is this device's own file; move it aside and plan makes a new one (a new device id)

## Backups, layouts, and what came after a change.

store-not-yet-moved = this plan is still in the older layout (state.json), which has no devices or key
store-not-yet-moved-hint = its next change (a check-in, say) moves it to per-device logs; then run this again
store-no-backup = there is no backup to restore ({ $path } is missing)
store-no-backup-hint = `plan doctor` shows what is there
store-backup-unusable = the backup { $path } { $problem }
# $what: what was saved; $step: store-step-*, what failed after it.
store-after-commit = { $what } was saved, but { $step } failed
store-after-commit-hint = it is in place and need not be done again; if the disk is failing, copy the plan folder somewhere safe
store-step-keeping-backup = keeping the backup
store-step-flushing = flushing the plan folder to disk
store-step-keeping-aside = keeping the plan's old files aside
store-keep-aside-finishing = could not finish keeping the plan's old files aside
store-keep-aside = could not keep the plan's old files aside
# $log: a log's file name.
store-from-backup = could not put { $log } back from its backup
store-unit-in-the-way = { $path } is there already, and plan did not write it
store-unit-in-the-way-hint = nothing was written; plan never replaces a file of yours. Move it aside, or keep it and run `plan remind` from it

## Playbook files.

store-playbook-too-large = could not read playbook { $path }: it is { $bytes } bytes, and a playbook is at most { $kib } KiB
store-playbook-missing = there is no playbook file at { $path }
store-playbook-unreadable = could not read playbook { $path }: it { $problem }
store-playbook-not-text = could not read playbook { $path }: it is not UTF-8 text
store-playbook-hint = give a path to a .toml file, or a playbook id from `plan playbooks`

## Folders the system gives plan.

store-no-data-folder = could not find a home folder for the plan; set PLAN_HOME or pass --home DIR
store-no-config-folder = could not find a config folder for this device's id and key; set XDG_CONFIG_HOME or HOME
store-no-cache-folder = could not find a cache folder; set XDG_CACHE_HOME or HOME

## What the store was doing when the system failed it; the system's words follow.

store-could-not-list = could not list { $path }
store-could-not-look-at = could not look at { $path }
store-could-not-create = could not create { $path }
store-could-not-open = could not open { $path }
store-could-not-lock = could not lock { $path }
store-could-not-write = could not write { $path }
store-could-not-keep-backup = could not keep a backup of { $path }
store-could-not-encrypt = could not encrypt { $path }
store-could-not-save = could not save { $path }
store-could-not-save-key = could not save the key in { $path }
store-could-not-remove = could not remove { $path }

## What is wrong with a file: each follows its path.

store-problem-empty = is empty
store-problem-truncated = is truncated: { $place }
store-problem-not-a-state-file = is not a plan state file
store-problem-newer-state = was written by a newer plan (state schema { $schema }; this one reads up to { $known })
# $place: where, in the JSON reader's words.
store-problem-damaged = is damaged: { $place }
# A state file with no `schema`: the place store-problem-damaged names.
store-problem-no-schema = missing field `schema`
store-problem-newer-month = was written by a newer plan (check-ins schema { $schema })
store-problem-not-its-month = does not hold the month of check-ins its name says
store-problem-missing = is missing
# $what: store-kind-*.
store-problem-not-a-file = is { $what }, not a regular file
store-problem-too-large = is { $bytes } bytes, far more than plan ever writes
store-problem-unreadable = could not be read: { $err }
store-problem-not-a-format-file = is not plan's format file
store-problem-not-a-device-file = is not plan's device file
store-problem-no-age-key = holds no age key
store-problem-no-age-key-marked = holds no age key (AGE-SECRET-KEY-1…)
store-problem-not-a-reminder-record = is not plan's record of the reminder it installed

## What is at a path.

store-kind-file = a file
store-kind-folder = a folder
store-kind-link = a symbolic link
store-kind-fifo = a FIFO
store-kind-socket = a socket
store-kind-device = a device
store-kind-other = something other than a file

## What is wrong with a log, a head or a state: each follows its path.

store-log-other-device = belongs to device { $device }, not { $id }
# $head: the head's file name, "head".
store-log-lost-event = does not hold event { $event }, which its { $head } says was saved in it
store-head-foreign-name = names a file plan never writes, `{ $name }`, so it was not read
store-head-two-devices = holds the heads of two devices, { $first } and { $second }
store-head-only-conflict-marks = holds nothing but git's conflict marks
store-head-missing = is missing, though this device's logs are there
# $detail: the JSON reader's words.
store-log-unknown-event = has an event this plan does not know on line { $line } (written by a newer plan?): { $detail }
store-log-damaged-line = is damaged on line { $line }: { $detail }
store-log-date-out-of-range = has a date outside the years 0000 to 9999 on line { $line }: { $date }
store-log-undecryptable = cannot be decrypted: { $detail }
store-log-no-events = holds no events
store-problem-not-an-object = is not a JSON object
store-problem-unknown-schema = has state schema { $schema }, which this plan does not know
store-problem-schema-zero = state schema 0 was never written by plan
store-problem-in-schema = (state schema { $schema }) { $detail }
store-problem-not-a-month = `months` names `{ $month }` version { $version }, which is not a month file
store-not-a-regular-file = not a regular file
store-not-a-recipient = `{ $text }` is not an age recipient: { $err }

## What a change is called, when it is too large or a step after it failed.

store-what-new-plan = the new plan
store-what-imported-plan = the imported plan
store-what-restored-plan = the restored plan

## Why a hook was not run.

store-hook-link = it is a symbolic link
store-hook-other-owner = it belongs to another user than the plan folder
store-hook-writable = others can write to it
# This device, as its name when it has none (no host name, never named).
store-device-unnamed = this device
