# `plan device`: this device, and every device that writes to the plan.

devices-this = This device: { $name } [{ $id }]
devices-encrypted = The plan is encrypted.
devices-heading = Devices that write to this plan:
# A line of the list: $name is the device's name, padded; $id its id.
devices-line = { $name } [{ $id }] { $events ->
    [one] { $events } event
   *[other] { $events } events
}
# The same, with the day (ISO, 2026-11-20) of its latest event.
devices-line-last = { $name } [{ $id }] { $events ->
    [one] { $events } event
   *[other] { $events } events
}, last on { $date }
# After the line of the device this runs on.
devices-this-one = (this device)
devices-name-hint = `plan device name NAME` names this device.
