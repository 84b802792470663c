# `plan urge`: the page someone reads when they are about to reach out.
# Every line is calm, short and kind.

urge-stop = Stop here for a moment. This feeling is strong, and it will pass.
# $flag is what the check named (words-red-flag-*, "named abuse or
# control"); $help is what to do, a sentence or two of its own.
urge-safety = Your readiness check on { $date } { $flag }. { $help }
# Between the names of partners: "Sam and Alex".
urge-names-and = {" and "}
# $names are the partners' names; $count how many there are.
urge-partners = { $count ->
    [one] { $names } already knows how you are doing. Reach out to them now, or send `plan sos` and they see it at their next sync.
   *[other] { $names } already know how you are doing. Reach out to them now, or send `plan sos` and they see it at their next sync.
}
urge-count-starts = Your no-contact count starts today. Every day from here adds up, and this is one of them.
urge-count = { $days ->
    [one] You have { $days } day of no contact, since { $since }. Reaching out now starts that count again.
   *[other] You have { $days } days of no contact, since { $since }. Reaching out now starts that count again.
}
urge-why = Your why, in your words ({ $date }):
urge-quoted = “{ $text }”
urge-no-why = When this has passed, write down why you are doing this: `plan why "…"`. It will be here next time.
urge-instead = Instead, for now:
urge-something-else = Something else that helps:

## One thing to do instead, a different one each time: each for yourself,
## none a way toward them.
urge-instead-friend = Call or message a friend, and tell them this is a hard moment.
urge-instead-walk = Go for a walk, or move your body for ten minutes.
urge-instead-journal = Write what you want to say in a journal, not to them.
urge-instead-breathe = Breathe slowly, in for four and out for six, ten times over.
urge-instead-hands = Do something with your hands: cook, tidy, draw, play something.
urge-instead-bed = If it is late, go to bed; things look different in the morning.
urge-instead-phone = Put your phone in another room for half an hour.
urge-instead-water = Drink a glass of water, and eat something if you have not.
urge-instead-shower = Have a shower, or splash your face with cold water.
urge-instead-song = Put on a song that is yours alone, and let it play through.
urge-instead-outside = Step outside and name five things you can see.
urge-instead-did-well = Write down three things you did well this week.
urge-instead-archive = Archive the chat with them, so it is not the first thing you see.

urge-plan-next = In a calmer hour, plan for the next time: `plan if "WHEN" "THEN"`.
urge-wait = Wait ten minutes before you decide anything. An urge rises and falls; it is easier to choose once it has eased.
urge-afterwards = Afterwards: `plan urge --resolve held`, or `slipped` if you reached out.

## Drafts: messages written here instead of sent.
urge-no-drafts = No drafts. At a terminal, `plan urge` offers a place to write one instead of sending it.
urge-draft-date = { $date } (never sent):
urge-draft-offer = If you need to write the message, write it here instead. It is kept in your private drafts and never sent. Finish with an empty line; Enter alone skips.
