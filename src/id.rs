//! The identities and clocks every layer names: a plan's id and the hybrid
//! logical clock its events carry. Plain data with no dependencies, so that
//! the state, the events and the store can all name them without naming
//! each other.

use std::fmt;

use serde::{Deserialize, Serialize};

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

/// A plan's identity: the device and number of the event that started it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PlanId(pub String);

impl PlanId {
    pub fn of(device: &str, seq: u64) -> PlanId {
        PlanId(format!("{device}.{seq}"))
    }
}

impl fmt::Display for PlanId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
