//! The text of each view, into any screen, written with the toolkit of
//! [`crate::text`]. Pure: no terminal, no clock.

use std::fmt::Write as _;
use std::io;
use std::path::Path;

use chrono::{Days, NaiveDate};

use crate::assess::Question;
use crate::event::Dated;
use crate::help;
use crate::playbook::{Origin, Playbook, Step};
use crate::safety::{Reason, Safety};
use crate::schedule::Counter;
use crate::schedule::StepState;
use crate::state::{Assessed, Checkin, Contact, Day, Outcome, Readiness, Recorded};
use crate::store::{FileState, Finding, Notice, StateProblem};
use crate::text::{
    self, Screen, columns, fit, full_date, green, of, paint, paragraph, plural, question, shell_quote,
    shown_path, visible, weekday_short, wrap, wrapped,
};
use crate::view::{self, ArchivedPlan, DeviceList, Next, PlaybookListing, Status, Steps, Trend};

/// The widest the bar toward a gate is drawn.
const BAR_WIDTH: usize = 40;

pub fn status(out: &mut impl Screen, s: &Status) -> io::Result<()> {
    let c = &s.no_contact;
    fit(out, &format!("{} · {}", visible(&s.playbook.title), full_date(s.today)))?;
    writeln!(out)?;
    if s.ended.is_none() {
        // What the person told the plan comes before any count or step.
        if let Some(safety) = s.safety {
            safety_lead(out, safety, !s.toward_contact)?;
            writeln!(out)?;
        }
        if s.hard_days {
            paragraph(out, help::HARD_DAYS)?;
            writeln!(out)?;
        }
    }
    fit(
        out,
        &format!("  No contact: {}  (since {})", paint(plural(c.days, "day"), green().bold()), c.since),
    )?;
    // With no slip, the run shown above is the longest: no need to say it twice.
    if c.resets > 0 {
        fit(
            out,
            &format!("  Longest run {}; began again {}", plural(c.longest, "day"), plural(c.resets, "time")),
        )?;
    }
    if let Some(gate) = s.next_gate.as_ref().filter(|_| s.ended.is_none()) {
        let width = out.width().saturating_sub(40).clamp(10, BAR_WIDTH);
        fit(
            out,
            &format!(
                "  {}  {}/{}, gate opens {}",
                bar(c.days, gate.days, width),
                c.days,
                plural(gate.days, "day"),
                gate.opens
            ),
        )?;
    }
    if s.ended.is_none() {
        if s.milestones.reached.last() == Some(&c.days) {
            let cheer = if s.hard_days { "You kept it through hard days." } else { "Well done." };
            fit(out, &format!("  ★ {} of no contact today: a milestone. {cheer}", plural(c.days, "day")))?;
        }
        if let Some(next) = s.milestones.next {
            fit(out, &format!("  Next milestone: {}, on {}", plural(next.days, "day"), next.date))?;
        }
    }
    writeln!(out)?;
    if let Some(ended) = s.ended {
        fit(out, &format!("  This plan ended on {}: {}.", ended.date, outcome(ended.outcome)))?;
        fit(
            out,
            &format!(
                "  {} done. Everything is kept: `plan log` shows it.",
                of(s.steps_done, s.steps_total, "step")
            ),
        )?;
        writeln!(out)?;
        return fit(out, "`plan start` begins a new plan when you want one; this one is archived, whole.");
    }
    status_steps(out, s)?;
    writeln!(out)?;
    if s.checked_in_today {
        fit(out, "  Today: checked in.")?;
    } else {
        fit(out, "  Today: no check-in yet. `plan checkin --mood N --urge N` records it.")?;
    }
    if !s.recent.is_empty() {
        // Two spaces between days when there is room, one when not.
        let gap = if out.width() >= 70 { "  " } else { " " };
        fit(out, &format!("  Mood, last 7 days: {}", week(&s.recent, s.today, |day| day.mood, gap)))?;
        if s.recent.iter().any(|day| day.urge.is_some()) {
            fit(out, &format!("  Urge, last 7 days: {}", week(&s.recent, s.today, |day| day.urge, gap)))?;
        }
        // On the hardest days the line above speaks; a trend of "about the
        // same" at the bottom would not.
        if let Some(line) = trend_line(&s.trend).filter(|_| !s.hard_days) {
            fit(out, &format!("  {line}"))?;
        }
    }
    if let Some(open) = s.urges.open {
        fit(out, &format!("  An urge from {open} is open: `plan urge --resolve held`, or `slipped`."))?;
    }
    if let Some(latest) = s.ahead_of_today {
        writeln!(out)?;
        fit(out, &format!("  Note: you have a check-in dated {latest}, after today. Is the clock right?"))?;
        fit(out, "  Nothing has been changed or lost.")?;
    }
    writeln!(out)?;
    if s.step.as_ref().is_some_and(|step| step.set_aside) {
        return fit(out, "`plan urge` is there for the moments you want to reach out.");
    }
    fit(out, "`plan next` shows what to do now.")
}

/// The calm lines that lead `status` while a reason never to make contact
/// stands: what the check found, where help is, and the way to let go.
fn safety_lead(out: &mut impl Screen, safety: Safety, letting_go: bool) -> io::Result<()> {
    let found = match safety.reason {
        Reason::Abuse | Reason::Afraid => "Your safety comes first, and no step here leads back to contact.",
        Reason::TheyAsked => "That answer stands, and no step here leads back to contact.",
        Reason::OwnBehaviour => "The way forward is no contact, and help to change.",
    };
    paragraph(out, &format!("Your readiness check on {} {}. {found}", safety.date, red_flag(safety.reason)))?;
    paragraph(out, help::short_for_reason(safety.reason))?;
    if !letting_go {
        paragraph(out, "`plan switch move-on` follows a path for letting go, and keeps everything.")?;
    }
    Ok(())
}

