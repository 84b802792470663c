//! The report's page: one HTML document with its stylesheet inside, and
//! every text from the person, a playbook or the catalogue escaped.

use std::fmt::{self, Write};

use chrono::Datelike;

use super::{Report, escape, fill, heatmap, slot, svg, text};
use crate::i18n::{self, t};
use crate::schedule::StepState;
use crate::state::Contact;
use crate::text::{day_month, long_date as long, month_year, short_date as short, weekday_day};
use crate::views::help;
use crate::views::words::{self, outcome, red_flag};

/// A count as a number, for the catalogue's plural rules.
fn count(n: usize) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

/// The whole page.
pub fn page(out: &mut impl Write, r: &Report) -> fmt::Result {
    writeln!(out, "<!doctype html>")?;
    writeln!(out, r#"<html lang="{}">"#, escape(i18n::lang().tag()))?;
    writeln!(out, "<head>")?;
    writeln!(out, r#"<meta charset="utf-8">"#)?;
    writeln!(out, r#"<meta name="viewport" content="width=device-width, initial-scale=1">"#)?;
    writeln!(out, r#"<meta name="color-scheme" content="light">"#)?;
    writeln!(out, "<title>{} · {}</title>", escape(&r.title), text(&long(r.today)))?;
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
    let footer = t!("report-footer", plan = slot(0), date = slot(1));
    writeln!(out, "<footer>{}</footer>", fill(&footer, &["<b>plan</b>", &text(&long(r.today))]))?;
    writeln!(out, "</main>")?;
    writeln!(out, "</body>")?;
    writeln!(out, "</html>")
}

fn header(out: &mut impl Write, r: &Report) -> fmt::Result {
    writeln!(out, "<header>")?;
    writeln!(out, r#"<p class="eyebrow">{}</p>"#, escape(&r.title))?;
    writeln!(out, "<h1>{}</h1>", text(&t!("report-heading")))?;
    let days = crate::schedule::days_since(r.first, r.last) + 1;
    let dates = if days == 1 {
        t!("report-dates-one-day", first = long(r.first))
    } else {
        let length = t!("count-days", n = u64::try_from(days).unwrap_or(0));
        t!("report-dates", first = long(r.first), last = long(r.last), length = length)
    };
    writeln!(out, r#"<p class="dates">{}</p>"#, text(&dates))?;
    if let Some(ended) = r.status.ended {
        writeln!(
            out,
            r#"<p class="ended">{}</p>"#,
            text(&t!("report-ended", date = long(ended.date), outcome = outcome(ended.outcome)))
        )?;
    }
    if let Some(why) = &r.why {
        writeln!(
            out,
            r#"<blockquote class="why"><p>{}</p><cite>{}</cite></blockquote>"#,
            escape(&why.text),
            text(&t!("report-why", date = short(why.date)))
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
    writeln!(out, r#"<section class="safety" aria-label="{}">"#, escape(&t!("report-safety-label")))?;
    if let Some(safety) = safety {
        let found = t!("report-safety-found", date = long(safety.date), found = red_flag(safety.reason));
        writeln!(out, r#"<p class="found">{}</p>"#, escape(&found))?;
        writeln!(out, "<p>{}</p>", escape(&help::for_reason(safety.reason)))?;
    }
    if hard_days {
        writeln!(out, r#"<p class="hard-days">{}</p>"#, escape(&help::hard_days()))?;
    }
    writeln!(out, "</section>")
}

fn figures(out: &mut impl Write, r: &Report) -> fmt::Result {
    let s = &r.status.streaks;
    let checkins = u32::try_from(r.days.len()).unwrap_or(u32::MAX);
    let figures = [
        (s.current, t!("report-figure-now", n = s.current)),
        (s.longest, t!("report-figure-longest", n = s.longest)),
        (s.total, t!("report-figure-total", n = s.total)),
        (checkins, t!("report-figure-checkins", n = checkins)),
        (s.resets, t!("report-figure-resets", n = s.resets)),
    ];
    writeln!(out, r#"<section class="figures" aria-label="{}">"#, escape(&t!("report-figures-label")))?;
    for (number, label) in figures {
        writeln!(
            out,
            r#"<div class="figure"><span class="n">{number}</span><span class="l">{}</span></div>"#,
            text(&label)
        )?;
    }
    writeln!(out, "</section>")
}

fn no_contact(out: &mut impl Write, r: &Report) -> fmt::Result {
    writeln!(out, "<section>")?;
    writeln!(out, "<h2>{}</h2>", text(&t!("report-no-contact-heading")))?;
    writeln!(out, r#"<p class="lede">{}</p>"#, text(&t!("report-no-contact-lede")))?;
    svg::timeline(out, r)?;
    let runs: Vec<String> = r.runs.iter().rev().map(|run| run_line(r, run)).collect();
    let (recent, earlier) = runs.split_at(runs.len().min(RUNS_SHOWN));
    writeln!(out, r#"<ul class="runs">{}</ul>"#, recent.concat())?;
    if !earlier.is_empty() {
        writeln!(
            out,
            r#"<details><summary>{}</summary><ul class="runs">{}</ul></details>"#,
            text(&t!("report-runs-before", n = count(earlier.len()))),
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
    writeln!(out, "<h2>{}</h2>", text(&t!("report-looking-heading")))?;
    writeln!(out, r#"<p class="lede">{}</p>"#, text(&t!("report-looking-lede")))?;
    let (since, looks) = (short(l.since), count(looks));
    let line = if looks == 0 {
        t!("report-looking-none", days = l.days, since = since)
    } else {
        t!("report-looking-some", days = l.days, since = since, longest = l.longest, looks = looks)
    };
    writeln!(out, "<p>{}</p>", text(&line))?;
    writeln!(out, "</section>")
}

/// How many runs are listed before the rest fold away.
const RUNS_SHOWN: usize = 6;

/// A run as a list item: its dates and length, and the contact that ended it.
fn run_line(r: &Report, run: &super::TimelineRun) -> String {
    let until = if run.current { t!("report-run-now") } else { short(run.to) };
    // `10 Sep to 11 Oct 2026`: the year once, when both ends share it.
    let from =
        if !run.current && run.from.year() == run.to.year() { day_month(run.from) } else { short(run.from) };
    let ended =
        r.slips.iter().find(|slip| !run.current && slip.date == run.to).map_or_else(String::new, |slip| {
            let contact = text(&words::contact(slip.contact));
            let then = if slip.note().is_some() {
                let notes: Vec<String> = slip.notes.iter().map(|note| escape(note)).collect();
                fill(
                    &t!("report-run-then-notes", contact = slot(0), notes = slot(1)),
                    &[&contact, &notes.join(" · ")],
                )
            } else {
                fill(&t!("report-run-then", contact = slot(0)), &[&contact])
            };
            format!(r#"<span class="ended-by"><span class="swatch slip"></span>{then}</span>"#)
        });
    format!(
        r#"<li><span class="swatch run{}"></span>{}<span class="muted length"> · {}</span>{ended}</li>"#,
        if run.current { " current" } else { "" },
        text(&t!("report-run-dates", from = from, to = until)),
        text(&t!("count-days", n = run.days))
    )
}

fn mood(out: &mut impl Write, r: &Report) -> fmt::Result {
    writeln!(out, "<section>")?;
    writeln!(out, "<h2>{}</h2>", text(&t!("report-mood-heading")))?;
    if r.days.iter().all(|day| day.mood.is_none() && day.urge.is_none()) {
        let none = t!("report-mood-none", command = slot(0));
        writeln!(
            out,
            r#"<p class="lede">{}</p>"#,
            fill(&none, &["<code>plan checkin --mood N --urge N</code>"])
        )?;
        return writeln!(out, "</section>");
    }
    let grain = match r.trend.grain {
        super::Grain::Day => t!("report-mood-grain-day"),
        super::Grain::Week => t!("report-mood-grain-week"),
        super::Grain::Month => t!("report-mood-grain-month"),
    };
    writeln!(
        out,
        r#"<p class="keys"><span><span class="key mood"></span>{}</span> <span><span class="key urge"></span>{}</span> <span><span class="key slip-line"></span>{}</span></p>"#,
        text(&t!("report-key-mood")),
        text(&t!("report-key-urge")),
        text(&t!("report-key-slip"))
    )?;
    svg::trend(out, r)?;
    writeln!(out, r#"<p class="muted small">{} {}</p>"#, text(&grain), text(&t!("report-mood-way-up")))?;
    writeln!(out, "<h3>{}</h3>", text(&t!("report-heatmap-heading")))?;
    write!(out, r#"<p class="keys scale"><span class="muted">{}</span>"#, text(&t!("report-scale-low")))?;
    for colour in heatmap::MOOD_COLOURS {
        write!(out, r#"<span class="cell" style="background:{colour}"></span>"#)?;
    }
    writeln!(
        out,
        r#"<span class="muted">{}</span> <span><span class="cell empty"></span> {}</span> <span><span class="cell ringed"></span> {}</span></p>"#,
        text(&t!("report-scale-high")),
        text(&t!("report-no-checkin")),
        text(&t!("report-scale-slip"))
    )?;
    heatmap::heatmap(out, r)?;
    writeln!(out, "</section>")
}

fn milestones(out: &mut impl Write, r: &Report) -> fmt::Result {
    writeln!(out, "<section>")?;
    writeln!(out, "<h2>{}</h2>", text(&t!("report-milestones-heading")))?;
    let since = t!("report-milestones-lede", since = short(r.status.no_contact.since));
    writeln!(out, r#"<p class="lede">{}</p>"#, text(&since))?;
    if r.milestones.is_empty() {
        writeln!(out, "<p>{}</p>", text(&t!("report-milestones-none")))?;
    }
    writeln!(out, r#"<ol class="milestones">"#)?;
    for milestone in &r.milestones {
        let (class, when) = if milestone.reached {
            ("reached", t!("report-milestone-reached", date = short(milestone.date)))
        } else {
            ("ahead", t!("report-milestone-ahead", date = short(milestone.date)))
        };
        writeln!(
            out,
            r#"<li class="{class}"><span class="mark">{}</span><b>{}</b> <span class="muted">{}</span></li>"#,
            if milestone.reached { "★" } else { "☆" },
            text(&t!("count-days", n = milestone.days)),
            text(&when)
        )?;
    }
    writeln!(out, "</ol>")?;
    if !r.earlier_milestones.is_empty() {
        writeln!(out, r#"<p class="lede">{}</p>"#, text(&t!("report-milestones-earlier")))?;
        writeln!(out, r#"<ol class="milestones">"#)?;
        for milestone in &r.earlier_milestones {
            let when =
                t!("report-milestone-earlier", date = short(milestone.date), run = short(milestone.run));
            writeln!(
                out,
                r#"<li class="reached"><span class="mark">★</span><b>{}</b> <span class="muted">{}</span></li>"#,
                text(&t!("count-days", n = milestone.days)),
                text(&when)
            )?;
        }
        writeln!(out, "</ol>")?;
    }
    if r.status.streaks.longest > r.status.streaks.current {
        writeln!(
            out,
            r#"<p class="muted small">{}</p>"#,
            text(&t!("report-milestones-longest", days = r.status.streaks.longest))
        )?;
    }
    writeln!(out, "</section>")
}

fn steps(out: &mut impl Write, r: &Report) -> fmt::Result {
    writeln!(out, "<section>")?;
    writeln!(out, "<h2>{}</h2>", text(&t!("report-steps-heading")))?;
    let done = r.steps.steps.iter().filter(|step| step.done_on.is_some()).count();
    let lede = t!("report-steps-done", done = count(done), total = count(r.steps.steps.len()));
    writeln!(out, r#"<p class="lede">{}</p>"#, text(&lede))?;
    writeln!(out, r#"<ol class="steps">"#)?;
    for step in &r.steps.steps {
        let (class, state) = match (step.state, step.done_on, step.locked_until) {
            (_, Some(date), _) => ("done", t!("report-step-done", date = short(date))),
            (_, None, Some(until)) => ("locked", t!("report-step-opens", date = short(until))),
            (StepState::Current, None, None) => ("current", t!("report-step-now")),
            _ => ("ahead", t!("report-step-later")),
        };
        writeln!(
            out,
            r#"<li class="{class}"><span class="mark">{}</span>{} <span class="muted">{}</span></li>"#,
            if class == "done" { "✓" } else { "" },
            escape(&step.title),
            text(&state)
        )?;
    }
    writeln!(out, "</ol>")?;
    for earlier in &r.earlier {
        let done: Vec<String> = earlier
            .done
            .iter()
            .map(|step| format!("{} ({})", escape(step.id.as_str()), text(&short(step.date))))
            .collect();
        let (until, title) = (text(&short(earlier.until)), escape(&earlier.title));
        let line = if done.is_empty() {
            fill(&t!("report-earlier-none", until = slot(0), title = slot(1)), &[&until, &title])
        } else {
            let done = done.join(", ");
            fill(
                &t!("report-earlier", until = slot(0), title = slot(1), done = slot(2)),
                &[&until, &title, &done],
            )
        };
        writeln!(out, r#"<p class="muted small">{line}</p>"#)?;
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
    writeln!(out, "<h2>{}</h2>", text(&t!("report-notes-heading")))?;
    writeln!(out, r#"<p class="lede">{}</p>"#, text(&t!("report-notes-lede", count = self::count(count))))?;
    let mut month = None;
    for day in days {
        let this = (day.date.year(), day.date.month());
        if month != Some(this) {
            if month.is_some() {
                writeln!(out, "</dl>")?;
            }
            month = Some(this);
            writeln!(out, "<h3>{}</h3>", text(&month_year(day.date)))?;
            writeln!(out, r#"<dl class="notes">"#)?;
        }
        let mood = day
            .mood
            .map_or_else(String::new, |mood| format!(" · {}", text(&t!("report-day-mood", mood = mood))));
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
            text(&weekday_day(day.date)),
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
        assert!(page.starts_with("<!doctype html>\n<html lang=\"en-US\">"), "{page}");
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
