# `plan if`: plans for the urge, made in a calm hour, in the person's own
# words.

# A plan as one sentence: $when and $then are the person's words, as
# typed; $end is a full stop, or nothing when $then ends with one.
if-sentence = If { $when }, then { $then }{ $end }
# The words a person may have typed at the start of WHEN and THEN
# themselves, taken off so that they are not said twice.
if-word-if = if
if-word-then = then
if-none = No if-then plans yet. In a calm hour, decide what you will do when the urge comes, in your own words: `plan if "I want to text them at night" "I call Sam"`.
if-yours = Your plans for the urge, in your words:
if-shown-first = `plan urge` shows them first. `plan if --remove N` takes one away.
if-for-this-moment = { $n ->
    [one] Your plan for this moment, made in a calmer hour:
   *[other] Your plans for this moment, made in a calmer hour:
}
if-again = That plan is already yours; saved again.
# Before the plan's sentence.
if-kept = Kept:
if-kept-first = `plan urge` shows it first when the urge comes. A second plan, for another moment, helps too.
if-kept-more = `plan urge` shows it first when the urge comes.
# Before the plan's sentence.
if-removed = Taken away:
