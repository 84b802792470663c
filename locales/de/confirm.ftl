confirm-saved-change = die Änderung
confirm-saved-new-plan = der neue Plan
confirm-saved-checkin = der Tageseintrag vom { $date }
confirm-saved-step = Schritt { $number }
confirm-saved-tick = das Häkchen bei Aufgabe { $task }
confirm-saved-untick = das entfernte Häkchen bei Aufgabe { $task }
confirm-saved-reopened = das Wiederöffnen von Schritt { $number }
confirm-saved-why = dein Warum
confirm-saved-if-then = dein Wenn-dann-Plan
confirm-saved-reminder = die Erinnerung
confirm-saved-reminder-installed = der Timer der Erinnerung
confirm-saved-urge = der Impuls
confirm-saved-urge-outcome = der Ausgang des Impulses
confirm-saved-draft = der Entwurf
confirm-saved-readiness-check = die Einschätzung
confirm-saved-switch = der Wechsel des Leitfadens
confirm-saved-since = der Tag, an dem die Kontaktsperre begann
confirm-saved-ending = das Ende des Plans
confirm-saved-report = der Bericht { $file }
confirm-saved-export = der Export nach { $file }
confirm-saved-imported = der importierte Plan
confirm-saved-restored = der wiederhergestellte Plan
confirm-saved-encrypted = der verschlüsselte Plan
confirm-saved-key = der Schlüssel
confirm-saved-device-name = der Name des Geräts
confirm-saved-partner = die Vertrauensperson { $name }
confirm-saved-partner-removed = das Entfernen der Vertrauensperson { $name }
confirm-saved-sos = das SOS
confirm-saved-sos-cleared = das Ende des SOS

confirm-quoted = „{ $text }“
confirm-item-separator = {", "}

confirm-item-mood = Stimmung { $mood }
confirm-item-urge = Impuls { $urge }
confirm-item-notes = { $n ->
    [one] eine Notiz
   *[other] { $n } Notizen
}
confirm-checked-in = Eintrag für den { $date } gespeichert: { $what }.
confirm-amended = Eintrag für den { $date } geändert: { $what }.
confirm-checkin-unchanged = Der Eintrag für den { $date } sagt das schon; erneut gespeichert.
confirm-looking-again = Die Tage, ohne auf das Profil der Person zu schauen, zählen ab heute neu.
confirm-looking-day = Nicht auf das Profil geschaut: Tag { $days } (seit { $since }).
confirm-count-again = Der Zähler für die Kontaktsperre beginnt neu ab { $since }: heute ist Tag { $days }.
confirm-longest-stays = { $days ->
    [one] Deine längste Strecke, { $days } Tag, bleibt festgehalten. Ein Ausrutscher beendet den Plan nicht.
   *[other] Deine längste Strecke, { $days } Tage, bleibt festgehalten. Ein Ausrutscher beendet den Plan nicht.
}
confirm-no-contact-since = Kein Kontakt: Tag { $days } (seit { $since }).
confirm-not-broken = Das bricht die Kontaktsperre nicht: Tag { $days }.
confirm-no-contact-day = Kein Kontakt: Tag { $days }.
confirm-note-beside = { $n ->
    [one] Deine Notiz steht jetzt neben der, die schon da war.
   *[other] Deine Notiz steht jetzt neben den { $n }, die schon da waren.
}
confirm-note-replaces = { $n ->
    [one] Sie ersetzt die Notiz, die da war:
   *[other] Sie ersetzt die { $n } Notizen, die da waren:
}
confirm-note-removed = { $n ->
    [one] Die Notiz, die da war, ist entfernt:
   *[other] Die { $n } Notizen, die da waren, sind entfernt:
}
confirm-note-history = { $n ->
    [one] Der Verlauf des Plans bewahrt ihren Wortlaut: `plan export --format json` enthält ihn.
   *[other] Der Verlauf des Plans bewahrt ihren Wortlaut: `plan export --format json` enthält ihn.
}
confirm-slip-kept = Für den { $date } ist schon { $slip } festgehalten, und das hat die Kontaktsperre gebrochen; das bleibt so.
confirm-slip-mistake = Falls es ein Versehen war: `plan checkin --date { $date } --contact { $kind }`.

confirm-held = Du hast durchgehalten. Das hat Kraft gekostet.
confirm-held-count = Bisher durchgestandene Impulse: { $held } von { $total }.
confirm-slipped-today = Als Ausrutscher am { $date } festgehalten. Die Zählung beginnt ab heute neu.
confirm-slipped-then = Als Ausrutscher am { $date } festgehalten, dem Tag des Impulses. Die Zählung beginnt ab diesem Tag neu.
confirm-draft-kept = In deinen Entwürfen gespeichert, nicht gesendet. `plan urge --drafts` zeigt sie dir.
confirm-why-unchanged = Das ist schon dein Warum; erneut gespeichert.
confirm-why-kept = Dein Warum ist gespeichert, mit Datum { $date }. `plan urge` zeigt es dir, wenn du es am meisten brauchst.
confirm-why-replaces = Es ersetzt das vom { $date }, das `plan why --history` weiterhin zeigt.

