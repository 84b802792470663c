# The names of things several screens say.

## A kind of contact, as a check-in's confirmation and `plan log` name it.
words-contact-none = no contact
words-contact-allowed = allowed contact
words-contact-initiated = a slip
words-contact-replied = a reply to them (a slip)
words-contact-they-contacted = they reached out; you let it be
words-contact-social-media = a look at their profile
words-contact-logistics = logistics only
words-contact-accidental = a chance meeting
words-contact-planned = contact your plan called for

## How a plan ended.
words-outcome-reunited = back together
words-outcome-moved-on = moved on
words-outcome-paused = paused

## What a readiness check named: "your readiness check on DATE" comes before it.
words-red-flag-abuse = named abuse or control
words-red-flag-afraid = said you are afraid of them
words-red-flag-they-asked = said they asked for no contact, blocked you, or said it is over
words-red-flag-own-behaviour = named your own behaviour as abusive or controlling

## A step's kind, as status, next and steps name it beside its title. In
## English it is the word the playbook file uses.
words-phase-no-contact = no-contact
words-phase-self-focus = self-focus
words-phase-assess = assess
words-phase-reconnect = reconnect
words-phase-talk = talk
words-phase-rebuild = rebuild
