//! `plan sos [MESSAGE]`: an SOS, with its time and a short message, put
//! into every partner's digest at once, and the `on-sos` hook; `--clear`
//! records that it is resolved.

use crate::error::Result;

use super::Ctx;
use super::partner::write_digests;
use crate::cli::SosArgs;
use crate::clock;
use crate::event::Change;
use crate::partner::{self, MAX_MESSAGE};
use crate::store::PartnerError;
use crate::views::ask::Asking;
use crate::views::confirm::Saved;
use crate::views::hooks::{HookEvent, SosEvent};
use crate::views::partner as view;

pub fn run(ctx: &mut Ctx, args: &SosArgs) -> Result<()> {
    if args.clear {
        return clear(ctx);
    }
    let today = ctx.today()?;
    let typed = match &args.message {
        Some(message) => Some(message.clone()),
        None if ctx.ui.interactive() => {
            ctx.ui.prompt_line(Asking::Sos, |out| view::ask_message(out))?.given()
        }
        None => None,
    };
    let message = typed.as_deref().and_then(partner::message);
    if let Some(message) = &message {
        let chars = message.chars().count();
        if chars > MAX_MESSAGE {
            return Err(PartnerError::MessageTooLong { chars }.into());
        }
    }
    let at = clock::now()?;
    let safety = {
        // Never refused once the plan ended: an SOS is an SOS.
        let mut plan = ctx.home.writer()?;
        let change = Change::Sos { date: today, at, message: message.clone() };
        plan.save(&Saved::Sos.to_string(), change)?;
        plan.state.safety
    };
    ctx.ui.saved(Saved::Sos);
    // Now, not after the words: they say it was sent.
    let partners =
        write_digests(ctx).map_err(|err| PartnerError::SosUnsent { err: format!("{err:#}") })?.written;
    ctx.ui.hook(&HookEvent::Sos(SosEvent {
        date: today,
        at,
        message: message.clone(),
        partners: partners.clone(),
    }));
    view::sos_sent(&mut ctx.ui, &view::SosSent { at, message, partners, safety })?;
    Ok(())
}

fn clear(ctx: &mut Ctx) -> Result<()> {
    let today = ctx.today()?;
    let at = clock::now()?;
    {
        let mut plan = ctx.home.writer()?;
        let Some(open) = plan.state.sos.clone() else { return Err(PartnerError::NoOpenSos.into()) };
        plan.save(&Saved::SosCleared.to_string(), Change::SosCleared { date: today, at, sos: open.at })?;
    }
    ctx.ui.saved(Saved::SosCleared);
    let partners = write_digests(ctx)?.written;
    view::sos_cleared(&mut ctx.ui, &partners)?;
    Ok(())
}
