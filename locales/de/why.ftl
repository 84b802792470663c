# `plan why`: dein eigener Grund, in deinen Worten.

why-none-yet = Noch kein Warum festgehalten. `plan why "…"` hält eines fest.
why-quoted = „{ $text }“
why-since = Dein Warum, seit { $date }:
why-history-hint = `plan why --history` zeigt { $earlier ->
    [one] das vorherige
   *[other] die { $earlier } vorherigen
}.
why-not-written = Du hast dein Warum noch nicht aufgeschrieben: den Grund, warum du das tust, in deinen eigenen Worten.
why-how = `plan why "…"` hält es fest, und `plan urge` zeigt es dir, wenn es am meisten zählt.
