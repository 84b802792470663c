//! `plan playbooks` and `plan playbook show`: the paths to choose from.
//! [`PlaybookListing`] is a line of the list, and of `playbooks --json`
//! (`playbook show --json` is the playbook itself); [`render`] writes the
//! list, [`playbook`] one playbook in full, and [`checked`] what `plan
//! playbook check` found.

use std::io;
use std::path::Path;

use serde::Serialize;

use super::next::CAUTION;
use crate::playbook::{Origin, Playbook, Step};
use crate::safety;
use crate::text::{Screen, fit, plural, visible, wrap};

/// A line of `plan playbooks`.
#[derive(Debug, Serialize)]
pub struct PlaybookListing {
    pub id: String,
    pub title: String,
    /// What the path is for, in one line, if the playbook says.
    pub purpose: Option<String>,
    pub steps: usize,
    /// `bundled`, or the path of the user's file.
    pub source: Origin,
}

impl PlaybookListing {
    pub fn new(playbook: &Playbook, source: Origin) -> PlaybookListing {
        PlaybookListing {
            id: playbook.id.clone(),
            title: playbook.title.clone(),
            purpose: playbook.purpose.clone(),
            steps: playbook.steps.len(),
            source,
        }
    }
}

/// The list, a playbook a line, with what each is for.
pub fn render(out: &mut impl Screen, list: &[PlaybookListing]) -> io::Result<()> {
    for item in list {
        let steps = plural(item.steps as u64, "step");
        fit(out, &format!("{:<20} {steps:>8}  {}", item.id, visible(&item.title)))?;
        if let Some(purpose) = &item.purpose {
            // Under the title where there is room for it, else under the id.
            let indent = " ".repeat(if out.width() >= 70 { 31 } else { 4 });
            wrap(out, purpose, &indent, &indent)?;
        }
        if let Origin::File(path) = &item.source {
            fit(out, &format!("{:<20} from {}", "", visible(path)))?;
        }
    }
    writeln!(out)?;
    fit(out, "`plan playbook show ID` reads one; `plan start --playbook ID` begins it.")
}

/// One playbook in full: every step, its gates, tasks, tips and examples.
pub fn playbook(out: &mut impl Screen, playbook: &Playbook) -> io::Result<()> {
    fit(out, &format!("{} ({})", visible(&playbook.title), playbook.id))?;
    if let Some(source) = &playbook.source {
        fit(out, &format!("Based on: {}", visible(&source.title)))?;
        if let Some(description) = &source.description {
            wrap(out, description, "  ", "  ")?;
        }
    }
    if let Some(purpose) = &playbook.purpose {
        writeln!(out)?;
        wrap(out, purpose, "", "")?;
    }
    if let Some(summary) = &playbook.summary {
        writeln!(out)?;
        wrap(out, summary, "", "")?;
    }
    for (i, step) in playbook.steps.iter().enumerate() {
        writeln!(out)?;
        step_full(out, i + 1, step)?;
    }
    Ok(())
}

/// `plan playbook check FILE`: the file is a playbook that can be used.
pub fn checked(out: &mut impl Screen, path: &Path, playbook: &Playbook) -> io::Result<()> {
    let steps = plural(playbook.steps.len() as u64, "step");
    fit(
        out,
        &format!("{}: ok, playbook `{}` with {steps}", visible(&path.display().to_string()), playbook.id),
    )
}

fn step_full(out: &mut impl Screen, number: usize, step: &Step) -> io::Result<()> {
    fit(out, &format!("{number}. {}  ({})", visible(&step.title), step.phase))?;
    let mut gates = Vec::new();
    if let Some(days) = step.min_no_contact_days {
        gates.push(format!("{} of no contact", plural(days, "day")));
    }
    match step.after.as_deref() {
        Some([]) => fit(out, "   Open from the start, alongside the steps before it")?,
        Some(after) => gates.push(format!("after {}", after.join(", "))),
        None => {}
    }
    if !gates.is_empty() {
        fit(out, &format!("   Gate: {}", gates.join("; ")))?;
    }
    wrap(out, &step.summary, "   ", "   ")?;
    for (i, task) in step.tasks.iter().enumerate() {
        wrap(out, task, &format!("   [ ] {}. ", i + 1), "          ")?;
    }
    for (heading, items) in [("Tips:", &step.tips), ("Avoid:", &step.avoid), ("Examples:", &step.examples)] {
        if !items.is_empty() {
            fit(out, &format!("   {heading}"))?;
        }
        for item in items {
            let item = if heading == "Examples:" { format!("“{item}”") } else { item.clone() };
            wrap(out, &item, "     - ", "       ")?;
        }
    }
    if safety::involves_contact(step.phase) {
        wrap(out, CAUTION, "   ", "   ")?;
    }
    Ok(())
}
