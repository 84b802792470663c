//! The identities and clocks every layer names: a device's id, a plan's
//! id, the hybrid logical clock events carry, the month check-ins are filed
//! by, and a step's id and place.
//! Plain data that names no other module, so that the state, the events
//! and the store can all name them without naming each other.

use std::borrow::Borrow;
use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A hybrid logical clock reading: milliseconds, then a counter.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Clock(pub u64, pub u32);

impl Clock {
    /// The reading after `last` at wall time `now_ms`: never behind `last`,
    /// even with a clock set back.
    pub fn next(last: Clock, now_ms: u64) -> Clock {
        if now_ms > last.0 { Clock(now_ms, 0) } else { Clock(last.0, last.1.saturating_add(1)) }
    }
}

/// What a device had seen of the others when it wrote: for each other
/// device, the number of its latest event folded in. A version vector: an
/// event whose `seen` covers another's number came after it.
pub type Seen = std::collections::BTreeMap<DeviceId, u64>;

/// A device's id: 16 lowercase hex digits, made once for each device and
/// kept outside the synced folder. It names the device's folder in the plan
/// folder (`devices/<id>/`), is written in its head, is the device of each
/// of its events, and begins the id of each plan it starts. It is read as
/// written (serde-transparent); the store checks an id with [`DeviceId::parse`]
/// where one names a folder, and in this device's own file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DeviceId(String);

