//! The check-ins for people and spreadsheets: `--format csv`, one row a
//! day, and `--format markdown`, a journal with a section a day.
//!
//! Both show the person's notes with control characters made visible, as
//! everything `plan` prints does: these are read, often straight on the
//! terminal. The JSON export keeps every character exactly.

use std::io::{self, Write};

use chrono::NaiveDate;

use crate::i18n::t;
use crate::state::{Checkin, State};
use crate::text::visible;
use crate::views::help;
use crate::views::words;

/// One row per check-in, oldest first, under the header
/// `date,mood,urge,contact,note`. `note` holds every note of the day,
/// joined by a blank line, as `log --json`'s `note` does. Fields are quoted
/// where they need it (RFC 4180: a comma, a quote or a line break), and
/// rows end in CRLF.
pub fn csv(out: &mut impl Write, days: &[&Checkin]) -> io::Result<()> {
    let mut writer = ::csv::WriterBuilder::new().terminator(::csv::Terminator::CRLF).from_writer(out);
    writer.write_record(["date", "mood", "urge", "contact", "note"])?;
    let number = |value: Option<u8>| value.map(|n| n.to_string()).unwrap_or_default();
    for day in days {
        let note =
            day.note().as_deref().map(|note| inert_cell(visible(note).into_owned())).unwrap_or_default();
        writer.write_record([
            day.date.to_string().as_str(),
            &number(day.mood),
            &number(day.urge),
            day.contact.as_str(),
            &note,
        ])?;
    }
    writer.flush()
}

/// A cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, a tab
/// or a carriage return first) with a single quote before it, as OWASP
/// recommends against CSV injection: it shows as text, and runs nothing.
fn inert_cell(cell: String) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{cell}") } else { cell }
}

/// A journal: a short header with the plan, then a section per check-in,
/// oldest first, with its mood, urge, contact and note.
pub fn markdown(out: &mut impl Write, state: &State, days: &[&Checkin], today: NaiveDate) -> io::Result<()> {
    let counter = state.counter(today);
    writeln!(out, "# {}", t!("export-journal-title", title = markdown_text(&state.playbook.title)))?;
    writeln!(out)?;
    if let Some(safety) = state.safety {
        let (date, found) = (safety.date.to_string(), words::red_flag(safety.reason));
        let help = help::short_for_reason(safety.reason);
        let line = t!("export-journal-safety", date = date, found = found, help = help);
        writeln!(out, "- {}", markdown_text(&line))?;
    }
    writeln!(out, "- {}", t!("export-journal-started", date = state.started.to_string()))?;
    // Kind words for a slip: the days before it still count.
    let since = counter.since.to_string();
    let (run, longest) = (t!("count-days", n = counter.days), t!("count-days", n = counter.longest));
    let no_contact = if counter.resets == 0 {
        t!("export-journal-no-contact", since = since, days = run, longest = longest)
    } else {
        let resets = t!("count-times", n = counter.resets);
        t!("export-journal-no-contact-again", since = since, days = run, longest = longest, resets = resets)
    };
    writeln!(out, "- {no_contact}")?;
    if let Some(ended) = state.ended {
        let outcome = words::outcome(ended.outcome);
        writeln!(out, "- {}", t!("export-journal-ended", date = ended.date.to_string(), outcome = outcome))?;
    }
    let checkins = t!("count-checkins", n = days.len());
    writeln!(out, "- {}", t!("export-journal-checkins", checkins = checkins, date = today.to_string()))?;
    for day in days {
        writeln!(out)?;
        writeln!(out, "## {}", day.date)?;
        writeln!(out)?;
        let mut parts: Vec<String> = Vec::new();
        parts.extend(day.mood.map(|mood| t!("export-journal-mood", mood = mood)));
        parts.extend(day.urge.map(|urge| t!("export-journal-urge", urge = urge)));
        parts.push(words::contact(day.contact));
        let line = parts.join(" · ");
        let mut chars = line.chars();
        let first = chars.next().map(|c| c.to_uppercase().collect::<String>()).unwrap_or_default();
        writeln!(out, "{first}{}", chars.as_str())?;
        if !day.notes.is_empty() {
            writeln!(out)?;
            writeln!(out, "{}", markdown_notes(&day.notes))?;
        }
    }
    Ok(())
}

/// A day's notes in the order written: one as its paragraphs, several as
/// a list, a note an item, so where one ends and the next begins shows.
fn markdown_notes(notes: &[String]) -> String {
    if let [note] = notes {
        return markdown_note(note);
    }
    let items: Vec<String> = notes
        .iter()
        .map(|note| {
            let text = markdown_note(note);
            let lines: Vec<String> = text
                .lines()
                .enumerate()
                .map(|(i, line)| match (i, line.is_empty()) {
                    (0, _) => format!("- {line}"),
                    (_, true) => String::new(),
                    _ => format!("  {line}"),
                })
                .collect();
            lines.join("\n")
        })
        .collect();
    items.join("\n")
}

