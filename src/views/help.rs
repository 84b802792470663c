//! Where help is: the one home of every text that points a person to real
//! help, used by every route that does (`start`, `assess`, `status`, `next`,
//! `done`'s refusal, `urge`, `checkin`, `sos`, `partner view`, the report and
//! the journal).
//!
//! No phone number, address or named service is given anywhere: the right
//! one depends on the country the person is in, and a wrong one, read in a
//! crisis, does harm. Each text names the kind of help and how to reach it
//! safely instead.

use crate::safety::Reason;

/// For someone whose safety is at stake (abuse, control, fear): emergency
/// services, a helpline, a person, and a device the other person cannot see.
pub const DANGER: &str = "If you are in danger, call your local emergency number now. A domestic-abuse \
    helpline in your country can talk it through in confidence and help you plan to stay safe; \
    searching for “domestic abuse helpline” and your country finds one. Tell someone you trust \
    what is happening. If they could see your phone, computer or accounts, look for help on a \
    device they cannot reach, or in a private browser window.";

/// The same, in one line, for the screens that point to it in passing.
pub const DANGER_SHORT: &str = "Help: your local emergency number if you are in danger, a \
    domestic-abuse helpline in your country, someone you trust. Search for it on a device they cannot see.";

/// At the start of a path with no step toward contact: where help is, should
/// it ever be needed.
pub const IF_AFRAID: &str = "If you are ever afraid of them, or in danger, call your local \
    emergency number. A domestic-abuse helpline in your country can help in confidence; look for \
    it on a device they cannot see.";

/// For someone who named their own behaviour as abusive or controlling.
pub const OWN_BEHAVIOUR: &str = "There are services for people who are worried about their own \
    behaviour and want to stop hurting a partner. A doctor or counsellor can point you to one near \
    you, and so can a domestic-abuse helpline in your country. If anyone is in danger now, call \
    your local emergency number.";

/// The same, in one line.
pub const OWN_BEHAVIOUR_SHORT: &str = "Help to change: a doctor, a counsellor, or a service for \
    people worried about their own behaviour.";

/// For someone whose ex asked for no contact: no danger, but a hard loss.
pub const THEY_ASKED: &str = "This is a hard thing to accept. Lean on someone you trust; a \
    counsellor or your doctor can help if it stays heavy.";

/// For the hardest days (see `safety::hard_days`): talk to someone now.
pub const HARD_DAYS: &str = "These have been hard days. Talk to someone today. If you might hurt \
    yourself, call your local emergency number or a crisis line now; a doctor or counsellor can \
    help when it goes on.";

/// After `plan sos`: a partner may not see it for a while, so where help is now.
pub const SOS: &str = "If you might hurt yourself, or you are in danger, call your local emergency \
    number or a crisis line now. Talk to someone today: a friend, your doctor or a counsellor.";

/// On a partner's screen beside an SOS: what they can do, and where help is.
pub const FOR_A_PARTNER: &str = "They asked for you. Call or message them now, and listen. If you \
    think they are in danger, call the local emergency number where they are.";

/// The help a reason never to make contact calls for, in full.
pub fn for_reason(reason: Reason) -> &'static str {
    match reason {
        Reason::Abuse | Reason::Afraid => DANGER,
        Reason::TheyAsked => THEY_ASKED,
        Reason::OwnBehaviour => OWN_BEHAVIOUR,
    }
}

/// The help a reason calls for, in one line.
pub fn short_for_reason(reason: Reason) -> &'static str {
    match reason {
        Reason::Abuse | Reason::Afraid => DANGER_SHORT,
        Reason::TheyAsked => THEY_ASKED,
        Reason::OwnBehaviour => OWN_BEHAVIOUR_SHORT,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every help text, for the checks that look at all of them.
    const ALL: [&str; 9] = [
        DANGER,
        DANGER_SHORT,
        IF_AFRAID,
        OWN_BEHAVIOUR,
        OWN_BEHAVIOUR_SHORT,
        THEY_ASKED,
        HARD_DAYS,
        SOS,
        FOR_A_PARTNER,
    ];

    #[test]
    fn no_help_text_holds_a_number_or_an_address() {
        for text in ALL {
            assert!(!text.chars().any(|c| c.is_ascii_digit()), "a number in: {text}");
            assert!(!text.contains("http") && !text.contains("www") && !text.contains('@'), "{text}");
        }
    }

    #[test]
    fn the_danger_help_names_all_four_kinds_of_help() {
        for text in [DANGER, DANGER_SHORT] {
            assert!(text.contains("emergency number"), "{text}");
            assert!(text.contains("domestic-abuse helpline in your country"), "{text}");
            assert!(text.contains("someone you trust"), "{text}");
            assert!(text.contains("device they cannot"), "{text}");
        }
    }
}
