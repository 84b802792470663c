//! A friend who knows: the words of `plan partner` (add, list, remove, key,
//! view) and `plan sos`. On the person's side they say what is shared and
//! with whom; on the friend's, `view` shows the digest, an SOS first.

use std::io;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::Serialize;

use crate::partner::{Digest, Partner};
use crate::safety::{Reason, Safety};
use crate::store::RecipientKind;
use crate::text::{Screen, fit, long_date, paint, plural, question, red, visible, wrapped};
use crate::views::help;

/// How a kind of recipient is named.
pub fn kind_name(kind: Option<RecipientKind>) -> &'static str {
    match kind {
        Some(RecipientKind::Age) => "age",
        Some(RecipientKind::SshEd25519) => "ssh-ed25519",
        Some(RecipientKind::SshRsa) => "ssh-rsa",
        None => "unknown",
    }
}

/// A recipient, shortened for a line: its start and its end.
fn short(recipient: &str) -> String {
    let key = recipient.split_whitespace().last().unwrap_or(recipient);
    if key.chars().count() <= 20 {
        return key.to_owned();
    }
    let start: String = key.chars().take(10).collect();
    let end: String = key.chars().rev().take(6).collect::<Vec<_>>().into_iter().rev().collect();
    format!("{start}…{end}")
}

/// One partner, as `plan partner list --json` gives it.
#[derive(Debug, Serialize)]
pub struct Listed {
    pub name: String,
    pub recipient: String,
    /// `age`, `ssh-ed25519` or `ssh-rsa`.
    pub kind: &'static str,
    /// Whether their digest carries the latest mood.
    pub moods: bool,
    /// The folder their digests are written in.
    pub folder: String,
}

pub fn listed(partner: &Partner, kind: Option<RecipientKind>, folder: String) -> Listed {
    Listed {
        name: partner.name.clone(),
        recipient: partner.recipient.clone(),
        kind: kind_name(kind),
        moods: partner.moods,
        folder,
    }
}

/// `plan partner list`.
pub fn list(out: &mut impl Screen, partners: &[Listed], folder: &str) -> io::Result<()> {
    if partners.is_empty() {
        fit(out, "No partner yet.")?;
        fit(
            out,
            "`plan partner add NAME RECIPIENT` adds a friend who sees how you are doing, and nothing private.",
        )?;
        return Ok(());
    }
    fit(out, &format!("Your partners see a small digest, written in {folder}:"))?;
    let width = partners.iter().map(|partner| partner.name.chars().count()).max().unwrap_or(0);
    for partner in partners {
        let moods = if partner.moods { "count, check-ins and moods" } else { "count and check-ins" };
        fit(
            out,
            &format!("  {:<width$}  {} {}  {moods}", partner.name, partner.kind, short(&partner.recipient)),
        )?;
    }
    Ok(())
}

/// What `plan partner add` did.
pub struct Added {
    pub name: String,
    pub kind: RecipientKind,
    pub moods: bool,
    /// Whether a partner of that name was there already.
    pub replaced: bool,
    /// `partners/NAME/` in the plan folder.
    pub folder: String,
}

pub fn added(out: &mut impl Screen, added: &Added) -> io::Result<()> {
    let verb = if added.replaced { "changed" } else { "added" };
    fit(out, &format!("{} {verb}, with their {} key.", added.name, kind_name(Some(added.kind))))?;
    let what = if added.moods {
        "the days of no contact, check-ins, the day of your last slip, your latest mood and any SOS"
    } else {
        "the days of no contact, check-ins, the day of your last slip and any SOS"
    };
    wrapped(
        out,
        &format!(
            "Their digest holds {what}: never a note, a draft, your why or an answer. It is written now and \
             after each change, encrypted to them alone, in {}.",
            added.folder
        ),
        "",
    )?;
    wrapped(
        out,
        "Share that folder with them (a receive-only Syncthing folder, git, or send the file); they read it \
         with `plan partner view`. They will see when you check in.",
        "",
    )
}

/// What `plan partner remove` did.
pub fn removed(out: &mut impl Screen, name: &str) -> io::Result<()> {
    fit(out, &format!("{name} is no longer a partner."))?;
    wrapped(
        out,
        "This device removed its digest for them, and your other devices remove theirs at their next change. \
         A digest they already copied stays readable to them.",
        "",
    )
}

/// `plan partner key`: the recipient to send back.
pub fn key(out: &mut impl Screen, recipient: &str, kept: &str, made: bool) -> io::Result<()> {
    if made {
        fit(out, &format!("Your key is kept in {kept}, readable by you alone. Never send it to anyone."))?;
    } else {
        fit(out, &format!("You already have a key, in {kept}."))?;
    }
    fit(out, "Send your friend this line; it can only lock a digest for you, never open one:")?;
    writeln!(out)?;
    fit(out, &format!("  {recipient}"))?;
    writeln!(out)?;
    fit(out, "They add you with `plan partner add YOUR-NAME` and that line.")?;
    fit(out, "Then `plan partner view FOLDER` shows their digest, once it reaches you.")
}

