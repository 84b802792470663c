# Counts several views share. Each chooses its form by the language's
# plural rules: in English `one` is 1 and `other` the rest.

count-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
count-weeks = { $n ->
    [one] { $n } week
   *[other] { $n } weeks
}
count-steps = { $n ->
    [one] { $n } step
   *[other] { $n } steps
}
count-tasks = { $n ->
    [one] { $n } task
   *[other] { $n } tasks
}
count-checkins = { $n ->
    [one] { $n } check-in
   *[other] { $n } check-ins
}
count-times = { $n ->
    [one] { $n } time
   *[other] { $n } times
}
count-notes = { $n ->
    [one] { $n } note
   *[other] { $n } notes
}
count-urges = { $n ->
    [one] { $n } urge
   *[other] { $n } urges
}
count-files = { $n ->
    [one] { $n } file
   *[other] { $n } files
}
count-events = { $n ->
    [one] { $n } event
   *[other] { $n } events
}
count-seconds = { $n ->
    [one] { $n } second
   *[other] { $n } seconds
}
# $done of $total steps: "3 of 5 steps".
count-steps-of = { $done } of { $total ->
    [one] { $total } step
   *[other] { $total } steps
}
count-tasks-of = { $done } of { $total ->
    [one] { $total } task
   *[other] { $total } tasks
}
