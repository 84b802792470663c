//! `plan remind`: a daily nudge to check in, and quiet once it is done.
//! [`reminder`] decides whether today calls for one and what it says;
//! [`units`] and [`crontab_line`] are what `plan remind install` writes or
//! asks the person to add, so that a timer runs it with no process of
//! `plan` left running in between.

use std::io;
use std::path::Path;

use chrono::{NaiveDate, NaiveTime, Timelike};
use serde::Serialize;

use crate::schedule::Counter;
use crate::state::State;
use crate::text::{Screen, fit, paragraph};

/// The name of the units `plan remind install` writes.
pub const UNIT: &str = "plan-remind";

/// Parse `HH:MM` (24-hour), with a message for clap.
pub fn parse_time(text: &str) -> Result<NaiveTime, String> {
    let valid = text.len() == 5 && text.as_bytes()[2] == b':';
    valid
        .then(|| NaiveTime::parse_from_str(text, "%H:%M").ok())
        .flatten()
        .ok_or_else(|| format!("`{text}` is not a time of day; write it as HH:MM, such as 20:30"))
}

/// A reminder for today, as the line, the notification and `on-reminder` have it.
#[derive(Debug, Clone, Serialize)]
pub struct Reminder {
    pub date: NaiveDate,
    pub no_contact: Counter,
}

/// The reminder `today` calls for: none once today has a check-in, or once
/// the plan has ended (or was paused with `plan end --outcome paused`).
pub fn reminder(state: &State, today: NaiveDate) -> Option<Reminder> {
    if state.ended.is_some() || state.checked_in(today) {
        return None;
    }
    Some(Reminder { date: today, no_contact: state.counter(today) })
}

/// The one kind line `plan remind` prints.
pub fn render(out: &mut impl Screen, r: &Reminder) -> io::Result<()> {
    let days = r.no_contact.days;
    let count = if days == 0 { String::new() } else { format!(" Day {days} of no contact.") };
    fit(out, &format!("A moment for today's check-in: `plan checkin`.{count}"))
}

/// The notification's title and text. It says no count and nothing of the
/// plan: a notification can be seen over a shoulder or on a shared screen.
pub const NOTIFICATION: (&str, &str) = ("plan", "A moment for today's check-in, when you are ready.");

/// The notification as a script, for `osascript -e` on macOS.
pub fn apple_script() -> String {
    let (title, body) = NOTIFICATION;
    format!("display notification \"{body}\" with title \"{title}\"")
}

/// A file `plan remind install` writes: its name in the systemd user folder, and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitFile {
    pub name: String,
    pub text: String,
}

/// The service that runs `plan remind` for the plan folder `home`, and
/// the timer that starts it every day at `at`; a time missed while the
/// machine was off runs at the next start (`Persistent=true`).
pub fn units(plan: &Path, home: &Path, at: NaiveTime) -> [UnitFile; 2] {
    let header = "# Written by `plan remind install`; `plan remind uninstall` removes it.";
    let description = "Description=plan: a daily reminder to check in";
    let service = format!(
        "{header}\n[Unit]\n{description}\n\n[Service]\nType=oneshot\nExecStart={} --home {} remind\n",
        systemd_quoted(plan),
        systemd_quoted(home)
    );
    let timer = format!(
        "{header}\n[Unit]\n{description}\n\n[Timer]\nOnCalendar=*-*-* {:02}:{:02}:00\nPersistent=true\n\n\
         [Install]\nWantedBy=timers.target\n",
        at.hour(),
        at.minute()
    );
    [
        UnitFile { name: format!("{UNIT}.service"), text: service },
        UnitFile { name: format!("{UNIT}.timer"), text: timer },
    ]
}

