devices-this = Este dispositivo: { $name } [{ $id }]
devices-encrypted = El plan está cifrado.
devices-heading = Dispositivos que escriben en este plan:
devices-line = { $name } [{ $id }] { $events ->
    [one] { $events } evento
   *[other] { $events } eventos
}
devices-line-last = { $name } [{ $id }] { $events ->
    [one] { $events } evento
   *[other] { $events } eventos
}, el último: { $date }
devices-this-one = (este dispositivo)
devices-name-hint = `plan device name NAME` le pone nombre a este dispositivo.
