//! `plan contact KIND`: a kind of contact, recorded as that day's check-in.

use crate::error::Result;

use super::Ctx;
use super::record::{Slips, record};
use crate::cli::ContactArgs;
use crate::state::{CheckinInput, NoteEdit};

/// A kind that breaks no contact is never replaced by one that does not:
/// that takes a deliberate `plan checkin --contact`.
pub fn run(ctx: &mut Ctx, args: &ContactArgs) -> Result<()> {
    let date = ctx.date(args.date)?;
    let input = CheckinInput { contact: Some(args.kind), ..CheckinInput::default() };
    // Its note is kept beside any the day has.
    let note = ctx.note(args.note.as_deref())?;
    record(ctx, date, input, note.map(NoteEdit::Add), Slips::Keep)
}
