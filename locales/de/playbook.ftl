# Leitfäden: die Art jedes Schritts, und was jemand liest, wenn die eigene
# Leitfaden-Datei einen Fehler hat (nach Datei, Zeile und Spalte).

## Die Art eines Schritts, neben seinem Titel.
playbook-phase-no-contact = Kontaktsperre
playbook-phase-self-focus = Fokus auf dich
playbook-phase-assess = Einschätzen
playbook-phase-reconnect = Wiederannäherung
playbook-phase-talk = Gespräch
playbook-phase-rebuild = Neuaufbau
