# Die Befehlszeile: `plan --help`, die Hilfe jedes Befehls, die
# Handbuchseite (`plan man`) und Fehler beim Aufruf. Befehlsnamen,
# Optionen, Namen von Werten (DIR, N, TEXT…) und die Werte einer Option
# (none, initiated, json…) werden so getippt: nicht übersetzen.

## Das Programm

cli-about = Ein privater Offline-Planer, der dir durch eine Trennung hilft: ein Zähler für die Kontaktsperre, ein täglicher Eintrag und ein Leitfaden mit Schritten

## Optionen, die jeder Befehl annimmt

cli-home = Der Ordner mit deinem Plan [env: PLAN_HOME] [Standard: der Datenordner des Systems, z. B. ~/.local/share/plan]
cli-lock-timeout = Wie lange gewartet wird, wenn ein anderer Aufruf von plan gerade den Plan ändert
cli-hook-timeout = Wie lange ein Hook (`hooks/on-checkin` und die anderen) laufen darf, bevor er gestoppt wird
cli-color = Wann die Ausgabe farbig ist: im Terminal (auto, beachtet `NO_COLOR` und `CLICOLOR_FORCE`), immer (always) oder nie (never)
cli-lang = Die Sprache: es, de, en-US oder eine Liste (es:de) [env: PLAN_LANG] [Standard: aus deinen Spracheinstellungen]

## Von mehreren Befehlen geteilt

cli-json = JSON statt Text ausgeben
cli-force = Einen bestehenden Plan ersetzen; der alte wird im Plan-Ordner archiviert, nichts wird gelöscht
cli-day = Der Tag, an dem es passiert ist [Standard: heute]
cli-what-happened = Was passiert ist, für dich selbst festgehalten (neben den Notizen des Tages)
cli-playbook-arg = Die ID eines mitgelieferten Leitfadens, einer aus plans/ in deinem Plan-Ordner oder der Pfad zu einer TOML-Datei

## Die Befehle, und was jeder annimmt

cli-start = Einen Plan beginnen: es noch einmal versuchen, loslassen oder noch unsicher sein
cli-start-playbook = Die ID eines mitgelieferten Leitfadens, einer aus plans/ in deinem Plan-Ordner oder der Pfad zu einer TOML-Datei [Standard: im Terminal wählst du einen Weg; sonst four-steps, oder move-on nach einem Plan, der mit Weitergehen oder einer Pause endete]
cli-start-since = Der Tag des letzten Kontakts; dort beginnt der Zähler der Kontaktsperre [Standard: heute, oder der letzte Kontakt eines Plans, der mit Weitergehen oder einer Pause endete]

cli-status = Wo du heute stehst: der Zähler der Kontaktsperre, dein Schritt, der heutige Eintrag
cli-status-short = Eine Zeile, für den Shell-Prompt

cli-next = Dein aktueller Schritt, vollständig: Aufgaben, Tipps, was du meiden solltest, und seine Wartezeit
cli-next-step = Diesen Schritt statt des ersten aktuellen zeigen: seine ID oder Nummer, wie `plan steps` sie zeigt

cli-checkin = Festhalten, wie der heutige Tag war (am selben Tag noch einmal aufgerufen, ändert es den Eintrag)
cli-checkin-mood = Wie du dich fühlst, von 1 (furchtbar) bis 10 (großartig)
cli-checkin-urge = Wie stark der Impuls ist, Kontakt aufzunehmen, von 0 (keiner) bis 10 (überwältigend)
cli-checkin-contact = Kontakt an diesem Tag [Standard für einen neuen Tag: none]
cli-checkin-note = Was du vom Tag festhalten möchtest; ersetzt die Notiz des Tages, falls es eine gibt (`--note ""` entfernt sie)
cli-checkin-add-note = Eine Notiz, die zu den Notizen des Tages hinzukommt und keine ersetzt
cli-checkin-date = Der Tag, für den dieser Eintrag gilt [Standard: heute]

cli-slip = Kontakt festhalten, der die Kontaktsperre gebrochen hat; der Zähler beginnt ab diesem Tag neu

cli-contact = Eine Art von Kontakt festhalten: manche brechen die Kontaktsperre, andere werden nur notiert
cli-contact-kind = Welche Art von Kontakt es war

