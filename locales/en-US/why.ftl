# `plan why`: the person's own reason, in their words.

why-none-yet = No why recorded yet. `plan why "…"` keeps one.
# The person's own words, in quotation marks.
why-quoted = “{ $text }”
why-since = Your why, since { $date }:
# $earlier: how many whys came before the current one.
why-history-hint = `plan why --history` shows { $earlier ->
    [one] the one
   *[other] the { $earlier }
} before it.
why-not-written = You have not written your why yet: the reason you are doing this, in your words.
why-how = `plan why "…"` keeps it, and `plan urge` shows it when it matters most.
