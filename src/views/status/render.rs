//! `plan status` as text: the count, the steps, the week, and first what
//! the person told the plan.

use std::io;

use chrono::{Days, NaiveDate};

use super::{Status, StepRef, Trend};
use crate::i18n::{decimal, t};
use crate::safety::{Reason, Safety};
use crate::state::Day;
use crate::text::{Screen, columns, fit, full_date, green, paint, paragraph, visible, weekday_short};
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
    let days = paint(t!("count-days", n = c.days), green().bold());
    fit(out, &format!("  {}", t!("status-no-contact", days = days, since = c.since.to_string())))?;
    // With no slip, the run shown above is the longest: no need to say it twice.
    if c.resets > 0 {
        fit(out, &format!("  {}", t!("status-longest-run", longest = c.longest, resets = c.resets)))?;
    }
    if let Some(gate) = s.next_gate.as_ref().filter(|_| s.ended.is_none()) {
        let line = |bar: &str| {
            t!("status-gate", bar = bar, days = c.days, gate = gate.days, opens = gate.opens.to_string())
        };
        // The bar takes what the words leave (the indent, its brackets, and
        // at least 40 columns, as English has always had).
        let words = columns(&line("")) + 4;
        let width = out.width().saturating_sub(words.max(40)).clamp(10, BAR_WIDTH);
        fit(out, &format!("  {}", line(&bar(c.days, gate.days, width))))?;
    }
    if s.ended.is_none() {
        if s.milestones.reached.last() == Some(&c.days) {
            let milestone = if s.hard_days {
                t!("status-milestone-hard-days", days = c.days)
            } else {
                t!("status-milestone", days = c.days)
            };
            fit(out, &format!("  {milestone}"))?;
        }
        if let Some(next) = s.milestones.next {
            let line = t!("status-next-milestone", days = next.days, date = next.date.to_string());
            fit(out, &format!("  {line}"))?;
        }
    }
    looking(out, s)?;
    writeln!(out)?;
    if let Some(ended) = s.ended {
        let line = t!("status-ended", date = ended.date.to_string(), outcome = outcome(ended.outcome));
        fit(out, &format!("  {line}"))?;
        fit(out, &format!("  {}", t!("status-ended-steps", done = s.steps_done, total = s.steps_total)))?;
        writeln!(out)?;
        return fit(out, &t!("status-ended-start-again"));
    }
    status_steps(out, s)?;
    writeln!(out)?;
    // With the clock set back, the check-ins there are lie after today:
    // the week shown is the one they end, and none is said to be missing.
    let latest_ahead = latest_ahead(s);
    if s.checked_in_today {
        fit(out, &format!("  {}", t!("status-checked-in")))?;
    } else if let Some(latest) = latest_ahead {
        fit(out, &format!("  {}", t!("status-latest-ahead", date = latest.to_string())))?;
    } else {
        fit(out, &format!("  {}", t!("status-no-checkin")))?;
    }
    if !s.recent.is_empty() {
        // Two spaces between days when there is room, one when not.
        let gap = if out.width() >= 70 { "  " } else { " " };
        let end = latest_ahead.unwrap_or(s.today);
        let mood = week(&s.recent, end, |day| day.mood, gap);
        let line = match latest_ahead {
            Some(latest) => t!("status-mood-week-to", date = latest.to_string(), week = mood),
            None => t!("status-mood-week", week = mood),
        };
        fit(out, &format!("  {line}"))?;
        if s.recent.iter().any(|day| day.urge.is_some()) {
            let urge = week(&s.recent, end, |day| day.urge, gap);
            let line = match latest_ahead {
                Some(latest) => t!("status-urge-week-to", date = latest.to_string(), week = urge),
                None => t!("status-urge-week", week = urge),
            };
            fit(out, &format!("  {line}"))?;
        }
        // On the hardest days the line above speaks; a trend of "about the
        // same" at the bottom would not.
        if let Some(line) = trend_line(&s.trend).filter(|_| !s.hard_days) {
            fit(out, &format!("  {line}"))?;
        }
    }
    if let Some(open) = s.urges.open {
        fit(out, &format!("  {}", t!("status-urge-open", date = open.to_string())))?;
    }
    if let Some(latest) = s.ahead_of_today {
        writeln!(out)?;
        fit(out, &format!("  {}", t!("status-clock-ahead", date = latest.to_string())))?;
        fit(out, &format!("  {}", t!("status-clock-nothing-lost")))?;
    }
    writeln!(out)?;
    if s.step.as_ref().is_some_and(|step| step.set_aside) {
        return fit(out, &t!("status-urge-hint"));
    }
    fit(out, &t!("status-next-hint"))
}

