# `plan calendar`: ein Monat als Raster.

## Die Legende.
calendar-legend-no-contact = kein Kontakt
calendar-legend-mood = ein Eintrag, mit Stimmung
calendar-legend-slip = Kontakt, ein Ausrutscher
calendar-legend-contact = anderer Kontakt; zählt weiter
calendar-legend-milestone = ein Meilenstein
calendar-legend-gate = Wartezeit eines Schritts endet
calendar-legend-both = beides an einem Tag
calendar-legend-today = heute
calendar-legend-last-contact = dein letzter Kontakt vor dem Plan
calendar-legend-looked = Profil angesehen; die Kontaktsperre läuft weiter

## Die Meilensteine und Wartezeiten des Monats.
calendar-milestone-reached = { $day }: { $days } ohne Kontakt, erreicht
calendar-milestone-to-come = { $day }: { $days } ohne Kontakt, noch vor dir
calendar-gate-opened = { $day }: Die Wartezeit von Schritt { $number } ist vorbei ({ $title })
calendar-gate-opens = { $day }: Die Wartezeit von Schritt { $number } endet ({ $title })

## Wo der Plan steht.
calendar-ended = Dieser Plan endete am { $date }.
calendar-began-after = Die Kontaktsperre begann am { $date }, nach diesem Monat.
calendar-no-contact = Kein Kontakt: { $days } (seit { $since }).
calendar-not-looking = Profil nicht angesehen: { $days } (seit { $since }).

calendar-not-a-month = `{ $text }` ist kein Monat; schreib ihn als JJJJ-MM, etwa 2026-11
