//! `plan doctor`: look at the plan folder, say what is wrong and how to fix
//! it; `--restore` puts the last good backup back.

use std::fs;
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use anyhow::{Result, bail};

use crate::error::hinted;
use crate::state::State;
use crate::store::{self, Home, TMP_MARK, parse_month_name, parse_state};

/// One thing `doctor` looked at: fine, or a problem with its fix.
struct Finding {
    text: String,
    fix: Option<String>,
}

impl Finding {
    fn ok(text: impl Into<String>) -> Finding {
        Finding { text: text.into(), fix: None }
    }

    fn problem(text: impl Into<String>, fix: impl Into<String>) -> Finding {
        Finding { text: text.into(), fix: Some(fix.into()) }
    }
}

pub fn run(home: &Home, restore: bool, out: &mut impl Write) -> Result<()> {
    if restore {
        return restore_backup(home, out);
    }
    if !home.dir.exists() {
        writeln!(out, "ok    no plan folder yet at {}; `plan start` creates it", home.dir.display())?;
        return Ok(());
    }
    let findings = examine(home)?;
    for finding in &findings {
        match &finding.fix {
            None => writeln!(out, "ok    {}", finding.text)?,
            Some(fix) => writeln!(out, "PROBLEM  {}\n      fix: {fix}", finding.text)?,
        }
    }
    let problems = findings.iter().filter(|finding| finding.fix.is_some()).count();
    if problems > 0 {
        bail!("plan doctor found {problems} problem{}", if problems == 1 { "" } else { "s" });
    }
    Ok(())
}

fn examine(home: &Home) -> Result<Vec<Finding>> {
    let mut findings = Vec::new();
    let dir = &home.dir;
    let mode = fs::metadata(dir)?.permissions().mode() & 0o777;
    findings.push(if mode == 0o700 {
        Finding::ok(format!("{} is private (0700)", dir.display()))
    } else {
        Finding::problem(
            format!("{} is mode {mode:04o}; it should be 0700", dir.display()),
            format!("chmod 700 '{}'", dir.display()),
        )
    });
    if let Ok(file) = fs::File::open(home.lock_path()) {
        let free = file.try_lock().is_ok();
        findings.push(Finding::ok(format!("lock {}", if free { "free" } else { "held by a running plan" })));
    }
    let state = read_state(&home.state_path(), &restore_fix(home), &mut findings);
    let backup =
        read_state(&home.backup_path(), "the next change replaces it with a good copy", &mut findings);
    if let Some(state) = &state {
        let unreadable = month_problems(home, state);
        findings.push(if unreadable.is_empty() {
            Finding::ok(format!("{} month files readable", state.months.len()))
        } else {
            Finding::problem(
                format!("month files: {}", unreadable.join("; ")),
                "these check-ins cannot be read; keep a copy of the folder and restore the files from a backup",
            )
        });
    }
    for path in private_files(home) {
        let mode = fs::metadata(&path)?.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            let fix = format!("chmod 600 '{}'", path.display());
            findings.push(Finding::problem(format!("{} is mode {mode:04o}", path.display()), fix));
        }
    }
    let leftovers = leftovers(home, state.as_ref(), backup.as_ref());
    findings.push(if leftovers.is_empty() {
        Finding::ok("no leftover files")
    } else {
        Finding::problem(format!("leftover files: {}", leftovers.join(", ")), "the next change removes them")
    });
    Ok(findings)
}

/// Read a state file for a finding; a missing backup is not a problem.
fn read_state(path: &Path, fix: &str, findings: &mut Vec<Finding>) -> Option<State> {
    let name = path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    match fs::read(path) {
        Ok(bytes) => match parse_state(&bytes) {
            Ok(state) => {
                let schema = match state.migrated_from {
                    Some(old) => format!("schema {old}, moved to {} at the next change", state.schema),
                    None => format!("schema {}", state.schema),
                };
                findings
                    .push(Finding::ok(format!("{name} readable ({schema}, {} check-ins)", state.checkins)));
                Some(state)
            }
            Err(what) => {
                findings.push(Finding::problem(format!("{} {what}", path.display()), fix));
                None
            }
        },
        Err(_) if path.extension().is_some_and(|ext| ext == "bak") => {
            findings.push(Finding::ok("no backup yet (one is kept from the second change on)"));
            None
        }
        Err(err) => {
            findings.push(Finding::problem(format!("{}: {err}", path.display()), fix));
            None
        }
    }
}

fn restore_fix(home: &Home) -> String {
    if fs::read(home.backup_path()).is_ok_and(|bytes| parse_state(&bytes).is_ok()) {
        "`plan doctor --restore` keeps the damaged file aside and puts the backup back".to_owned()
    } else {
        "there is no readable backup; keep a copy of the folder before trying anything".to_owned()
    }
}

