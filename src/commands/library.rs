//! The playbooks a command can name, shared by `plan start`, `plan switch`,
//! `plan playbooks` and `plan playbook`: the bundled ones, the person's own
//! in the plan folder's plans/, or a file; each found, read and checked.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::error::Result;

use super::Ctx;
use crate::error::{CommandError, Error};
use crate::playbook::{self, Origin, Playbook, Problems};
use crate::store::{Home, ReadError, StoreError};
use crate::views::doctor::Warning;

/// A playbook and where it came from: `bundled` or its path.
pub struct Found {
    pub playbook: Playbook,
    pub source: Origin,
}

/// Resolve `ID|PATH`: a path if it looks like one, else a bundled id, else
/// an id among the user's playbooks in `$PLAN_HOME/plans/`.
pub fn resolve(ctx: &mut Ctx, what: &str) -> Result<Found> {
    let path = Path::new(what);
    if what.contains('/') || path.extension().is_some_and(|ext| ext.eq_ignore_ascii_case("toml")) {
        return read(path).map(|(playbook, source)| Found {
            playbook,
            source: Origin::File(source.display().to_string()),
        });
    }
    if let Some(text) = playbook::bundled(what) {
        let playbook = playbook::parse(text).expect("bundled playbooks are valid: a test checks them");
        return Ok(Found { playbook, source: Origin::Bundled });
    }
    if let Some(found) = users(ctx).into_iter().find(|found| found.playbook.id == what) {
        return Ok(found);
    }
    // A file in this folder named without `./` or `.toml`.
    match read(path) {
        Ok((playbook, source)) => {
            return Ok(Found { playbook, source: Origin::File(source.display().to_string()) });
        }
        Err(Error::Store(StoreError::Playbook { problem: ReadError::Missing, .. })) => {}
        Err(err) => return Err(err),
    }
    Err(CommandError::UnknownPlaybook { name: what.to_owned() }.into())
}

/// Read and validate a playbook file; returns it with its absolute path,
/// for the plan records where its playbook came from.
pub fn read(path: &Path) -> Result<(Playbook, PathBuf)> {
    let (text, absolute) = Home::read_playbook(path)?;
    let playbook = playbook::parse(&text).map_err(|problems| Problems {
        name: path.display().to_string(),
        text,
        problems,
    })?;
    Ok((playbook, absolute))
}

/// The valid playbooks in `$PLAN_HOME/plans/`, by file name. Broken ones are
/// skipped, and a second file with an id already taken is ignored, each
/// with a warning that says what to do.
pub fn users(ctx: &mut Ctx) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    let mut seen: HashMap<String, String> = HashMap::new();
    for (path, text) in ctx.home.user_playbooks() {
        let shown = path.display().to_string();
        let text = match text {
            Ok((text, _)) => text,
            Err(err) => {
                ctx.ui.warn(&Warning::PlaybookSkipped { shown, err });
                continue;
            }
        };
        match playbook::parse(&text) {
            Ok(playbook) => {
                if let Some(first) = seen.get(&playbook.id) {
                    ctx.ui.warn(&Warning::SameId { shown, first: first.clone(), id: playbook.id });
                    continue;
                }
                seen.insert(playbook.id.clone(), shown.clone());
                found.push(Found { playbook, source: Origin::File(shown) });
            }
            Err(_) => ctx.ui.warn(&Warning::PlaybookProblems { shown }),
        }
    }
    found
}
