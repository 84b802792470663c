devices-this = Dieses Gerät: { $name } [{ $id }]
devices-encrypted = Der Plan ist verschlüsselt.
devices-heading = Geräte, die in diesen Plan schreiben:
devices-line = { $name } [{ $id }] { $events ->
    [one] { $events } Ereignis
   *[other] { $events } Ereignisse
}
devices-line-last = { $name } [{ $id }] { $events ->
    [one] { $events } Ereignis
   *[other] { $events } Ereignisse
}, zuletzt am { $date }
devices-this-one = (dieses Gerät)
devices-name-hint = `plan device name NAME` gibt diesem Gerät einen Namen.
