# `plan doctor`: what it found in the plan folder, a line each, with the
# fix under each problem; and the notices and warnings said on stderr while
# a command runs. Commands, flags, file names and `chmod` lines stay as
# they are. $dir and $path are paths; $mode is a mode such as 0700.

## The labels before each line.
doctor-problem = PROBLEM
doctor-fix = fix:
doctor-ok = ok
doctor-note = note
# When the language asked for is not one plan speaks; $tag is as asked (pt_BR).
doctor-language = Your language ({ $tag }) is not translated yet, so plan speaks English. README.md says how to add one.

## The plan folder.
doctor-no-folder = no plan folder yet at { $dir }; `plan start` creates it
doctor-folder-private = { $dir } is private ({ $mode })
doctor-folder-open = { $dir } is mode { $mode }: other users can reach it
# $command is `chmod go-rwx DIR`.
doctor-folder-open-fix = { $command }   (plan never changes the mode of a folder it did not create)
# $what is what it is instead, such as "a symbolic link".
doctor-not-a-folder = { $path } is { $what }, not a real folder
doctor-not-a-folder-fix = plan never follows a link inside its folder; move it aside (nothing of the plan's is lost) and the next change makes a new one
doctor-state-newer-fix = upgrade plan to open it; nothing here needs repair
doctor-state-restore-fix = `plan doctor --restore` keeps the damaged file aside and puts the backup back
doctor-state-no-backup-fix = there is no readable backup; keep a copy of the folder before trying anything
doctor-no-backup = no backup yet (one is kept from the second change on)
doctor-backup-fix = the next change replaces it with a good copy
doctor-months-readable = { $count ->
    [one] { $count } month file readable
   *[other] { $count } month files readable
}
# $problems: what is wrong with each, separated by "; ".
doctor-months-problems = month files: { $problems }
doctor-months-fix = these check-ins cannot be read; keep a copy of the folder and restore the files from a backup
doctor-file-mode = { $path } is mode { $mode }
doctor-layout2 = the plan is in the older layout (state.json); its next change moves it to a log for each device
doctor-migrated = the older layout's files are kept in { $path } until the next change
# $problem says what is wrong with a log's backup, such as "devices/… is damaged".
doctor-log-backup = backup { $problem }
doctor-log-backup-fix = the next change to its log keeps a good copy in its place; until then `plan doctor --restore` cannot use it
doctor-no-leftovers = no leftover files
doctor-leftovers = leftover files: { $names }
doctor-leftovers-fix = the next change removes them
# A state file: $name is its file name, $schema and $old numbers.
doctor-file-migrated = { $name } readable (schema { $old }, moved to { $schema } at the next change, { $checkins ->
    [one] { $checkins } check-in
   *[other] { $checkins } check-ins
})
doctor-file-readable = { $name } readable (schema { $schema }, { $checkins ->
    [one] { $checkins } check-in
   *[other] { $checkins } check-ins
})
doctor-file-missing = { $path } is missing

## Encryption.
# $paths: the files, comma-separated.
doctor-unsealed = the plan is encrypted, but { $count ->
    [one] { $count } file is
   *[other] { $count } files are
} in plain text: { $paths }
doctor-unsealed-fix = `plan encrypt` on a device with the key seals them, or moves a playbook out
doctor-half-encrypted = `plan encrypt` stopped part way: { $sealed ->
    [one] { $sealed } file is
   *[other] { $sealed } files are
} sealed, the rest not yet
doctor-half-encrypted-fix = run `plan encrypt` again to finish; nothing was lost, and this device opens every file
doctor-half-encrypted-fix-elsewhere = run `plan encrypt` again on the device that holds the key, to finish
doctor-format-plain = format readable; the plan is not encrypted
doctor-format-key = the plan is encrypted, and this device has its key
doctor-format-another-key = the plan is encrypted with another key than the one this device holds
doctor-format-another-key-fix = `plan key export > plan-key.txt` on a device that opens it, then `plan key import plan-key.txt` here: it takes the place of this device's key
doctor-format-raced = the plan was encrypted on two devices at once, and it kept the other device's key
doctor-format-raced-fix = `plan key export > plan-key.txt` on a device that opens it, then `plan key import plan-key.txt` here: this device keeps both keys and encrypts again with the plan's what was encrypted with its own
doctor-format-no-key = the plan is encrypted, and this device has no key for it
doctor-format-no-key-fix = `plan key export > plan-key.txt` on a device that opens it, then `plan key import plan-key.txt` here
# $names: the copies' file names, comma-separated.
doctor-format-copies = the format file has conflict copies ({ $names }): `plan encrypt` ran on more than one device at once
doctor-format-copies-fix = `plan encrypt` here encrypts every file with the plan's key, and removes them
doctor-format-copies-fix-elsewhere = on each device that ran it, `plan key import` this plan's key (`plan key export > plan-key.txt` here): it encrypts what it wrote with the plan's key; or bring that device's key here and `plan key import` it

## Each device that writes to the plan. $name is its name, $id its id.
doctor-device-own = this device ({ $name }) [{ $id }]: { $events ->
    [one] { $events } event
   *[other] { $events } events
}
doctor-device = device { $name } [{ $id }]: { $events ->
    [one] { $events } event
   *[other] { $events } events
}
# $device is doctor-device-own or doctor-device, and what follows it is
# added to it.
doctor-device-waiting = { $device }, some saved in its head but not here yet: waiting for a sync to bring them
doctor-device-copies-own = { $device }, { $copies ->
    [one] { $copies } conflict copy
   *[other] { $copies } conflict copies
} from a sync engine, merged (folded away at this device's next change)
doctor-device-copies = { $device }, { $copies ->
    [one] { $copies } conflict copy
   *[other] { $copies } conflict copies
} from a sync engine, merged (folded away at that device's next change)
# $problems: what is wrong with its files, separated by "; ".
doctor-device-problems = { $device }; { $problems }
doctor-device-another-key-fix = `plan encrypt` ran on two devices at once: bring the other device's key here (`plan key export > plan-key.txt` there), then `plan key import plan-key.txt`
doctor-device-restore-fix = `plan doctor --restore` puts each damaged log back from its backup
doctor-device-elsewhere-fix = run `plan doctor` on that device; its files are only ever written there
# Another device, named by its name, or else by its id.
doctor-device-called = device { $name }
doctor-device-called-id = device { $id }
# $seen and $here are numbers of events; $next the number of the next.
doctor-went-back-own = this device's files went back to an older copy (restored from a backup, or git's history rewritten?): it had recorded { $seen } events, and the plan folder holds { $here }; its next event is numbered { $next }, so no number is used twice
doctor-went-back-own-fix = if a newer copy of devices/{ $device } is kept somewhere (a backup, git's history), put its files beside these, each named NAME.sync-conflict-restored (head.sync-conflict-restored, 2026-11.sync-conflict-restored.jsonl): plan takes in the events they hold
# $device is doctor-device-called.
doctor-went-back = { $device }'s files went back to an older copy (restored from a backup, or git's history rewritten?): { $seen } of its events were seen, and the plan folder holds { $here }
doctor-went-back-fix = run `plan doctor` on that device: it says how to bring the rest back, if a newer copy is kept
# $files: file names, comma-separated; $id the device's folder in devices/.
doctor-git-conflict-own = { $files } of this device in devices/{ $id } hold both sides of a git conflict: plan reads both, so nothing is lost
doctor-git-conflict-own-fix = finish git's rebase: `git add -A && git rebase --continue`; the next change of this device writes them clean. Two machines wrote as one device: on the one whose config folder was copied, move device.json (in plan's config folder) aside, and it takes an id of its own at its next run
doctor-git-conflict = { $files } of { $device } in devices/{ $id } hold both sides of a git conflict: plan reads both, so nothing is lost
doctor-git-conflict-fix = finish git's rebase: `git add -A && git rebase --continue`; the next change of { $device } writes them clean. Two machines wrote as one device: on the one whose config folder was copied, move device.json (in plan's config folder) aside, and it takes an id of its own at its next run
doctor-plain-own = { $files ->
    [one] { $files } file
   *[other] { $files } files
} of this device [{ $id }] in plain text, though the plan is encrypted
doctor-plain-own-fix = `plan encrypt` encrypts them now, and so does this device's next change
doctor-plain = { $files ->
    [one] { $files } file
   *[other] { $files } files
} of { $device } in plain text, though the plan is encrypted (written there before it heard of it?)
doctor-plain-fix = `plan encrypt` here encrypts them now; `plan key import` on that device does too
# $days: how many whole days its clock is ahead.
doctor-clock-ahead = device { $name } [{ $id }] wrote a clock { $days ->
    [one] { $days } day
   *[other] { $days } days
} ahead of this one
doctor-clock-ahead-fix = set its date and time right: until then, its edits win over later ones

