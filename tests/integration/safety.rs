//! What the person told `plan` is honoured on every route: a reason never to
//! make contact named in the readiness check, and the hardest days.
