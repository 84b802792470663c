//! `plan export --format ics`: an iCalendar file (RFC 5545) with an all-day
//! event on each milestone a run of no contact reached, on each one still
//! ahead in the current run, and on the day each step with a day gate opens.
//!
//! Each event's UID is made of the plan's id and what the event is, never a
//! counter, so importing a later export into a calendar moves an event
//! (after a slip, say) rather than adding a second one. A milestone of the
//! current run, reached or ahead, is `milestone-N`, so a slip moves it; one
//! that a run a slip ended reached is that run's for good, named by the day
//! it began from (`milestone-N-from-YYYYMMDD`), so it stays on its day.
//! Lines end in CRLF and are folded at 75 octets, never inside a UTF-8 character.

use std::io::{self, Write};

use chrono::{Days, NaiveDate, NaiveTime, Timelike};

use crate::event::PlanId;
use crate::i18n::{self, t};
use crate::schedule;
use crate::state::State;
use crate::text::visible;

/// The longest line RFC 5545 allows, in octets, without its CRLF.
const LINE_OCTETS: usize = 75;

/// One all-day event.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    uid: String,
    date: NaiveDate,
    summary: String,
    description: String,
}

/// The calendar of the plan `plan` as of `today`, and how many events it
/// holds. A plan that ended has nothing coming: its calendar holds only
/// the milestones its runs reached.
/// With `remind` (`--remind HH:MM`), a daily event at that time to check
/// in, with an alarm, and an alarm at that time on each milestone: a
/// phone's calendar then reminds with no process of `plan` anywhere.
pub fn ics(
    out: &mut impl Write,
    plan: &PlanId,
    state: &State,
    today: NaiveDate,
    remind: Option<NaiveTime>,
) -> io::Result<usize> {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        format!("PRODID:-//plan//plan {}//EN", env!("CARGO_PKG_VERSION")),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        format!("X-WR-CALNAME:{}", escape_text(&format!("plan: {}", state.playbook.title))),
    ];
    let stamp = today.format("%Y%m%dT000000Z");
    let entries = entries(plan, state, today);
    let mut count = entries.len();
    if let Some(at) = remind.filter(|_| state.ended.is_none()) {
        count += 1;
        // What the daily check-in event and its alarm say: no count, nothing
        // of the plan, since a calendar's alarms show on a locked screen.
        let check_in = t!("export-ics-checkin-description");
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:checkin.{plan}@plan"),
            format!("DTSTAMP:{stamp}"),
            // Floating local time: the reminder keeps to the clock on the wall wherever the phone is.
            format!("DTSTART:{}T{}00", today.format("%Y%m%d"), at.format("%H%M")),
            "DURATION:PT5M".to_owned(),
            "RRULE:FREQ=DAILY".to_owned(),
            format!("SUMMARY:{}", escape_text(&t!("export-ics-checkin-summary"))),
            format!("DESCRIPTION:{}", escape_text(&check_in)),
            "TRANSP:TRANSPARENT".to_owned(),
        ]);
        lines.extend(alarm("PT0S", &check_in));
        lines.push("END:VEVENT".to_owned());
    }
    for entry in entries {
        let next_day = entry.date.checked_add_days(Days::new(1)).unwrap_or(entry.date);
        lines.extend([
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}", entry.uid),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", entry.date.format("%Y%m%d")),
            format!("DTEND;VALUE=DATE:{}", next_day.format("%Y%m%d")),
            format!("SUMMARY:{}", escape_text(&entry.summary)),
            format!("DESCRIPTION:{}", escape_text(&entry.description)),
            // A whole day marked, not a day taken: it never shows as busy.
            "TRANSP:TRANSPARENT".to_owned(),
        ]);
        if let Some(at) = remind {
            // From the start of the day the event marks, to the reminder's time on it.
            let minutes = if at.minute() == 0 { String::new() } else { format!("{}M", at.minute()) };
            lines.extend(alarm(&format!("PT{}H{minutes}", at.hour()), &entry.summary));
        }
        lines.push("END:VEVENT".to_owned());
    }
    lines.push("END:VCALENDAR".to_owned());
    for line in lines {
        out.write_all(fold_line(&line).as_bytes())?;
        out.write_all(b"\r\n")?;
    }
    Ok(count)
}

