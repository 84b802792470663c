//! `plan`, a private, offline breakup recovery planner.
//!
//! The binary is a thin `main` over [`commands::run`], which makes the
//! run's context (the plan folder, the terminal and today) once and hands it
//! to the one `run` of each verb. The library exists so the fuzz targets and
//! benchmarks can reach the parsers.
//!
//! Dependencies point one way: the core, then the store and the views, then
//! the commands.
//!
//! - The core, pure: [`playbook`], [`event`] (the changes and their fold),
//!   [`state`], [`decide`], [`schedule`], [`assess`], [`safety`], [`partner`],
//!   [`id`] and [`date`]. It returns ids and typed results, which the views and
//!   `error.rs` word (a playbook's diagnostics, for its author, excepted).
//! - [`store`]: the only owner of the plan folder. [`clock`]: the one place
//!   today is read.
//! - [`views`]: every word a person reads, one module per feature, each
//!   computing what its command shows (the type that is also its `--json`)
//!   and writing it as text; [`text`] is the toolkit they write with.
//!   [`error`] words every failure, with its hint.
//! - [`cli`]: every clap type. [`commands`]: one file per verb, holding
//!   data and calls, with the run's `Ctx` and `Ui`.
//!
//! Everything but `commands`, `store` and `clock` is pure.

pub mod assess;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod date;
pub mod decide;
pub mod error;
pub mod event;
pub mod i18n;
pub mod id;
pub mod partner;
pub mod playbook;
pub mod safety;
pub mod schedule;
pub mod state;
pub mod store;
pub mod text;
pub mod views;