/// What a readiness check named, after "your readiness check on DATE".
pub fn red_flag(reason: Reason) -> &'static str {
    match reason {
        Reason::Abuse => "named abuse or control",
        Reason::Afraid => "said you are afraid of them",
        Reason::TheyAsked => "said they asked for no contact, blocked you, or said it is over",
        Reason::OwnBehaviour => "named your own behaviour as abusive or controlling",
    }
}

/// The current steps, or that all are done.
fn status_steps(out: &mut impl Screen, s: &Status) -> io::Result<()> {
    match s.current_steps.as_slice() {
        [step] if step.set_aside => {
            fit(
                out,
                &format!(
                    "  Step {} of {} leads toward contact: set aside while your check stands.",
                    step.number, step.total
                ),
            )?;
            fit(out, &format!("  {} done", of(s.steps_done, s.steps_total, "step")))?;
        }
        [step] => {
            fit(
                out,
                &format!(
                    "  Step {} of {}: {}  ({})",
                    step.number,
                    step.total,
                    visible(&step.title),
                    step.phase
                ),
            )?;
            let tasks = if step.tasks_total == 0 {
                String::new()
            } else {
                format!(", {} ticked", of(step.tasks_done, step.tasks_total, "task"))
            };
            fit(out, &format!("  {} done{tasks}", of(s.steps_done, s.steps_total, "step")))?;
            if let Some(until) = step.locked_until {
                fit(out, &format!("  This step can be completed from {until}."))?;
            }
        }
        [_, ..] => {
            fit(out, &format!("  {} done. Current, side by side:", of(s.steps_done, s.steps_total, "step")))?;
            for step in &s.current_steps {
                if step.set_aside {
                    fit(out, &format!("    {}. (set aside: it leads toward contact)", step.number))?;
                    continue;
                }
                let tasks = if step.tasks_total == 0 {
                    String::new()
                } else {
                    format!(", {}", of(step.tasks_done, step.tasks_total, "task"))
                };
                fit(out, &format!("    {}. {}  ({}{tasks})", step.number, visible(&step.title), step.phase))?;
                if let Some(until) = step.locked_until {
                    fit(out, &format!("       can be marked done from {until}"))?;
                }
            }
        }
        [] => {
            fit(
                out,
                &format!("  All {} done. Well done for getting here.", plural(s.steps_total as u64, "step")),
            )?;
        }
    }
    Ok(())
}

pub fn checked_in(out: &mut impl Screen, v: &view::CheckedIn) -> io::Result<()> {
    checked_in_counter(out, v)?;
    if v.hard_days {
        paragraph(out, help::HARD_DAYS)?;
    }
    Ok(())
}

/// What a check-in did, and what it did to the counter.
fn checked_in_counter(out: &mut impl Screen, v: &view::CheckedIn) -> io::Result<()> {
    let (date, entry, before, after) = (v.date, &v.entry, &v.before, &v.after);
    let what: Vec<String> = [
        entry.mood.map(|m| format!("mood {m}")),
        entry.urge.map(|u| format!("urge {u}")),
        Some(contact(entry.contact).to_owned()),
        entry.note.as_ref().map(|_| "a note".to_owned()),
    ]
    .into_iter()
    .flatten()
    .collect();
    match v.recorded {
        Recorded::New => fit(out, &format!("Checked in for {date}: {}.", what.join(", ")))?,
        Recorded::Amended => {
            fit(out, &format!("Amended the check-in for {date}: {}.", what.join(", ")))?;
        }
        Recorded::Unchanged => {
            fit(out, &format!("The check-in for {date} already says that; nothing changed."))?;
        }
    }
    if after.resets > before.resets || after.since != before.since {
        if after.since > before.since {
            fit(
                out,
                &format!(
                    "The no-contact counter starts again from {}: day {} today.",
                    after.since, after.days
                ),
            )?;
            fit(
                out,
                &format!(
                    "Your longest run, {}, stays on record. One slip does not end the plan.",
                    plural(after.longest, "day")
                ),
            )
        } else {
            fit(out, &format!("No contact: day {} (since {}).", after.days, after.since))
        }
    } else if v
        .kind
        .is_some_and(|kind| !kind.breaks_no_contact() && !matches!(kind, Contact::None | Contact::Allowed))
    {
        fit(out, &format!("That does not break no contact: day {}.", after.days))
    } else if v.recorded == Recorded::New {
        fit(out, &format!("No contact: day {}.", after.days))
    } else {
        Ok(())
    }
}

pub fn step_done(out: &mut impl Screen, v: &view::StepDone) -> io::Result<()> {
    fit(out, &format!("Done: step {} of {}, “{}”.", v.number, v.total, visible(&v.title)))?;
    if !v.unticked.is_empty() {
        fit(out, "Left unticked, if you want to come back to them:")?;
        for (n, task) in &v.unticked {
            wrapped(out, task, &format!("  {n}. "))?;
        }
    }
    match v.current.as_slice() {
        [] => fit(out, "That was the last step of the playbook."),
        [next] => fit(
            out,
            &format!("Next: step {}, “{}”. `plan next` shows it in full.", next.number, visible(&next.title)),
        ),
        several => {
            fit(out, "Now current, side by side:")?;
            for step in several {
                fit(out, &format!("  {}. {} ({})", step.number, visible(&step.title), step.id))?;
            }
            fit(out, "`plan next STEP` shows one in full.")
        }
    }
}