/// An alarm that shows `description` (RFC 5545 3.6.6), `trigger` after the event starts.
fn alarm(trigger: &str, description: &str) -> [String; 5] {
    [
        "BEGIN:VALARM".to_owned(),
        "ACTION:DISPLAY".to_owned(),
        format!("DESCRIPTION:{}", escape_text(description)),
        format!("TRIGGER:{trigger}"),
        "END:VALARM".to_owned(),
    ]
}

/// The milestones every run reached, those from today on, and the days
/// the gates of steps not yet done open from today on, by date.
fn entries(plan: &PlanId, state: &State, today: NaiveDate) -> Vec<Entry> {
    let counter = state.counter(today);
    let since = counter.since;
    let mut entries: Vec<Entry> = state
        .milestones_reached(today)
        .into_iter()
        .map(|reached| {
            let run = reached.run;
            let days = t!("count-days", n = reached.days);
            let summary = t!("export-ics-milestone-summary", days = days.as_str());
            if run == since {
                Entry {
                    uid: format!("milestone-{}.{plan}@plan", reached.days),
                    date: reached.date,
                    summary,
                    description: t!("export-ics-milestone-reached", days = days, since = run.to_string()),
                }
            } else {
                Entry {
                    uid: format!("milestone-{}-from-{}.{plan}@plan", reached.days, run.format("%Y%m%d")),
                    date: reached.date,
                    summary,
                    description: t!("export-ics-milestone-earlier-run", days = days, since = run.to_string()),
                }
            }
        })
        .collect();
    if state.ended.is_some() {
        return entries;
    }
    entries.extend(
        schedule::milestone_dates(since).into_iter().filter(|milestone| milestone.date > today).map(
            |milestone| {
                let days = t!("count-days", n = milestone.days);
                Entry {
                    uid: format!("milestone-{}.{plan}@plan", milestone.days),
                    date: milestone.date,
                    summary: t!("export-ics-milestone-summary", days = days.as_str()),
                    description: t!("export-ics-milestone-ahead", days = days, since = since.to_string()),
                }
            },
        ),
    );
    // The looking counter's own milestones, once a look is recorded.
    if !state.looks.is_empty() {
        let looking = state.looking(today).since;
        entries.extend(
            schedule::LOOKING_MILESTONES
                .iter()
                .map(|&days| (days, schedule::gate_opens(looking, days)))
                .filter(|&(_, date)| date >= today)
                .map(|(n, date)| {
                    let (days, from) = (t!("count-days", n = n), looking.to_string());
                    Entry {
                        uid: format!("looking-{n}.{plan}@plan"),
                        date,
                        summary: t!("export-ics-looking-summary", days = days.as_str()),
                        description: t!("export-ics-looking-description", days = days, since = from),
                    }
                }),
        );
    }
    let playbook = &state.playbook;
    for index in playbook.indices() {
        let step = playbook.step(index);
        let Some(days) = step.min_no_contact_days else { continue };
        let opens = schedule::gate_opens(since, days);
        if state.is_done(index) || opens < today {
            continue;
        }
        let (number, title) = (index.number(), step.title.as_str());
        let mut args = i18n::Args::new();
        args.set("number", number);
        args.set("playbook", playbook.title.as_str());
        args.set("title", title);
        args.set("days", t!("count-days", n = days));
        args.set("since", since.to_string());
        entries.push(Entry {
            uid: format!("gate-{}.{plan}@plan", step.id),
            date: opens,
            summary: t!("export-ics-gate-summary", number = number, title = title),
            description: i18n::message("export-ics-gate-description", Some(&args)),
        });
    }
    // An all-day event ends the day after; RFC 5545 writes years in four
    // digits, so the last day an event can start is 9999-12-30.
    entries.retain(|entry| entry.date.succ_opt().is_some_and(crate::date::in_range));
    entries.sort_by(|a, b| (a.date, &a.uid).cmp(&(b.date, &b.uid)));
    entries
}

