//! A partner: a friend who sees a small digest of the plan, encrypted to
//! them alone, through the folder the person already syncs. Pure: the
//! partner list and the SOS as the plan records them, and the digest
//! computed from the state and today. The store seals and writes it; the
//! views show it.
//!
//! What a digest holds is decided here and nowhere else, from the state
//! alone: the state holds no note, no draft, no why and no answer, so no
//! digest can. A mood is in it only for a partner the person turned moods
//! on for.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::i18n::t;
use crate::state::State;
pub use crate::state::{Partner, Sos, same_name};

/// The `format` of every digest, so a stray JSON file is never taken for one.
pub const FORMAT: &str = "plan-partner-digest";
/// The digest's version: a reader refuses a newer one.
pub const VERSION: u32 = 1;
/// The longest name a partner may have.
pub const MAX_NAME: usize = 32;
/// The longest SOS message, in characters: a short line, not a letter.
pub const MAX_MESSAGE: usize = 280;

/// Why a name cannot be a partner's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    Empty,
    TooLong,
    /// A character other than a letter, a digit, `-` or `_`, or one of
    /// those two first.
    Character(char),
}

/// A partner's name as given, if it can name their folder: letters and
/// digits (ASCII), `-` and `_` after the first, at most [`MAX_NAME`].
pub fn check_name(name: &str) -> Result<&str, NameProblem> {
    let name = name.trim();
    let mut chars = name.chars();
    let Some(first) = chars.next() else { return Err(NameProblem::Empty) };
    if !first.is_ascii_alphanumeric() {
        return Err(NameProblem::Character(first));
    }
    if let Some(bad) = chars.find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_')) {
        return Err(NameProblem::Character(bad));
    }
    if name.len() > MAX_NAME {
        return Err(NameProblem::TooLong);
    }
    Ok(name)
}

/// An SOS message as it is kept: trimmed, one line, none if empty.
pub fn message(text: &str) -> Option<String> {
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(one_line).filter(|text| !text.is_empty())
}

/// What a partner sees: small, and only this. Its keys are a promise the
/// README lists one by one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Digest {
    /// Always [`FORMAT`].
    pub format: String,
    /// [`VERSION`] when written.
    pub version: u32,
    /// The partner it is for.
    pub partner: String,
    /// Today, on the device that wrote it.
    pub date: NaiveDate,
    /// When it was written: `view` takes the newest of several devices' digests.
    pub written: DateTime<FixedOffset>,
    pub no_contact: NoContact,
    /// Whether `date` has a check-in.
    pub checked_in_today: bool,
    /// Days from the latest check-in to `date`, or `null` before the first.
    pub days_since_checkin: Option<u32>,
    /// The day of the latest slip, or `null` if there was none.
    pub last_slip: Option<NaiveDate>,
    /// The open SOS, or `null`.
    pub sos: Option<Sos>,
    /// Only for a partner with moods on: the latest check-in's mood and
    /// its day (`null` before a mood is recorded). Absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mood: Option<Option<Mood>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoContact {
    pub days: u32,
    pub longest: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mood {
    pub date: NaiveDate,
    pub mood: u8,
}

/// The digest for `partner` of the plan `state` on `today`, written at `written`.
pub fn digest(state: &State, partner: &Partner, today: NaiveDate, written: DateTime<FixedOffset>) -> Digest {
    let counter = state.counter(today);
    let latest = state.recent.iter().map(|day| day.date).filter(|date| *date <= today).max();
    let days_since = latest.map(|date| u32::try_from((today - date).num_days()).unwrap_or(0));
    let mood = partner.moods.then(|| {
        state.recent.iter().rev().find_map(|day| day.mood.map(|mood| Mood { date: day.date, mood }))
    });
    Digest {
        format: FORMAT.to_owned(),
        version: VERSION,
        partner: partner.name.clone(),
        date: today,
        written,
        no_contact: NoContact { days: counter.days, longest: counter.longest },
        checked_in_today: state.checked_in(today),
        days_since_checkin: days_since,
        last_slip: state.last_slip(),
        sos: state.sos.clone(),
        mood,
    }
}

/// Why bytes are not a digest this `plan` reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DigestProblem {
    /// Not JSON of a digest: what the parser said.
    NotADigest(String),
    /// A digest of a later version.
    Newer(u32),
}

