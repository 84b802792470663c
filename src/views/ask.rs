//! What `plan` asks at a terminal, outside the readiness check (whose
//! questions are in [`super::assess`]): which path to start on.

use std::io;

use crate::playbook::Playbook;
use crate::text::{Screen, fit, visible, wrap};

/// The paths `plan start` offers at a terminal, each with what it is for.
pub fn path_choice(out: &mut impl Screen, paths: &[(&str, Playbook)], default: usize) -> io::Result<()> {
    fit(out, "Which way do you want to go? Each path can be changed later with `plan switch`.")?;
    writeln!(out)?;
    for (i, (name, playbook)) in paths.iter().enumerate() {
        let chosen = if i == default { " (Enter)" } else { "" };
        fit(out, &format!("  {}. {name}{chosen}  [{}]", i + 1, playbook.id))?;
        if let Some(purpose) = &playbook.purpose {
            wrap(out, purpose, "     ", "     ")?;
        }
    }
    writeln!(out)
}

/// The question after the paths.
pub fn path_question(default: usize) -> String {
    format!("Choose 1, 2 or 3 [{}]: ", default + 1)
}

/// An answer that names no path.
pub fn path_again(out: &mut impl Screen, answer: &str) -> io::Result<()> {
    fit(out, &format!("  `{}` is not one of them; type 1, 2 or 3, or press Enter.", visible(answer)))
}
