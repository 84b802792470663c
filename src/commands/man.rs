//! `plan man`: the manual page, in roff, made from the clap definition, in the chosen language.

use std::io::Write as _;

use crate::error::Result;
use crate::i18n::t;

use super::Ctx;
use crate::cli::Cli;

pub fn run(ctx: &mut Ctx, (): ()) -> Result<()> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::localized()).render(&mut page)?;
    ctx.ui.write_all(headings(&String::from_utf8_lossy(&page)).as_bytes())?;
    Ok(())
}

/// `page` with the headings of its sections in the language: `clap_mangen`
/// writes its own in English, and the others as the help names them.
fn headings(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    for line in page.split_inclusive('\n') {
        let Some(heading) = line.strip_prefix(".SH ").map(str::trim_end) else {
            out.push_str(line);
            continue;
        };
        let heading = match heading {
            "NAME" => t!("cli-man-name"),
            "SYNOPSIS" => t!("cli-man-synopsis"),
            "DESCRIPTION" => t!("cli-man-description"),
            "VERSION" => t!("cli-man-version"),
            heading => heading.to_owned(),
        };
        out.push_str(".SH ");
        out.push_str(&heading.to_uppercase());
        out.push_str(&line[line.trim_end().len()..]);
    }
    out
}
