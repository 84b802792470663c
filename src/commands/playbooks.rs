//! `plan playbooks`: the bundled playbooks and the person's own.

use crate::error::Result;

use super::Ctx;
use super::library::users;
use crate::cli::JsonArg;
use crate::playbook::{self, BUNDLED, Origin};
use crate::text;
use crate::views::playbooks::{self, PlaybookListing};

pub fn run(ctx: &mut Ctx, args: &JsonArg) -> Result<()> {
    let mut list: Vec<PlaybookListing> = BUNDLED
        .iter()
        .map(|(_, text)| {
            let playbook = playbook::parse(text).expect("bundled playbooks are valid: a test checks them");
            PlaybookListing::new(&playbook, Origin::Bundled)
        })
        .collect();
    list.extend(users(ctx).iter().map(|found| PlaybookListing::new(&found.playbook, found.source.clone())));
    if args.json {
        text::json(&mut ctx.ui, &list)?;
    } else {
        playbooks::render(&mut ctx.ui, &list)?;
    }
    Ok(())
}
