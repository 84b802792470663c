ask-asking-checkin = Tageseintrag
ask-asking-start = Start
ask-asking-readiness-check = Einschätzung
ask-asking-draft = Entwurf
ask-asking-sos = SOS

ask-quoted = „{ $text }“

ask-path-four-steps = Noch einmal versuchen
ask-path-move-on = Loslassen
ask-path-not-sure-yet = Noch unsicher
ask-path-which = Welchen Weg willst du gehen? Du kannst ihn später mit `plan switch` ändern.
ask-path-default = (Enter)
ask-path-question = Wähle 1, 2 oder 3 [{ $default }]
ask-path-again = `{ $answer }` ist keiner davon; gib 1, 2 oder 3 ein, oder drück Enter.

ask-checkin-there = Der Eintrag für den { $date } ist schon da; Enter lässt jeden Wert, wie er ist.
ask-mood-today = Stimmung heute, 1 (furchtbar) bis 10 (großartig)
ask-mood-on = Stimmung am { $date }, 1 (furchtbar) bis 10 (großartig)
ask-urge = Impuls, Kontakt aufzunehmen, 0 (keiner) bis 10 (überwältigend)
ask-contact-none = none (oder nein)
ask-contact-initiated = initiated (oder ausrutscher)
ask-contact-today = Gab es heute Kontakt? Antworte mit j oder n, oder gib gleich die Art ein ({ $kinds }) [{ $now }]
ask-contact-on = Gab es am { $date } Kontakt? Antworte mit j oder n, oder gib gleich die Art ein ({ $kinds }) [{ $now }]
ask-contact-which = Welche Art von Kontakt?
ask-contact-which-answer = Die Nummer oder der Name
ask-contact-none-answers = n, nein, kein, keiner
ask-contact-slip-answers = ausrutscher
ask-contact-allowed-answers = e, erlaubt
ask-note = Eine Notiz (Enter zum Überspringen)
ask-notes-there = { $n ->
    [one] Die Notiz des Tages:
   *[other] Die { $n } Notizen des Tages:
}
ask-note-choice = { $n ->
    [one] Behalten, eine Notiz dazuschreiben oder sie ersetzen? Gib behalten, dazu, ersetzen oder löschen ein [behalten]
   *[other] Behalten, eine Notiz dazuschreiben oder sie ersetzen? Gib behalten, dazu, ersetzen oder löschen ein [behalten]
}
ask-note-keep-answers = b, behalten
ask-note-add-answers = d, dazu, hinzufügen
ask-note-replace-answers = e, ersetzen
ask-note-remove-answers = l, löschen, loeschen, entfernen
ask-note-added = Deine neue Notiz (Enter zum Überspringen)
ask-note-instead = { $n ->
    [one] Deine Notiz an ihrer Stelle (Enter behält die alte)
   *[other] Deine Notiz an ihrer Stelle (Enter behält die alten)
}
ask-checkin-again = `{ $answer }` ist keine der Antworten; versuch es noch einmal, oder drück Enter zum Überspringen.

ask-yes-no-again = `{ $answer }` ist weder ja noch nein; versuch es noch einmal.
