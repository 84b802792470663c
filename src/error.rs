//! How failures reach the person: one `error:` line that names the problem,
//! then a `hint:` line with the fix where there is one.

use std::fmt;
use std::io::{self, Write};

/// An error with a suggestion for what to do about it.
#[derive(Debug)]
pub struct Hinted {
    pub message: String,
    pub hint: String,
}

impl fmt::Display for Hinted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Hinted {}

/// An error for the user, with a hint.
pub fn hinted(message: impl Into<String>, hint: impl Into<String>) -> anyhow::Error {
    Hinted { message: message.into(), hint: hint.into() }.into()
}

/// Print the error chain on one line, and the first hint found in it.
pub fn report(err: &anyhow::Error) {
    let hint = err.chain().find_map(|cause| cause.downcast_ref::<Hinted>()).map(|h| &h.hint);
    let mut stderr = io::stderr().lock();
    let _ = writeln!(stderr, "error: {err:#}");
    if let Some(hint) = hint {
        let _ = writeln!(stderr, "hint: {hint}");
    }
}

/// `plan status | head -1` must end quietly, not with an error.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .filter_map(|cause| cause.downcast_ref::<io::Error>())
        .any(|io| io.kind() == io::ErrorKind::BrokenPipe)
}
