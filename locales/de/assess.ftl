# Die Einschätzung (`plan assess`). Die Antworten von `--answer ID=CHOICE`
# bleiben in jeder Sprache yes, no und unsure.

## Die Fragen.
assess-question-abuse = Gab es Gewalt oder Kontrolle – wurdest du verletzt, bedroht, kleingemacht, von anderen Menschen abgeschnitten, oder wurden dein Handy oder dein Geld überwacht?
assess-question-afraid = Hast du Angst vor der Person oder davor, was sie tun könnte, wenn du dich meldest?
assess-question-they-asked = Hat die Person dich gebeten, dich nicht mehr zu melden, dich blockiert oder dir klar gesagt, dass es vorbei ist?
assess-question-own-behaviour = War dein eigenes Verhalten gewalttätig oder kontrollierend – hast du die Person verletzt, bedroht, kleingemacht, von anderen Menschen abgeschnitten oder ihr Handy oder ihr Geld überwacht?
assess-question-warned = Machen sich Menschen, denen du wichtig bist, Sorgen darüber, wie du behandelt wurdest, und raten dir davon ab, zurückzugehen?
assess-question-new-partner = Ist die Person mit jemand Neuem zusammen?
assess-question-miss-them = Vermisst du die Person selbst und das, was ihr geteilt habt – nicht nur, jemanden zu haben?
assess-question-lonely = Kommt der Wunsch zurückzugehen vor allem aus Einsamkeit, aus der Angst, nie wieder jemanden zu finden, oder daher, dass der Schmerz aufhören soll?
assess-question-why-it-ended = Verstehst du, warum es zu Ende ging – ein Streit, ein Auseinanderleben, gebrochenes Vertrauen oder etwas Tieferes?
assess-question-changed = Hat sich seitdem wirklich etwas verändert – in dem, was ihr tut, nicht nur in dem, was gesagt wurde?
assess-question-breakup = Könnt ihr beide hinter euch lassen, was während der Trennung gesagt und getan wurde?
assess-question-future = Wenn du dir dein Leben in zehn Jahren vorstellst: Passen deine Pläne und die der Person zusammen?
assess-question-pros-cons = Wenn du ehrlich das Gute und das Schlechte abwägst: Hat die Person deinem Leben mehr gegeben als genommen?
assess-question-let-go = Könntest du die Vergangenheit ruhen lassen, ohne alte Wunden aufzureißen oder danach zu fragen, wen die Person in der Trennungszeit getroffen hat?
assess-question-commit = Bist du bereit, dich tiefer einzulassen als zuvor?
assess-question-add-value = Habt ihr euch gegenseitig das Leben besser gemacht, und könntet ihr mit den Unterschieden umgehen, die euch getrennt haben?

## Die Gründe, unter „Warum:“.
assess-reason-abuse-yes = Du hast gesagt, dass es Gewalt oder Kontrolle gab. Deine Sicherheit geht vor, und was passiert ist, war nicht deine Schuld.
assess-reason-abuse-unsure = Du bist dir nicht sicher, ob das, was passiert ist, Gewalt oder Kontrolle war. Sprich darüber mit jemandem, dem du vertraust, oder mit einem Hilfetelefon gegen häusliche Gewalt, bevor es irgendeinen Kontakt gibt.
assess-reason-afraid-yes = Du hast Angst vor der Person. Deine Sicherheit geht vor, und Angst ist Grund genug, Abstand zu halten.
assess-reason-afraid-unsure = Vielleicht hat ein Teil von dir Angst vor der Person. Nimm das ernst und sprich mit jemandem, dem du vertraust, bevor es irgendeinen Kontakt gibt.
assess-reason-they-asked-yes = Die Person hat dich gebeten, dich nicht mehr zu melden, dich blockiert oder gesagt, dass es vorbei ist. Diese Antwort steht ihr zu, und es liegt an dir, sie zu respektieren – so schwer es ist.
assess-reason-they-asked-unsure = Du weißt nicht genau, was die Person will. Solange sie nicht zeigt, dass sie Kontakt möchte, ist es das Freundlichste für euch beide, sie in Ruhe zu lassen.
assess-reason-own-behaviour-yes = Du hast dein eigenes Verhalten als gewalttätig oder kontrollierend benannt. Der Weg nach vorn ist die Kontaktsperre und Hilfe, um dich zu ändern: So übernimmst du Verantwortung dafür.
assess-reason-own-behaviour-unsure = Du bist dir nicht sicher, ob dein Verhalten gewalttätig oder kontrollierend war. Sprich darüber in einer Beratung oder mit einer Stelle für Menschen, die sich um ihr eigenes Verhalten sorgen, bevor es irgendeinen Kontakt gibt.
assess-reason-warned-yes = Menschen, denen du wichtig bist, machen sich Sorgen darüber, wie du behandelt wurdest. Es lohnt sich, ihnen zuzuhören.
assess-reason-warned-unsure = Frag eine Person deines Vertrauens, wie sie die Beziehung erlebt hat.
assess-reason-new-partner-yes = Die Person ist mit jemand Neuem zusammen. Das ist ihre Entscheidung, und es liegt an dir, sie zu respektieren.
assess-reason-miss-them-no = Was dich zurückzieht, ist vielleicht etwas anderes als die Person selbst.
assess-reason-miss-them-unsure = Du bist dir noch nicht sicher, ob du wirklich die Person vermisst.
assess-reason-lonely-yes = Hier sprechen Einsamkeit, Angst oder Schmerz; gib ihnen Zeit, leiser zu werden.
assess-reason-lonely-unsure = Vielleicht steckt hinter dem Wunsch auch Einsamkeit oder Angst; gib dir Zeit.
assess-reason-why-it-ended-no = Solange du nicht weißt, warum es zu Ende ging, könnte dasselbe es wieder beenden.
assess-reason-why-it-ended-unsure = Warum es zu Ende ging, ist dir noch nicht klar.
assess-reason-changed-no = Noch hat sich nichts verändert, also wären die alten Probleme noch da.
assess-reason-changed-unsure = Es ist noch nicht klar, ob sich etwas verändert hat.
assess-reason-breakup-no = Die Verletzungen der Trennung selbst stehen noch zwischen euch.
assess-reason-breakup-unsure = Die Verletzungen der Trennung stehen vielleicht noch zwischen euch.
assess-reason-future-no = Du siehst keine Zukunft, in die euer beider Leben passt.
assess-reason-future-unsure = Eine gemeinsame Zukunft kannst du noch nicht sehen.
assess-reason-pros-cons-no = Nach deiner eigenen Rechnung hat die Beziehung mehr genommen als gegeben.
assess-reason-pros-cons-unsure = Du bist dir nicht sicher, ob sie mehr gegeben als genommen hat; eine aufgeschriebene Liste mit dem Guten und dem Schlechten kann helfen.
assess-reason-let-go-no = Alte Verletzungen würden mit dir zurückkommen.
assess-reason-let-go-unsure = Vielleicht bist du noch nicht so weit, die Vergangenheit ruhen zu lassen.
assess-reason-commit-no = Du bist nicht bereit, dich mehr einzulassen als zuvor.
assess-reason-commit-unsure = Du bist dir nicht sicher, ob du bereit bist, dich einzulassen.
assess-reason-add-value-no = Ihr habt euch das Leben nicht gegenseitig besser gemacht, oder die Unterschiede lassen sich nicht überbrücken.
assess-reason-add-value-unsure = Es ist nicht klar, ob ihr einander gutgetan habt.

