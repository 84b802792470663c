# Leitfäden: was jemand liest, wenn die eigene Leitfaden-Datei einen
# Fehler hat (nach Datei, Zeile und Spalte).

## Wo ein Text in einem Leitfaden steht, für eine Warnung: "Schritt 2 (quiet) Aufgabe 1".
playbook-field-in-step = Schritt { $number } ({ $id }) { $field }
playbook-field-in-source = source { $field }
playbook-field-task = Aufgabe { $number }
playbook-field-tip = Tipp { $number }
playbook-field-avoid = Punkt { $number } unter „Lieber nicht“
playbook-field-example = Beispiel { $number }

## Was an einer Leitfaden-Datei falsch ist. Jede Meldung folgt auf "DATEI:ZEILE:SPALTE: ".
## Was in Backticks steht, gehört zur Datei selbst und bleibt unübersetzt.
# $message ist die Beschreibung des TOML-Lesers, auf Englisch.
playbook-syntax = TOML-Syntaxfehler: { $message }
playbook-no-steps = der Leitfaden hat keine Schritte; füge mindestens eine [[steps]]-Tabelle hinzu
playbook-source-not-table = `source` muss eine Tabelle mit title und description sein; hier steht { $kind }
playbook-steps-not-array = `steps` muss eine Liste von Tabellen ([[steps]]) sein; hier steht { $kind }
playbook-step-not-table = Schritt { $number } muss eine Tabelle sein; hier steht { $kind }
playbook-unknown-phase = unbekannte Phase `{ $phase }`; erwartet wird eine von: { $known }
playbook-gate-not-integer = `min_no_contact_days` muss eine ganze Zahl von Tagen sein; hier steht { $kind }
playbook-gate-negative = `min_no_contact_days` ist { $days }; eine Wartezeit muss 0 Tage oder mehr betragen
playbook-gate-too-long = `min_no_contact_days` ist { $days }; das ist mehr als ein ganzes Leben
playbook-gate-not-a-number = `min_no_contact_days` ist keine Anzahl von Tagen
playbook-duplicate-id = doppelte Schritt-ID `{ $id }`: Schritt { $step } hat sie auch
playbook-after-unknown = `after` nennt `{ $id }`, aber das ist kein Schritt dieses Leitfadens
playbook-cycle = `after` bildet einen Kreis: { $cycle }; keiner dieser Schritte könnte je erledigt werden
playbook-cycle-one-waits = `after` bildet einen Kreis: { $cycle } ({ $step } hat kein `after` und wartet deshalb auf den Schritt davor); keiner dieser Schritte könnte je erledigt werden
playbook-cycle-many-wait = `after` bildet einen Kreis: { $cycle } ({ $steps } haben kein `after` und warten deshalb jeweils auf den Schritt davor); keiner dieser Schritte könnte je erledigt werden
playbook-language-not-a-tag = `language` `{ $tag }` ist kein Sprachkürzel; schreib eines wie en, es oder de
playbook-id-not-kebab-case = die Leitfaden-ID `{ $id }` muss in kebab-case sein: Kleinbuchstaben, Ziffern und einzelne Bindestriche, beginnend mit einem Buchstaben
playbook-step-id-not-kebab-case = die Schritt-ID `{ $id }` muss in kebab-case sein: Kleinbuchstaben, Ziffern und einzelne Bindestriche, beginnend mit einem Buchstaben
playbook-unknown-field = unbekanntes Feld `{ $field }` im Leitfaden; erwartet wird eines von: { $known }
playbook-unknown-field-in-source = unbekanntes Feld `{ $field }` in `source`; erwartet wird eines von: { $known }
playbook-unknown-field-in-step = unbekanntes Feld `{ $field }` in Schritt { $number }; erwartet wird eines von: { $known }
playbook-missing = im Leitfaden fehlt `{ $key }`
playbook-missing-in-source = in `source` fehlt `{ $key }`
playbook-missing-in-step = in Schritt { $number } fehlt `{ $key }`
playbook-empty = `{ $key }` im Leitfaden ist leer
playbook-empty-in-source = `{ $key }` in `source` ist leer
playbook-empty-in-step = `{ $key }` in Schritt { $number } ist leer
playbook-not-string = `{ $key }` muss ein Text sein; hier steht { $kind }
playbook-not-list = `{ $key }` muss eine Liste von Texten sein; hier steht { $kind }
playbook-not-only-strings = `{ $key }` darf nur Texte enthalten; hier steht { $kind }

## Was ein TOML-Wert ist, nach "hier steht" oben.
playbook-kind-string = ein Text
playbook-kind-integer = eine ganze Zahl
playbook-kind-float = eine Kommazahl
playbook-kind-boolean = ein Wahrheitswert
playbook-kind-date = ein Datum
playbook-kind-array = eine Liste
playbook-kind-table = eine Tabelle

playbook-error = Fehler:
playbook-more-problems = { $more ->
    [one] und { $more } weiteres Problem
   *[other] und { $more } weitere Probleme
}