cli-done = Den aktuellen Schritt abschließen, seine Aufgabe N abhaken oder den Schritt `STEP_ID` abschließen
cli-done-target = Die Nummer einer Aufgabe des aktuellen Schritts oder die ID eines Schritts [Standard: der aktuelle Schritt]
cli-done-step = Der Schritt, dessen Aufgabe N abgehakt wird (seine ID oder seine Nummer in `plan steps`)

cli-undo = Einen versehentlich abgeschlossenen Schritt zurücknehmen, oder mit N das Häkchen seiner Aufgabe N
cli-undo-step = Der Schritt, der wieder geöffnet wird oder dessen Aufgabe das Häkchen verliert: seine ID oder seine Nummer in `plan steps`
cli-undo-task = Die Nummer der Aufgabe, deren Häkchen entfernt wird [Standard: der Schritt selbst]

cli-why = Deinen eigenen Grund für diesen Plan in deinen Worten festhalten oder anzeigen
cli-why-text = Dein Grund, in deinen eigenen Worten; er ersetzt den vorherigen, der erhalten bleibt
cli-why-history = Alle Gründe, die du festgehalten hast, die ältesten zuerst

cli-urge = Für den Moment, in dem du kurz davor bist, dich zu melden: halte zuerst hier an
cli-urge-resolve = Den Impuls abschließen: er ist vorübergegangen (`held`), oder du hast dich gemeldet (`slipped`, als Ausrutscher festgehalten)
cli-urge-drafts = Die Nachrichten, die du hier geschrieben hast, statt sie abzuschicken

cli-if = Wenn-dann-Pläne für den Impuls, in einer ruhigen Stunde gemacht: `plan if "WHEN" "THEN"` speichert einen; allein zeigt es alle
cli-if-when = Wann es passiert, in deinen Worten ("Nachts will ich der Person schreiben")
cli-if-then = Was du dann tust, in deinen Worten ("Ich rufe Sam an")
cli-if-remove = Plan N entfernen, so wie `plan if` sie nummeriert

cli-remind = Eine Erinnerung an den Tageseintrag, still, sobald es heute einen gibt: von einem Timer aus starten (`plan remind install`)
cli-remind-install = `plan remind` jeden Tag ausführen: ein systemd-Benutzer-Timer, wo systemd für dich läuft, sonst die crontab-Zeile zum Eintragen
cli-remind-install-at = Die Uhrzeit, als HH:MM (24 Stunden, Ortszeit)
cli-remind-install-dry-run = Zeigen, was geschrieben und ausgeführt würde, und nichts ändern
cli-remind-uninstall = Den Timer entfernen, den `plan remind install` geschrieben hat, und nur diesen

cli-assess = Die Einschätzung: Fragen, die du ehrlich beantwortest, bevor du es noch einmal versuchst
cli-assess-answer = Eine Antwort, als ID=CHOICE (wiederholbar; `plan assess --list` zeigt die IDs und Antwortmöglichkeiten)
cli-assess-list = Die Fragen, mit ihren IDs und Antwortmöglichkeiten
cli-assess-only-result = Nur das Ergebnis speichern, nicht deine Antworten (sonst bleiben sie im Plan-Ordner, der synchronisiert und exportiert wird)

cli-switch = Einem anderen Leitfaden ab seinem ersten Schritt folgen; alles Festgehaltene bleibt erhalten

cli-since = Den Tag korrigieren, an dem die Kontaktsperre begann; alles Festgehaltene bleibt erhalten
cli-since-date = Der Tag deines letzten Kontakts: dort beginnt der Zähler der Kontaktsperre

cli-end = Den Plan abschließen und sagen, wie er endete; alles Festgehaltene bleibt erhalten
cli-end-outcome = Wie es endete
cli-end-note = Was du dazu festhalten möchtest

cli-steps = Jeder Schritt des Plans und sein Stand: erledigt, aktuell, gesperrt oder noch vor dir
cli-stats = Dein Plan in Zahlen: Zeiten ohne Kontakt, Einträge, Stimmungen und Impulse, Schritte

cli-log = Deine Einträge, die neuesten zuerst
cli-log-days = Nur die letzten N Tage, heute eingeschlossen
cli-log-archived = Die Einträge des archivierten Plans N (`plan archive` nummeriert sie)

cli-calendar = Ein Monat auf einen Blick: Tage ohne Kontakt, Ausrutscher, Stimmungen, Meilensteine und Wartezeiten
cli-calendar-month = Der Monat, als YYYY-MM [Standard: dieser Monat]