/// A note as Markdown paragraphs: its line breaks kept (a backslash at the
/// end of a line is a Markdown hard break), its blank lines kept as
/// paragraph breaks, and nothing in it read as Markdown.
fn markdown_note(note: &str) -> String {
    let note = note.replace("\r\n", "\n");
    let paragraphs: Vec<String> = note
        .split("\n\n")
        .map(|paragraph| {
            paragraph
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .map(markdown_text)
                .collect::<Vec<String>>()
                .join("\\\n")
        })
        .filter(|paragraph| !paragraph.is_empty())
        .collect();
    paragraphs.join("\n\n")
}

/// One line of someone's text, shown as written: control characters made
/// visible, and every character Markdown would act on escaped, inline
/// (emphasis, code, links, HTML) and at the start of a line (a heading, a
/// quote, a list, a rule). Leading spaces go: four would make code.
pub fn markdown_text(line: &str) -> String {
    let line = visible(line.trim_start());
    let mut escaped = String::with_capacity(line.len() + 4);
    let mut rest: &str = &line;
    while let Some(c) = rest.chars().next() {
        let after = &rest[c.len_utf8()..];
        // What renderers turn into a link or HTML: a scheme's `://`, an
        // address's `@`, a word starting `www.` (GitHub's autolinks), an
        // entity's `&`. An escaped character still shows as itself.
        let autolink = match c {
            '@' | '&' => true,
            ':' => after.starts_with("//"),
            '.' => {
                escaped.len() >= 3
                    && escaped[escaped.len() - 3..].eq_ignore_ascii_case("www")
                    && escaped[..escaped.len() - 3].chars().next_back().is_none_or(|c| !c.is_alphanumeric())
            }
            _ => false,
        };
        if autolink || matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '~' | '|') {
            escaped.push('\\');
        }
        escaped.push(c);
        rest = after;
    }
    // A line that would start a block: `#`, `-`, `+`, `=` or `1.` / `1)`.
    let digits = escaped.chars().take_while(char::is_ascii_digit).count();
    let at = match escaped.chars().next() {
        Some('#' | '-' | '+' | '=') => Some(0),
        Some(c) if c.is_ascii_digit() && matches!(escaped[digits..].chars().next(), Some('.' | ')')) => {
            Some(digits)
        }
        _ => None,
    };
    if let Some(at) = at {
        escaped.insert(at, '\\');
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::super::replay;
    use super::super::tests::{checkin, d, start};
    use super::*;
    use crate::event::PlanId;
    use crate::safety::{Reason, Safety};
    use crate::state::Contact;

    fn entry(
        date: &str,
        mood: Option<u8>,
        urge: Option<u8>,
        contact: Contact,
        note: Option<&str>,
    ) -> Checkin {
        Checkin { date: d(date), mood, urge, contact, notes: note.map(str::to_owned).into_iter().collect() }
    }

    fn csv_of(days: &[Checkin]) -> String {
        let mut out = Vec::new();
        csv(&mut out, &days.iter().collect::<Vec<_>>()).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn csv_quotes_commas_quotes_and_newlines() {
        let days = [
            entry("2026-11-02", Some(4), Some(8), Contact::None, Some("a \"quoted\", comma\nnewline")),
            entry("2026-11-03", None, None, Contact::Initiated, None),
            entry("2026-11-04", Some(6), Some(2), Contact::TheyContacted, Some("plain")),
        ];
        assert_eq!(
            csv_of(&days),
            "date,mood,urge,contact,note\r\n\
             2026-11-02,4,8,none,\"a \"\"quoted\"\", comma\nnewline\"\r\n\
             2026-11-03,,,initiated,\r\n\
             2026-11-04,6,2,they-contacted,plain\r\n"
        );
    }

    #[test]
    fn csv_reads_back_as_written() {
        let note = "a \"quoted\", comma\nnewline; and ünïcode, 💚";
        let text = csv_of(&[entry("2026-11-02", Some(4), None, Contact::None, Some(note))]);
        let mut reader = ::csv::Reader::from_reader(text.as_bytes());
        let rows: Vec<::csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 1);
        assert_eq!(&rows[0][4], note);
        assert_eq!(&rows[0][2], "");
    }

    #[test]
    fn csv_cells_that_would_be_formulas_are_text() {
        let days: Vec<Checkin> = ["=1+1", "+1", "-2", "@SUM(A1)", "fine = ok"]
            .iter()
            .map(|note| entry("2026-11-02", None, None, Contact::None, Some(note)))
            .collect();
        let text = csv_of(&days);
        let notes: Vec<&str> = text.lines().skip(1).map(|row| row.rsplit(',').next().unwrap()).collect();
        assert_eq!(notes, ["'=1+1", "'+1", "'-2", "'@SUM(A1)", "fine = ok"]);
    }

    #[test]
    fn csv_shows_control_characters() {
        let text = csv_of(&[entry("2026-11-02", Some(4), None, Contact::None, Some("\u{1b}[2Jgone"))]);
        assert!(text.contains("^[[2Jgone"), "{text:?}");
    }

    #[test]
    fn markdown_escapes_what_it_would_act_on() {
        assert_eq!(markdown_text("# not a heading"), "\\# not a heading");
        assert_eq!(markdown_text("- not a list"), "\\- not a list");
        assert_eq!(markdown_text("12. not a list"), "12\\. not a list");
        assert_eq!(markdown_text("> not a quote"), "\\> not a quote");
        assert_eq!(markdown_text("*so* [tired](x) <b>"), "\\*so\\* \\[tired\\](x) \\<b\\>");
        assert_eq!(markdown_text("    not code"), "not code");
        assert_eq!(markdown_text("Walked 5k, felt ok."), "Walked 5k, felt ok.");
        assert_eq!(markdown_note("one\ntwo\n\nthree"), "one\\\ntwo\n\nthree");
        assert_eq!(markdown_text("see https://x.org or www.x.org"), "see https\\://x.org or www\\.x.org");
        assert_eq!(markdown_text("me@x.org &amp; 10:30, nowww.x"), "me\\@x.org \\&amp; 10:30, nowww.x");
    }

    #[test]
    fn a_journal_has_a_section_a_day() {
        let changes = vec![
            start("2026-11-01"),
            checkin("2026-11-02", 4, Contact::None, Some("hard day\n- but I went out")),
            checkin("2026-11-05", 3, Contact::Initiated, None),
        ];
        let folded = replay(&PlanId::of(&"a".into(), 1), &changes).unwrap();
        let days: Vec<&Checkin> = folded.days.values().collect();
        let mut out = Vec::new();
        markdown(&mut out, &folded.state, &days, d("2026-11-10")).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text,
            "# Five steps back: a journal\n\
             \n\
             - Started on 2026-11-01.\n\
             - No contact since 2026-11-05: 5 days. Longest run 5 days; began again 1 time.\n\
             - 2 check-ins, written down as of 2026-11-10.\n\
             \n\
             ## 2026-11-02\n\
             \n\
             Mood 4/10 · no contact\n\
             \n\
             hard day\\\n\
             \\- but I went out\n\
             \n\
             ## 2026-11-05\n\
             \n\
             Mood 3/10 · a slip\n"
        );
    }

    /// The header of the journal of `changes` on `today`, with `safety` as
    /// the latest readiness check left it: the lines before the first day.
    fn header_of(changes: &[crate::event::Change], safety: Option<Safety>, today: &str) -> String {
        let mut folded = replay(&PlanId::of(&"a".into(), 1), changes).unwrap();
        folded.state.safety = safety;
        let mut out = Vec::new();
        markdown(&mut out, &folded.state, &[], d(today)).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_header_counts_runs_and_new_beginnings_in_words() {
        let none = header_of(&[start("2026-11-01")], None, "2026-11-02");
        assert!(none.contains("- No contact since 2026-11-01: 1 day. Longest run 1 day.\n"), "{none}");
        let twice = header_of(
            &[
                start("2026-11-01"),
                checkin("2026-11-05", 3, Contact::Initiated, None),
                checkin("2026-11-06", 3, Contact::Replied, None),
            ],
            None,
            "2026-11-10",
        );
        assert!(
            twice.contains(
                "- No contact since 2026-11-06: 4 days. Longest run 4 days; began again 2 times.\n"
            ),
            "{twice}"
        );
        assert!(!twice.contains("streak") && !twice.contains("reset"), "{twice}");
    }

    #[test]
    fn the_header_carries_a_reason_never_to_make_contact_with_its_help() {
        let changes = [start("2026-11-01")];
        for (reason, found) in [
            (Reason::Abuse, "named abuse or control"),
            (Reason::Afraid, "said you are afraid of them"),
            (Reason::TheyAsked, "said they asked for no contact, blocked you, or said it is over"),
            (Reason::OwnBehaviour, "named your own behaviour as abusive or controlling"),
        ] {
            let text = header_of(&changes, Some(Safety { reason, date: d("2026-11-03") }), "2026-11-04");
            let line =
                format!("- Your readiness check on 2026-11-03 {found}. {}\n", help::short_for_reason(reason));
            assert!(text.contains(&line), "{reason:?}: {text}");
        }
        let danger =
            header_of(&changes, Some(Safety { reason: Reason::Afraid, date: d("2026-11-03") }), "2026-11-04");
        assert!(danger.contains("emergency number"), "{danger}");
        let none = header_of(&changes, None, "2026-11-04");
        assert!(!none.contains("readiness check") && !none.contains("emergency number"), "{none}");
    }
}
