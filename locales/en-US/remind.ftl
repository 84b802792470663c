# `plan remind`: a daily nudge to check in, and `plan remind install`.

# For a time given to --at that is not HH:MM.
remind-not-a-time = `{ $text }` is not a time of day; write it as HH:MM, such as 20:30
# The one line `plan remind` prints, before the first day of no contact…
remind-line = A moment for today's check-in: `plan checkin`.
# …and after it: $days is the day of no contact it is.
remind-line-day = A moment for today's check-in: `plan checkin`. Day { $days } of no contact.
# The notification: it says no count and nothing of the plan, as it can be
# seen over a shoulder or on a shared screen.
remind-notification = A moment for today's check-in, when you are ready.

## `plan remind install --dry-run`. $time is HH:MM.
remind-would-write = `plan remind install` would write, for a reminder every day at { $time }:
remind-would-run = and then run:
remind-nothing-written = Nothing was written.

## No systemd: the crontab line to add (shown between these two).
remind-cron-add = systemd does not run for you here, so nothing was installed. To be reminded every day, add this line with `crontab -e`:
remind-cron-display = Cron passes on no desktop: the line sets DISPLAY and DBUS_SESSION_BUS_ADDRESS so that the notification can show. If your display is not :0, change it (`echo $DISPLAY` says which). `plan remind` prints its line too, which cron mails to you if mail is set up.

## `plan remind install`, done.
remind-installed = A reminder every day at { $time }, quiet on days you have checked in.
remind-wrote = wrote { $path }
remind-missed = A time missed while the computer was off comes at its next start.
remind-uninstall-hint = `plan remind uninstall` removes it.

## `plan remind uninstall`.
remind-nothing-to-remove = Nothing to remove: `plan remind install` wrote no timer on this device.
remind-crontab-remove = If you added its line to your crontab, `crontab -e` takes it out.
remind-off = The daily reminder is off.
remind-removed = removed { $path }
remind-left = left { $path }: it was changed after `plan remind install` wrote it
