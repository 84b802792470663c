words-contact-none = kein Kontakt
words-contact-allowed = erlaubter Kontakt
words-contact-initiated = ein Ausrutscher
words-contact-replied = eine Antwort von dir (ein Ausrutscher)
words-contact-they-contacted = die Person hat sich gemeldet, du hast es ruhen lassen
words-contact-social-media = ein Blick auf das Profil
words-contact-logistics = nur Organisatorisches
words-contact-accidental = eine zufällige Begegnung
words-contact-planned = Kontakt, den dein Plan vorsah

words-outcome-reunited = wieder zusammen
words-outcome-moved-on = abgeschlossen und weitergegangen
words-outcome-paused = pausiert

words-red-flag-abuse = nennt Gewalt oder Kontrolle
words-red-flag-afraid = sagt, dass du Angst vor der Person hast
words-red-flag-they-asked = sagt, dass die Person keinen Kontakt will, dich blockiert hat oder die Beziehung beendet hat
words-red-flag-own-behaviour = benennt dein eigenes Verhalten als gewaltvoll oder kontrollierend

words-phase-no-contact = Kontaktsperre
words-phase-self-focus = Fokus auf dich
words-phase-assess = Einschätzen
words-phase-reconnect = Wiederannäherung
words-phase-talk = Gespräch
words-phase-rebuild = Neuaufbau
