//! `plan archive`: the plans a later start replaced. [`archive`] computes
//! the list, which is also `archive --json`; [`render`] writes it as text.
//! [`show`] computes `plan archive show N`, everything one plan holds, and
//! [`render_show`] writes it.

use std::io;

use chrono::NaiveDate;
use serde::Serialize;

use super::help;
use super::steps::{self, Steps};
use super::words::{outcome, red_flag};
use crate::event::{Archived, Change, Dated, Folded};
use crate::i18n::{self, t};
use crate::safety::{Reason, Safety};
use crate::state::{Checkin, Outcome, Readiness, Ticked, Urges};
use crate::text::{self, Screen, fit, paint, visible, wrap, wrapped};

/// A line of `plan archive`.
#[derive(Debug, Serialize)]
pub struct ArchivedPlan {
    /// 1 for the oldest; `plan log --archived N` reads it.
    pub number: usize,
    pub id: String,
    pub playbook: String,
    pub title: String,
    pub started: NaiveDate,
    /// The day it ended (`plan end`), or else the day the plan that replaced it began.
    pub ended: NaiveDate,
    /// `reunited`, `moved-on` or `paused`; `null` if it was replaced without `plan end`.
    pub outcome: Option<Outcome>,
    /// The note `plan end` was given, or `null`.
    pub note: Option<String>,
    pub checkins: usize,
}

pub fn archive(archived: &[(Archived, Vec<Checkin>)]) -> Vec<ArchivedPlan> {
    archived.iter().enumerate().map(|(i, (plan, checkins))| line(i + 1, plan, checkins.len())).collect()
}

fn line(number: usize, plan: &Archived, checkins: usize) -> ArchivedPlan {
    ArchivedPlan {
        number,
        id: plan.plan.0.clone(),
        playbook: plan.playbook.clone(),
        title: plan.title.clone(),
        started: plan.started,
        ended: plan.ended,
        outcome: plan.outcome,
        note: plan.note.clone(),
        checkins,
    }
}

/// `plan archive show N`: everything an archived plan holds, as it stood on its last day.
#[derive(Debug, Serialize)]
pub struct Shown {
    #[serde(flatten)]
    pub plan: ArchivedPlan,
    /// Every why, oldest first; the last is the one that stood.
    pub whys: Vec<Dated>,
    /// The urges met with `plan urge`, and how they ended.
    pub urges: Urges,
    /// The messages written instead of sent, oldest first.
    pub drafts: Vec<Dated>,
    /// Every readiness check, oldest first.
    pub assessments: Vec<Check>,
    /// The steps of the playbook it followed last, as `steps --json` shows
    /// them on its last day, with `earlier`: the playbooks it followed
    /// before, with their steps done and tasks ticked.
    pub steps: Steps,
    /// The last playbook's ticked task numbers, by step id.
    pub ticked: Ticked,
    /// The check-ins' notes, oldest first.
    pub notes: Vec<Dated>,
}

/// A readiness check: its day, its result, and the reason never to make contact it named.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Check {
    pub date: NaiveDate,
    pub result: Readiness,
    pub reason: Option<Reason>,
}

/// Archived plan `number`, `plan`, whose `changes` fold to `folded`.
/// `standing` is a reason never to make contact that the current plan's
/// latest check names: its steps toward contact are set aside here too,
/// as they are wherever the plan is shown.
pub fn show(
    number: u32,
    plan: &Archived,
    changes: &[Change],
    folded: &Folded,
    standing: Option<Safety>,
) -> Shown {
    let mut state = folded.state.clone();
    state.safety = state.safety.or(standing);
    let (mut whys, mut drafts, mut assessments) = (Vec::new(), Vec::new(), Vec::new());
    for change in changes {
        match change {
            Change::Why { date, text } => whys.push(Dated { date: *date, text: text.clone() }),
            Change::Draft { date, text } => drafts.push(Dated { date: *date, text: text.clone() }),
            Change::Assess { date, answers, result, red_flag } => assessments.push(Check {
                date: *date,
                result: *result,
                // As the fold reads it: a check from before checks named the reason has its answers.
                reason: red_flag.or_else(|| crate::assess::red_flag_of(answers)),
            }),
            _ => {}
        }
    }
    let notes = folded
        .days
        .values()
        .flat_map(|day| day.notes.iter().map(|text| Dated { date: day.date, text: text.clone() }))
        .collect();
    Shown {
        plan: line(usize::try_from(number).unwrap_or(usize::MAX), plan, folded.days.len()),
        whys,
        urges: state.urges.clone(),
        drafts,
        assessments,
        steps: steps::steps(&state, plan.ended),
        ticked: state.ticked.clone(),
        notes,
    }
}

/// A readiness check's result, in words.
fn readiness(result: Readiness) -> String {
    match result {
        Readiness::Proceed => t!("archive-result-proceed"),
        Readiness::Wait => t!("archive-result-wait"),
        Readiness::MoveOn => t!("archive-result-move-on"),
    }
}

/// A person's words, between the language's quotation marks.
fn quoted(text: &str) -> String {
    t!("archive-quote", text = text)
}

/// A heading, with a blank line before it.
fn heading(out: &mut impl Screen, title: &str) -> io::Result<()> {
    writeln!(out)?;
    fit(out, &paint(title, text::bold()))
}

