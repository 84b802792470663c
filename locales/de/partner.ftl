partner-none = Noch keine Vertrauensperson.
partner-add-hint = `plan partner add NAME RECIPIENT` fügt eine Vertrauensperson hinzu, die sieht, wie es dir geht – und nichts Privates.
partner-list-heading = Deine Vertrauenspersonen sehen eine kleine Übersicht, geschrieben in { $folder }:
partner-shares-moods = Zähler, Einträge und Stimmung
partner-shares = Zähler und Einträge
partner-added = { $name } hinzugefügt, mit dem { $kind }-Schlüssel.
partner-changed = { $name } geändert, mit dem { $kind }-Schlüssel.
partner-digest-holds-moods = Die Übersicht für diese Person enthält die Tage ohne Kontakt, die Einträge, den Tag deines letzten Ausrutschers, deine letzte Stimmung und jedes SOS: nie eine Notiz, einen Entwurf, dein Warum oder eine Antwort. Sie wird jetzt und nach jeder Änderung geschrieben, nur für diese Person verschlüsselt, in { $folder }.
partner-digest-holds = Die Übersicht für diese Person enthält die Tage ohne Kontakt, die Einträge, den Tag deines letzten Ausrutschers und jedes SOS: nie eine Notiz, einen Entwurf, dein Warum oder eine Antwort. Sie wird jetzt und nach jeder Änderung geschrieben, nur für diese Person verschlüsselt, in { $folder }.
partner-share-folder = Teile diesen Ordner mit der Person (ein Syncthing-Ordner nur zum Empfangen, git, oder schick ihr die Datei); sie liest ihn mit `plan partner view`. Sie sieht, wann du einen Eintrag machst.
partner-removed = { $name } ist keine Vertrauensperson mehr.
partner-removed-copies = Dieses Gerät hat seine Übersicht für die Person gelöscht; deine anderen Geräte löschen ihre bei der nächsten Änderung. Eine Übersicht, die sie schon kopiert hat, kann sie weiter lesen.
partner-key-made = Dein Schlüssel liegt in { $path }, nur für dich lesbar. Schick ihn nie jemandem.
partner-key-had = Du hast schon einen Schlüssel, in { $path }.
partner-key-send = Schick diese Zeile der Person, die ihren Plan mit dir teilen möchte; damit lässt sich eine Übersicht nur für dich verschließen, nie öffnen:
partner-key-add-me = Die Person fügt dich mit `plan partner add YOUR-NAME` und dieser Zeile hinzu.
partner-key-view = Danach zeigt dir `plan partner view FOLDER` ihre Übersicht, sobald sie bei dir ankommt.
partner-sos-sent = SOS, gesendet am { $when }
partner-when = { $date } um { $time } ({ $offset })
partner-digest-for = Übersicht für { $partner }, geschrieben am { $when }
partner-digest-for-ago = Übersicht für { $partner }, geschrieben am { $when } { $days ->
    [one] (vor einem Tag)
   *[other] (vor { $days } Tagen)
}
partner-no-contact = Kein Kontakt: { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}  (längste Serie: { $longest ->
    [one] { $longest } Tag
   *[other] { $longest } Tage
})
partner-checkin-that-day = Eintrag: an diesem Tag gemacht
partner-checkin-day-before = Eintrag: zuletzt am Tag davor
partner-checkin-days-before = Eintrag: zuletzt { $days } Tage davor
partner-checkin-none = Eintrag: noch keiner
partner-last-slip = Letzter Ausrutscher: { $date }
partner-last-slip-none = Letzter Ausrutscher: keiner
partner-mood = Letzte Stimmung: { $mood }/10 am { $date }
partner-mood-none = Letzte Stimmung: noch keine eingetragen
partner-no-sos = Kein offenes SOS.
partner-sos-ask = Eine kurze Nachricht an deine Vertrauenspersonen, wenn du magst (Enter für keine)
partner-sos-recorded = SOS um { $time } festgehalten.
partner-sos-no-partner = Du hast noch keine Vertrauensperson eingerichtet, deshalb sieht es niemand über den Ordner (ein `on-sos`-Hook läuft, wenn du einen hast). `plan partner add NAME RECIPIENT` fügt eine Vertrauensperson hinzu.
partner-sos-sent-at = SOS um { $time } gesendet, über deinen Plan-Ordner.
partner-sos-will-see = { $count ->
    [one] { $names } sieht es, sobald die Synchronisierung das nächste Mal läuft. Das kann dauern: Wenn du jetzt jemanden brauchst, ruf { $names } an.
   *[other] { $names } sehen es, sobald die Synchronisierung das nächste Mal läuft. Das kann dauern: Wenn du jetzt jemanden brauchst, ruf sie an.
}
partner-sos-clear-hint = Wenn es vorbei ist, gibt `plan sos --clear` Bescheid.
partner-sos-cleared = Gut, dass es vorbei ist. Das SOS ist als erledigt markiert.
partner-sos-cleared-will-see = { $count ->
    [one] { $names } sieht das bei der nächsten Synchronisierung.
   *[other] { $names } sehen das bei der nächsten Synchronisierung.
}
partner-names = { $rest } und { $last }
partner-digest-format = sein Format ist `{ $format }`
partner-sos-message = „{ $message }“
