# `plan log`: the check-ins, newest first.

log-none-in-window = No check-ins in the last { $days ->
    [one] { $days } day
   *[other] { $days } days
}; { $total } in all. `plan log` shows them.
log-none = No check-ins yet. `plan checkin --mood N --urge N` records today.
# A check-in: $mood and $urge are 1–10, or –, each two columns wide.
log-entry = { $date }  mood { $mood }  urge { $urge }
log-entry-contact = { $date }  mood { $mood }  urge { $urge }  contact: { $contact }

## A kind of contact in a check-in, in a word or two. In English, the name
## `plan contact` knows it by.
log-contact-none = none
log-contact-allowed = allowed
log-contact-initiated = initiated
log-contact-replied = replied
log-contact-they-contacted = they-contacted
log-contact-social-media = social-media
log-contact-logistics = logistics
log-contact-accidental = accidental
log-contact-planned = planned
