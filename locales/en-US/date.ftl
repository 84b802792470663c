# The dates of sentences and headings. Dates in files, JSON and commands
# stay ISO 8601 (2026-11-02) in every language.
# $weekday is 1 (Monday) to 7 (Sunday); $month is 1 to 12.

date-weekday = { $weekday ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}
# A weekday in a chart's labels and a calendar's days.
date-weekday-abbr = { $weekday ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
}
# Two letters: the head of a column of a week.
date-weekday-short = { $weekday ->
    [1] Mo
    [2] Tu
    [3] We
    [4] Th
    [5] Fr
    [6] Sa
   *[7] Su
}
date-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
date-month-abbr = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}

# Monday 2 November 2026: the day a view is for.
date-full = { date-weekday } { $day } { date-month } { $year }
# 2 November 2026
date-long = { $day } { date-month } { $year }
# 2 Nov 2026
date-short = { $day } { date-month-abbr } { $year }
# Mon 2 Nov 2026: a day on its own, in a chart's labels.
date-day = { date-weekday-abbr } { $day } { date-month-abbr } { $year }
# 2 Nov: a day within a year already named.
date-day-month = { $day } { date-month-abbr }
# Mon 2: a day within a month already named.
date-weekday-day = { date-weekday-abbr } { $day }
# November 2026
date-month-year = { date-month } { $year }
# Nov 2026
date-short-month-year = { date-month-abbr } { $year }
