# Guías: el tipo de cada paso, y lo que lee una persona cuando su archivo
# de guía tiene un error (después del archivo, la línea y la columna).

## El tipo de un paso, junto a su título.
playbook-phase-no-contact = contacto cero
playbook-phase-self-focus = centrarte en ti
playbook-phase-assess = evaluar
playbook-phase-reconnect = reconectar
playbook-phase-talk = la conversación
playbook-phase-rebuild = reconstruir
