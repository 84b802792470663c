# `plan export`: die Worte im Markdown-Tagebuch und in der Kalenderdatei,
# und warum sich eine Datei nicht importieren lässt.

## Das Markdown-Tagebuch.
export-journal-title = { $title }: ein Tagebuch
export-journal-safety = Deine Einschätzung vom { $date } { $found }. { $help }
export-journal-started = Begonnen am { $date }.
export-journal-no-contact = Kein Kontakt seit { $since }: { $days }. Längste Strecke: { $longest }.
export-journal-no-contact-again = Kein Kontakt seit { $since }: { $days }. Längste Strecke: { $longest }; { $resets } neu angefangen.
export-journal-ended = Beendet am { $date }: { $outcome }.
export-journal-checkins = { $checkins }, festgehalten bis { $date }.
export-journal-mood = Stimmung { $mood }/10
export-journal-urge = Impuls { $urge }/10

## Die Kalenderdatei.
export-ics-checkin-summary = Tageseintrag
export-ics-checkin-description = Ein Moment für den heutigen Eintrag, wenn du so weit bist.
export-ics-milestone-summary = { $days } ohne Kontakt
export-ics-milestone-reached = { $days } ohne Kontakt, gezählt ab { $since }. Du bist hier angekommen.
export-ics-milestone-earlier-run = { $days } ohne Kontakt, gezählt ab { $since }. Später gab es Kontakt; diese Tage zählen trotzdem.
export-ics-milestone-ahead = { $days } ohne Kontakt, gezählt ab { $since }. Wie auch immer sich heute anfühlt: Du bist hier angekommen.
export-ics-looking-summary = { $days } ohne Blick auf das Profil
export-ics-looking-description = { $days } ohne Blick auf das Profil oder die Fotos der Person, gezählt ab { $since }. Das wird für sich gezählt, getrennt von der Kontaktsperre.
export-ics-gate-summary = Schritt { $number } ist offen: { $title }
export-ics-gate-description = Schritt { $number } von „{ $playbook }“, „{ $title }“, kann ab heute als erledigt markiert werden: { $days } ohne Kontakt, gezählt ab { $since }.

## Warum sich eine Datei nicht importieren lässt, nach „konnte DATEI nicht importieren: “.
export-import-empty = sie ist leer
export-import-truncated = sie ist abgeschnitten: sie hört in Zeile { $line }, Spalte { $column } auf, vor dem Ende
export-import-malformed = sie ist kein gültiges JSON: { $what }
export-import-foreign = sie ist JSON, aber kein Plan-Export (ihr fehlt "format": "{ $format }")
export-import-newer = sie wurde von einer neueren Version von plan geschrieben (Export-Version { $version }; diese liest bis { $supported })
export-import-damaged = sie ist ein Plan-Export, aber { $what }
export-damaged-no-version = ihr fehlt die Versionsnummer
export-damaged-no-events = ihr fehlt die Liste der Ereignisse
export-damaged-event = Ereignis { $event } lässt sich nicht lesen: { $error }
export-invalid-no-events = ihre Liste der Ereignisse ist leer
export-invalid-no-start = ihr erstes Ereignis beginnt keinen Plan
export-invalid-second-start = Ereignis { $event } beginnt einen zweiten Plan
export-invalid-playbook = der Leitfaden `{ $id }` in Ereignis { $event } ist nicht gültig: { $problem }
export-invalid-playbook-changed = er liest sich nicht so zurück, wie er geschrieben wurde
export-invalid-checkin-before-plan = sie hat einen Eintrag am { $date }, vor dem ersten Tag des Plans ({ $first })
export-invalid-date-out-of-range = Ereignis { $event } ist auf { $date } datiert, außerhalb der Jahre 0000 bis 9999
export-invalid-mood = der Eintrag am { $date } hat Stimmung { $value }, und die Stimmung geht von 1 bis 10
export-invalid-urge = der Eintrag am { $date } hat Impuls { $value }, und der Impuls geht von 0 bis 10
