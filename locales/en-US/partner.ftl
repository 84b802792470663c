# A friend who knows: `plan partner` (add, list, remove, key, view) and
# `plan sos`. The SOS and the digest a partner views are read in a crisis:
# plain, calm and short.

## `plan partner list`.
partner-none = No partner yet.
partner-add-hint = `plan partner add NAME RECIPIENT` adds a friend who sees how you are doing, and nothing private.
partner-list-heading = Your partners see a small digest, written in { $folder }:
# What a partner's digest holds, at the end of their line.
partner-shares-moods = count, check-ins and moods
partner-shares = count and check-ins

## `plan partner add`. $kind is the kind of key: age, ssh-ed25519, ssh-rsa.
partner-added = { $name } added, with their { $kind } key.
partner-changed = { $name } changed, with their { $kind } key.
partner-digest-holds-moods = Their digest holds the days of no contact, check-ins, the day of your last slip, your latest mood and any SOS: never a note, a draft, your why or an answer. It is written now and after each change, encrypted to them alone, in { $folder }.
partner-digest-holds = Their digest holds the days of no contact, check-ins, the day of your last slip and any SOS: never a note, a draft, your why or an answer. It is written now and after each change, encrypted to them alone, in { $folder }.
partner-share-folder = Share that folder with them (a receive-only Syncthing folder, git, or send the file); they read it with `plan partner view`. They will see when you check in.

## `plan partner remove`.
partner-removed = { $name } is no longer a partner.
partner-removed-copies = This device removed its digest for them, and your other devices remove theirs at their next change. A digest they already copied stays readable to them.

## `plan partner key`, run by the friend.
partner-key-made = Your key is kept in { $path }, readable by you alone. Never send it to anyone.
partner-key-had = You already have a key, in { $path }.
partner-key-send = Send your friend this line; it can only lock a digest for you, never open one:
partner-key-add-me = They add you with `plan partner add YOUR-NAME` and that line.
partner-key-view = Then `plan partner view FOLDER` shows their digest, once it reaches you.

## `plan partner view`, on the friend's screen: an SOS first.
# $when is partner-when.
partner-sos-sent = SOS, sent { $when }
# A time: $date is ISO (2026-11-24), $time 21:03, $offset +01:00.
partner-when = { $date } at { $time } ({ $offset })
partner-digest-for = Digest for { $partner }, written { $when }
# The same, written $days days before the friend's today.
partner-digest-for-ago = Digest for { $partner }, written { $when } { $days ->
    [one] (a day ago)
   *[other] ({ $days } days ago)
}
partner-no-contact = No contact: { $days ->
    [one] { $days } day
   *[other] { $days } days
}  (longest run { $longest ->
    [one] { $longest } day
   *[other] { $longest } days
})
partner-checkin-that-day = Check-in: checked in that day
partner-checkin-day-before = Check-in: last check-in the day before
partner-checkin-days-before = Check-in: last check-in { $days } days before
partner-checkin-none = Check-in: no check-in yet
partner-last-slip = Last slip: { $date }
partner-last-slip-none = Last slip: none
# $mood is 1 to 10.
partner-mood = Latest mood: { $mood }/10 on { $date }
partner-mood-none = Latest mood: none recorded yet
partner-no-sos = No SOS open.

## `plan sos`, for someone in a crisis. $time is 21:03.
partner-sos-ask = A short message for your partners, if you like (Enter for none)
partner-sos-recorded = SOS recorded at { $time }.
partner-sos-no-partner = No partner is set up yet, so no one sees it through the folder (an `on-sos` hook runs if you have one). `plan partner add NAME RECIPIENT` adds a friend.
partner-sos-sent-at = SOS sent at { $time }, through your plan folder.
# $names is partner-names; $count how many partners it names.
partner-sos-will-see = { $count ->
    [one] { $names } will see it when their sync next runs. That can take a while: if you need someone now, call them.
   *[other] { $names } will see it when their sync next runs. That can take a while: if you need someone now, call them.
}
partner-sos-clear-hint = When it has passed, `plan sos --clear` lets them know.

## `plan sos --clear`.
partner-sos-cleared = Good that it has passed. The SOS is marked resolved.
partner-sos-cleared-will-see = { $count ->
    [one] { $names } will see that at their next sync.
   *[other] { $names } will see that at their next sync.
}

# Partners' names as a list: $rest is all but the last, comma-separated.
partner-names = { $rest } and { $last }
# Why a file is not a partner's digest: its `format` field is another.
partner-digest-format = its format is `{ $format }`
# The SOS's own message, in the language's quotation marks.
partner-sos-message = “{ $message }”