/// The looking counter, under the no-contact counter: its days, its own
/// milestone today, and the next. Only once a look is recorded: a plan
/// that never counts looks is not told it has gone days without one.
fn looking(out: &mut impl Screen, s: &Status) -> io::Result<()> {
    let l = &s.looking;
    if !l.looked {
        return Ok(());
    }
    let since = l.since.to_string();
    let line = if l.longest > l.days {
        t!("status-looking-longest", days = l.days, since = since, longest = l.longest)
    } else {
        t!("status-looking", days = l.days, since = since)
    };
    fit(out, &format!("  {line}"))?;
    if s.ended.is_some() {
        return Ok(());
    }
    if l.milestones.reached.last() == Some(&l.days) {
        let line = if s.hard_days {
            t!("status-looking-milestone-hard-days", days = l.days)
        } else {
            t!("status-looking-milestone", days = l.days)
        };
        fit(out, &format!("  {line}"))?;
    }
    if let Some(next) = l.milestones.next {
        let line = t!("status-looking-next", days = next.days, date = next.date.to_string());
        fit(out, &format!("  {line}"))?;
    }
    Ok(())
}

/// The calm lines that lead `status` while a reason never to make contact
/// stands: what the check found, where help is, and the way to let go.
fn safety_lead(out: &mut impl Screen, safety: Safety, letting_go: bool) -> io::Result<()> {
    let (date, named) = (safety.date.to_string(), red_flag(safety.reason));
    let found = match safety.reason {
        Reason::Abuse | Reason::Afraid => t!("status-safety-abuse", date = date, named = named),
        Reason::TheyAsked => t!("status-safety-they-asked", date = date, named = named),
        Reason::OwnBehaviour => t!("status-safety-own-behaviour", date = date, named = named),
    };
    paragraph(out, &found)?;
    paragraph(out, &help::short_for_reason(safety.reason))?;
    if !letting_go {
        paragraph(out, &t!("status-safety-letting-go"))?;
    }
    Ok(())
}

/// The current steps, or that all are done.
fn status_steps(out: &mut impl Screen, s: &Status) -> io::Result<()> {
    let (done, total) = (s.steps_done, s.steps_total);
    match s.current_steps.as_slice() {
        [step] if step.set_aside => {
            let line = t!("status-step-set-aside", number = step.number, total = step.total);
            fit(out, &format!("  {line}"))?;
            fit(out, &format!("  {}", t!("status-steps-done", done = done, total = total)))?;
        }
        [step] => {
            let (number, title, phase) = (step.number, visible(&step.title), step.phase.name());
            let line = t!("status-step", number = number, total = step.total, title = title, phase = phase);
            fit(out, &format!("  {line}"))?;
            let (ticked, tasks) = (step.tasks_done, step.tasks_total);
            let line = if tasks == 0 {
                t!("status-steps-done", done = done, total = total)
            } else {
                t!("status-steps-done-tasks", done = done, total = total, ticked = ticked, tasks = tasks)
            };
            fit(out, &format!("  {line}"))?;
            if let Some(until) = step.locked_until {
                fit(out, &format!("  {}", t!("status-step-locked-until", date = until.to_string())))?;
            }
        }
        [_, ..] => {
            fit(out, &format!("  {}", t!("status-steps-side-by-side", done = done, total = total)))?;
            for step in &s.current_steps {
                if step.set_aside {
                    fit(out, &format!("    {}", t!("status-current-set-aside", number = step.number)))?;
                    continue;
                }
                let line = current_step(step);
                fit(out, &format!("    {line}"))?;
                if let Some(until) = step.locked_until {
                    let line = t!("status-current-locked-until", date = until.to_string());
                    fit(out, &format!("       {line}"))?;
                }
            }
        }
        [] => fit(out, &format!("  {}", t!("status-all-done", total = total)))?,
    }
    Ok(())
}