fn month_problems(home: &Home, state: &State) -> Vec<String> {
    state
        .months
        .keys()
        .filter_map(|month| home.load_month(state, month).err().map(|err| format!("{err}")))
        .collect()
}

fn private_files(home: &Home) -> Vec<std::path::PathBuf> {
    let mut files = vec![home.state_path(), home.backup_path(), home.lock_path()];
    if let Ok(entries) = fs::read_dir(home.checkins_dir()) {
        files.extend(entries.flatten().map(|entry| entry.path()));
    }
    files.retain(|path| path.is_file());
    files
}

fn leftovers(home: &Home, state: Option<&State>, backup: Option<&State>) -> Vec<String> {
    let mut found = Vec::new();
    let mut look = |dir: &Path, named: &dyn Fn(&str) -> bool| {
        if let Ok(entries) = fs::read_dir(dir) {
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                if name.contains(TMP_MARK) || named(&name) {
                    found.push(name);
                }
            }
        }
    };
    look(&home.dir, &|_| false);
    if let Some(state) = state {
        let unreferenced = |name: &str| {
            parse_month_name(name).is_some_and(|(month, generation)| {
                state.months.get(month) != Some(&generation)
                    && backup.is_none_or(|backup| backup.months.get(month) != Some(&generation))
            })
        };
        look(&home.checkins_dir(), &unreferenced);
    }
    found
}

/// Put the backup back, with every check-in: month files written after the
/// backup are still on disk, so the restored state takes the newest readable
/// version of each month and recounts its summary from them.
fn restore_backup(home: &Home, out: &mut impl Write) -> Result<()> {
    let lock = home.lock_exclusive()?;
    let backup_bytes = fs::read(home.backup_path()).map_err(|err| {
        hinted(
            format!("there is no backup to restore ({}: {err})", home.backup_path().display()),
            "`plan doctor` shows what is there",
        )
    })?;
    let mut state = parse_state(&backup_bytes).map_err(|what| {
        hinted(
            format!("the backup {} {what}", home.backup_path().display()),
            "`plan doctor` shows what is there",
        )
    })?;
    let current = home.state_path();
    if fs::read(&current).is_ok_and(|bytes| parse_state(&bytes).is_ok()) {
        return Err(hinted(
            format!("{} is readable; there is nothing to restore", current.display()),
            "`plan doctor --restore` is for a state that cannot be read",
        ));
    }
    let backup_checkins = state.checkins;
    adopt_newest_months(home, &mut state);
    let mut entries = Vec::new();
    for month in state.months.keys() {
        entries.extend(home.load_month(&state, month)?);
    }
    state.resummarise(&entries);
    let bytes = serde_json::to_vec(&state)?;
    let aside = if current.exists() { Some(keep_aside(home, &current)?) } else { None };
    store::write_atomic(&home.dir, "state.json", &bytes)?;
    store::sync_dir(&home.dir)?;
    drop(lock);
    if let Some(aside) = aside {
        writeln!(out, "Kept the damaged state aside as {}.", aside.display())?;
    }
    writeln!(out, "Restored the backup with all {} check-ins", state.checkins)?;
    if state.checkins > backup_checkins {
        writeln!(out, "({} of them recorded after the backup was taken).", state.checkins - backup_checkins)?;
    }
    writeln!(out, "Steps done and tasks ticked are as of the backup. `plan status` shows where you stand.")?;
    Ok(())
}

/// For each month, the newest file on disk that reads cleanly.
fn adopt_newest_months(home: &Home, state: &mut State) {
    let Ok(entries) = fs::read_dir(home.checkins_dir()) else { return };
    let mut found: Vec<(String, u32)> = entries
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            parse_month_name(&name).map(|(month, generation)| (month.to_owned(), generation))
        })
        .collect();
    found.sort_by_key(|(_, generation)| std::cmp::Reverse(*generation));
    for (month, generation) in found {
        if state.months.get(&month).is_some_and(|&known| known >= generation) {
            continue;
        }
        let mut candidate = state.clone();
        candidate.months.insert(month.clone(), generation);
        if home.load_month(&candidate, &month).is_ok() {
            state.months.insert(month, generation);
        }
    }
}

/// Keep the damaged state as `state.json.damaged.N`, without ever leaving
/// the folder with no state file.
fn keep_aside(home: &Home, current: &Path) -> Result<std::path::PathBuf> {
    let mut n = 1;
    let mut target = home.dir.join(format!("state.json.damaged.{n}"));
    while target.exists() {
        n += 1;
        target = home.dir.join(format!("state.json.damaged.{n}"));
    }
    if fs::hard_link(current, &target).is_err() {
        fs::copy(current, &target)?;
    }
    Ok(target)
}