/// A path as one word of a systemd command line: in double quotes, with
/// `\`, `"`, the specifier `%` and the variable `$` escaped.
fn systemd_quoted(path: &Path) -> String {
    let mut quoted = String::from("\"");
    for c in path.to_string_lossy().chars() {
        match c {
            '\\' => quoted.push_str("\\\\"),
            '"' => quoted.push_str("\\\""),
            '%' => quoted.push_str("%%"),
            '$' => quoted.push_str("$$"),
            '\n' => quoted.push_str("\\n"),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// A path as one word for `sh`, which cron runs each line with: in single
/// quotes, and `%` (a line break to cron) escaped.
fn shell_quoted(path: &Path) -> String {
    format!("'{}'", path.to_string_lossy().replace('\'', r"'\''").replace('%', r"\%"))
}

/// The crontab line that runs `plan remind` at `at` every day. Under cron
/// a notification needs the desktop's display and its session bus, which
/// cron does not pass on: they are set on the line.
pub fn crontab_line(plan: &Path, home: &Path, at: NaiveTime) -> String {
    format!(
        "{} {} * * * DISPLAY=:0 DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/$(id -u)/bus {} --home {} remind",
        at.minute(),
        at.hour(),
        shell_quoted(plan),
        shell_quoted(home)
    )
}

/// What `plan remind install` found it could do.
#[derive(Debug)]
pub enum Install<'a> {
    /// systemd runs for this user: the files and the commands.
    Systemd { dir: &'a Path, files: &'a [UnitFile], commands: &'a [Vec<String>] },
    /// No systemd for this user: the line to add with `crontab -e`.
    Cron { line: &'a str },
}

/// `plan remind install --dry-run`: what it would write and run.
pub fn dry_run(out: &mut impl Screen, install: &Install<'_>, at: NaiveTime) -> io::Result<()> {
    match install {
        Install::Systemd { dir, files, commands } => {
            fit(
                out,
                &format!(
                    "`plan remind install` would write, for a reminder every day at {}:",
                    at.format("%H:%M")
                ),
            )?;
            for file in *files {
                writeln!(out)?;
                fit(out, &format!("{}:", dir.join(&file.name).display()))?;
                for line in file.text.lines() {
                    writeln!(out, "    {line}")?;
                }
            }
            writeln!(out)?;
            fit(out, "and then run:")?;
            for command in *commands {
                writeln!(out, "    {}", command.join(" "))?;
            }
            writeln!(out)?;
            fit(out, "Nothing was written.")
        }
        Install::Cron { line } => {
            cron(out, line)?;
            writeln!(out)?;
            fit(out, "Nothing was written.")
        }
    }
}

/// `plan remind install` with no systemd for this user: the line to add.
pub fn cron(out: &mut impl Screen, line: &str) -> io::Result<()> {
    paragraph(
        out,
        "systemd does not run for you here, so nothing was installed. To be reminded every day, add this line with `crontab -e`:",
    )?;
    writeln!(out)?;
    writeln!(out, "{line}")?;
    writeln!(out)?;
    paragraph(
        out,
        "Cron passes on no desktop: the line sets DISPLAY and DBUS_SESSION_BUS_ADDRESS so that the \
         notification can show. If your display is not :0, change it (`echo $DISPLAY` says which). \
         `plan remind` prints its line too, which cron mails to you if mail is set up.",
    )
}

/// `plan remind install`: written and enabled.
pub fn installed(out: &mut impl Screen, dir: &Path, files: &[UnitFile], at: NaiveTime) -> io::Result<()> {
    fit(out, &format!("A reminder every day at {}, quiet on days you have checked in.", at.format("%H:%M")))?;
    for file in files {
        fit(out, &format!("  wrote {}", dir.join(&file.name).display()))?;
    }
    fit(out, "A time missed while the computer was off comes at its next start.")?;
    fit(out, "`plan remind uninstall` removes it.")
}

/// What `plan remind uninstall` found and did.
#[derive(Debug, Default)]
pub struct Uninstalled {
    pub removed: Vec<std::path::PathBuf>,
    /// Written by `install`, then changed since: left where they are.
    pub changed: Vec<std::path::PathBuf>,
}

/// `plan remind uninstall`.
pub fn uninstalled(out: &mut impl Screen, u: Option<&Uninstalled>) -> io::Result<()> {
    let Some(u) = u else {
        fit(out, "Nothing to remove: `plan remind install` wrote no timer on this device.")?;
        return fit(out, "If you added its line to your crontab, `crontab -e` takes it out.");
    };
    fit(out, "The daily reminder is off.")?;
    for path in &u.removed {
        fit(out, &format!("  removed {}", path.display()))?;
    }
    for path in &u.changed {
        fit(out, &format!("  left {}: it was changed after `plan remind install` wrote it", path.display()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_hh_mm_and_nothing_else() {
        assert_eq!(parse_time("20:30"), Ok(NaiveTime::from_hms_opt(20, 30, 0).unwrap()));
        assert_eq!(parse_time("07:05"), Ok(NaiveTime::from_hms_opt(7, 5, 0).unwrap()));
        for bad in ["7:05", "24:00", "20:60", "20-30", "2030", "", "20:30:00"] {
            assert!(parse_time(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn paths_are_quoted_for_systemd_and_for_cron() {
        let odd = Path::new("/home/a b/50%/\"x\"/$HOME/it's");
        assert_eq!(systemd_quoted(odd), r#""/home/a b/50%%/\"x\"/$$HOME/it's""#);
        assert_eq!(shell_quoted(odd), r#"'/home/a b/50\%/"x"/$HOME/it'\''s'"#);
        let line =
            crontab_line(Path::new("/bin/plan"), Path::new("/p"), NaiveTime::from_hms_opt(7, 5, 0).unwrap());
        assert!(line.starts_with("5 7 * * * DISPLAY=:0 "), "{line}");
        assert!(line.ends_with("'/bin/plan' --home '/p' remind"), "{line}");
    }
}
