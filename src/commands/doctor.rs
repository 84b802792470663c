//! `plan doctor`: look at the plan folder, say what is wrong and how to fix
//! it; `--restore` puts the last good backup back.

use std::fs;
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use anyhow::{Result, bail};

use crate::error::hinted;
use crate::state::{self, State};
use crate::store::{self, Home, TMP_MARK, parse_month_name, parse_state};

// One check after another, in the order they are printed.
#[allow(clippy::too_many_lines)]
pub fn run(home: &Home, restore: bool, out: &mut impl Write) -> Result<()> {
    if restore {
        return restore_backup(home, out);
    }
    if !home.dir.exists() {
        writeln!(out, "ok    no plan folder yet at {}; `plan start` creates it", home.dir.display())?;
        return Ok(());
    }
    let mut problems = 0;
    let mut report = |ok: bool, text: String, fix: Option<String>| -> std::io::Result<()> {
        if ok {
            writeln!(out, "ok    {text}")
        } else {
            problems += 1;
            writeln!(out, "PROBLEM  {text}")?;
            match fix {
                Some(fix) => writeln!(out, "      fix: {fix}"),
                None => Ok(()),
            }
        }
    };
    let dir = &home.dir;
    let mode = fs::metadata(dir)?.permissions().mode() & 0o777;
    report(
        mode == 0o700,
        format!(
            "{} is mode {mode:04o}{}",
            dir.display(),
            if mode == 0o700 { "" } else { "; it should be 0700" }
        ),
        Some(format!("chmod 700 '{}'", dir.display())),
    )?;
    let lock = home.lock_path();
    if lock.exists() {
        let file = fs::File::open(&lock)?;
        let free = file.try_lock().is_ok();
        report(true, format!("lock {}", if free { "free" } else { "held by a running plan" }), None)?;
    }
    let state = match fs::read(home.state_path()) {
        Ok(bytes) => match parse_state(&bytes) {
            Ok(state) => {
                report(
                    true,
                    format!("state readable (schema {}, {} check-ins)", state.schema, state.checkins),
                    None,
                )?;
                Some(state)
            }
            Err(what) => {
                report(false, format!("{} {what}", home.state_path().display()), Some(restore_fix(home)))?;
                None
            }
        },
        Err(err) => {
            report(false, format!("{}: {err}", home.state_path().display()), Some(restore_fix(home)))?;
            None
        }
    };
    let backup = match fs::read(home.backup_path()) {
        Ok(bytes) => match parse_state(&bytes) {
            Ok(backup) => {
                report(true, "backup readable".to_owned(), None)?;
                Some(backup)
            }
            Err(what) => {
                let fix = "the next change replaces it with a good copy".to_owned();
                report(false, format!("{} {what}", home.backup_path().display()), Some(fix))?;
                None
            }
        },
        Err(_) => {
            report(true, "no backup yet (one is kept from the second change on)".to_owned(), None)?;
            None
        }
    };
    if let Some(state) = &state {
        let missing = month_problems(home, state);
        let fix =
            "these check-ins cannot be read; keep a copy of the folder and restore the files from a backup";
        report(missing.is_empty(), month_summary(state, &missing), Some(fix.to_owned()))?;
    }
    for path in private_files(home) {
        let mode = fs::metadata(&path)?.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            report(
                false,
                format!("{} is mode {mode:04o}", path.display()),
                Some(format!("chmod 600 '{}'", path.display())),
            )?;
        }
    }
    let leftovers = leftovers(home, state.as_ref(), backup.as_ref());
    report(
        leftovers.is_empty(),
        if leftovers.is_empty() {
            "no leftover files".to_owned()
        } else {
            format!("leftover files: {}", leftovers.join(", "))
        },
        Some("the next change removes them".to_owned()),
    )?;
    if problems > 0 {
        bail!("plan doctor found {problems} problem{}", if problems == 1 { "" } else { "s" });
    }
    Ok(())
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

fn month_summary(state: &State, problems: &[String]) -> String {
    if problems.is_empty() {
        format!("{} month files readable", state.months.len())
    } else {
        format!("month files: {}", problems.join("; "))
    }
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

fn restore_backup(home: &Home, out: &mut impl Write) -> Result<()> {
    let lock = home.lock_exclusive()?;
    let backup_bytes = fs::read(home.backup_path()).map_err(|err| {
        hinted(
            format!("there is no backup to restore ({}: {err})", home.backup_path().display()),
            "`plan doctor` shows what is there",
        )
    })?;
    let backup = parse_state(&backup_bytes).map_err(|what| {
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
    let mut aside = None;
    if current.exists() {
        let mut n = 1;
        let mut target = home.dir.join(format!("state.json.damaged.{n}"));
        while target.exists() {
            n += 1;
            target = home.dir.join(format!("state.json.damaged.{n}"));
        }
        fs::rename(&current, &target)?;
        aside = Some(target);
    }
    store::write_atomic(&home.dir, "state.json", &backup_bytes)?;
    store::sync_dir(&home.dir)?;
    drop(lock);
    if let Some(aside) = aside {
        writeln!(out, "Kept the damaged state aside as {}.", aside.display())?;
    }
    let _: &State = &backup;
    writeln!(
        out,
        "Restored the backup: {} check-ins, schema {}. `plan status` shows where you stand.",
        backup.checkins,
        state::SCHEMA
    )?;
    Ok(())
}