confirm-export-json = Alles aus deinem Plan steht in { $file }: { $checkins } und alles andere.
confirm-export-json-import = `plan import { $path }` holt es zurück, hier oder auf einem anderen Rechner.
confirm-export-csv = { $n ->
    [one] Dein Eintrag steht in { $file }, in einer Zeile.
   *[other] Deine { $n } Einträge stehen in { $file }, einer pro Zeile.
}
confirm-export-markdown = Dein Tagebuch steht in { $file }: { $checkins }, jeder in einem eigenen Abschnitt.
confirm-export-ics = { $events } in { $file }: die erreichten und kommenden Meilensteine und die Tage, an denen Schritte frei werden. Importiere die Datei in deinen Kalender; ein späterer Export verschiebt die Termine dann, statt neue hinzuzufügen.
confirm-export-private = Nur du kannst die Datei lesen. Bewahre sie an einem privaten Ort auf: Sie enthält deine Notizen.
confirm-export-ics-private = Nur du kannst die Datei lesen; ein Kalender, den du teilst, zeigt die Termine auch anderen.
confirm-report-written = Dein Bericht steht in { $file }. Öffne ihn im Browser oder drucke ihn aus.
confirm-report-private = Er enthält deine Notizen und ist deshalb nur für dich lesbar; bewahre ihn an einem privaten Ort auf.
confirm-encrypted-again = { $n ->
    [one] Der Plan war schon verschlüsselt; { $n } Datei, die noch unverschlüsselt oder mit einem anderen Schlüssel verschlüsselt war, ist jetzt mit seinem Schlüssel verschlüsselt.
   *[other] Der Plan war schon verschlüsselt; { $n } Dateien, die noch unverschlüsselt oder mit einem anderen Schlüssel verschlüsselt waren, sind jetzt mit seinem Schlüssel verschlüsselt.
}
confirm-encrypted = { $n ->
    [one] Der Plan ist verschlüsselt: { $n } Datei neu als age-Datei geschrieben.
   *[other] Der Plan ist verschlüsselt: { $n } Dateien neu als age-Dateien geschrieben.
}
confirm-playbooks-moved = { $n ->
    [one] Dein eigener Leitfaden liegt jetzt außerhalb des synchronisierten Ordners, in { $dir }: plan findet ihn dort weiterhin, nur auf diesem Gerät.
   *[other] Deine eigenen Leitfäden liegen jetzt außerhalb des synchronisierten Ordners, in { $dir }: plan findet sie dort weiterhin, nur auf diesem Gerät.
}
confirm-key-where = Sein Schlüssel liegt in { $file }, nur auf diesem Gerät.
confirm-key-others = Jedes deiner anderen Geräte braucht den Schlüssel, bevor es den Plan öffnen kann:
confirm-key-here = hier:
confirm-key-here-note = (bring die Datei privat hinüber, nie über den synchronisierten Ordner)
confirm-key-there = dort:
confirm-key-there-note = (danach plan-key.txt löschen)
confirm-key-checked = Dieses Gerät kann den Plan jetzt öffnen; sein Schlüssel liegt in { $file }.
confirm-key-unchecked = Der Schlüssel liegt in { $file }. Hier ist noch kein verschlüsselter Plan, an dem er sich prüfen ließe: Sobald der Plan-Ordner da ist, sagt jeder Befehl, falls der Schlüssel ihn nicht öffnet.
confirm-key-files = { $n ->
    [one] Jetzt mit dem Schlüssel des Plans verschlüsselt: { $n } Datei, die unverschlüsselt oder mit einem anderen Schlüssel verschlüsselt war.
   *[other] Jetzt mit dem Schlüssel des Plans verschlüsselt: { $n } Dateien, die unverschlüsselt oder mit einem anderen Schlüssel verschlüsselt waren.
}
confirm-key-delete = Lösche { $file }, sobald du dir sicher bist.
confirm-device-named = Dieses Gerät heißt jetzt „{ $name }“.
confirm-restored-aside = Die beschädigte Datei ist beiseitegelegt als { $file }.
confirm-restored-log = { $file } ist aus der Sicherung zurückgeholt; die letzte Änderung darin musst du vielleicht noch einmal machen.
confirm-restored = Plan wiederhergestellt, mit allen Einträgen: { $checkins }.
confirm-restored-after = Plan wiederhergestellt, mit allen Einträgen: { $checkins } (davon { $after } nach der Sicherung gemacht).
confirm-restored-status = `plan status` zeigt dir, wo du stehst.

