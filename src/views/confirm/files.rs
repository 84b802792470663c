//! What writing a file says, and what this device's own settings say: an
//! export, the report, the encrypted plan and its key, a device's name, a
//! plan restored from its backup.

use std::io;
use std::path::Path;

use crate::store::{Encrypted, Imported, Restored};
use crate::text::{Screen, fit, paragraph, plural, shell_quote, visible};
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
    let shown = path.display().to_string();
    let checkins = plural(checkins as u64, "check-in");
    let private = "Only you can read the file. Keep it somewhere private: it holds your notes.";
    let (said, care) = match format {
        Format::Json => (
            format!(
                "Everything in your plan is in {shown}: {checkins}, and all the rest.\n\
                 `plan import {}` brings it back, here or on another machine.",
                shell_quote(path)
            ),
            private,
        ),
        Format::Csv => (format!("Your {checkins} are in {shown}, a row each."), private),
        Format::Markdown => (format!("Your journal is in {shown}: {checkins}, a section each."), private),
        Format::Ics => (
            format!(
                "{} in {shown}: the milestones reached and ahead, and the days steps open. Import it into your \
                 calendar; importing a later export moves them rather than adding more.",
                plural(events as u64, "event")
            ),
            "Only you can read the file; a calendar you share shows its events to others.",
        ),
    };
    paragraph(out, &said)?;
    paragraph(out, care)
}

/// `plan report --output FILE`.
pub fn report_written(out: &mut impl Screen, path: &Path) -> io::Result<()> {
    let shown = visible(&path.display().to_string()).into_owned();
    fit(out, &format!("Your report is in {shown}. Open it in a browser, or print it."))?;
    fit(out, "It holds your notes, so it is readable by you alone; keep it somewhere private.")
}

/// `plan encrypt`: the files written again, where the key is, and how the
/// other devices get it.
pub fn encrypted(out: &mut impl Screen, encrypted: &Encrypted) -> io::Result<()> {
    if encrypted.again {
        return writeln!(
            out,
            "The plan was encrypted already; {} still in plain text, or encrypted with another key, are encrypted with its key now.",
            plural(encrypted.files as u64, "file")
        );
    }
    writeln!(
        out,
        "The plan is encrypted: {} written again as age files.",
        plural(encrypted.files as u64, "file")
    )?;
    if let Some((count, dir)) = &encrypted.moved {
        let which = if *count == 1 { "Your own playbook" } else { "Your own playbooks" };
        fit(
            out,
            &format!(
                "{which} moved out of the synced folder, to {}: plan still finds {} there, on this device only.",
                visible(&dir.display().to_string()),
                if *count == 1 { "it" } else { "them" }
            ),
        )?;
    }
    if encrypted.new_key {
        writeln!(
            out,
            "Its key is in {}, on this device only.",
            visible(&encrypted.key.display().to_string())
        )?;
    }
    writeln!(out, "Each of your other devices needs the key before it can open the plan:")?;
    writeln!(
        out,
        "  here:  plan key export > plan-key.txt   (carry the file privately, never by the synced folder)"
    )?;
    writeln!(out, "  there: plan key import plan-key.txt     (then delete plan-key.txt)")
}

/// `plan key import FILE`: where the key is kept now, and whether it was
/// checked against the plan.
pub fn key_imported(out: &mut impl Screen, imported: &Imported, file: &Path) -> io::Result<()> {
    let kept = visible(&imported.kept.display().to_string()).into_owned();
    if imported.checked {
        writeln!(out, "This device can open the plan now; its key is kept in {kept}.")?;
    } else {
        writeln!(
            out,
            "The key is kept in {kept}. No encrypted plan is here yet to check it against: once the plan folder arrives, every command says if the key does not open it."
        )?;
    }
    if imported.files > 0 {
        writeln!(
            out,
            "Encrypted with the plan's key now: {} that were in plain text, or encrypted with another key.",
            plural(imported.files as u64, "file")
        )?;
    }
    writeln!(out, "Delete {} once you are sure.", visible(&file.display().to_string()))
}

/// `plan device name NAME`.
pub fn device_named(out: &mut impl Screen, name: &str) -> io::Result<()> {
    writeln!(out, "This device is now called “{}”.", visible(name))
}

/// `plan doctor --restore`: what was kept aside, what was put back, and
/// the check-ins the plan has now.
pub fn restored(out: &mut impl Screen, restored: &Restored) -> io::Result<()> {
    for aside in &restored.aside {
        writeln!(out, "Kept the damaged file aside as {}.", visible(&aside.display().to_string()))?;
    }
    for log in &restored.logs {
        writeln!(out, "Put {} back from its backup; its last change may need doing again.", visible(log))?;
    }
    write!(out, "Restored the plan with all {}", plural(restored.checkins as u64, "check-in"))?;
    if restored.after_backup > 0 {
        write!(out, " ({} of them recorded after the backup was taken)", restored.after_backup)?;
    }
    writeln!(out, ".")?;
    writeln!(out, "`plan status` shows where you stand.")
}
