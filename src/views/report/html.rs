//! The report's page: one HTML document with its stylesheet inside, and
//! every text from the person or a playbook escaped.

use std::fmt::{self, Write};

use chrono::Datelike;

use super::{Report, escape, heatmap, svg};
use crate::schedule::StepState;
use crate::state::Contact;
use crate::text::{day_month, long_date as long, month_year, plural, short_date as short, weekday_day};
use crate::views::help;
use crate::views::words::{self, outcome, red_flag};

/// The whole page.
pub fn page(out: &mut impl Write, r: &Report) -> fmt::Result {
    writeln!(out, "<!doctype html>")?;
    writeln!(out, r#"<html lang="en">"#)?;
    writeln!(out, "<head>")?;
    writeln!(out, r#"<meta charset="utf-8">"#)?;
    writeln!(out, r#"<meta name="viewport" content="width=device-width, initial-scale=1">"#)?;
    writeln!(out, r#"<meta name="color-scheme" content="light">"#)?;
    writeln!(out, "<title>{} · {}</title>", escape(&r.title), long(r.today))?;
    writeln!(out, "<style>{STYLE}</style>")?;
    writeln!(out, "</head>")?;
    writeln!(out, "<body>")?;
    writeln!(out, "<main>")?;
    header(out, r)?;
    safety(out, r)?;
    figures(out, r)?;
    no_contact(out, r)?;
    looking(out, r)?;
    mood(out, r)?;
    writeln!(out, r#"<div class="pair">"#)?;
    milestones(out, r)?;
    steps(out, r)?;
    writeln!(out, "</div>")?;
    notes(out, r)?;
    writeln!(
        out,
        "<footer>Made by <b>plan</b> on your own computer, on {}. This page holds your notes: keep it \
         somewhere private.</footer>",
        long(r.today)
    )?;
    writeln!(out, "</main>")?;
    writeln!(out, "</body>")?;
    writeln!(out, "</html>")
}

fn header(out: &mut impl Write, r: &Report) -> fmt::Result {
    writeln!(out, "<header>")?;
    writeln!(out, r#"<p class="eyebrow">{}</p>"#, escape(&r.title))?;
    writeln!(out, "<h1>How far you have come</h1>")?;
    let days = crate::schedule::days_since(r.first, r.last) + 1;
    if days == 1 {
        writeln!(out, r#"<p class="dates">{} · day one</p>"#, long(r.first))?;
    } else {
        writeln!(
            out,
            r#"<p class="dates">{} to {} · {}</p>"#,
            long(r.first),
            long(r.last),
            plural(u64::try_from(days).unwrap_or(0), "day")
        )?;
    }
    if let Some(ended) = r.status.ended {
        writeln!(
            out,
            r#"<p class="ended">This plan ended on {}: {}.</p>"#,
            long(ended.date),
            outcome(ended.outcome)
        )?;
    }
    if let Some(why) = &r.why {
        writeln!(
            out,
            r#"<blockquote class="why"><p>{}</p><cite>Your why, {}</cite></blockquote>"#,
            escape(&why.text),
            short(why.date)
        )?;
    }
    writeln!(out, "</header>")
}

/// What the person told `plan` that every route honours, before any count
/// or chart (as `plan status` leads with it): a reason never to make
/// contact, with the day of the check that named it and the help it calls
/// for in full, and the hardest days. Nothing when there is neither.
fn safety(out: &mut impl Write, r: &Report) -> fmt::Result {
    let (safety, hard_days) = (r.status.safety, r.status.hard_days);
    if safety.is_none() && !hard_days {
        return Ok(());
    }
    writeln!(out, r#"<section class="safety" aria-label="Where help is">"#)?;
    if let Some(safety) = safety {
        writeln!(
            out,
            r#"<p class="found">{}</p>"#,
            escape(&format!("Your readiness check on {} {}.", long(safety.date), red_flag(safety.reason)))
        )?;
        writeln!(out, "<p>{}</p>", escape(&help::for_reason(safety.reason)))?;
    }
    if hard_days {
        writeln!(out, r#"<p class="hard-days">{}</p>"#, escape(&help::hard_days()))?;
    }
    writeln!(out, "</section>")
}

fn figures(out: &mut impl Write, r: &Report) -> fmt::Result {
    let s = &r.status.streaks;
    let figures = [
        (s.current, "days of no contact now"),
        (s.longest, "days, your longest run"),
        (s.total, "days of no contact in all"),
        (u32::try_from(r.days.len()).unwrap_or(u32::MAX), "check-ins"),
        (s.resets, "times you began again"),
    ];
    writeln!(out, r#"<section class="figures" aria-label="In numbers">"#)?;
    for (number, label) in figures {
        writeln!(
            out,
            r#"<div class="figure"><span class="n">{number}</span><span class="l">{label}</span></div>"#
        )?;
    }
    writeln!(out, "</section>")
}

fn no_contact(out: &mut impl Write, r: &Report) -> fmt::Result {
    writeln!(out, "<section>")?;
    writeln!(out, "<h2>No contact</h2>")?;
    writeln!(
        out,
        r#"<p class="lede">Each bar is a run of days without contact; each dot, a day it was broken. A slip starts the count again. It never takes away the days before it.</p>"#
    )?;
    svg::timeline(out, r)?;
    let runs: Vec<String> = r.runs.iter().rev().map(|run| run_line(r, run)).collect();
    let (recent, earlier) = runs.split_at(runs.len().min(RUNS_SHOWN));
    writeln!(out, r#"<ul class="runs">{}</ul>"#, recent.concat())?;
    if !earlier.is_empty() {
        writeln!(
            out,
            r#"<details><summary>{} before these</summary><ul class="runs">{}</ul></details>"#,
            plural(u64::try_from(earlier.len()).unwrap_or(0), "run"),
            earlier.concat()
        )?;
    }
    writeln!(out, "</section>")
}

/// The looking counter, apart from no contact: its days, its longest run,
/// and how many days were a look.
fn looking(out: &mut impl Write, r: &Report) -> fmt::Result {
    let l = &r.status.looking;
    let looks = r.days.iter().filter(|day| day.contact.is_a_look()).count();
    writeln!(out, r#"<section class="looking">"#)?;
    writeln!(out, "<h2>Not looking at their profile</h2>")?;
    writeln!(
        out,
        r#"<p class="lede">Looking at their profile or photos is counted on its own. It never starts the no-contact count again.</p>"#
    )?;
    let days = plural(l.days, "day");
    if looks == 0 {
        writeln!(out, "<p>No day is recorded as a look: {days} since {}.</p>", short(l.since))?;
    } else {
        writeln!(
            out,
            "<p>{days} without looking now, since {}. The longest run without it: {}. Days you looked: {looks}.</p>",
            short(l.since),
            plural(l.longest, "day")
        )?;
    }
    writeln!(out, "</section>")
}

/// How many runs are listed before the rest fold away.
const RUNS_SHOWN: usize = 6;

/// A run as a list item: its dates and length, and the contact that ended it.
fn run_line(r: &Report, run: &super::TimelineRun) -> String {
    let until = if run.current { "now".to_owned() } else { short(run.to) };
    // `10 Sep to 11 Oct 2026`: the year once, when both ends share it.
    let from =
        if !run.current && run.from.year() == run.to.year() { day_month(run.from) } else { short(run.from) };
    let ended =
        r.slips.iter().find(|slip| !run.current && slip.date == run.to).map_or_else(String::new, |slip| {
            let note = slip.note().map_or_else(String::new, |_| {
                let notes: Vec<String> = slip.notes.iter().map(|note| escape(note)).collect();
                format!(": {}", notes.join(" · "))
            });
            format!(
                r#"<span class="ended-by"><span class="swatch slip"></span>then {}{note}</span>"#,
                crate::views::words::contact(slip.contact)
            )
        });
    format!(
        r#"<li><span class="swatch run{}"></span>{} to {until}<span class="muted length"> · {}</span>{ended}</li>"#,
        if run.current { " current" } else { "" },
        from,
        plural(run.days, "day")
    )
}

fn mood(out: &mut impl Write, r: &Report) -> fmt::Result {
    writeln!(out, "<section>")?;
    writeln!(out, "<h2>Mood and urge</h2>")?;
    if r.days.iter().all(|day| day.mood.is_none() && day.urge.is_none()) {
        writeln!(
            out,
            r#"<p class="lede">No mood or urge recorded yet. <code>plan checkin --mood N --urge N</code> adds a day.</p>"#
        )?;
        return writeln!(out, "</section>");
    }
    let grain = match r.trend.grain {
        super::Grain::Day => "Each dot is a day.",
        super::Grain::Week => "Each dot is a week's average.",
        super::Grain::Month => "Each dot is a month's average.",
    };
    writeln!(
        out,
        r#"<p class="keys"><span><span class="key mood"></span>Mood, 1 to 10</span> <span><span class="key urge"></span>Urge to make contact, 0 to 10</span> <span><span class="key slip-line"></span>A slip</span></p>"#
    )?;
    svg::trend(out, r)?;
    writeln!(out, r#"<p class="muted small">{grain} A higher mood and a lower urge are the way up.</p>"#)?;
    writeln!(out, "<h3>Mood, day by day</h3>")?;
    write!(out, r#"<p class="keys scale"><span class="muted">low</span>"#)?;
    for colour in heatmap::MOOD_COLOURS {
        write!(out, r#"<span class="cell" style="background:{colour}"></span>"#)?;
    }
    writeln!(
        out,
        r#"<span class="muted">high</span> <span><span class="cell empty"></span> no check-in</span> <span><span class="cell ringed"></span> a slip</span></p>"#
    )?;
    heatmap::heatmap(out, r)?;
    writeln!(out, "</section>")
}

fn milestones(out: &mut impl Write, r: &Report) -> fmt::Result {
    writeln!(out, "<section>")?;
    writeln!(out, "<h2>Milestones</h2>")?;
    writeln!(out, r#"<p class="lede">Of the run since {}.</p>"#, short(r.status.no_contact.since))?;
    if r.milestones.is_empty() {
        writeln!(out, "<p>The first, 7 days, was still ahead when the plan ended.</p>")?;
    }
    writeln!(out, r#"<ol class="milestones">"#)?;
    for milestone in &r.milestones {
        let (class, when) = if milestone.reached {
            ("reached", format!("reached {}", short(milestone.date)))
        } else {
            ("ahead", format!("on {}", short(milestone.date)))
        };
        writeln!(
            out,
            r#"<li class="{class}"><span class="mark">{}</span><b>{}</b> <span class="muted">{when}</span></li>"#,
            if milestone.reached { "★" } else { "☆" },
            plural(milestone.days, "day")
        )?;
    }
    writeln!(out, "</ol>")?;
    if !r.earlier_milestones.is_empty() {
        writeln!(
            out,
            r#"<p class="lede">Reached in earlier runs. A slip ended the run, not what you reached.</p>"#
        )?;
        writeln!(out, r#"<ol class="milestones">"#)?;
        for milestone in &r.earlier_milestones {
            writeln!(
                out,
                r#"<li class="reached"><span class="mark">★</span><b>{}</b> <span class="muted">reached {}, in the run from {}</span></li>"#,
                plural(milestone.days, "day"),
                short(milestone.date),
                short(milestone.run)
            )?;
        }
        writeln!(out, "</ol>")?;
    }
    if r.status.streaks.longest > r.status.streaks.current {
        writeln!(
            out,
            r#"<p class="muted small">Your longest run so far: {}.</p>"#,
            plural(r.status.streaks.longest, "day")
        )?;
    }
    writeln!(out, "</section>")
}

fn steps(out: &mut impl Write, r: &Report) -> fmt::Result {
    writeln!(out, "<section>")?;
    writeln!(out, "<h2>Steps</h2>")?;
    let done = r.steps.steps.iter().filter(|step| step.done_on.is_some()).count();
    writeln!(out, r#"<p class="lede">{} of {} done.</p>"#, done, r.steps.steps.len())?;
    writeln!(out, r#"<ol class="steps">"#)?;
    for step in &r.steps.steps {
        let (class, state) = match (step.state, step.done_on, step.locked_until) {
            (_, Some(date), _) => ("done", format!("done {}", short(date))),
            (_, None, Some(until)) => ("locked", format!("opens {}", short(until))),
            (StepState::Current, None, None) => ("current", "now".to_owned()),
            _ => ("ahead", "later".to_owned()),
        };
        writeln!(
            out,
            r#"<li class="{class}"><span class="mark">{}</span>{} <span class="muted">{state}</span></li>"#,
            if class == "done" { "✓" } else { "" },
            escape(&step.title)
        )?;
    }
    writeln!(out, "</ol>")?;
    for earlier in &r.earlier {
        let done: Vec<String> = earlier
            .done
            .iter()
            .map(|step| format!("{} ({})", escape(step.id.as_str()), short(step.date)))
            .collect();
        writeln!(
            out,
            r#"<p class="muted small">Before {}, with {}: {}.</p>"#,
            short(earlier.until),
            escape(&earlier.title),
            if done.is_empty() { "no steps done".to_owned() } else { done.join(", ") }
        )?;
    }
    writeln!(out, "</section>")
}

/// Every note of the plan as text a phone and a printed page can read:
/// oldest first, under the month it was written in, each day with its
/// mood and its contact, a slip marked.
fn notes(out: &mut impl Write, r: &Report) -> fmt::Result {
    let days: Vec<_> = r.days.iter().filter(|day| !day.notes.is_empty()).collect();
    if days.is_empty() {
        return Ok(());
    }
    let count = days.iter().map(|day| day.notes.len()).sum::<usize>();
    writeln!(out, r#"<section class="notes-all">"#)?;
    writeln!(out, "<h2>Your notes</h2>")?;
    writeln!(
        out,
        r#"<p class="lede">{}, in the order of the days. A day with a slip is marked.</p>"#,
        if count == 1 { "Your one note".to_owned() } else { format!("All {count} of your notes") }
    )?;
    let mut month = None;
    for day in days {
        let this = (day.date.year(), day.date.month());
        if month != Some(this) {
            if month.is_some() {
                writeln!(out, "</dl>")?;
            }
            month = Some(this);
            writeln!(out, "<h3>{}</h3>", month_year(day.date))?;
            writeln!(out, r#"<dl class="notes">"#)?;
        }
        let mood = day.mood.map_or_else(String::new, |mood| format!(" · mood {mood}"));
        let slip = day.contact.breaks_no_contact();
        let contact = match day.contact {
            Contact::None => String::new(),
            kind => format!(" · {}", escape(&words::contact(kind))),
        };
        writeln!(
            out,
            r#"<dt{}>{}{}<span class="muted">{mood}{contact}</span></dt>"#,
            if slip { r#" class="slip""# } else { "" },
            if slip { r#"<span class="swatch slip"></span>"# } else { "" },
            weekday_day(day.date),
        )?;
        for note in &day.notes {
            writeln!(out, "<dd>{}</dd>", escape(note))?;
        }
    }
    writeln!(out, "</dl>")?;
    writeln!(out, "</section>")
}

/// Calm colours, system fonts, and rules for print and for narrow windows.
const STYLE: &str = include_str!("style.css");

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::safety::{Reason, Safety};

    #[test]
    fn every_character_html_gives_meaning_to_is_escaped() {
        assert_eq!(
            escape(r#"<script>alert("x" & 'y')</script>"#),
            "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;"
        );
        assert_eq!(escape("plain, é ✓"), "plain, é ✓");
    }

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn page_of(notes: &[&str]) -> String {
        page_with(notes, None, |i| i % 10 + 1)
    }

    /// The page of a plan begun on 1 November 2026, on the 10th, with a
    /// check-in a day from the 2nd (a slip on the 3rd) holding `notes`, the
    /// moods `mood(i)`, and `safety` as the latest readiness check left it.
    fn page_with(notes: &[&str], safety: Option<Safety>, mood: impl Fn(u8) -> u8) -> String {
        use crate::playbook::{BUNDLED, parse};
        use crate::state::{Checkin, Contact, State};
        let mut state = State::new(
            crate::id::PlanId::of(&"a".into(), 1),
            parse(BUNDLED[0].1).unwrap(),
            crate::playbook::Origin::Bundled,
            d("2026-11-01"),
            d("2026-11-01"),
        );
        let days: Vec<Checkin> = (0u8..)
            .zip(notes)
            .map(|(i, note)| Checkin {
                date: d("2026-11-02") + chrono::Days::new(i.into()),
                mood: Some(mood(i)),
                urge: Some(5),
                contact: if i == 1 { Contact::Initiated } else { Contact::None },
                notes: vec![(*note).to_owned()],
            })
            .collect();
        state = crate::event::with_checkins(state, &days);
        state.safety = safety;
        let why = crate::event::Dated { date: d("2026-11-01"), text: "for <me>".into() };
        let report = super::super::report(&state, &days, Some(why), d("2026-11-10"));
        let mut page = String::new();
        super::page(&mut page, &report).unwrap();
        page
    }

    #[test]
    fn the_page_is_whole_and_draws_its_charts_in_svg() {
        let page = page_of(&["a walk", "texted them", "quiet"]);
        assert!(page.starts_with("<!doctype html>\n<html lang=\"en\">"), "{page}");
        assert!(page.trim_end().ends_with("</html>"));
        for chart in ["chart timeline", "chart trend", "class=\"months\""] {
            assert!(page.contains(chart), "{chart}");
        }
        assert_eq!(page.matches("<svg").count(), page.matches("</svg>").count());
        assert!(page.matches("<svg").count() >= 3);
        assert!(page.contains("@media print") && page.contains("@media (max-width"));
    }

    #[test]
    fn the_page_needs_nothing_from_anywhere() {
        let page = page_of(&["a walk"]);
        for outside in ["<script", "http:", "https:", "<link", "@import", "url(", "<img", "src="] {
            assert!(!page.contains(outside), "{outside}");
        }
    }

    #[test]
    fn notes_and_the_why_are_escaped_wherever_they_appear() {
        let page = page_of(&["<b>bold</b> & \"quoted\"", "</title><script>x</script>"]);
        assert!(!page.contains("<b>bold") && !page.contains("<script>"), "{page}");
        assert!(page.contains("&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;"));
        // In the slip's line, its tooltip and the list of notes (the heat
        // map only says a day has a note).
        assert_eq!(page.matches("&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;").count(), 3, "{page}");
        assert!(page.contains("for &lt;me&gt;"));
    }

    #[test]
    fn control_characters_are_shown_not_kept() {
        assert_eq!(escape("a\u{1b}[31mb\u{7}"), "a^[[31mb^G");
        assert_eq!(escape("line\nnext\ttab"), "line\nnext\ttab");
    }

    #[test]
    fn a_reason_never_to_make_contact_leads_the_page_with_its_help_in_full() {
        for reason in [Reason::Abuse, Reason::Afraid, Reason::TheyAsked, Reason::OwnBehaviour] {
            let page = page_with(&["a walk"], Some(Safety { reason, date: d("2026-11-04") }), |_| 6);
            let found = format!("Your readiness check on 4 November 2026 {}.", red_flag(reason));
            let at = page.find(&escape(&found)).unwrap_or_else(|| panic!("{reason:?}: {page}"));
            assert!(page.contains(&escape(&help::for_reason(reason))), "{reason:?}: {page}");
            // Before any figure or chart.
            assert!(at < page.find("class=\"figures\"").unwrap(), "{reason:?}");
            assert!(at < page.find("<svg").unwrap(), "{reason:?}");
            assert!(!page.contains(&help::hard_days()), "no hard days here: {page}");
        }
        let page =
            page_with(&["a walk"], Some(Safety { reason: Reason::Afraid, date: d("2026-11-04") }), |_| 6);
        assert!(page.contains("emergency number"), "{page}");
        // The danger help's quotes are text: shown as they are, nothing else in them.
        assert!(page.contains("searching for “domestic abuse helpline”"), "{page}");
    }

    #[test]
    fn the_hardest_days_have_their_line_and_nothing_means_no_section() {
        // Moods 2, 1 and 2 on the last three days: the hardest days.
        let page = page_with(&["one", "two", "three"], None, |i| if i == 1 { 1 } else { 2 });
        assert!(page.contains(&help::hard_days()), "{page}");
        assert!(page.find(&help::hard_days()).unwrap() < page.find("<svg").unwrap());
        assert!(!page.contains("Your readiness check"), "{page}");
        let both = page_with(
            &["one", "two", "three"],
            Some(Safety { reason: Reason::TheyAsked, date: d("2026-11-04") }),
            |i| if i == 1 { 1 } else { 2 },
        );
        assert!(both.contains(&help::hard_days()) && both.contains(&help::they_asked()), "{both}");
        let neither = page_of(&["a walk", "texted them", "quiet"]);
        assert!(!neither.contains("class=\"safety\""), "{neither}");
        assert!(!neither.contains("Your readiness check") && !neither.contains(&help::hard_days()));
        assert!(!neither.contains("emergency number"), "{neither}");
    }
}
