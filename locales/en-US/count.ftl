# Counts several views share. Each chooses its form by the language's
# plural rules: in English `one` is 1 and `other` the rest.

count-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
count-steps = { $n ->
    [one] { $n } step
   *[other] { $n } steps
}
count-checkins = { $n ->
    [one] { $n } check-in
   *[other] { $n } check-ins
}
count-times = { $n ->
    [one] { $n } time
   *[other] { $n } times
}
count-events = { $n ->
    [one] { $n } event
   *[other] { $n } events
}
count-seconds = { $n ->
    [one] { $n } second
   *[other] { $n } seconds
}
