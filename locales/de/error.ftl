# Jede Fehlerzeile und ihr Hinweis: "Fehler: <was nicht stimmt>", dann "Hinweis: <was hilft>".

error-line = Fehler: { $message }
error-hint-line = Hinweis: { $hint }
error-warning-line = Warnung: { $text }
error-note-line = Info: { $text }

## Was ein Befehl ablehnt oder selbst nicht schafft.

error-not-a-task = `{ $target }` ist keine Aufgabennummer, und --step nennt den Schritt schon
error-not-a-task-hint = `plan done --step STEP_ID N` hakt Aufgabe N ab; `plan done STEP_ID` schließt den Schritt ab
error-empty-why = dein Warum braucht ein paar Worte
error-empty-why-hint = zum Beispiel `plan why "Ich möchte mich wieder wie ich selbst fühlen"`
error-empty-if-then = ein Wenn-dann-Plan braucht Worte für das Wenn und für das Dann
error-empty-if-then-hint = zum Beispiel `plan if "Ich will der Person nachts schreiben" "Ich rufe Sam an"`
error-no-if-then = es gibt keinen Wenn-dann-Plan { $number }; es gibt { $count }
error-no-if-then-hint = `plan if` listet sie mit ihren Nummern auf
error-systemctl-failed = `{ $line }` ist fehlgeschlagen
error-systemctl-said = `{ $line }` ist fehlgeschlagen: { $said }
error-systemctl-hint = es wurde nichts installiert; `plan remind install --dry-run` zeigt die Dateien, um sie von Hand zu installieren
error-no-program-path = der Pfad von plan selbst war nicht zu finden: { $err }
error-no-program-path-hint = es wurde nichts geschrieben; die crontab-Zeile von `plan remind install` funktioniert auch so, wenn du den Pfad von plan einträgst
error-remind-needs-ics = --remind ist für einen Kalender: `--format ics`
error-remind-needs-ics-hint = zum Beispiel `plan export --format ics --remind 20:00 -o plan.ics`
error-unanswered = { $missing } von { $asked } Fragen haben keine Antwort: { $ids }
error-unanswered-hint = gib jede als --answer ID=WAHL an (`plan assess --list` zeigt sie), oder starte `plan assess` in einem Terminal
error-checkin-before = { $recorded } hat schon einen Eintrag und liegt vor { $date }
error-checkin-before-hint = die Kontaktsperre begann an deinem ersten eingetragenen Tag oder davor: `plan since { $recorded }` oder früher
error-no-archived-plan = es gibt keinen archivierten Plan { $number }; es gibt { $count }
error-no-archived-plan-hint = `plan archive` listet sie mit ihren Nummern auf
error-archived-calendar = im archivierten Plan { $number } steht nichts mehr an, also gibt es keinen Kalender zu exportieren
error-archived-calendar-hint = `plan export --archived { $number }` schreibt ihn als json, csv oder markdown
error-output-in-plan-folder = { $path } liegt im Plan-Ordner { $dir }, in den nur plan selbst schreibt
error-output-in-plan-folder-hint = es wurde nichts geschrieben; nenne eine Datei an einem anderen Ort, etwa in deinem Home-Ordner
error-export-unwritable = { $path } konnte nicht geschrieben werden: { $err }
error-export-unwritable-hint = dort wurde nichts geschrieben; nenne eine Datei in einem Ordner, in den du schreiben kannst, oder lass --output weg
error-import-missing = { $file } konnte nicht importiert werden: diese Datei gibt es nicht
error-import-missing-hint = gib den Pfad einer Datei an, die `plan export --format json --output FILE` geschrieben hat
error-import-unreadable = { $file } konnte nicht importiert werden: die Datei { $problem }
error-import-unreadable-hint = es wurde nichts geändert; gib den Pfad einer Datei an, die `plan export` geschrieben hat
error-import-invalid = { $file } konnte nicht importiert werden: { $problem }
error-import-cut-off-hint = es wurde nichts geändert; die Datei wurde vielleicht unterwegs abgeschnitten oder verändert: exportiere den Plan noch einmal mit `plan export --output FILE`
error-import-foreign-hint = es wurde nichts geändert; `plan import` liest das JSON, das `plan export` schreibt
error-import-newer-hint = es wurde nichts geändert; aktualisiere plan, um sie zu importieren
error-import-damaged-hint = es wurde nichts geändert; wurde die Datei bearbeitet, exportiere den Plan noch einmal dort, wo er herkommt
error-import-over-plan = in { $dir } gibt es schon einen Plan
error-import-over-plan-hint = `plan status` zeigt ihn; `plan import FILE --force` archiviert ihn (es wird nichts gelöscht) und setzt diesen an seine Stelle
error-unknown-playbook = unbekannter Leitfaden `{ $name }`
error-unknown-playbook-hint = die mitgelieferten sind { $bundled }; `plan playbooks` listet auch deine eigenen auf
error-no-bundled-playbook = kein mitgelieferter Leitfaden `{ $id }`
error-no-bundled-playbook-hint = die mitgelieferten sind { $bundled }
error-doctor-found = plan doctor hat { $problems ->
    [one] { $problems } Problem
   *[other] { $problems } Probleme
} gefunden
error-report-unwritten = der Bericht konnte nicht geschrieben werden
error-report-unwritable = der Bericht konnte nicht nach { $shown } geschrieben werden
error-playbook-unwritten = der Leitfaden konnte nicht geschrieben werden
error-output-not-a-file = { $path } ist { $what }, und --output schreibt nur in eine normale Datei oder unter einen neuen Namen
error-output-not-a-file-hint = es wurde nichts geschrieben, und alles blieb, wie es war; nenne eine neue Datei oder `-` für die Standardausgabe
error-nothing-to-record = nichts einzutragen: weder --mood, --urge, --contact noch --note wurde angegeben
error-nothing-to-record-hint = gib an, was eingetragen werden soll, etwa `plan checkin --mood 6 --urge 3`; in einem Terminal fragt `plan checkin` ohne Optionen nach allem
error-note-too-long = die Notiz auf der Standardeingabe ist länger als { $kib } KiB
error-note-unreadable = die Notiz konnte nicht von der Standardeingabe gelesen werden: { $err }
error-note-unreadable-hint = es wurde nichts eingetragen; `--note -` liest die Notiz als Text von der Standardeingabe