pub fn started(out: &mut impl Screen, v: &view::Started) -> io::Result<()> {
    if v.archived {
        fit(out, "The old plan is archived, whole: `plan archive` lists it.")?;
    }
    fit(out, &format!("Started “{}” ({}), {}.", visible(&v.title), v.id, plural(v.steps as u64, "step")))?;
    let days = v.status.no_contact.days;
    if days > 0 {
        fit(out, &format!("No contact counted from {}: {} so far.", v.since, plural(days, "day")))?;
    } else {
        fit(out, &format!("No contact counted from {}.", v.since))?;
    }
    if let Some(why) = &v.why {
        fit(out, "Your why comes with you from the plan before:")?;
        wrapped(out, &format!("“{}”", why.text), "  ")?;
    }
    fit(out, &format!("Your plan is kept, privately, in {}.", visible(&v.home)))?;
    writeln!(out)?;
    if v.status.toward_contact {
        paragraph(
            out,
            "One thing first: if the relationship was abusive or controlling, or left you afraid, \
             this plan is not a way back to it. Use the no-contact and self-focus steps for yourself, \
             and lean on people you trust.",
        )?;
        writeln!(out)?;
        paragraph(out, help::DANGER)?;
    } else {
        paragraph(out, help::IF_AFRAID)?;
    }
    writeln!(out)?;
    status(out, &v.status)
}

/// The paths `plan start` offers at a terminal, each with what it is for.
pub fn path_choice(out: &mut impl Screen, paths: &[(&str, Playbook)], default: usize) -> io::Result<()> {
    fit(out, "Which way do you want to go? Each path can be changed later with `plan switch`.")?;
    writeln!(out)?;
    for (i, (name, playbook)) in paths.iter().enumerate() {
        let chosen = if i == default { " (Enter)" } else { "" };
        fit(out, &format!("  {}. {name}{chosen}  [{}]", i + 1, playbook.id))?;
        if let Some(purpose) = &playbook.purpose {
            wrap(out, purpose, "     ", "     ")?;
        }
    }
    writeln!(out)
}

/// The question after the paths.
pub fn path_question(default: usize) -> String {
    format!("Choose 1, 2 or 3 [{}]: ", default + 1)
}

/// An answer that names no path.
pub fn path_again(out: &mut impl Screen, answer: &str) -> io::Result<()> {
    fit(out, &format!("  `{}` is not one of them; type 1, 2 or 3, or press Enter.", visible(answer)))
}

/// What `plan` alone says before there is a plan.
pub fn welcome(out: &mut impl Screen) -> io::Result<()> {
    fit(out, "plan: a private planner for getting through a breakup.")?;
    writeln!(out)?;
    paragraph(
        out,
        "It keeps a no-contact day counter that a slip starts again but never erases, a daily \
         check-in of your mood and your urge to reach out, and a playbook of steps to follow, \
         whether that leads back to them or on without them. Everything stays on this machine.",
    )?;
    writeln!(out)?;
    fit(out, "To begin:")?;
    fit(out, "  plan start               choose a path: try again, let go, or not sure yet")?;
    fit(out, "  plan start --since DATE  counting no contact from your last contact")?;
    fit(out, "  plan playbooks           the paths to choose from, and what each is for")?;
    writeln!(out)?;
    fit(out, "`plan help` lists every command.")
}

pub fn status_short(out: &mut impl Screen, s: &Status) -> io::Result<()> {
    if let Some(ended) = s.ended {
        return fit(out, &format!("plan ended {} · {}", ended.date, outcome(ended.outcome)));
    }
    let step = match &s.step {
        Some(step) => format!("step {}/{}", step.number, step.total),
        None => "all steps done".to_owned(),
    };
    let today = if s.checked_in_today { "checked in" } else { "check-in due" };
    fit(out, &format!("nc {}d · {step} · {today}", s.no_contact.days))
}

/// `days` of `goal` as a bar of blocks.
fn bar(days: u32, goal: u32, width: usize) -> String {
    let goal = goal.max(1) as usize;
    let filled = (days as usize).min(goal) * width / goal;
    format!("[{}{}]", "█".repeat(filled), "░".repeat(width - filled))
}

/// A value of each of the last seven days, oldest first; `·` for none.
fn week(recent: &[Day], today: NaiveDate, value: fn(&Day) -> Option<u8>, gap: &str) -> String {
    (0..7u64)
        .rev()
        .map(|back| {
            let date = today.checked_sub_days(Days::new(back)).unwrap_or(today);
            let value = recent.iter().find(|day| day.date == date).and_then(value);
            let weekday = weekday_short(date);
            match value {
                Some(value) => format!("{weekday} {value}"),
                None => format!("{weekday} ·"),
            }
        })
        .collect::<Vec<_>>()
        .join(gap)
}

/// This week against the last, where both have values: a higher mood and a
/// lower urge are better.
fn trend_line(t: &Trend) -> Option<String> {
    let compare = |name: &str, now: Option<f64>, before: Option<f64>, higher_is_better: bool| {
        let (now, before) = (now?, before?);
        let word = if (now - before).abs() < 0.5 {
            "about the same"
        } else if (now > before) == higher_is_better {
            "better"
        } else {
            "harder"
        };
        Some(format!("{name} {now:.1} against {before:.1}, {word}"))
    };
    let parts: Vec<String> =
        [compare("mood", t.mood_7d, t.mood_prev_7d, true), compare("urge", t.urge_7d, t.urge_prev_7d, false)]
            .into_iter()
            .flatten()
            .collect();
    (!parts.is_empty()).then(|| format!("This week: {}.", parts.join("; ")))
}