/// A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newline
/// escaped. Control characters are shown, not kept (TEXT may not hold them).
pub fn escape_text(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    let text = visible(&text);
    let mut escaped = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\n' => escaped.push_str("\\n"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// A content line folded (RFC 5545 3.1): no line longer than 75 octets, a
/// continuation line starting with one space, a UTF-8 character never split.
/// The CRLF that ends the whole line is the caller's.
pub fn fold_line(line: &str) -> String {
    let mut folded = String::with_capacity(line.len() + line.len() / (LINE_OCTETS - 1) * 3);
    let mut octets = 0;
    for c in line.chars() {
        if octets + c.len_utf8() > LINE_OCTETS {
            folded.push_str("\r\n ");
            octets = 1;
        }
        folded.push(c);
        octets += c.len_utf8();
    }
    folded
}

#[cfg(test)]
mod tests {
    use super::super::replay;
    use super::super::tests::{d, start};
    use super::*;
    use crate::event::Change;
    use crate::state::{CheckinInput, Contact};

    fn physical_lines(folded: &str) -> Vec<&str> {
        folded.split("\r\n").collect()
    }

    #[test]
    fn a_line_of_75_octets_stays_whole_and_one_more_folds() {
        let line = "x".repeat(75);
        assert_eq!(fold_line(&line), line);
        let longer = "x".repeat(76);
        assert_eq!(fold_line(&longer), format!("{}\r\n x", "x".repeat(75)));
        // Continuation lines hold 74 octets after their space.
        let long = "y".repeat(75 + 74 + 1);
        let folded = fold_line(&long);
        let lines = physical_lines(&folded);
        assert_eq!(lines.iter().map(|l| l.len()).collect::<Vec<_>>(), vec![75, 75, 2]);
    }

    #[test]
    fn folding_never_splits_a_character() {
        // 74 ASCII octets, then "é" (2 octets) would end at 76: it moves down whole.
        let line = format!("{}é{}", "a".repeat(74), "b".repeat(10));
        let folded = fold_line(&line);
        let lines = physical_lines(&folded);
        assert_eq!(lines[0], "a".repeat(74));
        assert!(lines[1].starts_with(" é"), "{folded:?}");
        // Four-octet characters all the way: every line within 75 octets, each whole.
        let hearts = "💚".repeat(60);
        let folded = fold_line(&hearts);
        for line in physical_lines(&folded) {
            assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        }
        assert_eq!(physical_lines(&folded)[0].len(), 72);
        // Unfolding gives the line back.
        assert_eq!(folded.replace("\r\n ", ""), hearts);
        let mixed = format!("SUMMARY:{}", "Ça va, 日本語 and ascii; ".repeat(9));
        assert_eq!(fold_line(&mixed).replace("\r\n ", ""), mixed);
        assert!(physical_lines(&fold_line(&mixed)).iter().all(|line| line.len() <= 75));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape_text(r"a\b; c, d"), r"a\\b\; c\, d");
        assert_eq!(escape_text("one\ntwo\r\nthree"), r"one\ntwo\nthree");
        // An escape sequence can never reach a calendar as one.
        assert_eq!(escape_text("\u{1b}]0;x\u{7}"), "^[]0\\;x^G");
    }

    fn state(changes: &[Change]) -> State {
        replay(&PlanId::of(&"dev".into(), 1), changes).unwrap().state
    }

    fn calendar(changes: &[Change], today: &str) -> String {
        let mut out = Vec::new();
        ics(&mut out, &PlanId::of(&"dev".into(), 1), &state(changes), d(today), None).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn uids_and_dates(text: &str) -> Vec<(String, String)> {
        let mut found = Vec::new();
        let mut uid = String::new();
        for line in text.split("\r\n") {
            if let Some(rest) = line.strip_prefix("UID:") {
                rest.clone_into(&mut uid);
            }
            if let Some(rest) = line.strip_prefix("DTSTART;VALUE=DATE:") {
                found.push((uid.clone(), rest.to_owned()));
            }
        }
        found
    }

    #[test]
    fn milestones_reached_and_ahead_and_gates_with_stable_uids() {
        // four-steps: step 1 has a 21-day gate.
        let changes = vec![start("2026-11-01")];
        let text = calendar(&changes, "2026-11-10");
        assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//plan//plan "), "{text}");
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'), "a bare LF: {text:?}");
        let found = uids_and_dates(&text);
        // Reached before today: kept, under the UID it had while ahead.
        assert_eq!(found[0], ("milestone-7.dev.1@plan".to_owned(), "20261108".to_owned()));
        assert_eq!(found[1], ("milestone-14.dev.1@plan".to_owned(), "20261115".to_owned()));
        assert!(found.contains(&("gate-no-contact.dev.1@plan".to_owned(), "20261122".to_owned())));
        assert_eq!(found.len(), 9, "eight milestones, one of them reached, and one gate: {found:?}");
        assert!(text.contains("DTSTAMP:20261110T000000Z\r\n"));
        assert!(text.contains("DTSTART;VALUE=DATE:20261115\r\nDTEND;VALUE=DATE:20261116\r\n"));
    }

    #[test]
    fn a_slip_moves_the_events_and_keeps_their_uids() {
        let before = vec![start("2026-11-01")];
        let mut after = before.clone();
        let slip = CheckinInput { contact: Some(Contact::Initiated), ..CheckinInput::default() };
        after.push(Change::Checkin { date: d("2026-11-12"), fields: slip });
        let first = uids_and_dates(&calendar(&before, "2026-11-12"));
        let second = uids_and_dates(&calendar(&after, "2026-11-12"));
        let uid = |found: &[(String, String)], prefix: &str| {
            found.iter().find(|(uid, _)| uid.starts_with(prefix)).cloned().unwrap()
        };
        assert_eq!(uid(&first, "milestone-30.").1, "20261201");
        assert_eq!(uid(&second, "milestone-30.").1, "20261212");
        assert_eq!(uid(&second, "gate-no-contact.").1, "20261203");
        // A slip starts the run again: the 7-day milestone is ahead once more,
        // and the run it ended keeps the ones it reached, on their days.
        assert_eq!(
            uid(&second, "milestone-7."),
            ("milestone-7.dev.1@plan".to_owned(), "20261119".to_owned())
        );
        assert_eq!(
            uid(&second, "milestone-7-"),
            ("milestone-7-from-20261101.dev.1@plan".to_owned(), "20261108".to_owned())
        );
        assert_eq!(uid(&first, "milestone-7.").1, "20261108");
        // The same plan on the same day gives the same file.
        assert_eq!(calendar(&after, "2026-11-12"), calendar(&after, "2026-11-12"));
    }

    #[test]
    fn a_done_step_has_no_gate_and_an_ended_plan_only_what_it_reached() {
        let mut changes = vec![start("2026-11-01")];
        changes.push(Change::Done { step: "no-contact".into(), date: d("2026-11-22"), playbook: None });
        let found = uids_and_dates(&calendar(&changes, "2026-11-22"));
        assert!(!found.iter().any(|(uid, _)| uid.starts_with("gate-no-contact.")), "{found:?}");
        changes.push(Change::End {
            date: d("2026-11-22"),
            outcome: crate::state::Outcome::MovedOn,
            note: None,
        });
        let found = uids_and_dates(&calendar(&changes, "2026-11-22"));
        let reached =
            ["milestone-7", "milestone-14", "milestone-21"].map(|what| format!("{what}.dev.1@plan"));
        assert_eq!(found.iter().map(|(uid, _)| uid.clone()).collect::<Vec<_>>(), reached, "{found:?}");
    }
}
