# `plan playbooks`, `plan playbook show` und `plan playbook check`.

## `plan playbooks`: die Liste.
playbooks-languages = Sprachen: { $languages }
playbooks-language = { $tag ->
    [en] Englisch
    [es] Spanisch
    [de] Deutsch
   *[other] { $tag }
}
playbooks-from = aus { $path }
playbooks-footer = `plan playbook show ID` zeigt einen; `plan start --playbook ID` beginnt ihn.

playbooks-untranslated = Dieser Leitfaden ist noch nicht ins Deutsche übersetzt; er wird auf Englisch gezeigt.

## `plan playbook show`: ein Leitfaden vollständig.
playbooks-based-on = Nach: { $source }
playbooks-gate = Wartezeit: { $gates }
playbooks-gate-days = { $days ->
    [one] { $days } Tag ohne Kontakt
   *[other] { $days } Tage ohne Kontakt
}
playbooks-gate-after = nach { $steps }
playbooks-open = Von Anfang an offen, neben den Schritten davor
playbooks-tips = Tipps:
playbooks-avoid = Lieber nicht:
playbooks-examples = Beispiele:
playbooks-example = „{ $text }“

## `plan playbook check FILE`.
playbooks-checked = { $steps ->
    [one] { $path }: in Ordnung, Leitfaden `{ $id }` mit { $steps } Schritt
   *[other] { $path }: in Ordnung, Leitfaden `{ $id }` mit { $steps } Schritten
}
