//! `plan partner add|list|remove` (on the person's devices), `plan partner
//! key|view` (on the friend's machine, with or without a plan), and the
//! partners' digests every change writes.

use std::path::Path;

use crate::error::Result;

use super::Ctx;
use crate::cli::PartnerCommand;
use crate::clock;
use crate::event::Change;
use crate::partner::{self, Digest};
use crate::store::{DigestOut, PARTNERS, PartnerError, Written, check_recipient, open_digests};
use crate::text;
use crate::views::confirm::Saved;
use crate::views::partner as view;

pub fn run(ctx: &mut Ctx, command: &PartnerCommand) -> Result<()> {
    match command {
        PartnerCommand::Add { name, recipient, moods } => add(ctx, name, &recipient.join(" "), *moods),
        PartnerCommand::List(args) => list(ctx, args.json),
        PartnerCommand::Remove { name } => remove(ctx, name),
        PartnerCommand::Key { output } => key(ctx, output.as_deref()),
        PartnerCommand::View { path, identity, json } => show(ctx, path, identity.as_deref(), *json),
    }
}

/// Write this device's digest for every partner from the plan as it now
/// is (and remove its digests of partners no longer listed).
pub fn write_digests(ctx: &Ctx) -> Result<Written> {
    let today = ctx.today()?;
    let now = clock::now()?;
    let written = ctx.home.write_digests(|state| {
        state
            .partners
            .iter()
            .map(|partner| DigestOut {
                name: partner.name.clone(),
                recipient: partner.recipient.clone(),
                json: serde_json::to_vec_pretty(&partner::digest(state, partner, today, now))
                    .expect("a digest serialises"),
            })
            .collect()
    })?;
    Ok(written)
}

/// `partners/NAME/` in the plan folder, as shown.
fn folder(ctx: &Ctx, name: &str) -> String {
    text::shown_path(&ctx.home.dir.join(PARTNERS).join(name))
}

fn add(ctx: &mut Ctx, name: &str, recipient: &str, moods: bool) -> Result<()> {
    let name = partner::check_name(name)
        .map_err(|problem| PartnerError::Name { given: name.to_owned(), problem })?
        .to_owned();
    let (recipient, kind) = check_recipient(recipient)
        .map_err(|problem| PartnerError::Recipient { given: recipient.to_owned(), problem })?;
    let replaced = {
        // Not refused once the plan ended: a friend may still want to know.
        let mut plan = ctx.home.writer()?;
        let known = plan.state.partner(&name).map(|known| known.name.clone());
        // The name as first given stays, so the folder keeps its name.
        let name = known.clone().unwrap_or_else(|| name.clone());
        plan.save(&Saved::Partner(name.clone()).to_string(), Change::Partner { name, recipient, moods })?;
        known
    };
    let name = replaced.clone().unwrap_or(name);
    ctx.ui.saved(Saved::Partner(name.clone()));
    let folder = folder(ctx, &name);
    view::added(&mut ctx.ui, &view::Added { name, kind, moods, replaced: replaced.is_some(), folder })?;
    Ok(())
}

fn list(ctx: &mut Ctx, json: bool) -> Result<()> {
    let state = ctx.home.peek()?;
    let listed: Vec<view::Listed> = state
        .partners
        .iter()
        .map(|partner| {
            let kind = check_recipient(&partner.recipient).ok().map(|(_, kind)| kind);
            view::listed(partner, kind, folder(ctx, &partner.name))
        })
        .collect();
    if json {
        text::json(&mut ctx.ui, &listed)?;
    } else {
        let shown = text::shown_path(&ctx.home.dir.join(PARTNERS));
        view::list(&mut ctx.ui, &listed, &shown)?;
    }
    Ok(())
}

fn remove(ctx: &mut Ctx, name: &str) -> Result<()> {
    let name = {
        let mut plan = ctx.home.writer()?;
        let Some(known) = plan.state.partner(name).map(|known| known.name.clone()) else {
            let known = plan.state.partners.iter().map(|partner| partner.name.clone()).collect();
            return Err(PartnerError::NoSuchPartner { name: name.to_owned(), known }.into());
        };
        let what = Saved::PartnerRemoved(known.clone()).to_string();
        plan.save(&what, Change::PartnerRemoved { name: known.clone() })?;
        known
    };
    ctx.ui.saved(Saved::PartnerRemoved(name.clone()));
    view::removed(&mut ctx.ui, &name)?;
    Ok(())
}

fn key(ctx: &mut Ctx, output: Option<&Path>) -> Result<()> {
    // A secret key never goes into a folder that syncs.
    if let Some(output) = output {
        ctx.refuse_plan_folder(output)?;
    }
    let (recipient, path, made) = ctx.home.partner_key(output)?;
    if made {
        ctx.ui.saved(Saved::Key);
    }
    view::key(&mut ctx.ui, &recipient, &text::shown_path(&path), made)?;
    Ok(())
}

fn show(ctx: &mut Ctx, path: &Path, identity: Option<&Path>, json: bool) -> Result<()> {
    let identity = ctx.home.partner_identity(identity)?;
    let mut newest: Option<Digest> = None;
    let mut problem = None;
    for (file, bytes) in open_digests(path, &identity)? {
        match partner::parse(&bytes) {
            Ok(digest) => {
                if newest.as_ref().is_none_or(|newest| digest.written > newest.written) {
                    newest = Some(digest);
                }
            }
            Err(err) => problem = Some(PartnerError::NotADigest { path: file, problem: err }),
        }
    }
    let Some(digest) = newest else {
        return Err(problem.unwrap_or(PartnerError::NoDigests { dir: path.to_path_buf() }).into());
    };
    if json {
        text::json(&mut ctx.ui, &digest)?;
    } else {
        let today = ctx.today()?;
        view::view(&mut ctx.ui, &digest, today)?;
    }
    Ok(())
}
