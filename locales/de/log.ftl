# `plan log`: die Tageseinträge, die neuesten zuerst.

log-none-in-window = Keine Einträge { $days ->
    [one] heute
   *[other] in den letzten { $days } Tagen
}; { $total } insgesamt. `plan log` zeigt sie.
log-none = Noch keine Einträge. `plan checkin --mood N --urge N` trägt den heutigen Tag ein.
log-entry = { $date }  Stimmung { $mood }  Impuls { $urge }
log-entry-contact = { $date }  Stimmung { $mood }  Impuls { $urge }  Kontakt: { $contact }

## Eine Art von Kontakt in einem Eintrag, in wenigen Worten.
log-contact-none = keiner
log-contact-allowed = erlaubt
log-contact-initiated = du hast dich gemeldet
log-contact-replied = du hast geantwortet
log-contact-they-contacted = die Person hat sich gemeldet
log-contact-social-media = Profil angesehen
log-contact-logistics = Organisatorisches
log-contact-accidental = zufällige Begegnung
log-contact-planned = im Plan vorgesehen