impl DeviceId {
    /// `text`, if it is a device id: 16 lowercase hex digits.
    pub fn parse(text: &str) -> Option<DeviceId> {
        let is_id =
            text.len() == 16 && text.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        is_id.then(|| DeviceId(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DeviceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The tests name their devices `a`, `b`, `c`.
#[cfg(test)]
impl From<&str> for DeviceId {
    fn from(name: &str) -> DeviceId {
        DeviceId(name.to_owned())
    }
}

/// A plan's identity: the device and number of the event that started it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PlanId(pub String);

impl PlanId {
    pub fn of(device: &DeviceId, seq: u64) -> PlanId {
        PlanId(format!("{device}.{seq}"))
    }
}

impl fmt::Display for PlanId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A step's id: kebab-case and unique in its playbook (the playbook's
/// parser checks both). Written as the bare string everywhere: playbooks,
/// events, exports, JSON and hooks.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StepId(String);

impl StepId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<String> for StepId {
    fn from(id: String) -> StepId {
        StepId(id)
    }
}

impl From<&str> for StepId {
    fn from(id: &str) -> StepId {
        StepId(id.to_owned())
    }
}

impl fmt::Display for StepId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// So that a map by step id is looked up with the `&str` a person typed.
impl Borrow<str> for StepId {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for StepId {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for StepId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<StepId> for str {
    fn eq(&self, other: &StepId) -> bool {
        self == other.0
    }
}

impl PartialEq<StepId> for &str {
    fn eq(&self, other: &StepId) -> bool {
        *self == other.0
    }
}

/// A step's place in its playbook, from 0 for the first. People count
/// steps from 1 ([`StepIndex::number`]): `plan steps` shows that number,
/// and `plan next 2` names a step by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StepIndex(usize);

impl StepIndex {
    /// The step at `index` in the playbook's steps.
    pub fn new(index: usize) -> StepIndex {
        StepIndex(index)
    }

    /// The step numbered `number`, counting from 1; `None` for 0.
    pub fn from_number(number: usize) -> Option<StepIndex> {
        number.checked_sub(1).map(StepIndex)
    }

    /// Its place in the playbook's steps, from 0.
    pub fn get(self) -> usize {
        self.0
    }

    /// Its number, as people count steps: from 1.
    pub fn number(self) -> usize {
        self.0 + 1
    }
}

/// A calendar month: what check-ins are filed by. Ordered by year, then
/// month; written `YYYY-MM` as `%Y-%m` writes it, in the names of the logs
/// (`2026-11.jsonl`), in layout 2's month keys and files, and in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    year: i32,
    /// 1 to 12.
    month: u32,
}

impl Month {
    /// The month `date` falls in.
    pub fn of(date: NaiveDate) -> Month {
        Month { year: date.year(), month: date.month() }
    }

    /// `YYYY-MM` exactly: four digits, a dash, and a month from 01 to 12.
    /// Anything else, a longer or shorter year included, is not a month:
    /// a file or key named by one could name a file outside its folder.
    pub fn parse(text: &str) -> Option<Month> {
        let bytes = text.as_bytes();
        let well_formed = bytes.len() == 7
            && bytes[4] == b'-'
            && bytes.iter().enumerate().all(|(i, b)| i == 4 || b.is_ascii_digit());
        if !well_formed {
            return None;
        }
        let year = text[..4].parse().ok()?;
        let month = text[5..].parse().ok().filter(|month| (1..=12).contains(month))?;
        Some(Month { year, month })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    /// The month of the year, from 1 to 12.
    pub fn month(self) -> u32 {
        self.month
    }

    /// The first day of the month.
    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).expect("a month of a date, or of four digits")
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // As chrono's `%Y` writes a year: four digits, signed beyond them.
        if (0..10_000).contains(&self.year) {
            write!(f, "{:04}-{:02}", self.year, self.month)
        } else {
            write!(f, "{:+05}-{:02}", self.year, self.month)
        }
    }
}

impl Serialize for Month {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Month {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Month, D::Error> {
        let text = String::deserialize(deserializer)?;
        Month::parse(&text).ok_or_else(|| {
            serde::de::Error::invalid_value(serde::de::Unexpected::Str(&text), &"a month, YYYY-MM")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_device_id_is_sixteen_lowercase_hex_digits_written_as_they_are() {
        let id = DeviceId::parse("0123456789abcdef").unwrap();
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"0123456789abcdef\"");
        assert_eq!(PlanId::of(&id, 7).to_string(), "0123456789abcdef.7");
        for bad in ["0123456789ABCDEF", "0123456789abcde", "0123456789abcdef0", "../../etc/passwd", ""] {
            assert_eq!(DeviceId::parse(bad), None, "{bad}");
        }
        // Ordered as their text is: the fold breaks ties of the clock by it.
        assert!(DeviceId::parse("00000000000000ff").unwrap() < DeviceId::parse("0000000000000100").unwrap());
    }

    #[test]
    fn a_step_id_is_written_as_its_bare_text_and_found_by_it() {
        let id = StepId::from("no-contact");
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"no-contact\"");
        assert_eq!(serde_json::from_str::<StepId>("\"no-contact\"").unwrap(), id);
        assert_eq!(id, "no-contact");
        assert_eq!("no-contact", id);
        assert_eq!(id.as_str(), "no-contact");
        let ticked: std::collections::BTreeMap<StepId, u32> = [(id.clone(), 1)].into();
        assert_eq!(ticked.get("no-contact"), Some(&1));
        assert_eq!(serde_json::to_string(&ticked).unwrap(), r#"{"no-contact":1}"#);
    }

    #[test]
    fn a_step_is_numbered_from_one() {
        assert_eq!(StepIndex::new(0).number(), 1);
        assert_eq!(StepIndex::from_number(3), Some(StepIndex::new(2)));
        assert_eq!(StepIndex::from_number(0), None);
    }

    #[test]
    fn a_month_is_written_as_chrono_writes_it() {
        let far = [NaiveDate::MIN, NaiveDate::MAX, d("0000-01-01"), d("0999-12-31"), d("9999-12-31")];
        let beyond = NaiveDate::from_ymd_opt(10_000, 1, 1).unwrap();
        let before = NaiveDate::from_ymd_opt(-1, 12, 31).unwrap();
        for date in far.into_iter().chain([beyond, before, d("2026-11-22"), d("2024-02-29")]) {
            assert_eq!(Month::of(date).to_string(), date.format("%Y-%m").to_string(), "{date}");
        }
    }

    #[test]
    fn months_parse_exactly_and_read_back_as_written() {
        assert_eq!(Month::parse("2026-11"), Some(Month::of(d("2026-11-30"))));
        assert_eq!(Month::parse("0999-01").map(|m| (m.year(), m.month())), Some((999, 1)));
        for bad in
            ["2026-13", "2026-00", "2026-1", "26-11", "+2026-11", "2026/11", "2026-11-01", "../2026", ""]
        {
            assert_eq!(Month::parse(bad), None, "{bad}");
        }
        let month = Month::parse("2026-02").unwrap();
        assert_eq!(month.to_string(), "2026-02");
        assert_eq!(month.first_day(), d("2026-02-01"));
        assert_eq!(serde_json::to_string(&month).unwrap(), "\"2026-02\"");
        assert_eq!(serde_json::from_str::<Month>("\"2026-02\"").unwrap(), month);
        assert!(serde_json::from_str::<Month>("\"2026-2\"").is_err());
    }

    #[test]
    fn months_order_by_year_then_month() {
        let months: Vec<Month> =
            ["2027-01", "2026-12", "0999-12", "2026-02"].iter().filter_map(|m| Month::parse(m)).collect();
        let mut sorted = months.clone();
        sorted.sort();
        let written: Vec<String> = sorted.iter().map(Month::to_string).collect();
        assert_eq!(written, ["0999-12", "2026-02", "2026-12", "2027-01"]);
        assert!(Month::of(NaiveDate::from_ymd_opt(10_000, 1, 1).unwrap()) > Month::parse("9999-12").unwrap());
    }
}
