# Playbooks: the kind of each step, and what a person reads when their
# playbook file is wrong (after its file, line and column).

## A step's phase, as status and next show it beside the step's title.
## In English it is the word the playbook file uses.
playbook-phase-no-contact = no-contact
playbook-phase-self-focus = self-focus
playbook-phase-assess = assess
playbook-phase-reconnect = reconnect
playbook-phase-talk = talk
playbook-phase-rebuild = rebuild
