//! `plan playbooks` and `plan playbook show`: the paths to choose from.
//! [`PlaybookListing`] is a line of the list, and of `playbooks --json`
//! (`playbook show --json` is the playbook itself); [`render`] writes the
//! list, [`playbook`] one playbook in full, and [`checked`] what `plan
//! playbook check` found.

use std::io;
use std::path::Path;

use serde::Serialize;

use super::next::caution;
use crate::i18n::t;
use crate::playbook::{Origin, Playbook, Step};
use crate::safety;
use crate::text::{Screen, columns, fit, visible, wrap};

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
    /// The languages it is written in, as tags (`en`, `es`, `de`).
    pub languages: Vec<String>,
}

impl PlaybookListing {
    /// A line for `playbook`, written in `languages`.
    pub fn new(playbook: &Playbook, source: Origin, languages: Vec<String>) -> PlaybookListing {
        PlaybookListing {
            id: playbook.id.clone(),
            title: playbook.title.clone(),
            purpose: playbook.purpose.clone(),
            steps: playbook.steps.len(),
            source,
            languages,
        }
    }
}

/// The list, a playbook a line, with what each is for. `language` is the
/// playbook language of the run: the languages of a playbook are said
/// unless it is written in that one alone.
pub fn render(out: &mut impl Screen, list: &[PlaybookListing], language: &str) -> io::Result<()> {
    // The step counts' column is as wide as the widest, in any language.
    let counts: Vec<String> = list.iter().map(|item| t!("count-steps", n = item.steps)).collect();
    let width = counts.iter().map(|count| columns(count)).max().unwrap_or(0).max(8);
    // Under the title where there is room for it, else under the id.
    let under_title = 20 + 1 + width + 2;
    let indent = " ".repeat(if out.width() >= under_title + 39 { under_title } else { 4 });
    for (item, steps) in list.iter().zip(&counts) {
        let pad = " ".repeat(width - columns(steps));
        fit(out, &format!("{:<20} {pad}{steps}  {}", item.id, visible(&item.title)))?;
        if let Some(purpose) = &item.purpose {
            wrap(out, purpose, &indent, &indent)?;
        }
        if item.languages.len() > 1 || item.languages.iter().any(|tag| tag != language) {
            let names: Vec<String> = item.languages.iter().map(|tag| language_name(tag)).collect();
            wrap(out, &t!("playbooks-languages", languages = names.join(", ")), &indent, &indent)?;
        }
        if let Origin::File(path) = &item.source {
            fit(out, &format!("{:<20} {}", "", t!("playbooks-from", path = visible(path))))?;
        }
    }
    writeln!(out)?;
    fit(out, &t!("playbooks-footer"))
}

/// The name of the language a tag names, in the language of the run: the
/// tag itself for one `plan` has no name for.
pub fn language_name(tag: &str) -> String {
    t!("playbooks-language", tag = tag)
}

/// A bundled playbook shown in English for want of a translation: one line.
pub fn untranslated(out: &mut impl Screen) -> io::Result<()> {
    fit(out, &t!("playbooks-untranslated"))
}

/// One playbook in full: every step, its gates, tasks, tips and examples.
pub fn playbook(out: &mut impl Screen, playbook: &Playbook) -> io::Result<()> {
    fit(out, &format!("{} ({})", visible(&playbook.title), playbook.id))?;
    if let Some(source) = &playbook.source {
        fit(out, &t!("playbooks-based-on", source = visible(&source.title)))?;
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
    let path = visible(&path.display().to_string()).into_owned();
    fit(out, &t!("playbooks-checked", path = path, id = playbook.id.as_str(), steps = playbook.steps.len()))
}

/// A phase as `plan playbook show` names it.
fn step_full(out: &mut impl Screen, number: usize, step: &Step) -> io::Result<()> {
    fit(out, &format!("{number}. {}  ({})", visible(&step.title), step.phase.name()))?;
    let mut gates = Vec::new();
    if let Some(days) = step.min_no_contact_days {
        gates.push(t!("playbooks-gate-days", days = days));
    }
    match step.after.as_deref() {
        Some([]) => fit(out, &format!("   {}", t!("playbooks-open")))?,
        Some(after) => gates.push(t!("playbooks-gate-after", steps = after.join(", "))),
        None => {}
    }
    if !gates.is_empty() {
        fit(out, &format!("   {}", t!("playbooks-gate", gates = gates.join("; "))))?;
    }
    wrap(out, &step.summary, "   ", "   ")?;
    for (i, task) in step.tasks.iter().enumerate() {
        wrap(out, task, &format!("   [ ] {}. ", i + 1), "          ")?;
    }
    let lists = [
        (t!("playbooks-tips"), &step.tips, false),
        (t!("playbooks-avoid"), &step.avoid, false),
        (t!("playbooks-examples"), &step.examples, true),
    ];
    for (heading, items, quoted) in lists {
        if !items.is_empty() {
            fit(out, &format!("   {heading}"))?;
        }
        for item in items {
            let item = if quoted { t!("playbooks-example", text = item.as_str()) } else { item.clone() };
            wrap(out, &item, "     - ", "       ")?;
        }
    }
    if safety::involves_contact(step.phase) {
        wrap(out, &caution(), "   ", "   ")?;
    }
    Ok(())
}
