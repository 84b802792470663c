//! The catalogue: every word a person reads, in their language.
//!
//! The messages are Fluent files in `locales/<language>/<group>.ftl`; a
//! message's id begins with its group (`status-no-contact` is in
//! `status.ftl`). `build.rs` embeds them cut into single messages, so that
//! a run parses only the messages it shows (`plan status`, a dozen of a
//! thousand), in the one language chosen, and in English only should one
//! be missing there. Plurals and numbers follow CLDR's rules through
//! Fluent; no view counts `n == 1` itself.
//!
//! The language is chosen once, before anything is shown ([`choose`],
//! from [`negotiate`]): `--lang`, then `PLAN_LANG`, then the environment as
//! gettext reads it. Views ask for words with [`t!`]; the data they show
//! (JSON, exports' data, hooks, the logs) never depends on the language.

use std::borrow::Cow;
use std::ffi::OsString;
use std::sync::{Mutex, OnceLock, PoisonError};

use chrono::Weekday;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

// Written by build.rs: tables of numbers, read by the functions below.
#[allow(clippy::pedantic)]
mod catalogue {
    include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));
}

pub use catalogue::LOCALES;
use catalogue::{Entry, IDS, MESSAGES, REFERENCES, TEXTS};
pub use fluent_bundle::FluentArgs as Args;

/// The pseudo-locale: English with every letter accented and every word
/// 40% longer, to show what a longer language would do to the layout.
pub const PSEUDO: &str = "en-XA";

/// A language `plan` speaks: one of [`LOCALES`], or the pseudo-locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    /// The index of a language in [`LOCALES`]; English is 0.
    Shipped(usize),
    /// [`PSEUDO`].
    Pseudo,
}

impl Lang {
    pub const ENGLISH: Lang = Lang::Shipped(0);

    /// The tag the catalogue files this language under (`es`, `en-US`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Shipped(index) => LOCALES[index],
            Lang::Pseudo => PSEUDO,
        }
    }

    /// The language a tag or a locale (`es`, `de_AT.UTF-8@euro`, `en-XA`)
    /// names, if `plan` speaks it; a region `plan` has no folder for reads
    /// as its language (`es_MX` is `es`).
    pub fn find(name: &str) -> Option<Lang> {
        let name = tag_of(name);
        if name.eq_ignore_ascii_case(PSEUDO) || name.eq_ignore_ascii_case("pseudo") {
            return Some(Lang::Pseudo);
        }
        let wanted: LanguageIdentifier = name.parse().ok()?;
        let shipped = |exact: bool| {
            LOCALES.iter().position(|tag| {
                let have: LanguageIdentifier = tag.parse().expect("a folder named by a language tag");
                if exact { have == wanted } else { have.language == wanted.language }
            })
        };
        shipped(true).or_else(|| shipped(false)).map(Lang::Shipped)
    }
}

/// The language chosen for this run, and what was asked for that `plan`
/// does not speak (for `plan doctor` to mention; nothing else warns).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub lang: Lang,
    /// The region the locale named (`US` of `en_US.UTF-8`), for the first
    /// day of the week.
    pub region: Option<String>,
    pub unavailable: Option<String>,
}

/// The language to speak: `flag` (`--lang`), then `PLAN_LANG`, each a tag
/// or a list of them (`es:de`); then as gettext chooses, `LANGUAGE` (a
/// list) unless the locale is `C` or `POSIX`, then the locale itself from
/// `LC_ALL`, `LC_MESSAGES` or `LANG`, the first set. `C` and `POSIX` are
/// English, as is anything `plan` does not speak.
pub fn negotiate(flag: Option<&str>, var: impl Fn(&str) -> Option<OsString>) -> Choice {
    let setting =
        |name: &str| var(name).and_then(|value| value.into_string().ok()).filter(|value| !value.is_empty());
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(setting);
    let is_c = |name: &str| matches!(name.split(['.', '@']).next(), Some("C" | "POSIX"));
    let mut asked: Vec<String> = Vec::new();
    let mut lists = vec![flag.map(str::to_owned), setting("PLAN_LANG")];
    match &locale {
        // gettext reads LANGUAGE only when a locale other than C is set.
        Some(locale) if !is_c(locale) => lists.extend([setting("LANGUAGE"), Some(locale.clone())]),
        _ => {}
    }
    for list in lists.into_iter().flatten() {
        for name in list.split(':').filter(|name| !name.is_empty()) {
            if is_c(name) {
                return Choice { lang: Lang::ENGLISH, region: None, unavailable: None };
            }
            if let Some(lang) = Lang::find(name) {
                // `PLAN_LANG=es` beside `LANG=es_MX.UTF-8`: the region is Mexico's.
                let region = region(name).or_else(|| {
                    locale.as_deref().filter(|locale| Lang::find(locale) == Some(lang)).and_then(region)
                });
                return Choice { lang, region, unavailable: None };
            }
            asked.push(name.to_owned());
        }
    }
    Choice { lang: Lang::ENGLISH, region: None, unavailable: asked.into_iter().next() }
}