/// A kind of contact, as a check-in's confirmation and `log` name it.
pub fn contact(kind: Contact) -> &'static str {
    match kind {
        Contact::None => "no contact",
        Contact::Allowed => "allowed contact",
        Contact::Initiated => "a slip",
        Contact::Replied => "a reply to them (a slip)",
        Contact::TheyContacted => "they reached out; you let it be",
        Contact::SocialMedia => "social media",
        Contact::Logistics => "logistics only",
        Contact::Accidental => "a chance meeting",
        Contact::Planned => "contact your plan called for",
    }
}

/// How a plan ended, in words.
pub fn outcome(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Reunited => "back together",
        Outcome::MovedOn => "moved on",
        Outcome::Paused => "paused",
    }
}

pub fn next(out: &mut impl Screen, next: Option<&Next>) -> io::Result<()> {
    let Some(n) = next else {
        fit(out, "Every step of this playbook is done.")?;
        return fit(out, "Keep checking in: the counter and your notes are still yours.");
    };
    if n.set_aside {
        return next_set_aside(out, n);
    }
    fit(out, &format!("Step {} of {}: {}  ({})", n.number, n.total, visible(&n.title), n.phase))?;
    writeln!(out)?;
    wrap(out, &n.summary, "", "")?;
    if !n.tasks.is_empty() {
        writeln!(out)?;
        if n.first {
            fit(out, "Tasks (`plan done N` ticks one):")?;
        } else {
            fit(out, &format!("Tasks (`plan done --step {} N` ticks one):", n.id))?;
        }
        for task in &n.tasks {
            let mark = if task.done { "[x]" } else { "[ ]" };
            wrap(out, &task.text, &format!("  {mark} {}. ", task.number), "         ")?;
        }
    }
    list(out, "Tips:", &n.tips)?;
    list(out, "Avoid:", &n.avoid)?;
    if !n.examples.is_empty() {
        writeln!(out)?;
        fit(out, "Examples:")?;
        for example in &n.examples {
            wrap(out, &format!("“{example}”"), "  ", "  ")?;
        }
    }
    if n.caution {
        // What the guides share, whatever the playbook says.
        writeln!(out)?;
        paragraph(out, CAUTION)?;
        writeln!(out)?;
        paragraph(
            out,
            "Contact this step plans is not a slip: `plan contact planned` records it, and your count of \
             no contact stays as it is.",
        )?;
    }
    if crate::safety::involves_contact(n.phase) {
        writeln!(out)?;
        next_readiness(out, n.assessment)?;
    }
    writeln!(out)?;
    let done =
        if n.also_current.is_empty() { "`plan done`".to_owned() } else { format!("`plan done {}`", n.id) };
    match (n.state, n.locked_until, n.min_no_contact_days) {
        (StepState::Done, ..) => {
            fit(out, &format!("This step is done. `plan undo {}` opens it again.", n.id))?;
        }
        (StepState::Current, Some(until), Some(days)) => {
            fit(
                out,
                &format!(
                    "Gate: {} of no contact (you are at {}); it opens on {until}.",
                    plural(days, "day"),
                    n.no_contact_days
                ),
            )?;
            fit(out, &format!("From then, {done} completes it."))?;
        }
        (StepState::Current, ..) => fit(out, &format!("When this step is done: {done}."))?,
        _ => fit(out, "This step is not current yet. `plan steps` shows where it stands.")?,
    }
    if !n.also_current.is_empty() {
        writeln!(out)?;
        if n.state == StepState::Current {
            fit(out, "Also current, side by side with this one:")?;
        } else {
            fit(out, "Current now:")?;
        }
        for step in &n.also_current {
            fit(out, &format!("  {}. {}  (`plan next {}`)", step.number, visible(&step.title), step.id))?;
        }
    }
    Ok(())
}

/// On a step toward contact: what the latest readiness check said, or that
/// it is worth taking first.
fn next_readiness(out: &mut impl Screen, assessment: Option<Assessed>) -> io::Result<()> {
    match assessment {
        Some(Assessed { date, result: Readiness::Wait }) => wrap(
            out,
            &format!(
                "Your readiness check on {date} said to wait. This step can wait with it: \
                 `plan assess` again when things have settled."
            ),
            "",
            "",
        )?,
        Some(Assessed { date, result: Readiness::MoveOn }) => wrap(
            out,
            &format!(
                "Your readiness check on {date} pointed to moving on. Trust that before this \
                 step: `plan switch move-on` keeps everything and follows a playbook for letting go."
            ),
            "",
            "",
        )?,
        Some(Assessed { result: Readiness::Proceed, .. }) => {}
        None => wrap(
            out,
            "Before this step, `plan assess` asks the questions worth answering honestly first.",
            "",
            "",
        )?,
    }
    Ok(())
}

/// A step toward contact while a reason never to make contact stands: no
/// task, tip or message of it, only what the check found, where help is,
/// and the way to let go.
fn next_set_aside(out: &mut impl Screen, n: &Next) -> io::Result<()> {
    let Some(safety) = n.safety else { return Ok(()) };
    fit(out, &format!("Step {} of {}: set aside  ({})", n.number, n.total, n.phase))?;
    writeln!(out)?;
    paragraph(
        out,
        &format!(
            "This step leads toward contact. Your readiness check on {} {}, so nothing here asks \
             you to reach out, and the step stays open but untouched.",
            safety.date,
            red_flag(safety.reason)
        ),
    )?;
    writeln!(out)?;
    paragraph(out, help::for_reason(safety.reason))?;
    writeln!(out)?;
    paragraph(
        out,
        "`plan switch move-on` follows a path for letting go, and keeps everything you have recorded. \
         `plan urge` is there for the moments you want to reach out.",
    )
}

/// What the guides share, on every step that turns toward contact,
/// whatever the playbook says.
const CAUTION: &str = "Keep in mind: going back is only worth it if it is good for you. If the \
    relationship was abusive or controlling, it is not. They are free to say no, and so are you; a \
    no is an answer to respect, not a problem to solve.";