## Ende der Eingabe bei einer Frage (Strg-D).

error-cancelled-checkin = Tageseintrag abgebrochen; es wurde nichts gespeichert
error-cancelled-start = Start abgebrochen; es wurde nichts gespeichert
error-cancelled-readiness-check = Einschätzung abgebrochen; es wurde nichts gespeichert
error-cancelled-draft = Entwurf abgebrochen; es wurde nichts gespeichert
error-cancelled-sos = SOS abgebrochen; es wurde nichts gespeichert

## Das heutige Datum und die Ausgabe.

error-today-not-a-date = { $var } ist gesetzt, aber kein Datum: { $why }
error-today-not-text = { $var } ist kein gültiger Text
error-output-unprinted = { $what } wurde gespeichert, aber die Ausgabe dessen, was getan wurde, ist fehlgeschlagen

## Vertrauenspersonen und SOS.

error-partner-name-empty = eine Vertrauensperson braucht einen Namen
error-partner-name-too-long = `{ $given }` ist länger, als der Name einer Vertrauensperson sein darf ({ $max } Zeichen)
error-partner-name-character = `{ $given }` kann nicht der Name einer Vertrauensperson sein: er benennt ihren Ordner, und `{ $character }` darf darin nicht vorkommen
error-partner-name-hint = zum Beispiel `plan partner add sam age1…`
error-recipient-secret = das ist ein geheimer Schlüssel, kein Empfänger: gib ihn niemals weiter
error-recipient-secret-hint = es wurde nichts gespeichert; bitte deine Vertrauensperson um die Zeile, die `plan partner key` ausgegeben hat (age1…), oder um ihren öffentlichen SSH-Schlüssel (die .pub-Datei)
error-recipient-ssh-type = age kann nicht für einen SSH-Schlüssel vom Typ `{ $kind }` verschlüsseln
error-recipient-rsa-size = dieser ssh-rsa-Schlüssel ist kürzer als 2048 Bit oder länger, als age annimmt
error-recipient-invalid = `{ $given }` ist weder ein age-Empfänger noch ein öffentlicher SSH-Schlüssel
error-recipient-hint = es wurde nichts gespeichert; gib in Anführungszeichen die Zeile an, die `plan partner key` auf dem Rechner deiner Vertrauensperson ausgegeben hat (age1…), oder einen öffentlichen SSH-Schlüssel (ssh-ed25519 AAAA…)
error-no-such-partner = keine Vertrauensperson namens `{ $name }`
error-no-partner-hint = du hast noch keine Vertrauensperson; `plan partner add NAME RECIPIENT` fügt eine hinzu
error-no-such-partner-hint = deine Vertrauenspersonen: { $partners }
error-sos-message-too-long = die Nachricht hat { $chars } Zeichen; ein SOS fasst höchstens { $max }
error-sos-message-too-long-hint = es wurde nichts gespeichert; eine Zeile reicht, etwa "bitte ruf mich an"
error-no-open-sos = es ist kein SOS offen
error-no-open-sos-hint = `plan sos` sendet eines
error-no-identity = hier gibt es keinen Schlüssel für Vertrauenspersonen ({ $path })
error-no-identity-hint = `plan partner key` erstellt einen; oder gib mit --identity KEY den Schlüssel an, für den die Übersicht bestimmt ist
error-file-problem = { $path } { $problem }
error-not-an-identity = { $path } enthält keinen age-Schlüssel (AGE-SECRET-KEY-1…) und keinen privaten SSH-Schlüssel
error-identity-unreadable-hint = gib mit --identity die Datei an, die `plan partner key` geschrieben hat, oder deinen privaten SSH-Schlüssel
error-locked-ssh-key = { $path } ist ein SSH-Schlüssel mit Passphrase, und plan fragt nicht danach
error-locked-ssh-key-hint = entschlüssle die Übersicht mit `age -d -i KEY FILE > digest.json`, dann `plan partner view digest.json`
error-identity-output-taken = { $path } gibt es schon, und sie enthält keinen age-Schlüssel
error-identity-output-taken-hint = es wurde nichts geschrieben; nenne eine neue Datei
error-no-digests = keine Übersicht (*.age) in { $dir }
error-no-digests-hint = gib ihren Ordner partners/NAME/ an, so wie er aus der Synchronisierung kam, oder eine .age-Datei darin
error-digest-unreadable-hint = gib eine Übersichtsdatei an oder den Ordner, der sie enthält
error-not-for-this-key = { $tried ->
    [one] die Übersicht in { $path } lässt sich nicht mit dem Schlüssel { $key } öffnen
   *[other] keine der { $tried } Übersichten in { $path } lässt sich mit dem Schlüssel { $key } öffnen
}
error-not-for-this-key-hint = sie wurde für einen anderen Schlüssel verschlüsselt: gib mit --identity KEY den Schlüssel an, dessen Empfänger du geschickt hast
error-not-a-digest = { $path } ist keine Übersicht einer Vertrauensperson: { $what }
error-not-a-digest-hint = sie wurde vielleicht unterwegs abgeschnitten; warte auf die nächste Synchronisierung
error-digest-newer = { $path } ist eine Übersicht im Format { $version }, geschrieben von einer neueren Version von plan
error-digest-newer-hint = aktualisiere plan, um sie zu lesen
error-sos-unsent = das SOS wurde gespeichert, aber die Übersichten für deine Vertrauenspersonen konnten nicht geschrieben werden: { $err }
error-sos-unsent-hint = bei deinen Vertrauenspersonen ist noch nichts angekommen: wenn du jetzt jemanden brauchst, ruf sie direkt an

