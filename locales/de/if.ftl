# German puts the verb of a "wenn" clause last, which the person's words
# do not: the two parts stand after a colon each.
if-sentence = Wenn: { $when } – dann: { $then }{ $end }
if-word-if = wenn
if-word-then = dann
if-none = Noch keine Wenn-dann-Pläne. Überleg dir in einer ruhigen Stunde, was du tust, wenn der Impuls kommt, in deinen eigenen Worten: `plan if "ich will nachts schreiben" "ich rufe Sam an"`.
if-yours = Deine Pläne für den Impuls, in deinen Worten:
if-shown-first = `plan urge` zeigt sie zuerst. `plan if --remove N` nimmt einen weg.
if-for-this-moment = { $n ->
    [one] Dein Plan für diesen Moment, gemacht in einer ruhigeren Stunde:
   *[other] Deine Pläne für diesen Moment, gemacht in einer ruhigeren Stunde:
}
if-again = Dieser Plan gehört schon dir; erneut gespeichert.
if-kept = Gespeichert:
if-kept-first = `plan urge` zeigt ihn zuerst, wenn der Impuls kommt. Ein zweiter Plan, für einen anderen Moment, hilft auch.
if-kept-more = `plan urge` zeigt ihn zuerst, wenn der Impuls kommt.
if-removed = Entfernt:
