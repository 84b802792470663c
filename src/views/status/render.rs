//! `plan status` as text: the count, the steps, the week, and first what
//! the person told the plan.

use std::io;

use chrono::{Days, NaiveDate};

use super::{Status, Trend};
use crate::safety::{Reason, Safety};
use crate::state::Day;
use crate::text::{Screen, fit, full_date, green, of, paint, paragraph, plural, visible, weekday_short};
use crate::views::help;
use crate::views::words::{outcome, red_flag};

/// The widest the bar toward a gate is drawn.
const BAR_WIDTH: usize = 40;

/// `plan status` as text.
pub fn render(out: &mut impl Screen, s: &Status) -> io::Result<()> {
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
            paragraph(out, &help::hard_days())?;
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
    looking(out, s)?;
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
    // With the clock set back, the check-ins there are lie after today:
    // the week shown is the one they end, and none is said to be missing.
    let latest_ahead = latest_ahead(s);
    if s.checked_in_today {
        fit(out, "  Today: checked in.")?;
    } else if let Some(latest) = latest_ahead {
        fit(out, &format!("  Latest check-in: {latest}, after today."))?;
    } else {
        fit(out, "  Today: no check-in yet. `plan checkin --mood N --urge N` records it.")?;
    }
    if !s.recent.is_empty() {
        // Two spaces between days when there is room, one when not.
        let gap = if out.width() >= 70 { "  " } else { " " };
        let (end, label) = match latest_ahead {
            Some(latest) => (latest, format!("7 days to {latest}")),
            None => (s.today, "last 7 days".to_owned()),
        };
        fit(out, &format!("  Mood, {label}: {}", week(&s.recent, end, |day| day.mood, gap)))?;
        if s.recent.iter().any(|day| day.urge.is_some()) {
            fit(out, &format!("  Urge, {label}: {}", week(&s.recent, end, |day| day.urge, gap)))?;
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

/// The looking counter, under the no-contact counter: its days, its own
/// milestone today, and the next. Only once a look is recorded: a plan
/// that never counts looks is not told it has gone days without one.
fn looking(out: &mut impl Screen, s: &Status) -> io::Result<()> {
    let l = &s.looking;
    if !l.looked {
        return Ok(());
    }
    let longest =
        if l.longest > l.days { format!("; longest {}", plural(l.longest, "day")) } else { String::new() };
    fit(
        out,
        &format!("  Not looking at their profile: {}  (since {}{longest})", plural(l.days, "day"), l.since),
    )?;
    if s.ended.is_some() {
        return Ok(());
    }
    if l.milestones.reached.last() == Some(&l.days) {
        let cheer = if s.hard_days { "" } else { " Well done." };
        fit(out, &format!("  ★ {} without looking: a milestone.{cheer}", plural(l.days, "day")))?;
    }
    if let Some(next) = l.milestones.next {
        fit(out, &format!("  Next without looking: {}, on {}", plural(next.days, "day"), next.date))?;
    }
    Ok(())
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
    paragraph(out, &help::short_for_reason(safety.reason))?;
    if !letting_go {
        paragraph(out, "`plan switch move-on` follows a path for letting go, and keeps everything.")?;
    }
    Ok(())
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

/// `plan status --short`: one line, for a shell prompt.
pub fn short(out: &mut impl Screen, s: &Status) -> io::Result<()> {
    if let Some(ended) = s.ended {
        return fit(out, &format!("plan ended {} · {}", ended.date, outcome(ended.outcome)));
    }
    let step = match &s.step {
        Some(step) => format!("step {}/{}", step.number, step.total),
        None => "all steps done".to_owned(),
    };
    let today = match (s.checked_in_today, latest_ahead(s)) {
        (true, _) => "checked in".to_owned(),
        (false, Some(latest)) => format!("checked in {latest}"),
        (false, None) => "check-in due".to_owned(),
    };
    fit(out, &format!("nc {}d · {step} · {today}", s.no_contact.days))
}

/// The latest check-in, when it is dated after today (the clock set back).
fn latest_ahead(s: &Status) -> Option<NaiveDate> {
    s.recent.last().map(|day| day.date).filter(|&date| date > s.today)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::Contact;

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
