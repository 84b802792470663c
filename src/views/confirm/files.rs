//! What writing a file says, and what this device's own settings say: an
//! export, the report, the encrypted plan and its key, a device's name, a
//! plan restored from its backup.

use std::io;
use std::path::Path;

use crate::i18n::t;
use crate::store::{Encrypted, Imported, Restored};
use crate::text::{Screen, columns, fit, paragraph, shell_quote, visible};
use crate::views::export::Format;

/// `plan export --output FILE`: what is in the file, and how to keep it.
/// `events` is how many calendar events an iCalendar file holds.
pub fn exported(
    out: &mut impl Screen,
    format: Format,
    path: &Path,
    checkins: usize,
    events: usize,
) -> io::Result<()> {
    let file = path.display().to_string();
    let count = t!("count-checkins", n = checkins);
    let (said, care) = match format {
        Format::Json => (
            format!(
                "{}\n{}",
                t!("confirm-export-json", file = file.as_str(), checkins = count),
                t!("confirm-export-json-import", path = shell_quote(path))
            ),
            t!("confirm-export-private"),
        ),
        Format::Csv => (t!("confirm-export-csv", file = file, n = checkins), t!("confirm-export-private")),
        Format::Markdown => {
            (t!("confirm-export-markdown", file = file, checkins = count), t!("confirm-export-private"))
        }
        Format::Ics => (
            t!("confirm-export-ics", file = file, events = t!("count-events", n = events)),
            t!("confirm-export-ics-private"),
        ),
    };
    paragraph(out, &said)?;
    paragraph(out, &care)
}

/// `plan report --output FILE`.
pub fn report_written(out: &mut impl Screen, path: &Path) -> io::Result<()> {
    let shown = visible(&path.display().to_string()).into_owned();
    fit(out, &t!("confirm-report-written", file = shown))?;
    fit(out, &t!("confirm-report-private"))
}

/// `plan encrypt`: the files written again, where the key is, and how the
/// other devices get it.
pub fn encrypted(out: &mut impl Screen, encrypted: &Encrypted) -> io::Result<()> {
    if encrypted.again {
        return writeln!(out, "{}", t!("confirm-encrypted-again", n = encrypted.files));
    }
    writeln!(out, "{}", t!("confirm-encrypted", n = encrypted.files))?;
    if let Some((count, dir)) = &encrypted.moved {
        let dir = visible(&dir.display().to_string()).into_owned();
        fit(out, &t!("confirm-playbooks-moved", n = *count, dir = dir))?;
    }
    if encrypted.new_key {
        let key = visible(&encrypted.key.display().to_string()).into_owned();
        writeln!(out, "{}", t!("confirm-key-where", file = key))?;
    }
    writeln!(out, "{}", t!("confirm-key-others"))?;
    // Two commands, lined up under each other whatever the labels' length.
    let rows = [
        (t!("confirm-key-here"), "plan key export > plan-key.txt", t!("confirm-key-here-note")),
        (t!("confirm-key-there"), "plan key import plan-key.txt", t!("confirm-key-there-note")),
    ];
    let label = rows.iter().map(|(label, ..)| columns(label)).max().unwrap_or(0);
    for (name, command, note) in &rows {
        let pad = " ".repeat(label - columns(name) + 1);
        writeln!(out, "  {name}{pad}{command:<32} {note}")?;
    }
    Ok(())
}

/// `plan key import FILE`: where the key is kept now, and whether it was
/// checked against the plan.
pub fn key_imported(out: &mut impl Screen, imported: &Imported, file: &Path) -> io::Result<()> {
    let kept = visible(&imported.kept.display().to_string()).into_owned();
    if imported.checked {
        writeln!(out, "{}", t!("confirm-key-checked", file = kept))?;
    } else {
        writeln!(out, "{}", t!("confirm-key-unchecked", file = kept))?;
    }
    if imported.files > 0 {
        writeln!(out, "{}", t!("confirm-key-files", n = imported.files))?;
    }
    let file = visible(&file.display().to_string()).into_owned();
    writeln!(out, "{}", t!("confirm-key-delete", file = file))
}

/// `plan device name NAME`.
pub fn device_named(out: &mut impl Screen, name: &str) -> io::Result<()> {
    writeln!(out, "{}", t!("confirm-device-named", name = visible(name)))
}

/// `plan doctor --restore`: what was kept aside, what was put back, and
/// the check-ins the plan has now.
pub fn restored(out: &mut impl Screen, restored: &Restored) -> io::Result<()> {
    for aside in &restored.aside {
        let aside = visible(&aside.display().to_string()).into_owned();
        writeln!(out, "{}", t!("confirm-restored-aside", file = aside))?;
    }
    for log in &restored.logs {
        writeln!(out, "{}", t!("confirm-restored-log", file = visible(log)))?;
    }
    let checkins = t!("count-checkins", n = restored.checkins);
    if restored.after_backup > 0 {
        writeln!(
            out,
            "{}",
            t!("confirm-restored-after", checkins = checkins, after = restored.after_backup)
        )?;
    } else {
        writeln!(out, "{}", t!("confirm-restored", checkins = checkins))?;
    }
    writeln!(out, "{}", t!("confirm-restored-status"))
}