confirm-start-archived = Der alte Plan ist archiviert, vollständig: `plan archive` zeigt ihn.
confirm-started = „{ $title }“ ({ $id }) begonnen, { $steps }.
confirm-start-counted-days = Kein Kontakt seit { $since }: bisher { $days }.
confirm-start-counted = Kein Kontakt, gezählt ab { $since }.
confirm-start-why = Dein Warum kommt aus dem vorigen Plan mit:
confirm-start-kept = Dein Plan liegt privat in { $home }.
confirm-start-toward-contact = Eins vorweg: Wenn die Beziehung gewaltvoll oder kontrollierend war oder dir Angst gemacht hat, ist dieser Plan kein Weg zurück dorthin. Nutze die Schritte zu Kontaktsperre und Selbstfürsorge für dich selbst, und stütz dich auf Menschen, denen du vertraust.
confirm-ended-reunited = Beendet am { $date }: wieder zusammen. Lass es langsam angehen, und behalte die Fürsorge für dich, die du hier aufgebaut hast.
confirm-ended-moved-on = Beendet am { $date }: du gehst weiter. Das ist ein echter Abschluss, und es hat Mut gebraucht, hier anzukommen.
confirm-ended-paused = Pausiert am { $date }. Nimm dir die Zeit, die du brauchst.
confirm-ended-longest = Deine längste Strecke ohne Kontakt waren { $days }.
confirm-ended-kept = Alles bleibt erhalten: `plan status` und `plan log` zeigen es weiterhin. `plan start` beginnt einen neuen Plan, wann immer du einen willst, und archiviert diesen, vollständig.
confirm-switched-again = Du folgst wieder „{ $title }“ ({ $id }).
confirm-switched = Du folgst jetzt „{ $title }“ ({ $id }), ab seinem ersten Schritt.
confirm-resumed-both = Du machst da weiter, wo du aufgehört hast: { $done ->
    [one] { $done } Schritt
   *[other] { $done } Schritte
} erledigt, { $ticked ->
    [one] { $ticked } Aufgabe
   *[other] { $ticked } Aufgaben
} abgehakt.
confirm-resumed-steps = { $done ->
    [one] Du machst da weiter, wo du aufgehört hast: { $done } Schritt erledigt.
   *[other] Du machst da weiter, wo du aufgehört hast: { $done } Schritte erledigt.
}
confirm-resumed-tasks = { $ticked ->
    [one] Du machst da weiter, wo du aufgehört hast: { $ticked } Aufgabe abgehakt.
   *[other] Du machst da weiter, wo du aufgehört hast: { $ticked } Aufgaben abgehakt.
}
confirm-switched-kept = Alles Festgehaltene bleibt: der Zähler der Kontaktsperre, deine längste Strecke und wie oft sie neu begann, deine Einträge, Impulse, dein Warum und deine Einschätzungen. Die Schritte, die du in „{ $from }“ gemacht hast, bleiben auch erhalten (`plan steps` zeigt sie) und kommen zurück, wenn du wieder zu diesem Leitfaden wechselst.
confirm-switched-next-where = `plan next` zeigt dir, wo du stehst.
confirm-switched-next-begin = `plan next` zeigt dir, wo du anfängst.
confirm-since-unchanged = Kein Kontakt zählt schon ab { $date }; erneut gespeichert.
confirm-since-moved = Kein Kontakt zählt jetzt ab { $date }: heute ist Tag { $days }.
confirm-since-begins = Dein Plan beginnt jetzt mit deinem letzten Kontakt am { $date }.
confirm-since-slip = Dein Ausrutscher am { $since } kam danach, darum läuft die Zählung ab diesem Tag: heute ist Tag { $days }.
confirm-since-first = Einträge sind ab { $date } möglich. Alles Festgehaltene bleibt erhalten.
confirm-imported-archived = Der Plan, der hier war, ist archiviert, vollständig: `plan archive` zeigt ihn.
confirm-imported = „{ $title }“ ist aus { $file } wiederhergestellt: { $checkins }, { $done } von { $total } Schritten erledigt. `plan status` zeigt dir, wo du stehst.
confirm-imported-ended = „{ $title }“ ist aus { $file } wiederhergestellt: { $checkins }, { $done } von { $total } Schritten erledigt. Er endete am { $date } ({ $outcome }), so wie beim Export. `plan status` zeigt dir, wo du stehst.

confirm-step-done = Erledigt: Schritt { $number } von { $total }, „{ $title }“.
confirm-left-unticked = Nicht abgehakt, falls du darauf zurückkommen willst:
confirm-last-step = Das war der letzte Schritt des Leitfadens.
confirm-next-step = Als Nächstes: Schritt { $number }, „{ $title }“. `plan next` zeigt ihn ganz.
confirm-now-current = Jetzt dran, nebeneinander:
confirm-next-one = `plan next STEP` zeigt einen davon ganz.
confirm-already-ticked = Aufgabe { $number } von „{ $title }“ war schon abgehakt; erneut gespeichert.
confirm-ticked = Aufgabe { $number } von „{ $title }“ abgehakt: { $task }
confirm-untick-nothing = Aufgabe { $task } von „{ $title }“ war nicht abgehakt; nichts geändert.
confirm-unticked = Bei Aufgabe { $task } von „{ $title }“ ist das Häkchen entfernt.
confirm-reopen-nothing = Schritt { $number } „{ $title }“ war nicht erledigt; nichts geändert.
confirm-reopened = Schritt { $number } „{ $title }“ ist wieder offen; abgehakte Aufgaben bleiben abgehakt.
confirm-later-stay = Erledigte Schritte danach bleiben erledigt: { $steps }.
