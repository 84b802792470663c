//! `plan slip`: contact that broke no contact, recorded as that day's
//! check-in with contact `initiated`; the counter starts again from that day.

use crate::error::Result;

use super::Ctx;
use super::record::{Slips, record};
use crate::cli::SlipArgs;
use crate::state::{CheckinInput, Contact, NoteEdit};

pub fn run(ctx: &mut Ctx, args: &SlipArgs) -> Result<()> {
    let date = ctx.date(args.date)?;
    let input = CheckinInput { contact: Some(Contact::Initiated), ..CheckinInput::default() };
    // Its note is kept beside any the day has.
    let note = ctx.note(args.note.as_deref())?;
    record(ctx, date, input, note.map(NoteEdit::Add), Slips::Replace)
}