pub fn why(out: &mut impl Screen, why: &view::Why, history: bool) -> io::Result<()> {
    if history {
        if why.history.is_empty() {
            return fit(out, "No why recorded yet. `plan why \"…\"` keeps one.");
        }
        for entry in &why.history {
            wrapped(out, &format!("“{}”", entry.text), &format!("{}  ", entry.date))?;
        }
        return Ok(());
    }
    match &why.why {
        Some(entry) => {
            fit(out, &format!("Your why, since {}:", entry.date))?;
            wrapped(out, &format!("“{}”", entry.text), "  ")?;
            if why.history.len() > 1 {
                writeln!(out)?;
                let earlier = why.history.len() - 1;
                let which = if earlier == 1 { "the one".to_owned() } else { format!("the {earlier}") };
                fit(out, &format!("`plan why --history` shows {which} before it."))?;
            }
            Ok(())
        }
        None => {
            fit(out, "You have not written your why yet: the reason you are doing this, in your words.")?;
            fit(out, "`plan why \"…\"` keeps it, and `plan urge` shows it when it matters most.")
        }
    }
}

pub fn drafts(out: &mut impl Screen, drafts: &[Dated]) -> io::Result<()> {
    if drafts.is_empty() {
        return fit(
            out,
            "No drafts. At a terminal, `plan urge` offers a place to write one instead of sending it.",
        );
    }
    for (i, draft) in drafts.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        fit(out, &format!("{} (never sent):", draft.date))?;
        for line in draft.text.lines() {
            wrapped(out, line, "  ")?;
        }
    }
    Ok(())
}

/// At a terminal, after the urge page: a place to write the message instead.
pub fn draft_offer(out: &mut impl Screen) -> io::Result<()> {
    writeln!(out)?;
    paragraph(
        out,
        "If you need to write the message, write it here instead. It is kept in your private drafts \
         and never sent. Finish with an empty line; Enter alone skips.",
    )
}

pub fn urge(out: &mut impl Screen, u: &view::Urge) -> io::Result<()> {
    paragraph(out, "Stop here for a moment. This feeling is strong, and it will pass.")?;
    writeln!(out)?;
    // What the person told the plan, and the hardest days, come first.
    if let Some(safety) = u.safety {
        paragraph(
            out,
            &format!(
                "Your readiness check on {} {}. {}",
                safety.date,
                red_flag(safety.reason),
                help::short_for_reason(safety.reason)
            ),
        )?;
        writeln!(out)?;
    }
    if u.hard_days {
        paragraph(out, help::HARD_DAYS)?;
        writeln!(out)?;
    }
    let c = &u.no_contact;
    if c.days == 0 {
        paragraph(
            out,
            "Your no-contact count starts today. Every day from here adds up, and this is one of them.",
        )?;
    } else {
        paragraph(
            out,
            &format!(
                "You have {} of no contact, since {}. Reaching out now starts that count again.",
                plural(c.days, "day"),
                c.since
            ),
        )?;
    }
    match &u.why {
        Some(why) => {
            writeln!(out)?;
            fit(out, &format!("Your why, in your words ({}):", why.date))?;
            wrapped(out, &format!("“{}”", why.text), "  ")?;
        }
        None => {
            writeln!(out)?;
            paragraph(
                out,
                "When this has passed, write down why you are doing this: `plan why \"…\"`. It will be here next time.",
            )?;
        }
    }
    writeln!(out)?;
    fit(out, "Instead, for now:")?;
    for thing in &u.instead {
        wrapped(out, thing, "  - ")?;
    }
    writeln!(out)?;
    paragraph(
        out,
        "Wait ten minutes before you decide anything. An urge rises and falls; it is easier to choose once it has eased.",
    )
}

pub fn questions(out: &mut impl Screen, questions: &[Question]) -> io::Result<()> {
    for question in questions {
        fit(out, &format!("{}  ({})", question.id, question.choices.join(", ")))?;
        wrapped(out, question.text, "  ")?;
    }
    writeln!(out)?;
    fit(out, "`plan assess` asks them at a terminal; in a script, `--answer ID=CHOICE`.")
}

pub fn assessment(out: &mut impl Screen, a: &view::Assessment) -> io::Result<()> {
    let (result, said) = match (a.result, a.red_flag) {
        (Readiness::MoveOn, Some(Reason::Abuse | Reason::Afraid)) => (
            "move on",
            "Your answers say that going back is not safe for you. That is a real answer, and it takes courage to face it.",
        ),
        (Readiness::MoveOn, Some(Reason::TheyAsked)) => {
            ("move on", "They have given their answer. Honouring it is hard, and it is also the way through.")
        }
        (Readiness::MoveOn, Some(Reason::OwnBehaviour)) => (
            "move on",
            "The way forward is no contact, and help to change. That is what taking responsibility looks like here.",
        ),
        (Readiness::MoveOn, None) => (
            "move on",
            "Your answers point away from going back. That is a real answer, and a brave one to face.",
        ),
        (Readiness::Wait, _) if a.help.is_some() => (
            "wait",
            "Hold off on any contact. Something you answered touches on your safety or theirs: talk it through with someone you trust before you decide anything.",
        ),
        (Readiness::Wait, _) => (
            "wait",
            "Give it time. Keep looking after yourself, and take the check again when things have settled: the answer then may point either way.",
        ),
        (Readiness::Proceed, _) => (
            "proceed",
            "Your answers raise no concern. Go gently, at their pace as much as yours, and be ready for their answer to be no.",
        ),
    };
    fit(out, &format!("Result: {result}."))?;
    paragraph(out, said)?;
    if !a.reasons.is_empty() {
        writeln!(out)?;
        fit(out, "Why:")?;
        for reason in &a.reasons {
            wrapped(out, reason, "  - ")?;
        }
    }
    if let Some(reason) = a.help {
        writeln!(out)?;
        paragraph(out, help::for_reason(reason))?;
    }
    if a.result == Readiness::MoveOn {
        writeln!(out)?;
        paragraph(
            out,
            "`plan switch move-on` follows a playbook for letting go, and keeps everything you have recorded.",
        )?;
    }
    writeln!(out)?;
    if a.answers_kept {
        paragraph(
            out,
            "Your answers are kept with the result, in the plan folder: anyone with access to this \
             device, its sync or an export could read them. `--only-result` keeps the result alone.",
        )
    } else {
        paragraph(out, "Only the result is kept; your answers are not.")
    }
}