## Said on stderr while a command runs.
doctor-waiting = waiting for another plan to finish…
doctor-warning = warning: { $text }
doctor-note-line = note: { $text }
doctor-no-locks = the file system of { $dir } does not support locks; two plans run at once could clash
doctor-migrated-notice = the plan now keeps a log for each device (see `plan device`); its old files are in { $kept } until the next change
# $missing of $seen events are not in the plan folder.
doctor-went-back-notice-own = this device's files went back to an older copy: { $missing } of its { $seen } events are not here; `plan doctor` says more
doctor-went-back-notice = { $device }'s files went back to an older copy: { $missing } of its { $seen } events are not here; `plan doctor` says more
doctor-open-folder = other users can reach { $dir } (mode { $mode }); `plan doctor` says how to make it private
doctor-key-exported = this key opens every note of the plan: keep it out of the synced folder, and delete the copy once imported
# $shown and $first are playbook files; $id the id they share.
doctor-same-id = { $shown } and { $first } both have the id `{ $id }`; { $first } is used, so give { $shown } an id of its own
doctor-playbook-problems = skipping { $shown }, which has problems; `plan playbook check { $shown }` lists them
# $problem says what is wrong with it, such as "has a step with no summary".
doctor-playbook-skipped-problem = skipping { $shown }: it { $problem }
doctor-playbook-skipped = skipping { $shown }: { $causes }
doctor-control-characters = { $path }: { $field } holds control characters; plan shows them as text (such as ^[), never obeys them
doctor-hook-not-runnable = { $path } is not an executable file, so it was not run (`chmod u+x` makes it one)
# $why: why it is not safe to run.
doctor-hook-unsafe = { $path } was not run: { $why }
# $trouble is one of doctor-hook-start … doctor-hook-wait.
doctor-hook-failed-reminder = { $path }: { $trouble }; the reminder was shown all the same
# $what is what was saved, such as "the check-in".
doctor-hook-failed-saved = { $path }: { $trouble }; { $what } was saved all the same
doctor-digests-unwritten = the partners' digests could not be written ({ $err }); the change itself was saved

## How a hook went wrong. $limit is a time, such as "5 seconds".
doctor-hook-start = could not start it ({ $err })
doctor-hook-failed = it failed ({ $status })
doctor-hook-stopped = it was still running after { $limit }, and it was stopped with everything it started
doctor-hook-left-running = it finished, but what it started was still running after { $limit }, and was stopped
doctor-hook-wait = could not wait for it ({ $err })
# A time limit with a fraction: 0.5.
doctor-seconds = { $seconds } seconds
