//! What the readiness check found travels into what leaves the terminal:
//! the report's page and the Markdown journal carry a reason never to make
//! contact, with its day and its help, for as long as it stands, and the
//! calendar marks the day of the last contact as one of contact.

use plan::safety::Reason;
use plan::views::help;

use crate::harness::Env;

const TODAY: &str = "2026-11-10";
/// The day of the readiness check that names a reason.
const CHECKED: &str = "2026-11-04";

/// A plan begun on 2026-11-01 with a check-in on the 2nd.
fn begun() -> Env {
    let env = Env::new(TODAY);
    env.plan_on("2026-11-01", &["start"]).assert().success();
    env.plan_on("2026-11-02", &["checkin", "--mood", "6", "--urge", "4"]).assert().success();
    env
}

/// The page and the journal, as of today.
fn exports(env: &Env) -> (String, String) {
    (env.stdout(&["report"]), env.stdout(&["export", "--format", "markdown"]))
}

/// The answer id, the reason and what the check found, for each reason
/// tested through the binary.
const REASONS: [(&str, Reason, &str); 3] = [
    ("abuse", Reason::Abuse, "named abuse or control"),
    ("afraid", Reason::Afraid, "said you are afraid of them"),
    ("they-asked", Reason::TheyAsked, "said they asked for no contact, blocked you, or said it is over"),
];

/// Neither the page nor the journal says anything of a readiness check's
/// red flag or of help.
fn assert_nothing_of_it(page: &str, journal: &str, context: &str) {
    for (name, text) in [("report", page), ("journal", journal)] {
        assert!(!text.contains("Your readiness check on"), "{context}, {name}: {text}");
        assert!(!text.contains("emergency number"), "{context}, {name}: {text}");
        for (_, reason, _) in REASONS {
            assert!(!text.contains(&help::short_for_reason(reason)), "{context}, {name}: {text}");
        }
    }
    assert!(!page.contains(r#"class="safety""#), "{context}: {page}");
}

#[test]
fn the_report_and_the_journal_carry_the_reason_its_day_and_its_help() {
    for (id, reason, found) in REASONS {
        let env = begun();
        env.assess(CHECKED, Some(id));
        let (page, journal) = exports(&env);
        // The page: what the check found on its day, then the help in full,
        // before any figure or chart.
        let line = format!("Your readiness check on 4 November 2026 {found}.");
        let at = page.find(&line).unwrap_or_else(|| panic!("{id}: no {line:?} in {page}"));
        let help_at =
            page.find(&help::for_reason(reason)).unwrap_or_else(|| panic!("{id}: no help in {page}"));
        assert!(at < help_at, "{id}: the finding comes first");
        for later in [r#"class="figures""#, "<svg"] {
            assert!(help_at < page.find(later).expect(later), "{id}: the help comes before {later}");
        }
        // The journal: one line in its header, with the short help.
        let line =
            format!("- Your readiness check on {CHECKED} {found}. {}\n", help::short_for_reason(reason));
        let header = journal.split("\n## ").next().unwrap();
        assert!(header.contains(&line), "{id}: no {line:?} in {journal}");
        if reason != Reason::TheyAsked {
            assert!(page.contains("call your local emergency number"), "{id}: {page}");
            assert!(line.contains("emergency number"), "{id}: {journal}");
        }
    }
}

#[test]
fn a_plan_with_no_red_flag_has_none_of_it() {
    let env = begun();
    let (page, journal) = exports(&env);
    assert_nothing_of_it(&page, &journal, "no readiness check");
    env.assess(CHECKED, None);
    let (page, journal) = exports(&env);
    assert_nothing_of_it(&page, &journal, "a readiness check that named nothing");
    assert!(journal.contains("- No contact since 2026-11-01: 9 days. Longest run 9 days.\n"), "{journal}");
}

#[test]
fn a_later_check_with_no_red_flag_takes_it_away_from_both() {
    for (id, _, _) in REASONS {
        let env = begun();
        env.assess(CHECKED, Some(id));
        let (page, journal) = exports(&env);
        assert!(
            page.contains("Your readiness check on") && journal.contains("Your readiness check on"),
            "{id}"
        );
        env.assess("2026-11-08", None);
        let (page, journal) = exports(&env);
        assert_nothing_of_it(&page, &journal, &format!("{id}, then a check that named nothing"));
    }
}

#[test]
fn the_report_names_the_hardest_days_and_the_journal_counts_beginnings_kindly() {
    let env = begun();
    for (date, mood) in [("2026-11-07", "2"), ("2026-11-08", "1"), ("2026-11-09", "2")] {
        env.plan_on(date, &["checkin", "--mood", mood]).assert().success();
    }
    env.plan_on("2026-11-05", &["slip"]).assert().success();
    env.plan_on("2026-11-06", &["slip"]).assert().success();
    let (page, journal) = exports(&env);
    let at = page.find(&help::hard_days()).unwrap_or_else(|| panic!("no hard days line in {page}"));
    assert!(at < page.find("<svg").unwrap(), "{page}");
    assert!(!page.contains("Your readiness check on"), "{page}");
    assert!(
        journal.contains("- No contact since 2026-11-06: 4 days. Longest run 4 days; began again 2 times.\n"),
        "{journal}"
    );
}

#[test]
fn the_calendar_marks_the_day_of_the_last_contact_as_contact() {
    let env = Env::new(TODAY);
    env.plan_on("2026-11-05", &["start", "--since", "2026-11-03"]).assert().success();
    let out = env.stdout(&["calendar"]);
    // Tuesday the 3rd: the contact mark, no dot; the 4th, the first day of
    // no contact, the dot.
    assert!(out.contains("    3   |   4  ·    5"), "{out}");
    assert!(out.contains("| your last contact before the plan\n"), "{out}");
    // Its legend line goes with the month the mark is in.
    let october = env.stdout(&["calendar", "--month", "2026-10"]);
    assert!(!october.contains('|') && !october.contains("last contact"), "{october}");
    // A check-in on that day saying no contact keeps its mood, not the dot.
    env.plan(&["checkin", "--date", "2026-11-03", "--mood", "4"]).assert().success();
    let out = env.stdout(&["calendar"]);
    assert!(out.contains("    3  4|   4  ·    5"), "{out}");
}
