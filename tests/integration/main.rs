//! The one integration test binary: every test here runs the real `plan`
//! through `harness`, in a throwaway folder with the environment cleared.
//! One binary links once and lets the tests share one harness (STYLE.md).

mod harness;

mod architecture;
mod bundled_playbooks;
mod cli;
mod durability;
mod error_messages;
mod migration;
mod playbook_files;
mod privacy;
mod properties;
mod readme;