cli-report = Dein Plan als eine Seite zum Öffnen im Browser oder zum Drucken: Zeiten ohne Kontakt, Stimmungen, Meilensteine, Schritte
cli-report-output = Die Seite in FILE schreiben (nur für dich lesbar), statt sie auszugeben

cli-playbooks = Die Leitfäden, mit denen du beginnen kannst: die mitgelieferten und deine eigenen

cli-playbook = Leitfäden lesen, prüfen, exportieren und beschreiben
cli-playbook-show = Einen Leitfaden ausgeben: seine Schritte, Wartezeiten und Aufgaben
cli-playbook-show-playbook = Die ID eines Leitfadens oder der Pfad zu einer TOML-Datei
cli-playbook-check = Eine Leitfaden-Datei prüfen und jedes Problem darin melden
cli-playbook-check-path = Die TOML-Datei, die geprüft wird
cli-playbook-export = Einen mitgelieferten Leitfaden als TOML ausgeben, als Grundlage für einen eigenen
cli-playbook-export-id = Die ID eines mitgelieferten Leitfadens
cli-playbook-schema = Das JSON Schema des Leitfaden-Formats ausgeben, für Editoren

cli-doctor = Den Plan-Ordner auf Probleme prüfen und zu jedem sagen, wie es sich beheben lässt
cli-doctor-restore = Die letzte gute Sicherung zurückholen; der beschädigte Stand wird beiseitegelegt

cli-archive = Pläne, die ein späteres `plan start` ersetzt hat, jeder vollständig erhalten; `show N` zeigt einen
cli-archive-show = Alles, was der archivierte Plan N enthält: dein Warum, Impulse, Entwürfe, Einschätzungen, Schritte und Notizen
cli-archive-show-number = Die Nummer des Plans, wie `plan archive` sie zeigt

cli-device = ID und Name dieses Geräts, und jedes Gerät, das in den Plan schreibt
cli-device-name = Diesem Gerät einen Namen geben, so wie die anderen Geräte des Plans ihn sehen
cli-device-name-name = Ein Name wie "Laptop"

cli-encrypt = Den Plan verschlüsselt speichern: jede Datei im Plan-Ordner wird eine age-Datei

cli-key = Den Schlüssel des Plans auf ein anderes Gerät bringen
cli-key-export = Den Schlüssel ausgeben, um ihn vertraulich auf ein anderes Gerät zu bringen (er öffnet jede Notiz)
cli-key-import = Den Schlüssel in FILE als den dieses Geräts speichern, damit es den Plan öffnen kann
cli-key-import-file = Eine Datei mit dem Schlüssel (`plan key export` hat sie geschrieben)

cli-man = Die Handbuchseite ausgeben, in roff (z. B. `plan man > ~/.local/share/man/man1/plan.1`)

cli-completions = Ein Skript für die Vervollständigung in der Shell ausgeben, für bash: `plan completions bash > DATEI` (README.md sagt, wohin DATEI gehört)
cli-completions-shell = Die Shell, für die vervollständigt wird

cli-export = Nimm deinen Plan mit: als JSON (eine Sicherung), CSV, ein Tagebuch oder einen Kalender
cli-export-format = Was geschrieben wird
cli-export-output = In FILE statt in die Standardausgabe (`-`) schreiben: vollständig, nur für dich lesbar, eine vorhandene Datei wird ersetzt
cli-export-archived = Stattdessen den archivierten Plan N exportieren (`plan archive` nummeriert sie): als json, csv oder markdown
cli-export-remind = Mit `--format ics`: ein täglicher Termin um HH:MM für den Tageseintrag, und Erinnerungen zu dieser Uhrzeit an Meilensteinen

cli-import = Einen Plan aus dem JSON zurückholen, das `plan export` geschrieben hat
cli-import-file = Ein JSON-Export (`plan export --format json --output FILE` hat ihn geschrieben)