/// Read a digest from its JSON.
pub fn parse(bytes: &[u8]) -> Result<Digest, DigestProblem> {
    #[derive(Deserialize)]
    struct Head {
        format: String,
        version: u32,
    }
    let head: Head =
        serde_json::from_slice(bytes).map_err(|err| DigestProblem::NotADigest(err.to_string()))?;
    if head.format != FORMAT {
        return Err(DigestProblem::NotADigest(t!("partner-digest-format", format = head.format)));
    }
    if head.version > VERSION {
        return Err(DigestProblem::Newer(head.version));
    }
    serde_json::from_slice(bytes).map_err(|err| DigestProblem::NotADigest(err.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::{Change, apply};
    use crate::playbook::{BUNDLED, Origin, parse as parse_playbook};
    use crate::state::{CheckinInput, Contact};
    use std::collections::BTreeMap;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap()
    }

    fn plan() -> (State, BTreeMap<NaiveDate, crate::state::Checkin>) {
        let playbook = parse_playbook(BUNDLED[0].1).unwrap();
        let state = State::new(
            crate::id::PlanId::of(&"a".into(), 1),
            playbook,
            Origin::Bundled,
            d("2026-11-01"),
            d("2026-11-01"),
        );
        (state, BTreeMap::new())
    }

    fn sam(moods: bool) -> Partner {
        Partner { name: "sam".into(), recipient: "age1x".into(), moods }
    }

    #[test]
    fn names_are_folder_names() {
        assert_eq!(check_name(" Sam "), Ok("Sam"));
        assert_eq!(check_name("jo-2_b"), Ok("jo-2_b"));
        assert_eq!(check_name(""), Err(NameProblem::Empty));
        assert_eq!(check_name("../x"), Err(NameProblem::Character('.')));
        assert_eq!(check_name("-x"), Err(NameProblem::Character('-')));
        assert_eq!(check_name("a b"), Err(NameProblem::Character(' ')));
        assert_eq!(check_name("é"), Err(NameProblem::Character('é')));
        assert_eq!(check_name(&"a".repeat(33)), Err(NameProblem::TooLong));
        assert!(same_name("Sam", "sAM"));
    }

    #[test]
    fn the_digest_holds_the_count_the_checkins_the_slip_and_the_sos_and_a_mood_only_when_shared() {
        let (mut state, mut days) = plan();
        let checkin = |mood, contact| Change::Checkin {
            date: d("2026-11-05"),
            fields: CheckinInput {
                mood: Some(mood),
                contact: Some(contact),
                note: Some("secret".into()),
                urge: None,
                replaces: Vec::new(),
            },
        };
        apply(&mut state, &mut days, &checkin(3, Contact::Initiated));
        let written = at("2026-11-08T21:03:00+01:00");
        let digest = digest(&state, &sam(false), d("2026-11-08"), written);
        assert_eq!(digest.no_contact, NoContact { days: 3, longest: 4 });
        assert_eq!((digest.checked_in_today, digest.days_since_checkin), (false, Some(3)));
        assert_eq!(digest.last_slip, Some(d("2026-11-05")));
        assert_eq!(digest.mood, None);
        let json = serde_json::to_string(&digest).unwrap();
        assert!(!json.contains("secret") && !json.contains("mood"), "{json}");
        assert_eq!(parse(json.as_bytes()), Ok(digest));

        let sos = Sos { at: written, message: Some("call me".into()) };
        let change = Change::Sos { date: d("2026-11-08"), at: written, message: sos.message.clone() };
        apply(&mut state, &mut days, &change);
        let shared = super::digest(&state, &sam(true), d("2026-11-08"), written);
        assert_eq!(shared.sos, Some(sos));
        assert_eq!(shared.mood, Some(Some(Mood { date: d("2026-11-05"), mood: 3 })));
        apply(
            &mut state,
            &mut days,
            &Change::SosCleared { date: d("2026-11-08"), at: written, sos: written },
        );
        assert_eq!(super::digest(&state, &sam(true), d("2026-11-08"), written).sos, None);
    }

    #[test]
    fn a_clear_that_did_not_see_an_sos_leaves_it_open() {
        let (mut state, mut days) = plan();
        let first = at("2026-11-08T21:00:00Z");
        let second = at("2026-11-08T22:00:00Z");
        apply(&mut state, &mut days, &Change::Sos { date: d("2026-11-08"), at: second, message: None });
        apply(&mut state, &mut days, &Change::SosCleared { date: d("2026-11-08"), at: second, sos: first });
        assert_eq!(state.sos.map(|sos| sos.at), Some(second));
    }

    #[test]
    fn only_a_digest_of_this_format_and_version_reads() {
        assert!(matches!(parse(b"{}"), Err(DigestProblem::NotADigest(_))));
        assert!(matches!(parse(br#"{"format":"x","version":1}"#), Err(DigestProblem::NotADigest(_))));
        assert_eq!(parse(br#"{"format":"plan-partner-digest","version":2}"#), Err(DigestProblem::Newer(2)));
    }

    #[test]
    fn a_message_is_one_trimmed_line() {
        assert_eq!(message("  call\n me  "), Some("call me".into()));
        assert_eq!(message(" \n "), None);
    }
}
