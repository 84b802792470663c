archive-result-proceed = weitermachen
archive-result-wait = warten
archive-result-move-on = loslassen
archive-quote = „{ $text }“
archive-show-title = Archivierter Plan { $number }: „{ $title }“ ({ $playbook })
archive-show-dates = { $started } bis { $ended }.
archive-show-dates-outcome = { $started } bis { $ended }, { $outcome }.
archive-heading-why = Dein Warum
archive-heading-urges = Impulse
archive-heading-drafts = Entwürfe, nie gesendet
archive-heading-checks = Einschätzungen
archive-heading-steps = Schritte von „{ $title }“
archive-heading-notes = Notizen
archive-none-written = Nichts aufgeschrieben.
archive-none = Keine.
archive-no-urges = Keine mit `plan urge` festgehalten.
archive-no-checks = Keine gemacht.
archive-urges = { $total ->
    [one] { $total } Impuls
   *[other] { $total } Impulse
}: { $how }.
archive-urges-held = { $n } ausgehalten
archive-urges-slipped = { $n ->
    [one] { $n } endete in Kontakt
   *[other] { $n } endeten in Kontakt
}
archive-urges-open = einer vom { $date } nie abgeschlossen
archive-check = { $date }  { $result }.
archive-check-reason = { $date }  { $result }; sie { $reason }.
archive-step = { $title } [{ $id }]
archive-step-set-aside = (ein Schritt in Richtung Kontakt)
archive-step-done = { $step }, erledigt am { $date }
archive-step-ticked = { $step }, { $done } von { $total ->
    [one] { $total } Aufgabe abgehakt
   *[other] { $total } Aufgaben abgehakt
}
archive-show-checkins = { $checkins ->
    [one] { $checkins } Eintrag: `plan log --archived { $number }` zeigt ihn; `plan export --archived { $number }` schreibt den ganzen Plan heraus.
   *[other] { $checkins } Einträge: `plan log --archived { $number }` zeigt sie; `plan export --archived { $number }` schreibt den ganzen Plan heraus.
}
archive-empty = Keine archivierten Pläne. Ein neues `plan start` bewahrt einen beendeten Plan hier vollständig auf.
archive-line = { $title } ({ $playbook }), { $started } bis { $ended }, { $checkins ->
    [one] { $checkins } Eintrag
   *[other] { $checkins } Einträge
}
archive-line-outcome = { $title } ({ $playbook }), { $started } bis { $ended }, { $outcome }, { $checkins ->
    [one] { $checkins } Eintrag
   *[other] { $checkins } Einträge
}
archive-hint = `plan archive show N` zeigt alles, was Plan N enthält; `plan log --archived N` seine Einträge.
