//! The names of things that several views say, and `error.rs` with them:
//! a kind of contact, how a plan ended, and what a readiness check named.

use crate::i18n::t;
use crate::safety::Reason;
use crate::state::{Contact, Outcome};

/// A kind of contact, as a check-in's confirmation and `log` name it.
pub fn contact(kind: Contact) -> String {
    match kind {
        Contact::None => t!("words-contact-none"),
        Contact::Allowed => t!("words-contact-allowed"),
        Contact::Initiated => t!("words-contact-initiated"),
        Contact::Replied => t!("words-contact-replied"),
        Contact::TheyContacted => t!("words-contact-they-contacted"),
        Contact::SocialMedia => t!("words-contact-social-media"),
        Contact::Logistics => t!("words-contact-logistics"),
        Contact::Accidental => t!("words-contact-accidental"),
        Contact::Planned => t!("words-contact-planned"),
    }
}

/// How a plan ended, in words.
pub fn outcome(outcome: Outcome) -> String {
    match outcome {
        Outcome::Reunited => t!("words-outcome-reunited"),
        Outcome::MovedOn => t!("words-outcome-moved-on"),
        Outcome::Paused => t!("words-outcome-paused"),
    }
}

/// What a readiness check named, after "your readiness check on DATE".
pub fn red_flag(reason: Reason) -> String {
    match reason {
        Reason::Abuse => t!("words-red-flag-abuse"),
        Reason::Afraid => t!("words-red-flag-afraid"),
        Reason::TheyAsked => t!("words-red-flag-they-asked"),
        Reason::OwnBehaviour => t!("words-red-flag-own-behaviour"),
    }
}
