# `plan steps`: alle Schritte des Plans und wo jeder steht.

steps-state-done = erledigt am { $date }
steps-state-set-aside = zurückgestellt
steps-state-gate = aktuell, Wartezeit bis { $date }
steps-state-current = aktuell
steps-state-locked = gesperrt bis { $date }
steps-state-ahead = später
steps-toward-contact = (ein Schritt zum Kontakt hin)

## Ein Leitfaden, dem du vor einem `plan switch` gefolgt bist.
steps-earlier = Vor dem Wechsel am { $date }: „{ $title }“. Erledigte Schritte: { $done }.
steps-earlier-ticked = Vor dem Wechsel am { $date }: „{ $title }“. Erledigte Schritte: { $done }. Abgehakte Aufgaben: { $ticked }.
steps-earlier-none = keine
steps-earlier-step-tasks = { $step } ({ $count ->
    [one] Aufgabe
   *[other] Aufgaben
} { $numbers })