/// A locale as a language tag: `en-US` of `en_US.UTF-8@euro`.
fn tag_of(locale: &str) -> String {
    locale.split(['.', '@']).next().unwrap_or_default().replace('_', "-")
}

/// The region a locale names: `US` of `en_US.UTF-8`.
fn region(name: &str) -> Option<String> {
    let id: LanguageIdentifier = tag_of(name).parse().ok()?;
    id.region.map(|region| region.as_str().to_owned())
}

/// The first day of the week where the person is, as CLDR's week data has
/// it: Sunday in the regions listed, Saturday in others, Monday elsewhere
/// and when the locale names no region (ISO 8601).
pub fn first_weekday() -> Weekday {
    const SUNDAY: &str = "AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA \
        MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW";
    const SATURDAY: &str = "AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY";
    let Some(region) = CHOSEN.get().and_then(|choice| choice.region.as_deref()) else {
        return Weekday::Mon;
    };
    if SUNDAY.split_whitespace().any(|r| r == region) {
        Weekday::Sun
    } else if SATURDAY.split_whitespace().any(|r| r == region) {
        Weekday::Sat
    } else if region == "MV" {
        Weekday::Fri
    } else {
        Weekday::Mon
    }
}

static CHOSEN: OnceLock<Choice> = OnceLock::new();

/// Speak `choice` for the rest of the run. The first choice stands; without
/// one (a unit test), `plan` speaks English.
pub fn choose(choice: Choice) {
    let _ = CHOSEN.set(choice);
}

/// The language of this run.
pub fn lang() -> Lang {
    CHOSEN.get().map_or(Lang::ENGLISH, |choice| choice.lang)
}

/// What was asked for that `plan` does not speak, if anything.
pub fn unavailable() -> Option<&'static str> {
    CHOSEN.get().and_then(|choice| choice.unavailable.as_deref())
}

type Bundle = FluentBundle<FluentResource>;

/// The messages parsed so far in the chosen language (or the
/// pseudo-locale), and in English, for what the chosen one lacks: each
/// message is parsed the first time it is shown, with those it refers to.
static IN_CHOSEN: Mutex<Option<Bundle>> = Mutex::new(None);
static IN_ENGLISH: Mutex<Option<Bundle>> = Mutex::new(None);

/// The span `(start, end)` of `text`.
fn slice(text: &'static str, (start, end): (u32, u32)) -> &'static str {
    &text[start as usize..end as usize]
}

impl Entry {
    fn id(&self) -> &'static str {
        slice(IDS, self.id)
    }

    /// Its Fluent source in the language at `index`, empty if it lacks it.
    fn text(&self, index: usize) -> &'static str {
        slice(TEXTS[index], self.texts[index])
    }

    fn references(&self) -> &'static [u16] {
        &REFERENCES[self.references.0 as usize..self.references.1 as usize]
    }
}

/// The place of message `id` in [`MESSAGES`].
fn find(id: &str) -> Option<usize> {
    MESSAGES.binary_search_by(|entry| entry.id().cmp(id)).ok()
}

/// `id` formatted with `args` in `lang`, if `lang` has it.
fn format_in(id: &str, args: Option<&FluentArgs>, lang: Lang) -> Option<String> {
    let (index, slot) = match lang {
        Lang::Shipped(0) => (0, &IN_ENGLISH),
        Lang::Shipped(index) => (index, &IN_CHOSEN),
        Lang::Pseudo => (0, &IN_CHOSEN),
    };
    let at = find(id)?;
    if MESSAGES[at].text(index).is_empty() {
        return None;
    }
    // Nothing holds the lock across a panic that matters: a poisoned
    // bundle is whole, only perhaps short of a message.
    let mut slot = slot.lock().unwrap_or_else(PoisonError::into_inner);
    let bundle = slot.get_or_insert_with(|| {
        let tag: LanguageIdentifier = LOCALES[index].parse().expect("a folder named by a language tag");
        let mut bundle = Bundle::new_concurrent(vec![tag]);
        // Terminals show Unicode's isolating marks as gaps; the text
        // around a value is laid out by `text::fit`.
        bundle.set_use_isolating(false);
        if lang == Lang::Pseudo {
            bundle.set_transform(Some(pseudo));
        }
        bundle
    });
    load(bundle, at, index);
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
}

/// Parse the message at `at` of [`MESSAGES`] in the language at `index`,
/// and those it refers to, into `bundle`, unless it is there.
fn load(bundle: &mut Bundle, at: usize, index: usize) {
    let entry = &MESSAGES[at];
    let text = entry.text(index);
    if bundle.has_message(entry.id()) || text.is_empty() {
        return;
    }
    // A message that does not parse keeps what does: the catalogue test
    // fails on any error, and a person still sees words.
    let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(resource, _)| resource);
    let _ = bundle.add_resource(resource);
    for &reference in entry.references() {
        load(bundle, usize::from(reference), index);
    }
}

/// The message `id` with `args`, in the chosen language, or English if it
/// lacks the message. An id the catalogue does not have is shown as it is
/// (the catalogue test fails on one).
pub fn message(id: &str, args: Option<&FluentArgs>) -> String {
    format(id, args, &[lang(), Lang::ENGLISH])
}

/// The message `id` in English, whatever the language chosen: for the few
/// words a `--json` carries (a question's text, a suggestion), which are
/// the same in every language.
pub fn english(id: &str, args: Option<&FluentArgs>) -> String {
    format(id, args, &[Lang::ENGLISH])
}

fn format(id: &str, args: Option<&FluentArgs>, langs: &[Lang]) -> String {
    langs.iter().find_map(|&lang| format_in(id, args, lang)).unwrap_or_else(|| id.to_owned())
}

/// A catalogue message: `t!("status-today")`, or with its variables,
/// `t!("count-days", n = days)`. Numbers are passed as numbers, so that
/// the language's plural rules choose the form.
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::message($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $( args.set(stringify!($name), $value); )+
        $crate::i18n::message($id, Some(&args))
    }};
}
pub(crate) use t;

/// Whose language a text is wanted in: the person's, or English for the
/// few words a `--json` carries, which are the same in every language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Speak {
    Theirs,
    English,
}

impl Speak {
    /// The message `id`, in this language.
    pub fn message(self, id: &str) -> String {
        match self {
            Speak::Theirs => message(id, None),
            Speak::English => english(id, None),
        }
    }
}

/// A number with a fraction, written as the language writes it (`3.5`,
/// `3,5`).
pub fn decimal(value: f64, digits: usize) -> String {
    let text = format!("{value:.digits$}");
    let separator = t!("locale-decimal-separator");
    if separator == "." { text } else { text.replace('.', &separator) }
}

/// Whether `answer` is one of `words`, a comma-separated list from the
/// catalogue (`s, sí, si`), in any case.
pub fn one_of(words: &str, answer: &str) -> bool {
    let answer = answer.trim().to_lowercase();
    !answer.is_empty()
        && words.split(',').map(str::trim).any(|word| !word.is_empty() && word.to_lowercase() == answer)
}

/// Whether an answer to a yes-or-no question means yes (`true`), no
/// (`false`), or neither: the language's answers, or English ones.
pub fn yes_or_no(answer: &str) -> Option<bool> {
    let said = |theirs: &str, english: &str| one_of(theirs, answer) || one_of(english, answer);
    if said(&t!("locale-yes-answers"), &english("locale-yes-answers", None)) {
        Some(true)
    } else if said(&t!("locale-no-answers"), &english("locale-no-answers", None)) {
        Some(false)
    } else {
        None
    }
}

