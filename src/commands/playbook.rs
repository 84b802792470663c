//! Finding, reading and checking playbooks: `plan playbook show|check|export|schema`.

use std::fs;
use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};

use crate::error::hinted;
use crate::playbook::{self, BUNDLED, Playbook, Problems};
use crate::render;
use crate::store::Home;

/// A playbook and where it came from: `bundled` or its path.
pub struct Found {
    pub playbook: Playbook,
    pub source: String,
}

/// Resolve `ID|PATH`: a path if it looks like one, else a bundled id, else
/// an id among the user's playbooks in `$PLAN_HOME/plans/`.
pub fn resolve(home: &Home, what: &str) -> Result<Found> {
    let path = Path::new(what);
    if what.contains('/')
        || path.extension().is_some_and(|ext| ext.eq_ignore_ascii_case("toml"))
        || path.is_file()
    {
        let playbook = read(path)?;
        // The plan records where its playbook came from; a relative path
        // would mean nothing from another folder.
        let source = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        return Ok(Found { playbook, source: source.display().to_string() });
    }
    if let Some(text) = playbook::bundled(what) {
        let playbook = playbook::parse(text).expect("bundled playbooks are valid: a test checks them");
        return Ok(Found { playbook, source: "bundled".to_owned() });
    }
    if let Some(found) = users(home).into_iter().find(|found| found.playbook.id == what) {
        return Ok(found);
    }
    let ids: Vec<&str> = BUNDLED.iter().map(|(id, _)| *id).collect();
    Err(hinted(
        format!("unknown playbook `{what}`"),
        format!("the bundled ones are {}; `plan playbooks` lists yours too", ids.join(", ")),
    ))
}

/// Read and validate a playbook file.
pub fn read(path: &Path) -> Result<Playbook> {
    let text = fs::read_to_string(path).map_err(|err| {
        hinted(
            format!("could not read playbook {}: {err}", path.display()),
            "give a path to a .toml file, or a playbook id from `plan playbooks`",
        )
    })?;
    playbook::parse(&text)
        .map_err(|problems| Problems { name: path.display().to_string(), text, problems }.into())
}

/// The valid playbooks in `$PLAN_HOME/plans/`, by file name; broken ones are
/// skipped with a warning that says how to see why.
pub fn users(home: &Home) -> Vec<Found> {
    let Ok(entries) = fs::read_dir(home.plans_dir()) else { return Vec::new() };
    let mut paths: Vec<_> = entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|path| match read(&path) {
            Ok(playbook) => Some(Found { playbook, source: path.display().to_string() }),
            Err(_) => {
                eprintln!(
                    "warning: skipping {}, which has problems; `plan playbook check {}` lists them",
                    path.display(),
                    path.display()
                );
                None
            }
        })
        .collect()
}

pub fn show(home: &Home, what: &str, json: bool, out: &mut impl Write) -> Result<()> {
    let found = resolve(home, what)?;
    if json {
        render::json(out, &found.playbook)?;
    } else {
        render::playbook(out, &found.playbook)?;
    }
    Ok(())
}

pub fn check(path: &Path, out: &mut impl Write) -> Result<()> {
    let playbook = read(path)?;
    let steps = render::plural(playbook.steps.len() as u64, "step");
    writeln!(out, "{}: ok, playbook `{}` with {steps}", path.display(), playbook.id)?;
    Ok(())
}

pub fn export(id: &str, out: &mut impl Write) -> Result<()> {
    let text = playbook::bundled(id).ok_or_else(|| {
        let ids: Vec<&str> = BUNDLED.iter().map(|(id, _)| *id).collect();
        hinted(format!("no bundled playbook `{id}`"), format!("the bundled ones are {}", ids.join(", ")))
    })?;
    out.write_all(text.as_bytes()).context("could not write the playbook")?;
    Ok(())
}

pub fn schema(out: &mut impl Write) -> Result<()> {
    out.write_all(playbook::schema().as_bytes())?;
    Ok(())
}