/// What the readiness check says before its first question at a terminal:
/// honestly, where the answers go.
pub fn assess_intro(out: &mut impl Screen) -> io::Result<()> {
    paragraph(
        out,
        "Answer honestly: y = yes, n = no, u = unsure. The first questions are about safety, and \
         they decide. The result is kept in the plan folder, and so are your answers if you choose: \
         anyone with access to this device, its sync or an export could read them.",
    )
}

/// The question after the last: whether to keep the answers too.
pub fn assess_keep_question(out: &mut impl Screen) -> io::Result<()> {
    question(out, "Keep your answers with the result? Enter keeps only the result. [y/N]")
}

pub fn ended(out: &mut impl Screen, how: Outcome, date: NaiveDate, counter: &Counter) -> io::Result<()> {
    match how {
        Outcome::Reunited => paragraph(
            out,
            &format!(
                "Ended on {date}: back together. Go slowly, and keep the care for yourself you built here."
            ),
        )?,
        Outcome::MovedOn => paragraph(
            out,
            &format!("Ended on {date}: moving on. That is a real ending, and it took courage to reach it."),
        )?,
        Outcome::Paused => paragraph(out, &format!("Paused on {date}. Take the time you need."))?,
    }
    // Zero days is nothing to hand someone at an ending.
    if counter.longest > 0 {
        fit(out, &format!("Your longest run of no contact was {}.", plural(counter.longest, "day")))?;
    }
    writeln!(out)?;
    paragraph(
        out,
        "Everything is kept: `plan status` and `plan log` still show it. `plan start` begins a new plan \
         whenever you want one, and archives this one, whole.",
    )
}

fn list(out: &mut impl Screen, heading: &str, items: &[String]) -> io::Result<()> {
    if items.is_empty() {
        return Ok(());
    }
    writeln!(out)?;
    fit(out, heading)?;
    for item in items {
        wrap(out, item, "  - ", "    ")?;
    }
    Ok(())
}

pub fn steps(out: &mut impl Screen, steps: &Steps) -> io::Result<()> {
    fit(out, &visible(&steps.title))?;
    writeln!(out)?;
    let states: Vec<String> = steps
        .steps
        .iter()
        .map(|step| match (step.state, step.done_on, step.locked_until) {
            (_, Some(date), _) => format!("done {date}"),
            _ if step.set_aside => "set aside".to_owned(),
            (StepState::Current, _, Some(until)) => format!("current, gate opens {until}"),
            (StepState::Current, ..) => "current".to_owned(),
            (StepState::Locked, _, Some(until)) => format!("locked until {until}"),
            _ => "ahead".to_owned(),
        })
        .collect();
    // "→ 12. " before the title, two spaces and the state after it: the
    // title and its id take what is left, wrapped inside their column.
    let state_width = states.iter().map(|state| columns(state)).max().unwrap_or(0);
    let title_width = out.width().saturating_sub(6 + 2 + state_width).max(16);
    for (step, state) in steps.steps.iter().zip(&states) {
        let (mark, colour) = match step.state {
            _ if step.set_aside && step.done_on.is_none() => (" ", text::dim()),
            StepState::Done => ("✓", text::green()),
            StepState::Current => ("→", text::cyan()),
            StepState::Locked => (" ", text::dim()),
            StepState::Ahead => (" ", anstyle::Style::new()),
        };
        // A step toward contact, while the check stands, is not named.
        let cell = if step.set_aside && step.done_on.is_none() {
            "(a step toward contact)".to_owned()
        } else {
            format!("{} [{}]", visible(&step.title), step.id)
        };
        let options = textwrap::Options::new(title_width)
            .word_separator(textwrap::WordSeparator::AsciiSpace)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        for (i, line) in textwrap::wrap(&cell, &options).iter().enumerate() {
            if i == 0 {
                let pad = " ".repeat(title_width.saturating_sub(columns(line)));
                let mark = paint(mark, colour);
                let state = paint(state, colour);
                writeln!(out, "{mark} {:>2}. {line}{pad}  {state}", step.number)?;
            } else {
                writeln!(out, "      {line}")?;
            }
        }
    }
    for earlier in &steps.earlier {
        writeln!(out)?;
        let done: Vec<String> =
            earlier.done.iter().map(|done| format!("{} ({})", done.id, done.date)).collect();
        let done = if done.is_empty() { "none".to_owned() } else { done.join(", ") };
        fit(
            out,
            &format!(
                "Before the switch on {}: “{}”. Steps done: {done}.",
                earlier.until,
                visible(&earlier.title)
            ),
        )?;
    }
    Ok(())
}

