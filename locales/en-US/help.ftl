# Where help is: every text that points a person to real help. No phone
# number, address or named service, in any language: the right one depends
# on the country the person is in, and a wrong one, read in a crisis, does
# harm. Each names the kind of help and how to reach it safely. Translate
# these with the most care of all.

# For someone whose safety is at stake (abuse, control, fear).
help-danger = If you are in danger, call your local emergency number now. A domestic-abuse helpline in your country can talk it through in confidence and help you plan to stay safe; searching for “domestic abuse helpline” and your country finds one. Tell someone you trust what is happening. If they could see your phone, computer or accounts, look for help on a device they cannot reach, or in a private browser window.
# The same, in one line, for the screens that point to it in passing.
help-danger-short = Help: your local emergency number if you are in danger, a domestic-abuse helpline in your country, someone you trust. Search for it on a device they cannot see.
# At the start of a path with no step toward contact.
help-if-afraid = If you are ever afraid of them, or in danger, call your local emergency number. A domestic-abuse helpline in your country can help in confidence; look for it on a device they cannot see.
# For someone who named their own behaviour as abusive or controlling.
help-own-behaviour = There are services for people who are worried about their own behaviour and want to stop hurting a partner. A doctor or counsellor can point you to one near you, and so can a domestic-abuse helpline in your country. If anyone is in danger now, call your local emergency number.
help-own-behaviour-short = Help to change: a doctor, a counsellor, or a service for people worried about their own behaviour.
# For someone whose ex asked for no contact: no danger, but a hard loss.
help-they-asked = This is a hard thing to accept. Lean on someone you trust; a counsellor or your doctor can help if it stays heavy.
# For the hardest days: talk to someone now.
help-hard-days = These have been hard days. Talk to someone today. If you might hurt yourself, call your local emergency number or a crisis line now; a doctor or counsellor can help when it goes on.
# After `plan sos`: a partner may not see it for a while.
help-sos = If you might hurt yourself, or you are in danger, call your local emergency number or a crisis line now. Talk to someone today: a friend, your doctor or a counsellor.
# On a partner's screen beside an SOS.
help-for-a-partner = They asked for you. Call or message them now, and listen. If you think they are in danger, call the local emergency number where they are.
