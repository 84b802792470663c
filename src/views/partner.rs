//! A friend who knows: the words of `plan partner` (add, list, remove, key,
//! view) and `plan sos`. On the person's side they say what is shared and
//! with whom; on the friend's, `view` shows the digest, an SOS first.

use std::io;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::Serialize;

use crate::i18n::t;
use crate::partner::{Digest, Partner};
use crate::safety::{Reason, Safety};
use crate::store::RecipientKind;
use crate::text::{Screen, fit, long_date, paint, question, red, visible, wrapped};
use crate::views::help;

/// How a kind of recipient is named, in `partner list --json` too: the
/// same in every language.
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
        fit(out, &t!("partner-none"))?;
        fit(out, &t!("partner-add-hint"))?;
        return Ok(());
    }
    fit(out, &t!("partner-list-heading", folder = folder))?;
    let width = partners.iter().map(|partner| partner.name.chars().count()).max().unwrap_or(0);
    for partner in partners {
        let moods = if partner.moods { t!("partner-shares-moods") } else { t!("partner-shares") };
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
    let (name, kind) = (added.name.as_str(), kind_name(Some(added.kind)));
    let done = if added.replaced {
        t!("partner-changed", name = name, kind = kind)
    } else {
        t!("partner-added", name = name, kind = kind)
    };
    fit(out, &done)?;
    let folder = added.folder.as_str();
    let holds = if added.moods {
        t!("partner-digest-holds-moods", folder = folder)
    } else {
        t!("partner-digest-holds", folder = folder)
    };
    wrapped(out, &holds, "")?;
    wrapped(out, &t!("partner-share-folder"), "")
}

/// What `plan partner remove` did.
pub fn removed(out: &mut impl Screen, name: &str) -> io::Result<()> {
    fit(out, &t!("partner-removed", name = name))?;
    wrapped(out, &t!("partner-removed-copies"), "")
}

/// `plan partner key`: the recipient to send back.
pub fn key(out: &mut impl Screen, recipient: &str, kept: &str, made: bool) -> io::Result<()> {
    if made {
        fit(out, &t!("partner-key-made", path = kept))?;
    } else {
        fit(out, &t!("partner-key-had", path = kept))?;
    }
    fit(out, &t!("partner-key-send"))?;
    writeln!(out)?;
    fit(out, &format!("  {recipient}"))?;
    writeln!(out)?;
    fit(out, &t!("partner-key-add-me"))?;
    fit(out, &t!("partner-key-view"))
}

/// `plan partner view`: the newest digest, an SOS first. `today` is the
/// friend's, to say how old it is; the words are the friend's language,
/// that of the machine that shows it.
pub fn view(out: &mut impl Screen, digest: &Digest, today: NaiveDate) -> io::Result<()> {
    if let Some(sos) = &digest.sos {
        fit(out, &paint(t!("partner-sos-sent", when = when(sos.at)), red()))?;
        if let Some(message) = &sos.message {
            wrapped(out, &t!("partner-sos-message", message = visible(message)), "  ")?;
        }
        wrapped(out, &help::for_a_partner(), "  ")?;
        writeln!(out)?;
    }
    let age = (today - digest.date).num_days();
    let (partner, written) = (visible(&digest.partner), when(digest.written));
    let heading = if age > 0 {
        t!("partner-digest-for-ago", partner = partner, when = written, days = age)
    } else {
        t!("partner-digest-for", partner = partner, when = written)
    };
    fit(out, &heading)?;
    let count = digest.no_contact;
    fit(out, &format!("  {}", t!("partner-no-contact", days = count.days, longest = count.longest)))?;
    let checkin = match (digest.checked_in_today, digest.days_since_checkin) {
        (true, _) | (false, Some(0)) => t!("partner-checkin-that-day"),
        (false, Some(1)) => t!("partner-checkin-day-before"),
        (false, Some(days)) => t!("partner-checkin-days-before", days = days),
        (false, None) => t!("partner-checkin-none"),
    };
    fit(out, &format!("  {checkin}"))?;
    let slip = match digest.last_slip {
        Some(date) => t!("partner-last-slip", date = long_date(date)),
        None => t!("partner-last-slip-none"),
    };
    fit(out, &format!("  {slip}"))?;
    if let Some(mood) = &digest.mood {
        let mood = match mood {
            Some(mood) => t!("partner-mood", mood = mood.mood, date = long_date(mood.date)),
            None => t!("partner-mood-none"),
        };
        fit(out, &format!("  {mood}"))?;
    }
    if digest.sos.is_none() {
        fit(out, &format!("  {}", t!("partner-no-sos")))?;
    }
    Ok(())
}

/// A time, as `2026-11-24 at 21:03 (+01:00)`: the day ISO in every language.
fn when(at: DateTime<FixedOffset>) -> String {
    let (date, time, offset) = (at.format("%Y-%m-%d"), at.format("%H:%M"), at.format("%:z"));
    t!("partner-when", date = date.to_string(), time = time.to_string(), offset = offset.to_string())
}

/// The question `plan sos` asks at a terminal.
pub fn ask_message(out: &mut impl Screen) -> io::Result<()> {
    question(out, &t!("partner-sos-ask"))
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
    let time = sent.at.format("%H:%M").to_string();
    if sent.partners.is_empty() {
        fit(out, &t!("partner-sos-recorded", time = time))?;
        wrapped(out, &t!("partner-sos-no-partner"), "")?;
    } else {
        fit(out, &t!("partner-sos-sent-at", time = time))?;
        let will_see = t!("partner-sos-will-see", names = names(&sent.partners), count = sent.partners.len());
        wrapped(out, &will_see, "")?;
    }
    writeln!(out)?;
    let help = match sent.safety.map(|safety| safety.reason) {
        Some(reason @ (Reason::Abuse | Reason::Afraid)) => help::for_reason(reason),
        _ => help::sos(),
    };
    wrapped(out, &help, "")?;
    writeln!(out)?;
    fit(out, &t!("partner-sos-clear-hint"))
}

/// What `plan sos --clear` did.
pub fn sos_cleared(out: &mut impl Screen, partners: &[String]) -> io::Result<()> {
    fit(out, &t!("partner-sos-cleared"))?;
    if !partners.is_empty() {
        fit(out, &t!("partner-sos-cleared-will-see", names = names(partners), count = partners.len()))?;
    }
    Ok(())
}

/// `Sam`, `Sam and Jo`, `Sam, Jo and Ash`.
fn names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => t!("partner-names", rest = rest.join(", "), last = last.as_str()),
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