## Das Ergebnis.
assess-result-move-on = Ergebnis: loslassen.
assess-result-wait = Ergebnis: abwarten.
assess-result-proceed = Ergebnis: bereit.
assess-said-not-safe = Deine Antworten sagen, dass es für dich nicht sicher ist zurückzugehen. Auch das ist eine Antwort, und es braucht Mut, ihr ins Auge zu sehen.
assess-said-they-asked = Die Person hat ihre Antwort gegeben. Sie zu respektieren ist schwer – und es ist auch der Weg hindurch.
assess-said-own-behaviour = Der Weg nach vorn ist die Kontaktsperre und Hilfe, um dich zu ändern. So sieht es hier aus, Verantwortung zu übernehmen.
assess-said-move-on = Deine Antworten sprechen dagegen zurückzugehen. Auch das ist eine Antwort, und es braucht Mut, ihr ins Auge zu sehen.
assess-said-wait-safety = Nimm vorerst keinen Kontakt auf. Etwas, das du geantwortet hast, berührt deine Sicherheit oder die der Person: Sprich mit jemandem, dem du vertraust, bevor du irgendetwas entscheidest.
assess-said-wait = Gib dir Zeit. Pass weiter gut auf dich auf und mach die Einschätzung noch einmal, wenn sich alles beruhigt hat: Dann kann die Antwort in beide Richtungen gehen.
assess-said-proceed = Deine Antworten zeigen keine Bedenken. Geh behutsam vor, im Tempo der Person genauso wie in deinem, und sei darauf gefasst, dass ihre Antwort Nein ist.
assess-why = Warum:
assess-switch-move-on = `plan switch move-on` folgt einem Leitfaden fürs Loslassen und behält alles, was du festgehalten hast.
assess-answers-kept = Deine Antworten werden mit dem Ergebnis im Plan-Ordner gespeichert: Wer Zugriff auf dieses Gerät, seine Synchronisierung oder einen Export hat, könnte sie lesen. `--only-result` speichert nur das Ergebnis.
assess-answers-not-kept = Nur das Ergebnis wird gespeichert, deine Antworten nicht.

## Im Terminal.
assess-intro = Antworte ehrlich: j = ja, n = nein, ? = weiß nicht. Die ersten Fragen betreffen deine Sicherheit, und sie entscheiden. Das Ergebnis wird im Plan-Ordner gespeichert, deine Antworten auch, wenn du willst: Wer Zugriff auf dieses Gerät, seine Synchronisierung oder einen Export hat, könnte sie lesen.
assess-choices = [j/n/?]
assess-please = Bitte antworte mit j (ja), n (nein) oder ? (weiß nicht).
assess-unsure-answers = ?, weiß nicht, weiss nicht, unsicher, wn
assess-keep-question = Deine Antworten mit dem Ergebnis speichern? Mit Enter wird nur das Ergebnis gespeichert. [j/N]

## `plan assess --list`.
assess-list-how = `plan assess` stellt sie im Terminal; in einem Skript `--answer ID=CHOICE`.

## Ein falsch geschriebenes `--answer`.
assess-answer-not-id-choice = `{ $text }` hat nicht die Form ID=CHOICE, etwa `future=yes`; die IDs sind { $ids }
assess-answer-no-such-question = `{ $id }` ist keine Frage der Einschätzung; die IDs sind { $ids }
assess-answer-no-such-choice = `{ $choice }` ist keine Antwort auf `{ $id }`; antworte mit { $choices }