cli-partner = Eine Vertrauensperson, die Bescheid weiß: eine kleine Zusammenfassung deines Plans, nur für sie verschlüsselt, über den Ordner, den du synchronisierst
cli-partner-add = Eine Vertrauensperson hinzufügen oder ändern: ihre Zusammenfassung wird nur für RECIPIENT verschlüsselt
cli-partner-add-name = Ihr Name, so wie ihr Ordner in partners/ heißt: Buchstaben, Ziffern, - und _
cli-partner-add-recipient = Ihr age-Empfänger (age1…, von `plan partner key`) oder öffentlicher SSH-Schlüssel (ssh-ed25519 AAAA…)
cli-partner-add-moods = Auch deine letzte Stimmung in ihre Zusammenfassung aufnehmen
cli-partner-list = Deine Vertrauenspersonen, und was ihre Zusammenfassung enthält
cli-partner-remove = Die Zusammenfassung einer Vertrauensperson nicht mehr schreiben; die Kopie auf diesem Gerät wird entfernt
cli-partner-remove-name = Ihr Name, wie `plan partner list` ihn zeigt
cli-partner-key = Für die Vertrauensperson: einen Schlüssel erstellen (kein Plan nötig) und die Zeile ausgeben, die sie zurückschickt
cli-partner-key-output = Den Schlüssel in FILE statt im Konfigurationsordner von plan speichern
cli-partner-view = Für die Vertrauensperson: eine Zusammenfassung öffnen, oder die neueste in einem Ordner (partners/NAME/), und anzeigen
cli-partner-view-path = Eine Zusammenfassung (.age) oder der Ordner, der sie enthält
cli-partner-view-identity = Der Schlüssel zum Öffnen [Standard: der, den `plan partner key` erstellt hat]; ein privater SSH-Schlüssel geht auch

cli-sos = Deinen Vertrauenspersonen sagen, dass du jetzt jemanden brauchst (im Terminal fragt es nach einer kurzen Nachricht)
cli-sos-message = Eine kurze Nachricht an sie
cli-sos-clear = Es ist vorüber: festhalten, dass das SOS erledigt ist, damit deine Vertrauenspersonen es sehen

## Die Werte einer Option (`--contact KIND`, `plan contact KIND`, `--outcome`, `--resolve`, `--format`)

cli-contact-none = Gar kein Kontakt
cli-contact-allowed = Kontakt, den der Plan erlaubt: Kinder, eine gemeinsame Wohnung oder Arbeit, ein Notfall
cli-contact-initiated = Du hast dich gemeldet: die Kontaktsperre beginnt neu (`plan slip`)
cli-contact-replied = Du hast geantwortet, als die Person sich gemeldet hat: die Kontaktsperre beginnt neu
cli-contact-they-contacted = Die Person hat sich gemeldet, und du hast es ruhen lassen
cli-contact-social-media = Du hast dir ihr Profil oder ihre Fotos angesehen (oder `looked`): wird für sich gezählt, nie ein Ausrutscher
cli-contact-logistics = Praktisches, das ihr teilt, kurz und sachlich gehalten
cli-contact-accidental = Eine zufällige Begegnung, kurz gehalten
cli-contact-planned = Kontakt, den ein Schritt deines Plans vorsieht (wieder annähern, das Gespräch): kein Ausrutscher

cli-outcome-reunited = Ihr seid wieder zusammen
cli-outcome-moved-on = Es ist vorbei, und du gehst weiter
cli-outcome-paused = Du hörst vorerst auf

cli-resolve-held = Er ist vorübergegangen: kein Kontakt
cli-resolve-slipped = Du hast dich gemeldet: als Ausrutscher für heute festgehalten

cli-format-json = Alles, was der Plan enthält, mit Version: die Sicherung, die `plan import` wiederherstellt
cli-format-csv = Eine Zeile pro Eintrag: Datum, Stimmung, Impuls, Kontakt, Notiz
cli-format-markdown = Ein Tagebuch mit einem Abschnitt für jeden Tag, zum Lesen oder Drucken
cli-format-ics = Eine iCalendar-Datei: die kommenden Meilensteine und die Tage, an denen sich Schritte öffnen

## Was clap jedem Befehl hinzufügt

cli-flag-help = Hilfe anzeigen
cli-flag-help-more = Hilfe anzeigen (mehr mit '--help')
cli-flag-help-summary = Hilfe anzeigen (eine Zusammenfassung mit '-h')
cli-flag-version = Version anzeigen
cli-help = Diese Hilfe oder die Hilfe der angegebenen Unterbefehle anzeigen
# Überschriften der Hilfe; clap fügt den Doppelpunkt an.
cli-heading-usage = Aufruf
cli-heading-commands = Befehle
cli-heading-arguments = Argumente
cli-heading-options = Optionen
# Die Anmerkungen von clap nach einem Hilfetext, und seine Platzhalter im Aufruf.
cli-default = [Standard: { $value }]
cli-values = [mögliche Werte: { $values }]
cli-values-heading = Mögliche Werte:
cli-usage-options = [OPTIONEN]
cli-usage-command = BEFEHL
# Die Überschriften der Handbuchseite (`plan man`), die clap_mangen schreibt.
cli-man-name = NAME
cli-man-synopsis = ÜBERSICHT
cli-man-description = BESCHREIBUNG
cli-man-version = VERSION

