//! `plan remind`: a daily nudge to check in, and quiet once it is done.
//! [`reminder`] decides whether today calls for one and what it says;
//! [`units`] and [`crontab_line`] are what `plan remind install` writes or
//! asks the person to add, so that a timer runs it with no process of
//! `plan` left running in between.

use std::io;
use std::path::Path;

use chrono::{NaiveDate, NaiveTime, Timelike};
use serde::Serialize;

use crate::i18n::t;
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
        .ok_or_else(|| t!("remind-not-a-time", text = text))
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
    let line = if days == 0 { t!("remind-line") } else { t!("remind-line-day", days = days) };
    fit(out, &line)
}

/// The notification's title (the command's name, in every language) and
/// its text, in the person's language. It says no count and nothing of the
/// plan: a notification can be seen over a shoulder or on a shared screen.
pub fn notification() -> (&'static str, String) {
    ("plan", t!("remind-notification"))
}

/// The notification as a script, for `osascript -e` on macOS.
pub fn apple_script() -> String {
    let (title, body) = notification();
    // A string of AppleScript: a translation's quote or backslash kept as text.
    let body = body.replace('\\', "\\\\").replace('"', "\\\"");
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
/// Their comments stay English in every language, as every file `plan`
/// writes for a program does.
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
            fit(out, &t!("remind-would-write", time = at.format("%H:%M").to_string()))?;
            for file in *files {
                writeln!(out)?;
                fit(out, &format!("{}:", dir.join(&file.name).display()))?;
                for line in file.text.lines() {
                    writeln!(out, "    {line}")?;
                }
            }
            writeln!(out)?;
            fit(out, &t!("remind-would-run"))?;
            for command in *commands {
                writeln!(out, "    {}", command.join(" "))?;
            }
            writeln!(out)?;
            fit(out, &t!("remind-nothing-written"))
        }
        Install::Cron { line } => {
            cron(out, line)?;
            writeln!(out)?;
            fit(out, &t!("remind-nothing-written"))
        }
    }
}

/// `plan remind install` with no systemd for this user: the line to add.
pub fn cron(out: &mut impl Screen, line: &str) -> io::Result<()> {
    paragraph(out, &t!("remind-cron-add"))?;
    writeln!(out)?;
    writeln!(out, "{line}")?;
    writeln!(out)?;
    paragraph(out, &t!("remind-cron-display"))
}

/// `plan remind install`: written and enabled.
pub fn installed(out: &mut impl Screen, dir: &Path, files: &[UnitFile], at: NaiveTime) -> io::Result<()> {
    fit(out, &t!("remind-installed", time = at.format("%H:%M").to_string()))?;
    for file in files {
        fit(out, &format!("  {}", t!("remind-wrote", path = dir.join(&file.name).display().to_string())))?;
    }
    fit(out, &t!("remind-missed"))?;
    fit(out, &t!("remind-uninstall-hint"))
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
        fit(out, &t!("remind-nothing-to-remove"))?;
        return fit(out, &t!("remind-crontab-remove"));
    };
    fit(out, &t!("remind-off"))?;
    for path in &u.removed {
        fit(out, &format!("  {}", t!("remind-removed", path = path.display().to_string())))?;
    }
    for path in &u.changed {
        fit(out, &format!("  {}", t!("remind-left", path = path.display().to_string())))?;
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