/// `plan partner view`: the newest digest, an SOS first. `today` is the
/// friend's, to say how old it is.
pub fn view(out: &mut impl Screen, digest: &Digest, today: NaiveDate) -> io::Result<()> {
    if let Some(sos) = &digest.sos {
        fit(out, &paint(format!("SOS, sent {}", when(sos.at)), red()))?;
        if let Some(message) = &sos.message {
            wrapped(out, &format!("“{}”", visible(message)), "  ")?;
        }
        wrapped(out, &help::for_a_partner(), "  ")?;
        writeln!(out)?;
    }
    let age = (today - digest.date).num_days();
    let stale = match age {
        ..=0 => String::new(),
        1 => " (a day ago)".to_owned(),
        days => format!(" ({days} days ago)"),
    };
    fit(out, &format!("Digest for {}, written {}{stale}", visible(&digest.partner), when(digest.written)))?;
    let count = digest.no_contact;
    fit(
        out,
        &format!(
            "  No contact: {}  (longest run {})",
            plural(count.days, "day"),
            plural(count.longest, "day")
        ),
    )?;
    let checkin = match (digest.checked_in_today, digest.days_since_checkin) {
        (true, _) | (false, Some(0)) => "checked in that day".to_owned(),
        (false, Some(1)) => "last check-in the day before".to_owned(),
        (false, Some(days)) => format!("last check-in {days} days before"),
        (false, None) => "no check-in yet".to_owned(),
    };
    fit(out, &format!("  Check-in: {checkin}"))?;
    let slip = digest.last_slip.map_or_else(|| "none".to_owned(), long_date);
    fit(out, &format!("  Last slip: {slip}"))?;
    if let Some(mood) = &digest.mood {
        let mood = mood.map_or_else(
            || "none recorded yet".to_owned(),
            |mood| format!("{}/10 on {}", mood.mood, long_date(mood.date)),
        );
        fit(out, &format!("  Latest mood: {mood}"))?;
    }
    if digest.sos.is_none() {
        fit(out, "  No SOS open.")?;
    }
    Ok(())
}

/// A time, as `2026-11-24 at 21:03 (+01:00)`.
fn when(at: DateTime<FixedOffset>) -> String {
    at.format("%Y-%m-%d at %H:%M (%:z)").to_string()
}

/// The question `plan sos` asks at a terminal.
pub fn ask_message(out: &mut impl Screen) -> io::Result<()> {
    question(out, "A short message for your partners, if you like (Enter for none)")
}

/// What `plan sos` did.
pub struct SosSent {
    pub at: DateTime<FixedOffset>,
    pub message: Option<String>,
    /// The partners whose digest now carries it.
    pub partners: Vec<String>,
    pub safety: Option<Safety>,
}

pub fn sos_sent(out: &mut impl Screen, sent: &SosSent) -> io::Result<()> {
    if sent.partners.is_empty() {
        fit(out, &format!("SOS recorded at {}.", sent.at.format("%H:%M")))?;
        wrapped(
            out,
            "No partner is set up yet, so no one sees it through the folder (an `on-sos` hook runs if you \
             have one). `plan partner add NAME RECIPIENT` adds a friend.",
            "",
        )?;
    } else {
        fit(out, &format!("SOS sent at {}, through your plan folder.", sent.at.format("%H:%M")))?;
        wrapped(
            out,
            &format!(
                "{} will see it when their sync next runs. That can take a while: if you need someone now, \
                 call them.",
                names(&sent.partners)
            ),
            "",
        )?;
    }
    writeln!(out)?;
    let help = match sent.safety.map(|safety| safety.reason) {
        Some(reason @ (Reason::Abuse | Reason::Afraid)) => help::for_reason(reason),
        _ => help::sos(),
    };
    wrapped(out, &help, "")?;
    writeln!(out)?;
    fit(out, "When it has passed, `plan sos --clear` lets them know.")
}

/// What `plan sos --clear` did.
pub fn sos_cleared(out: &mut impl Screen, partners: &[String]) -> io::Result<()> {
    fit(out, "Good that it has passed. The SOS is marked resolved.")?;
    if !partners.is_empty() {
        fit(out, &format!("{} will see that at their next sync.", names(partners)))?;
    }
    Ok(())
}

/// `Sam`, `Sam and Jo`, `Sam, Jo and Ash`.
fn names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::partner::{Mood, NoContact, Sos};
    use crate::text::Columns;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn shown(digest: &Digest) -> String {
        let mut out = Columns { inner: Vec::new(), width: 80 };
        view(&mut out, digest, d("2026-11-25")).unwrap();
        String::from_utf8(out.inner).unwrap()
    }

    #[test]
    fn the_sos_comes_first_and_a_mood_only_when_shared() {
        let at = DateTime::parse_from_rfc3339("2026-11-24T21:03:00+01:00").unwrap();
        let mut digest = Digest {
            format: crate::partner::FORMAT.into(),
            version: 1,
            partner: "sam".into(),
            date: d("2026-11-24"),
            written: at,
            no_contact: NoContact { days: 12, longest: 20 },
            checked_in_today: true,
            days_since_checkin: Some(0),
            last_slip: Some(d("2026-11-12")),
            sos: None,
            mood: None,
        };
        let plain = shown(&digest);
        assert!(
            plain.starts_with("Digest for sam, written 2026-11-24 at 21:03 (+01:00) (a day ago)"),
            "{plain}"
        );
        assert!(
            plain.contains("No contact: 12 days  (longest run 20 days)") && !plain.contains("mood"),
            "{plain}"
        );
        digest.sos = Some(Sos { at, message: Some("call me\x1b[2J".into()) });
        digest.mood = Some(Some(Mood { date: d("2026-11-24"), mood: 3 }));
        let urgent = shown(&digest);
        assert!(urgent.lines().next().unwrap().contains("SOS, sent 2026-11-24 at 21:03"), "{urgent}");
        assert!(urgent.contains("“call me^[[2J”") && urgent.contains("Latest mood: 3/10"), "{urgent}");
    }

    #[test]
    fn names_read_as_a_list() {
        assert_eq!(names(&["Sam".into(), "Jo".into(), "Ash".into()]), "Sam, Jo and Ash");
        assert_eq!(
            short("age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq"),
            "age1qyqszq…3290gq"
        );
    }
}
