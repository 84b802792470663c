# What `plan` asks at a terminal: which path to start on, and how the day
# went. A question is followed by ": " and the cursor.

## What a run of questions is for, when it is cancelled: "{ ask-asking-checkin }
## cancelled; nothing was recorded".
ask-asking-checkin = check-in
ask-asking-start = start
ask-asking-readiness-check = readiness check
ask-asking-draft = the draft
ask-asking-sos = the SOS

# A person's own words (a note), quoted.
ask-quoted = “{ $text }”

## `plan start`: the three paths. What a person may type to choose one:
## its number, its id, its name here or in English, or the start of it.
ask-path-four-steps = Try again
ask-path-move-on = Let go
ask-path-not-sure-yet = Not sure yet
ask-path-which = Which way do you want to go? Each path can be changed later with `plan switch`.
# After the path Enter alone chooses.
ask-path-default = (Enter)
ask-path-question = Choose 1, 2 or 3 [{ $default }]
ask-path-again = `{ $answer }` is not one of them; type 1, 2 or 3, or press Enter.

## The check-in's questions. What the day holds already follows each, in
## brackets: Enter keeps it.
ask-checkin-there = The check-in for { $date } is there already; Enter keeps each value as it is.
ask-mood-today = Mood today, 1 (awful) to 10 (great)
ask-mood-on = Mood on { $date }, 1 (awful) to 10 (great)
ask-urge = Urge to contact them, 0 (none) to 10 (overwhelming)
# $kinds lists the values `--contact` takes, with these two in place of
# `none` and `initiated`; $now is the value the day holds.
ask-contact-none = none (or no)
ask-contact-initiated = initiated (or slip)
ask-contact-today = Any contact today? Type one of: { $kinds } [{ $now }]
ask-contact-on = Any contact on { $date }? Type one of: { $kinds } [{ $now }]
# After a yes to the question above.
ask-contact-which = Which kind of contact?
ask-contact-which-answer = Its number, or its name
# What a person may type, comma-separated, for no contact, a slip, and
# allowed contact, beside the values themselves. A yes (locale-yes-answers)
# asks which kind; a no (locale-no-answers) is no contact.
ask-contact-none-answers = n, no
ask-contact-slip-answers = s, slip
ask-contact-allowed-answers = a
ask-note = A note (Enter to skip)
ask-notes-there = { $n ->
    [one] The day's note:
   *[other] The day's { $n } notes:
}
ask-note-choice = { $n ->
    [one] Keep it, add a note beside it, or replace it? Type keep, add, replace or remove [keep]
   *[other] Keep them, add a note beside them, or replace them? Type keep, add, replace or remove [keep]
}
# What a person may type, comma-separated, for each choice above: the word
# shown, and a letter. English words are understood too.
ask-note-keep-answers = k, keep
ask-note-add-answers = a, add
ask-note-replace-answers = r, replace
ask-note-remove-answers = remove, delete
ask-note-added = Your new note (Enter to skip)
ask-note-instead = { $n ->
    [one] Your note in its place (Enter keeps it)
   *[other] Your note in their place (Enter keeps them)
}
ask-checkin-again = `{ $answer }` is not one of the answers; try again, or press Enter to skip.

## A yes-or-no question: `[y/n]` (locale-yes-no) follows it.
ask-yes-no-again = `{ $answer }` is neither a yes nor a no; try again.