/// The check-ins in a window of `days` days, or all of them; `total` is how
/// many the plan holds in all.
pub fn log(out: &mut impl Screen, entries: &[Checkin], days: Option<u32>, total: usize) -> io::Result<()> {
    if entries.is_empty() {
        return match days {
            Some(days) if total > 0 => fit(
                out,
                &format!(
                    "No check-ins in the last {}; {} in all. `plan log` shows them.",
                    plural(days, "day"),
                    total
                ),
            ),
            _ => fit(out, "No check-ins yet. `plan checkin --mood N --urge N` records today."),
        };
    }
    for entry in entries {
        let mood = entry.mood.map_or("–".to_owned(), |m| paint(format!("{m:>2}"), text::mood_colour(m)));
        let urge = entry.urge.map_or("–".to_owned(), |u| u.to_string());
        let contact = match entry.contact {
            Contact::None => String::new(),
            other if other.breaks_no_contact() => {
                format!("  contact: {}", paint(other.as_str(), text::red()))
            }
            other => format!("  contact: {}", paint(other.as_str(), text::yellow())),
        };
        fit(out, &format!("{}  mood {mood:>2}  urge {urge:>2}{contact}", entry.date))?;
        if let Some(note) = &entry.note {
            wrap(out, note, "    ", "    ")?;
        }
    }
    Ok(())
}

pub fn playbooks(out: &mut impl Screen, list: &[PlaybookListing]) -> io::Result<()> {
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
    if crate::safety::involves_contact(step.phase) {
        wrap(out, CAUTION, "   ", "   ")?;
    }
    Ok(())
}

pub fn archive(out: &mut impl Screen, list: &[ArchivedPlan]) -> io::Result<()> {
    if list.is_empty() {
        return fit(out, "No archived plans. A new `plan start` keeps an ended plan here, whole.");
    }
    for plan in list {
        let ending = plan.outcome.map_or_else(String::new, |o| format!(", {}", outcome(o)));
        fit(
            out,
            &format!(
                "{:>2}. {} ({}), {} to {}{ending}, {}",
                plan.number,
                visible(&plan.title),
                plan.playbook,
                plan.started,
                plan.ended,
                plural(plan.checkins as u64, "check-in")
            ),
        )?;
        if let Some(note) = &plan.note {
            wrap(out, &format!("“{note}”"), "    ", "    ")?;
        }
    }
    writeln!(out)?;
    fit(out, "`plan log --archived N` shows the check-ins of plan N.")
}

pub fn devices(out: &mut impl Screen, list: &DeviceList) -> io::Result<()> {
    writeln!(out, "This device: {} [{}]", visible(&list.name), list.id)?;
    if list.encrypted {
        writeln!(out, "The plan is encrypted.")?;
    }
    if !list.devices.is_empty() {
        writeln!(out)?;
        writeln!(out, "Devices that write to this plan:")?;
        for device in &list.devices {
            let latest = device.last.map_or_else(String::new, |date| format!(", last on {date}"));
            let this = if device.this { "  (this device)" } else { "" };
            fit(
                out,
                &format!(
                    "  {:<16} [{}] {}{latest}{this}",
                    visible(&device.name),
                    device.id,
                    plural(device.events, "event")
                ),
            )?;
        }
    }
    writeln!(out)?;
    writeln!(out, "`plan device name NAME` names this device.")
}

/// A line on stderr while a command runs, wrapped to the screen.
pub fn notice(out: &mut impl Screen, notice: &Notice) -> io::Result<()> {
    let line = match notice {
        Notice::Waiting => "waiting for another plan to finish…".to_owned(),
        Notice::NoLocks { dir } => format!(
            "warning: the file system of {} does not support locks; two plans run at once could clash",
            shown_path(dir)
        ),
        Notice::Migrated { kept } => format!(
            "note: the plan now keeps a log for each device (see `plan device`); its old files are in {} until the next change",
            shown_path(kept)
        ),
        Notice::OpenFolder { dir, mode } => format!(
            "warning: other users can reach {} (mode {mode:04o}); `plan doctor` says how to make it private",
            shown_path(dir)
        ),
    };
    fit(out, &line)
}

/// A warning of the command layer, wrapped to the screen.
pub fn warning(out: &mut impl Screen, text: &str) -> io::Result<()> {
    fit(out, &format!("warning: {}", visible(text)))
}

/// What `plan doctor` found, a line each, with the fix under each problem.
pub fn doctor(out: &mut impl Screen, findings: &[Finding]) -> io::Result<()> {
    for finding in findings {
        let (text, fix) = describe_finding(finding);
        if finding.is_problem() {
            writeln!(out, "PROBLEM  {}", visible(&text))?;
            if let Some(fix) = fix {
                // A command to copy: never wrapped.
                writeln!(out, "      fix: {}", visible(&fix))?;
            }
        } else {
            writeln!(out, "ok    {}", visible(&text))?;
        }
    }
    Ok(())
}

