use anyhow::Result;

use super::playbook::users;
use crate::playbook::{self, BUNDLED, Origin};
use crate::render;
use crate::render::Screen;
use crate::store::Home;
use crate::view::PlaybookListing;

pub fn run(home: &Home, json: bool, out: &mut impl Screen) -> Result<()> {
    let mut list: Vec<PlaybookListing> = BUNDLED
        .iter()
        .map(|(_, text)| {
            let playbook = playbook::parse(text).expect("bundled playbooks are valid: a test checks them");
            PlaybookListing::new(&playbook, Origin::Bundled)
        })
        .collect();
    list.extend(users(home).iter().map(|found| PlaybookListing::new(&found.playbook, found.source.clone())));
    if json {
        render::json(out, &list)?;
    } else {
        render::playbooks(out, &list)?;
    }
    Ok(())
}
