# `plan stats`: the whole plan in numbers.

# $date: the day the plan began (ISO); $days since then.
stats-heading = Your plan in numbers, since { $date } ({ $days ->
    [one] { $days } day
   *[other] { $days } days
})
stats-no-contact = No contact: { $now ->
    [one] { $now } day
   *[other] { $now } days
} now, { $longest ->
    [one] { $longest } day
   *[other] { $longest } days
} at the longest, { $total ->
    [one] { $total } day
   *[other] { $total } days
} in all
stats-resets = The count began again { $times ->
    [one] { $times } time
   *[other] { $times } times
}
# Days with a check-in, of the days since the plan began.
stats-checkins = Check-ins: { $count } of { $days ->
    [one] { $days } day
   *[other] { $days } days
}
# Averages, 1 to 10, written with one decimal ("5.7").
stats-mood = Mood: { $all } on average
stats-mood-month = Mood: { $all } on average, { $month } over the last 30 days
stats-urge = Urge: { $all } on average
stats-urge-month = Urge: { $all } on average, { $month } over the last 30 days
stats-urges = Urges met with `plan urge`: { $total }, { $held } held
stats-steps = Steps: { $done } of { $total ->
    [one] { $total } step
   *[other] { $total } steps
} done