/// Every letter of a text element accented, and every word made 40% longer
/// (rounded up), leaving alone what is code: `` `plan status` ``, tags.
fn pseudo(text: &str) -> Cow<'_, str> {
    fn accent(c: char) -> char {
        const PLAIN: &str = "aceinouyACEINOUY";
        const ACCENTED: &str = "åçéîñöûýÅÇÉÎÑÖÛÝ";
        PLAIN.chars().position(|p| p == c).and_then(|i| ACCENTED.chars().nth(i)).unwrap_or(c)
    }
    let mut out = String::with_capacity(text.len() * 2);
    let mut code = false;
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if let Some(last) = word.chars().last() {
            let longer = (word.chars().count() * 2).div_ceil(5);
            out.push_str(word);
            out.extend(std::iter::repeat_n(last, longer));
            word.clear();
        }
    };
    for c in text.chars() {
        if c == '`' || c == '<' || c == '>' {
            flush(&mut word, &mut out);
            code = if c == '>' { false } else { c == '<' || !code };
            out.push(c);
        } else if !code && c.is_alphabetic() {
            word.push(accent(c));
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<OsString> + 'a {
        move |name| pairs.iter().find(|(key, _)| *key == name).map(|(_, value)| OsString::from(value))
    }

    fn tag(choice: &Choice) -> &'static str {
        choice.lang.tag()
    }

    #[test]
    fn each_step_of_the_choice_in_order() {
        let es = Lang::find("es").map(Lang::tag);
        assert_eq!(es, Some("es"));
        // --lang over PLAN_LANG over the environment.
        assert_eq!(tag(&negotiate(Some("de"), env(&[("PLAN_LANG", "es"), ("LANG", "es_ES.UTF-8")]))), "de");
        assert_eq!(tag(&negotiate(None, env(&[("PLAN_LANG", "es"), ("LANG", "de_DE.UTF-8")]))), "es");
        // LANGUAGE over LC_ALL, over LC_MESSAGES, over LANG.
        let all =
            [("LANGUAGE", "de"), ("LC_ALL", "es_ES.UTF-8"), ("LC_MESSAGES", "en_GB"), ("LANG", "en_US")];
        assert_eq!(tag(&negotiate(None, env(&all))), "de");
        assert_eq!(tag(&negotiate(None, env(&all[1..]))), "es");
        assert_eq!(tag(&negotiate(None, env(&[("LC_MESSAGES", "de_AT"), ("LANG", "es")]))), "de");
        assert_eq!(tag(&negotiate(None, env(&[("LANG", "es_MX.UTF-8@x")]))), "es");
        // LANGUAGE is a list, and counts only beside a locale other than C.
        assert_eq!(tag(&negotiate(None, env(&[("LANGUAGE", "pt:de"), ("LANG", "fr_FR")]))), "de");
        assert_eq!(tag(&negotiate(None, env(&[("LANGUAGE", "de"), ("LANG", "C.UTF-8")]))), "en-US");
        assert_eq!(tag(&negotiate(None, env(&[("LANGUAGE", "de")]))), "en-US");
        assert_eq!(tag(&negotiate(None, env(&[("LC_ALL", "POSIX"), ("LANG", "de_DE")]))), "en-US");
        assert_eq!(tag(&negotiate(Some("C"), env(&[("LANG", "de_DE")]))), "en-US");
    }

    #[test]
    fn a_language_plan_does_not_speak_is_english_and_remembered() {
        let choice = negotiate(None, env(&[("LANG", "pt_BR.UTF-8")]));
        assert_eq!(
            choice,
            Choice { lang: Lang::ENGLISH, region: None, unavailable: Some("pt_BR.UTF-8".to_owned()) }
        );
        assert_eq!(negotiate(None, env(&[("LANG", "en_US.UTF-8")])).region.as_deref(), Some("US"));
        assert_eq!(negotiate(Some("de"), env(&[])).region, None);
        assert_eq!(negotiate(Some("es"), env(&[("LANG", "es_MX.UTF-8")])).region.as_deref(), Some("MX"));
        assert_eq!(negotiate(Some("de"), env(&[("LANG", "es_MX.UTF-8")])).region, None);
        assert_eq!(negotiate(None, env(&[])).unavailable, None);
        assert_eq!(negotiate(None, env(&[("LANG", "en_GB.UTF-8")])).unavailable, None);
    }

    #[test]
    fn the_pseudo_locale_accents_and_lengthens_words_but_not_code() {
        assert_eq!(pseudo("No contact"), "Ñöö çöñtåçtttt");
        assert_eq!(pseudo("run `plan status`"), "rûñññ `plan status`");
    }

    #[test]
    fn plurals_come_from_the_language_rules() {
        assert_eq!(message("count-days", Some(&args_n(1))), "1 day");
        assert_eq!(message("count-days", Some(&args_n(2))), "2 days");
        assert_eq!(message("count-days", Some(&args_n(0))), "0 days");
    }

    #[test]
    fn every_message_cut_from_its_file_parses_whole_and_finds_what_it_refers_to() {
        for entry in &MESSAGES {
            for (index, locale) in LOCALES.iter().enumerate() {
                let (id, text) = (entry.id(), entry.text(index));
                let resource = FluentResource::try_new(text.to_owned());
                assert!(resource.is_ok(), "{locale} {id} does not parse alone: {text:?}");
                let resource = resource.unwrap();
                let ids: Vec<&str> = resource
                    .entries()
                    .filter_map(|entry| match entry {
                        fluent_syntax::ast::Entry::Message(message) => Some(message.id.name),
                        _ => None,
                    })
                    .collect();
                assert_eq!(ids, [id], "{locale} {id} is one message: {text:?}");
            }
            for &reference in entry.references() {
                assert!(usize::from(reference) < MESSAGES.len(), "{} refers outside", entry.id());
            }
        }
        assert!(MESSAGES.windows(2).all(|pair| pair[0].id() < pair[1].id()), "sorted by id");
    }

    fn args_n(n: u64) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        args.set("n", n);
        args
    }
}
