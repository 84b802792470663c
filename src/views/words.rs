//! The names of things that several views say, and `error.rs` with them:
//! a kind of contact, how a plan ended, and what a readiness check named.

use crate::safety::Reason;
use crate::state::{Contact, Outcome};

/// A kind of contact, as a check-in's confirmation and `log` name it.
pub fn contact(kind: Contact) -> &'static str {
    match kind {
        Contact::None => "no contact",
        Contact::Allowed => "allowed contact",
        Contact::Initiated => "a slip",
        Contact::Replied => "a reply to them (a slip)",
        Contact::TheyContacted => "they reached out; you let it be",
        Contact::SocialMedia => "a look at their profile",
        Contact::Logistics => "logistics only",
        Contact::Accidental => "a chance meeting",
        Contact::Planned => "contact your plan called for",
    }
}

/// How a plan ended, in words.
pub fn outcome(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Reunited => "back together",
        Outcome::MovedOn => "moved on",
        Outcome::Paused => "paused",
    }
}

/// What a readiness check named, after "your readiness check on DATE".
pub fn red_flag(reason: Reason) -> &'static str {
    match reason {
        Reason::Abuse => "named abuse or control",
        Reason::Afraid => "said you are afraid of them",
        Reason::TheyAsked => "said they asked for no contact, blocked you, or said it is over",
        Reason::OwnBehaviour => "named your own behaviour as abusive or controlling",
    }
}