fn describe_finding(finding: &Finding) -> (String, Option<String>) {
    match finding {
        Finding::NoFolder { dir } => (format!("no plan folder yet at {}; `plan start` creates it", dir.display()), None),
        Finding::Folder { dir, mode } if !finding.is_problem() => {
            (format!("{} is private ({mode:04o})", dir.display()), None)
        }
        Finding::Folder { dir, mode } => (
            format!("{} is mode {mode:04o}: other users can reach it", dir.display()),
            Some(format!(
                "chmod go-rwx {}   (plan never changes the mode of a folder it did not create)",
                shell_quote(dir)
            )),
        ),
        Finding::NotAFolder { path, what } => (
            format!("{} is {what}, not a real folder", path.display()),
            Some("plan never follows a link inside its folder; move it aside (nothing of the plan's is lost) and the next change makes a new one".into()),
        ),
        Finding::State { path, read, backup_readable } => {
            let fix = match read {
                FileState::Problem(StateProblem::Newer(_)) => {
                    "upgrade plan to open it; nothing here needs repair".to_owned()
                }
                _ if *backup_readable => {
                    "`plan doctor --restore` keeps the damaged file aside and puts the backup back".to_owned()
                }
                _ => "there is no readable backup; keep a copy of the folder before trying anything".to_owned(),
            };
            (describe_file(path, read), Some(fix))
        }
        Finding::Backup { read: FileState::Missing, .. } => {
            ("no backup yet (one is kept from the second change on)".into(), None)
        }
        Finding::Backup { path, read } => {
            (describe_file(path, read), Some("the next change replaces it with a good copy".into()))
        }
        Finding::Months { readable, problems } if problems.is_empty() => {
            (format!("{} readable", plural(*readable as u64, "month file")), None)
        }
        Finding::Months { problems, .. } => {
            let each: Vec<String> = problems.iter().map(ToString::to_string).collect();
            (
                format!("month files: {}", each.join("; ")),
                Some("these check-ins cannot be read; keep a copy of the folder and restore the files from a backup".into()),
            )
        }
        Finding::FileMode { path, mode } => (
            format!("{} is mode {mode:04o}", path.display()),
            Some(format!("chmod 600 {}", shell_quote(path))),
        ),
        Finding::Layout2 => (
            "the plan is in the older layout (state.json); its next change moves it to a log for each device".into(),
            None,
        ),
        Finding::Format { encrypted: false, .. } => ("format readable; the plan is not encrypted".into(), None),
        Finding::Format { key: true, .. } => ("the plan is encrypted, and this device has its key".into(), None),
        Finding::Format { .. } => (
            "the plan is encrypted, and this device has no key for it".into(),
            Some("`plan key export` on a device that opens it, then `plan key import FILE` here".into()),
        ),
        Finding::Device { id, name, own, events, problems, waiting, copies } => {
            let who = if *own { format!("this device ({name})") } else { format!("device {name}") };
            let mut text = format!("{who} [{id}]: {}", plural(*events, "event"));
            if *waiting {
                text.push_str(", some not here yet (a sync in progress?)");
            }
            if *copies > 0 {
                let _ = write!(text, ", {} from a sync engine, merged", plural(*copies as u64, "conflict copy"));
            }
            if problems.is_empty() {
                (text, None)
            } else {
                let each: Vec<String> = problems.iter().map(ToString::to_string).collect();
                let fix = if *own {
                    "`plan doctor --restore` puts each damaged log back from its backup"
                } else {
                    "run `plan doctor` on that device; its files are only ever written there"
                };
                (format!("{text}; {}", each.join("; ")), Some(fix.into()))
            }
        }
        Finding::Migrated { path } => {
            (format!("the older layout's files are kept in {} until the next change", path.display()), None)
        }
        Finding::LogBackup { problem } => (
            format!("backup {problem}"),
            Some("the next change to its log keeps a good copy in its place; until then `plan doctor --restore` cannot use it".into()),
        ),
        Finding::Leftovers { names } if names.is_empty() => ("no leftover files".into(), None),
        Finding::Leftovers { names } => {
            (format!("leftover files: {}", names.join(", ")), Some("the next change removes them".into()))
        }
    }
}

fn describe_file(path: &Path, read: &FileState) -> String {
    let name = path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    match read {
        FileState::Readable { schema, migrated_from: Some(old), checkins } => format!(
            "{name} readable (schema {old}, moved to {schema} at the next change, {})",
            plural(*checkins as u64, "check-in")
        ),
        FileState::Readable { schema, checkins, .. } => {
            format!("{name} readable (schema {schema}, {})", plural(*checkins as u64, "check-in"))
        }
        FileState::Missing => format!("{} is missing", path.display()),
        FileState::Problem(problem) => format!("{} {problem}", path.display()),
        FileState::Unreadable(problem) => format!("{} {problem}", path.display()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_fill_toward_the_gate() {
        assert_eq!(bar(0, 21, 40), format!("[{}]", "░".repeat(40)));
        assert_eq!(bar(21, 21, 40), format!("[{}]", "█".repeat(40)));
        assert_eq!(bar(30, 21, 40), format!("[{}]", "█".repeat(40)));
        assert_eq!(bar(10, 20, 40), format!("[{}{}]", "█".repeat(20), "░".repeat(20)));
    }

    #[test]
    fn mood_week_shows_gaps() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let recent = [Day { date: d("2026-11-20"), mood: Some(4), urge: None, contact: Contact::None }];
        assert_eq!(
            week(&recent, d("2026-11-22"), |day| day.mood, "  "),
            "Mo ·  Tu ·  We ·  Th ·  Fr 4  Sa ·  Su ·"
        );
    }
}
#[cfg(test)]
mod wrap_tests {
    use super::*;
    use crate::text::Columns;

    /// The screen a test lays text out on.
    fn screen(width: usize) -> Columns<Vec<u8>> {
        Columns { inner: Vec::new(), width }
    }

    #[test]
    fn warnings_wrap_to_the_screen_and_stay_whole_in_a_pipe() {
        let text = "skipping /home/someone/.local/share/plan/plans/mine.toml: it has a step with no summary";
        let mut narrow = screen(60);
        warning(&mut narrow, text).unwrap();
        let shown = String::from_utf8(narrow.inner).unwrap();
        assert!(shown.lines().count() > 1 && shown.lines().all(|line| columns(line) <= 60), "{shown}");
        assert!(shown.starts_with("warning: skipping") && shown.lines().nth(1).unwrap().starts_with("  "));
        let mut pipe = screen(usize::MAX);
        warning(&mut pipe, text).unwrap();
        assert_eq!(String::from_utf8(pipe.inner).unwrap(), format!("warning: {text}\n"));
    }
}
