//! Every word a person reads, in one layer: one module per feature, each
//! computing what its command shows from the plan and `today` (the type
//! that is also its `--json`, a promise whose keys never change) and
//! writing it as text with the toolkit of [`crate::text`]. Pure: no
//! terminal, no clock, no file; the commands hand each view its data.
//!
//! The store's plain data may be named here (the doctor's findings, the
//! devices), never its `Home` or a function of it.
//!
//! A view for each command that shows something: [`status`] (and the
//! welcome before a plan), [`next`], [`steps`], [`log`], [`why`], [`urge`],
//! [`stats`], [`assess`], [`archive`], [`devices`], [`playbooks`], [`calendar`],
//! [`partner`] (a friend's digest, and `plan sos`),
//! [`report`] (the HTML page) and [`export`] (the files `plan export`
//! writes, and the JSON read back by `plan import`). Then the words every
//! command shares: [`confirm`] (what a saved change says), [`ask`] (the
//! questions at a terminal), [`doctor`] (findings, notices and warnings),
//! [`help`] (where help is), [`hooks`] (what a hook reads) and [`words`]
//! (the names of things).

pub mod archive;
pub mod ask;
pub mod assess;
pub mod calendar;
pub mod confirm;
pub mod devices;
pub mod doctor;
pub mod export;
#[cfg(test)]
pub(crate) mod fixtures;
pub mod help;
pub mod hooks;
pub mod if_then;
pub mod log;
pub mod next;
pub mod partner;
pub mod playbooks;
pub mod remind;
pub mod report;
pub mod stats;
pub mod status;
pub mod steps;
pub mod urge;
pub mod why;
pub mod words;
