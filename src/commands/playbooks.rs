//! `plan playbooks`: the bundled playbooks and the person's own.

use crate::error::Result;

use super::Ctx;
use super::library::users;
use crate::cli::JsonArg;
use crate::playbook::{self, BUNDLED, Origin};
use crate::text;
use crate::views::playbooks::{self, PlaybookListing};

pub fn run(ctx: &mut Ctx, args: &JsonArg) -> Result<()> {
    // `--json` is the same in every language: the bundled playbooks in
    // English; the list a person reads, in their language where there is one.
    let mut list: Vec<PlaybookListing> = BUNDLED
        .iter()
        .map(|(id, english)| {
            let text = if args.json { *english } else { playbook::bundled(id).unwrap_or(english) };
            let playbook = playbook::parse(text).expect("bundled playbooks are valid: a test checks them");
            let languages = playbook::languages(id).into_iter().map(str::to_owned).collect();
            PlaybookListing::new(&playbook, Origin::Bundled, languages)
        })
        .collect();
    list.extend(users(ctx).iter().map(|found| {
        PlaybookListing::new(&found.playbook, found.source.clone(), vec![found.playbook.language.clone()])
    }));
    if args.json {
        text::json(&mut ctx.ui, &list)?;
    } else {
        playbooks::render(&mut ctx.ui, &list, playbook::language())?;
    }
    Ok(())
}
