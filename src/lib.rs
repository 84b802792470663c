//! `plan`, a private, offline breakup recovery planner.
//!
//! The binary is a thin `main` over [`commands::run`], which makes the
//! run's context (the plan folder, the terminal and today) once and hands it
//! to the one `run` of each verb. The library exists so the fuzz targets and
//! benchmarks can reach the parsers; the modules below `commands`, `store`
//! and `clock` are pure.

pub mod assess;
pub mod cli;
pub mod clock;
pub mod commands;
pub mod date;
pub mod decide;
pub mod error;
pub mod event;
pub mod id;
pub mod playbook;
pub mod safety;
pub mod schedule;
pub mod state;
pub mod store;
pub mod text;
pub mod views;