## Ein Wert, den die Befehlszeile nicht annimmt

cli-bad-mood = die Stimmung ist eine ganze Zahl von 1 (furchtbar) bis 10 (großartig)
cli-bad-urge = der Impuls ist eine ganze Zahl von 0 (keiner) bis 10 (überwältigend)
cli-bad-task = eine Aufgabe wird mit ihrer Nummer angegeben, 1 oder mehr, wie `plan next` sie zeigt
cli-bad-if = ein Wenn-dann-Plan wird mit seiner Nummer angegeben, 1 oder mehr, wie `plan if` sie zeigt
cli-bad-days = --days ist eine ganze Zahl von Tagen, 1 oder mehr
cli-bad-archived = ein archivierter Plan wird mit seiner Nummer angegeben, 1 oder mehr, wie `plan archive` sie zeigt
cli-bad-seconds = `{ $text }` ist keine Zahl von Sekunden zwischen 0 und 86400

## Fehler beim Aufruf.

cli-error = Fehler:
cli-error-tip = Hinweis:
cli-error-unknown-argument = unerwartetes Argument '{ $arg }'
cli-error-invalid-value = ungültiger Wert '{ $value }' für '{ $arg }'
cli-error-missing-value = '{ $arg }' braucht einen Wert, aber es wurde keiner angegeben
cli-error-possible-values = mögliche Werte
cli-error-invalid-subcommand = unbekannter Unterbefehl '{ $command }'
cli-error-missing-arguments = diese nötigen Argumente fehlen:
cli-error-missing-subcommand = '{ $command }' braucht einen Unterbefehl, aber es wurde keiner angegeben
cli-error-subcommands = Unterbefehle
cli-error-too-many-values = unerwarteter Wert '{ $value }' für '{ $arg }'; es wurden keine weiteren erwartet
cli-error-too-few-values = { $actual ->
    [one] '{ $arg }' braucht { $min } Werte; nur { $actual } wurde angegeben
   *[other] '{ $arg }' braucht { $min } Werte; nur { $actual } wurden angegeben
}
cli-error-wrong-number-of-values = { $actual ->
    [one] '{ $arg }' braucht { $expected } Werte, aber { $actual } wurde angegeben
   *[other] '{ $arg }' braucht { $expected } Werte, aber { $actual } wurden angegeben
}
cli-error-used-twice = das Argument '{ $arg }' kann nur einmal angegeben werden
cli-error-conflict = das Argument '{ $arg }' kann nicht zusammen mit '{ $other }' verwendet werden
cli-error-conflict-list = das Argument '{ $arg }' kann nicht zusammen verwendet werden mit:
cli-error-conflict-others = das Argument '{ $arg }' kann nicht zusammen mit einem oder mehreren der anderen Argumente verwendet werden
cli-error-subcommand-conflict = der Unterbefehl '{ $command }' kann nicht zusammen mit '{ $other }' verwendet werden
cli-error-subcommand-conflict-list = der Unterbefehl '{ $command }' kann nicht zusammen verwendet werden mit:
cli-error-no-equals = für Werte von '{ $arg }' wird ein Gleichheitszeichen gebraucht
cli-error-invalid-utf8 = ein oder mehrere Argumente sind kein gültiges UTF-8
cli-error-other = die Befehlszeile konnte nicht gelesen werden
cli-error-similar-argument = { $count ->
    [one] es gibt ein ähnliches Argument: { $names }
   *[other] es gibt ähnliche Argumente: { $names }
}
cli-error-similar-subcommand = { $count ->
    [one] es gibt einen ähnlichen Unterbefehl: { $names }
   *[other] es gibt ähnliche Unterbefehle: { $names }
}
cli-error-similar-value = { $count ->
    [one] es gibt einen ähnlichen Wert: { $names }
   *[other] es gibt ähnliche Werte: { $names }
}
cli-error-exists = '{ $command }' gibt es
cli-error-as-value = um '{ $arg }' als Wert zu übergeben, schreibe '-- { $arg }'
cli-error-more = Mehr dazu mit '{ $flag }'.
