//! Where help is: the one home of every text that points a person to real
//! help, used by every route that does (`start`, `assess`, `status`, `next`,
//! `done`'s refusal, `urge`, `checkin`, `sos`, `partner view`, the report and
//! the journal).
//!
//! No phone number, address or named service is given anywhere: the right
//! one depends on the country the person is in, and a wrong one, read in a
//! crisis, does harm. Each text names the kind of help and how to reach it
//! safely instead.

use crate::i18n::t;
use crate::safety::Reason;

/// For someone whose safety is at stake (abuse, control, fear): emergency
/// services, a helpline, a person, and a device the other person cannot see.
pub fn danger() -> String {
    t!("help-danger")
}

/// The same, in one line, for the screens that point to it in passing.
pub fn danger_short() -> String {
    t!("help-danger-short")
}

/// At the start of a path with no step toward contact: where help is, should
/// it ever be needed.
pub fn if_afraid() -> String {
    t!("help-if-afraid")
}

/// For someone who named their own behaviour as abusive or controlling.
pub fn own_behaviour() -> String {
    t!("help-own-behaviour")
}

/// The same, in one line.
pub fn own_behaviour_short() -> String {
    t!("help-own-behaviour-short")
}

/// For someone whose ex asked for no contact: no danger, but a hard loss.
pub fn they_asked() -> String {
    t!("help-they-asked")
}

/// For the hardest days (see `safety::hard_days`): talk to someone now.
pub fn hard_days() -> String {
    t!("help-hard-days")
}

/// After `plan sos`: a partner may not see it for a while, so where help is now.
pub fn sos() -> String {
    t!("help-sos")
}

/// On a partner's screen beside an SOS: what they can do, and where help is.
pub fn for_a_partner() -> String {
    t!("help-for-a-partner")
}

/// The help a reason never to make contact calls for, in full.
pub fn for_reason(reason: Reason) -> String {
    match reason {
        Reason::Abuse | Reason::Afraid => danger(),
        Reason::TheyAsked => they_asked(),
        Reason::OwnBehaviour => own_behaviour(),
    }
}

/// The help a reason calls for, in one line.
pub fn short_for_reason(reason: Reason) -> String {
    match reason {
        Reason::Abuse | Reason::Afraid => danger_short(),
        Reason::TheyAsked => they_asked(),
        Reason::OwnBehaviour => own_behaviour_short(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every help text, for the checks that look at all of them (in every
    /// language: `tests/integration/catalogue.rs` checks the others).
    fn all() -> [String; 9] {
        [
            danger(),
            danger_short(),
            if_afraid(),
            own_behaviour(),
            own_behaviour_short(),
            they_asked(),
            hard_days(),
            sos(),
            for_a_partner(),
        ]
    }

    #[test]
    fn no_help_text_holds_a_number_or_an_address() {
        for text in all() {
            assert!(!text.chars().any(|c| c.is_ascii_digit()), "a number in: {text}");
            assert!(!text.contains("http") && !text.contains("www") && !text.contains('@'), "{text}");
        }
    }

    #[test]
    fn the_danger_help_names_all_four_kinds_of_help() {
        for text in [danger(), danger_short()] {
            assert!(text.contains("emergency number"), "{text}");
            assert!(text.contains("domestic-abuse helpline in your country"), "{text}");
            assert!(text.contains("someone you trust"), "{text}");
            assert!(text.contains("device they cannot"), "{text}");
        }
    }
}