/// One of several current steps: its number, title and kind, and its tasks ticked.
fn current_step(step: &StepRef) -> String {
    let (n, title, phase) = (step.number, visible(&step.title), step.phase.name());
    let (ticked, tasks) = (step.tasks_done, step.tasks_total);
    if tasks == 0 {
        return t!("status-current", number = n, title = title, phase = phase);
    }
    t!("status-current-tasks", number = n, title = title, phase = phase, ticked = ticked, tasks = tasks)
}

/// `plan status --short`: one line, for a shell prompt.
pub fn short(out: &mut impl Screen, s: &Status) -> io::Result<()> {
    if let Some(ended) = s.ended {
        let line = t!("status-short-ended", date = ended.date.to_string(), outcome = outcome(ended.outcome));
        return fit(out, &line);
    }
    let step = match &s.step {
        Some(step) => t!("status-short-step", number = step.number, total = step.total),
        None => t!("status-short-all-done"),
    };
    let today = match (s.checked_in_today, latest_ahead(s)) {
        (true, _) => t!("status-short-checked-in"),
        (false, Some(latest)) => t!("status-short-checked-in-on", date = latest.to_string()),
        (false, None) => t!("status-short-due"),
    };
    fit(out, &t!("status-short", days = s.no_contact.days, step = step, today = today))
}

/// The latest check-in, when it is dated after today (the clock set back).
fn latest_ahead(s: &Status) -> Option<NaiveDate> {
    s.recent.last().map(|day| day.date).filter(|&date| date > s.today)
}

/// What `plan` alone says before there is a plan.
pub fn welcome(out: &mut impl Screen) -> io::Result<()> {
    fit(out, &t!("status-welcome"))?;
    writeln!(out)?;
    paragraph(out, &t!("status-welcome-about"))?;
    writeln!(out)?;
    fit(out, &t!("status-welcome-begin"))?;
    for (command, what) in [
        ("plan start", t!("status-welcome-start")),
        ("plan start --since DATE", t!("status-welcome-since")),
        ("plan playbooks", t!("status-welcome-playbooks")),
    ] {
        fit(out, &format!("  {command:<24} {what}"))?;
    }
    writeln!(out)?;
    fit(out, &t!("status-welcome-help"))
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
    /// How a week compares with the one before.
    enum Then {
        Same,
        Better,
        Harder,
    }
    let compare = |now: Option<f64>, before: Option<f64>, higher_is_better: bool| {
        let (now, before) = (now?, before?);
        let then = if (now - before).abs() < 0.5 {
            Then::Same
        } else if (now > before) == higher_is_better {
            Then::Better
        } else {
            Then::Harder
        };
        Some((decimal(now, 1), decimal(before, 1), then))
    };
    let mood = compare(t.mood_7d, t.mood_prev_7d, true).map(|(now, before, then)| match then {
        Then::Same => t!("status-trend-mood-same", now = now, before = before),
        Then::Better => t!("status-trend-mood-better", now = now, before = before),
        Then::Harder => t!("status-trend-mood-harder", now = now, before = before),
    });
    let urge = compare(t.urge_7d, t.urge_prev_7d, false).map(|(now, before, then)| match then {
        Then::Same => t!("status-trend-urge-same", now = now, before = before),
        Then::Better => t!("status-trend-urge-better", now = now, before = before),
        Then::Harder => t!("status-trend-urge-harder", now = now, before = before),
    });
    let parts: Vec<String> = [mood, urge].into_iter().flatten().collect();
    (!parts.is_empty()).then(|| t!("status-trend", parts = parts.join("; ")))
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