/// Everything archived plan N holds, a section each.
pub fn render_show(out: &mut impl Screen, s: &Shown) -> io::Result<()> {
    let plan = &s.plan;
    let title = visible(&plan.title);
    fit(
        out,
        &t!("archive-show-title", number = plan.number, title = title, playbook = plan.playbook.as_str()),
    )?;
    let (started, ended) = (plan.started.to_string(), plan.ended.to_string());
    let dates = match plan.outcome {
        Some(o) => t!("archive-show-dates-outcome", started = started, ended = ended, outcome = outcome(o)),
        None => t!("archive-show-dates", started = started, ended = ended),
    };
    fit(out, &dates)?;
    if let Some(note) = &plan.note {
        wrap(out, &quoted(note), "  ", "  ")?;
    }

    heading(out, &t!("archive-heading-why"))?;
    if s.whys.is_empty() {
        fit(out, &format!("  {}", t!("archive-none-written")))?;
    }
    for why in &s.whys {
        wrapped(out, &quoted(&why.text), &format!("  {}  ", why.date))?;
    }

    heading(out, &t!("archive-heading-urges"))?;
    let urges = &s.urges;
    if urges.total == 0 {
        fit(out, &format!("  {}", t!("archive-no-urges")))?;
    } else {
        let mut how = vec![t!("archive-urges-held", n = urges.resisted)];
        if urges.slipped > 0 {
            how.push(t!("archive-urges-slipped", n = urges.slipped));
        }
        if let Some(open) = urges.open {
            how.push(t!("archive-urges-open", date = open.to_string()));
        }
        let line = t!("archive-urges", total = urges.total, how = how.join(", "));
        fit(out, &format!("  {line}"))?;
    }

    heading(out, &t!("archive-heading-drafts"))?;
    if s.drafts.is_empty() {
        fit(out, &format!("  {}", t!("archive-none")))?;
    }
    for draft in &s.drafts {
        fit(out, &format!("  {}:", draft.date))?;
        for line in draft.text.lines() {
            wrapped(out, line, "    ")?;
        }
    }

    heading(out, &t!("archive-heading-checks"))?;
    if s.assessments.is_empty() {
        fit(out, &format!("  {}", t!("archive-no-checks")))?;
    }
    for check in &s.assessments {
        let (date, result) = (check.date.to_string(), readiness(check.result));
        let line = match check.reason {
            Some(reason) => {
                t!("archive-check-reason", date = date, result = result, reason = red_flag(reason))
            }
            None => t!("archive-check", date = date, result = result),
        };
        fit(out, &format!("  {line}"))?;
    }
    // The latest check's reason stood until the plan's end: its help, as the journal gives it.
    if let Some(reason) = s.assessments.last().and_then(|check| check.reason) {
        wrapped(out, &help::short_for_reason(reason), "  ")?;
    }

    heading(out, &t!("archive-heading-steps", title = visible(&s.steps.title)))?;
    for step in &s.steps.steps {
        let (mark, colour) = if step.done_on.is_some() { ("✓", text::green()) } else { (" ", text::dim()) };
        // A step toward contact, while a check's reason stands, is not named.
        let title = if step.set_aside && step.done_on.is_none() {
            t!("archive-step-set-aside")
        } else {
            t!("archive-step", title = visible(&step.title), id = step.id.to_string())
        };
        let line = match step.done_on {
            Some(date) => t!("archive-step-done", step = title, date = date.to_string()),
            None if step.tasks_done > 0 => {
                t!("archive-step-ticked", step = title, done = step.tasks_done, total = step.tasks_total)
            }
            None => title,
        };
        fit(out, &format!("  {} {:>2}. {line}", paint(mark, colour), step.number))?;
    }
    for earlier in &s.steps.earlier {
        steps::render_earlier(out, earlier, "  ")?;
    }

    heading(out, &t!("archive-heading-notes"))?;
    if s.notes.is_empty() {
        fit(out, &format!("  {}", t!("archive-none-written")))?;
    }
    for note in &s.notes {
        let mut lines = note.text.lines();
        wrapped(out, lines.next().unwrap_or_default(), &format!("  {}  ", note.date))?;
        for line in lines {
            wrapped(out, line, "              ")?;
        }
    }
    writeln!(out)?;
    fit(out, &t!("archive-show-checkins", checkins = plan.checkins, number = plan.number))
}

/// A line each, with the note `plan end` was given.
pub fn render(out: &mut impl Screen, list: &[ArchivedPlan]) -> io::Result<()> {
    if list.is_empty() {
        return fit(out, &t!("archive-empty"));
    }
    for plan in list {
        let mut args = i18n::Args::new();
        args.set("title", visible(&plan.title));
        args.set("playbook", plan.playbook.as_str());
        args.set("started", plan.started.to_string());
        args.set("ended", plan.ended.to_string());
        args.set("checkins", plan.checkins);
        let line = match plan.outcome {
            Some(o) => {
                args.set("outcome", outcome(o));
                i18n::message("archive-line-outcome", Some(&args))
            }
            None => i18n::message("archive-line", Some(&args)),
        };
        fit(out, &format!("{:>2}. {line}", plan.number))?;
        if let Some(note) = &plan.note {
            wrap(out, &quoted(note), "    ", "    ")?;
        }
    }
    writeln!(out)?;
    fit(out, &t!("archive-hint"))
}