## Was der Plan ablehnt.

error-step-name = Schritt { $number } „{ $title }“ (`{ $id }`)
error-list-and = { $rest } und { $last }
error-list-separator = {", "}
error-date-in-future = { $date } liegt in der Zukunft (heute ist { $today })
error-date-in-future-hint = trag einen Tag ein, wenn er vorbei ist; PLAN_TODAY setzt das heutige Datum, um Tage nachzutragen
error-since-in-future = --since { $date } liegt in der Zukunft (heute ist { $today })
error-since-in-future-hint = --since ist der Tag deines letzten Kontakts
error-last-contact-in-future = der Tag des letzten Kontakts kann nicht in der Zukunft liegen: { $date } ist nach heute ({ $today })
error-last-contact-in-future-hint = gib einen Tag an, der schon war, als YYYY-MM-DD
error-date-before-start = { $date } liegt vor dem ersten Tag des Plans ({ $started })
error-date-before-start-hint = wenn die Kontaktsperre früher begann, verlegt `plan since DATE` den ersten Tag des Plans auf dieses frühere Datum
error-no-such-task = { $step } hat keine Aufgabe { $number }; { $tasks ->
    [0] er hat keine Aufgaben
    [1] er hat nur Aufgabe 1
   *[other] seine Aufgaben sind 1 bis { $tasks }
}
error-no-such-task-hint = `plan next` listet die Aufgaben mit ihren Nummern auf
error-no-such-step = der Leitfaden `{ $playbook }` hat keinen Schritt `{ $step }`
error-no-such-step-hint = `plan steps` listet jeden Schritt mit Nummer und ID auf
error-all-done = alle Schritte sind schon erledigt
error-all-done-hint = `plan steps` zeigt sie alle
error-step-already-done = { $step } ist schon erledigt
error-step-already-done-hint = `plan steps` zeigt, wo jeder Schritt steht
error-step-gate = { $step } braucht { $needed ->
    [one] { $needed } Tag
   *[other] { $needed } Tage
} ohne Kontakt; bisher sind es { $days }, also öffnet er sich am { $until }
error-step-gate-hint = mach weiter: `plan next` zeigt, was du in der Zwischenzeit tun kannst
error-step-waiting = { $step } kommt nach { $waiting }, { $count ->
    [one] der noch nicht erledigt ist
   *[other] die noch nicht erledigt sind
}
error-step-waiting-hint = `plan steps` zeigt, welche Schritte gerade dran sind
error-plan-ended = dieser Plan endete am { $date } ({ $outcome }); er bleibt so erhalten, wie er war
error-plan-ended-hint = `plan start` beginnt einen neuen Plan und archiviert diesen, vollständig
error-step-set-aside = { $step } führt zu Kontakt, und deine Einschätzung vom { $date } { $named }
error-not-planned-safety = es ist kein Kontakt geplant: deine Einschätzung vom { $date } { $named }
error-set-aside-unsafe-hint = deine Sicherheit geht vor: `plan next` zeigt, wo es Hilfe gibt, und `plan switch move-on` ist ein Weg, loszulassen
error-set-aside-they-asked-hint = die Antwort der Person gilt: `plan switch move-on` ist ein Weg, loszulassen; wenn sie selbst um Kontakt bittet, mach `plan assess` noch einmal
error-set-aside-own-behaviour-hint = der Weg nach vorn ist die Kontaktsperre, und Hilfe, damit sich etwas ändert: `plan next` zeigt, wo du sie findest
error-not-planned = kein Schritt deines Plans sieht jetzt Kontakt vor, also ist keiner geplant
error-not-planned-hint = trag ein, was passiert ist, so wie es war: `plan contact --help` listet die Arten auf, und welche die Zählung neu beginnen lassen
error-same-playbook = der Plan folgt schon `{ $id }`
error-same-playbook-hint = `plan playbooks` listet die anderen auf

## Daten, wie man sie schreibt.

error-date-form = `{ $text }` ist kein Datum; schreib es als YYYY-MM-DD
error-date-form-or-word = `{ $text }` ist kein Datum; schreib es als YYYY-MM-DD, today oder yesterday
error-date-no-such-day = { $text } ist kein Tag im Kalender
error-date-no-yesterday = es gibt keinen Vortag
