doctor-problem = PROBLEM
doctor-fix = Lösung:
doctor-ok = ok
doctor-note = Hinweis
doctor-language = Deine Sprache ({ $tag }) ist noch nicht übersetzt, daher spricht plan Englisch. In README.md steht, wie man eine hinzufügt.
doctor-no-folder = noch kein Plan-Ordner unter { $dir }; `plan start` legt ihn an
doctor-folder-private = { $dir } ist privat ({ $mode })
doctor-folder-open = { $dir } hat den Modus { $mode }: andere Benutzer kommen an ihn heran
doctor-folder-open-fix = { $command }   (plan ändert nie den Modus eines Ordners, den es nicht selbst angelegt hat)
doctor-not-a-folder = { $path } ist { $what }, kein echter Ordner
doctor-not-a-folder-fix = plan folgt nie einem Link in seinem Ordner; verschieb ihn woandershin (nichts vom Plan geht verloren), dann legt die nächste Änderung einen neuen an
doctor-state-newer-fix = aktualisiere plan, um ihn zu öffnen; hier muss nichts repariert werden
doctor-state-restore-fix = `plan doctor --restore` legt die beschädigte Datei beiseite und setzt die Sicherung wieder ein
doctor-state-no-backup-fix = es gibt keine lesbare Sicherung; mach eine Kopie des Ordners, bevor du irgendetwas versuchst
doctor-no-backup = noch keine Sicherung (ab der zweiten Änderung wird eine aufbewahrt)
doctor-backup-fix = die nächste Änderung ersetzt sie durch eine intakte Kopie
doctor-months-readable = { $count ->
    [one] { $count } Monatsdatei lesbar
   *[other] { $count } Monatsdateien lesbar
}
doctor-months-problems = Monatsdateien: { $problems }
doctor-months-fix = diese Einträge lassen sich nicht lesen; mach eine Kopie des Ordners und stell die Dateien aus einer Sicherung wieder her
doctor-file-mode = { $path } hat den Modus { $mode }
doctor-layout2 = der Plan ist im älteren Aufbau (state.json); seine nächste Änderung überführt ihn in ein Protokoll pro Gerät
doctor-migrated = die Dateien des älteren Aufbaus bleiben bis zur nächsten Änderung in { $path }
doctor-log-backup = Sicherung: { $problem }
doctor-log-backup-fix = die nächste Änderung an seinem Protokoll legt an ihrer Stelle eine intakte Kopie ab; bis dahin kann `plan doctor --restore` sie nicht verwenden
doctor-no-leftovers = keine übrig gebliebenen Dateien
doctor-leftovers = übrig gebliebene Dateien: { $names }
doctor-leftovers-fix = die nächste Änderung entfernt sie
doctor-file-migrated = { $name } lesbar (Schema { $old }, bei der nächsten Änderung auf { $schema } umgestellt, { $checkins ->
    [one] { $checkins } Eintrag
   *[other] { $checkins } Einträge
})
doctor-file-readable = { $name } lesbar (Schema { $schema }, { $checkins ->
    [one] { $checkins } Eintrag
   *[other] { $checkins } Einträge
})
doctor-file-missing = { $path } fehlt
doctor-unsealed = der Plan ist verschlüsselt, aber { $count ->
    [one] { $count } Datei ist
   *[other] { $count } Dateien sind
} unverschlüsselt: { $paths }
doctor-unsealed-fix = `plan encrypt` auf einem Gerät mit dem Schlüssel verschlüsselt sie oder verschiebt einen Leitfaden nach draußen
doctor-half-encrypted = `plan encrypt` hat mittendrin aufgehört: { $sealed ->
    [one] { $sealed } Datei ist
   *[other] { $sealed } Dateien sind
} verschlüsselt, der Rest noch nicht
doctor-half-encrypted-fix = führ `plan encrypt` noch einmal aus, um es abzuschließen; nichts ging verloren, und dieses Gerät öffnet jede Datei
doctor-half-encrypted-fix-elsewhere = führ `plan encrypt` noch einmal auf dem Gerät aus, das den Schlüssel hat, um es abzuschließen
doctor-format-plain = Format lesbar; der Plan ist nicht verschlüsselt
doctor-format-key = der Plan ist verschlüsselt, und dieses Gerät hat seinen Schlüssel
doctor-format-another-key = der Plan ist mit einem anderen Schlüssel verschlüsselt als dem, den dieses Gerät hat
doctor-format-another-key-fix = `plan key export > plan-key.txt` auf einem Gerät, das ihn öffnet, dann `plan key import plan-key.txt` hier: er ersetzt den Schlüssel dieses Geräts
doctor-format-raced = der Plan wurde auf zwei Geräten gleichzeitig verschlüsselt und hat den Schlüssel des anderen Geräts behalten
doctor-format-raced-fix = `plan key export > plan-key.txt` auf einem Gerät, das ihn öffnet, dann `plan key import plan-key.txt` hier: dieses Gerät behält beide Schlüssel und verschlüsselt mit dem des Plans neu, was es mit seinem eigenen verschlüsselt hat
doctor-format-no-key = der Plan ist verschlüsselt, und dieses Gerät hat keinen Schlüssel dafür
doctor-format-no-key-fix = `plan key export > plan-key.txt` auf einem Gerät, das ihn öffnet, dann `plan key import plan-key.txt` hier
doctor-format-copies = die Format-Datei hat Konfliktkopien ({ $names }): `plan encrypt` lief auf mehr als einem Gerät gleichzeitig
doctor-format-copies-fix = `plan encrypt` hier verschlüsselt jede Datei mit dem Schlüssel des Plans und entfernt sie
doctor-format-copies-fix-elsewhere = auf jedem Gerät, auf dem es lief, den Schlüssel dieses Plans mit `plan key import` einlesen (`plan key export > plan-key.txt` hier): es verschlüsselt, was es geschrieben hat, mit dem Schlüssel des Plans; oder bring den Schlüssel jenes Geräts hierher und lies ihn mit `plan key import` ein
doctor-device-own = dieses Gerät ({ $name }) [{ $id }]: { $events ->
    [one] { $events } Ereignis
   *[other] { $events } Ereignisse
}
doctor-device = Gerät { $name } [{ $id }]: { $events ->
    [one] { $events } Ereignis
   *[other] { $events } Ereignisse
}
doctor-device-waiting = { $device }, einige im Kopf gespeichert, aber noch nicht hier: es wartet darauf, dass eine Synchronisierung sie bringt
doctor-device-copies-own = { $device }, { $copies ->
    [one] { $copies } Konfliktkopie
   *[other] { $copies } Konfliktkopien
} von einem Sync-Programm, zusammengeführt (bei der nächsten Änderung dieses Geräts aufgeräumt)
doctor-device-copies = { $device }, { $copies ->
    [one] { $copies } Konfliktkopie
   *[other] { $copies } Konfliktkopien
} von einem Sync-Programm, zusammengeführt (bei der nächsten Änderung jenes Geräts aufgeräumt)
doctor-device-problems = { $device }; { $problems }
doctor-device-another-key-fix = `plan encrypt` lief auf zwei Geräten gleichzeitig: bring den Schlüssel des anderen Geräts hierher (`plan key export > plan-key.txt` dort), dann `plan key import plan-key.txt`
doctor-device-restore-fix = `plan doctor --restore` stellt jedes beschädigte Protokoll aus seiner Sicherung wieder her
doctor-device-elsewhere-fix = führ `plan doctor` auf jenem Gerät aus; seine Dateien werden nur dort geschrieben
doctor-device-called = Gerät { $name }
doctor-device-called-id = Gerät { $id }
doctor-went-back-own = die Dateien dieses Geräts sind auf einen älteren Stand zurückgegangen (aus einer Sicherung wiederhergestellt, oder die Git-Historie umgeschrieben?): es hatte { $seen } Ereignisse aufgezeichnet, und der Plan-Ordner enthält { $here }; sein nächstes Ereignis bekommt die Nummer { $next }, damit keine Nummer doppelt vergeben wird
doctor-went-back-own-fix = wenn irgendwo eine neuere Kopie von devices/{ $device } liegt (eine Sicherung, die Git-Historie), leg ihre Dateien neben diese, jede mit dem Namen NAME.sync-conflict-restored (head.sync-conflict-restored, 2026-11.sync-conflict-restored.jsonl): plan übernimmt die Ereignisse darin
doctor-went-back = die Dateien von { $device } sind auf einen älteren Stand zurückgegangen (aus einer Sicherung wiederhergestellt, oder die Git-Historie umgeschrieben?): { $seen } seiner Ereignisse waren bekannt, und der Plan-Ordner enthält { $here }
doctor-went-back-fix = führ `plan doctor` auf jenem Gerät aus: es sagt, wie der Rest zurückkommt, falls eine neuere Kopie aufbewahrt ist
doctor-git-conflict-own = { $files } dieses Geräts in devices/{ $id } enthalten beide Seiten eines Git-Konflikts: plan liest beide, also geht nichts verloren
doctor-git-conflict-own-fix = schließ Gits Rebase ab: `git add -A && git rebase --continue`; die nächste Änderung dieses Geräts schreibt sie sauber. Zwei Rechner haben als ein Gerät geschrieben: Verschieb auf dem, dessen Konfigurationsordner kopiert wurde, device.json (in plans Konfigurationsordner) beiseite, dann bekommt er beim nächsten Start eine eigene ID
doctor-git-conflict = { $files } von { $device } in devices/{ $id } enthalten beide Seiten eines Git-Konflikts: plan liest beide, also geht nichts verloren
doctor-git-conflict-fix = schließ Gits Rebase ab: `git add -A && git rebase --continue`; die nächste Änderung von { $device } schreibt sie sauber. Zwei Rechner haben als ein Gerät geschrieben: Verschieb auf dem, dessen Konfigurationsordner kopiert wurde, device.json (in plans Konfigurationsordner) beiseite, dann bekommt er beim nächsten Start eine eigene ID
doctor-plain-own = { $files ->
    [one] { $files } Datei
   *[other] { $files } Dateien
} dieses Geräts [{ $id }] unverschlüsselt, obwohl der Plan verschlüsselt ist
doctor-plain-own-fix = `plan encrypt` verschlüsselt sie jetzt, und ebenso die nächste Änderung dieses Geräts
doctor-plain = { $files ->
    [one] { $files } Datei
   *[other] { $files } Dateien
} von { $device } unverschlüsselt, obwohl der Plan verschlüsselt ist (dort geschrieben, bevor es davon wusste?)
doctor-plain-fix = `plan encrypt` hier verschlüsselt sie jetzt; `plan key import` auf jenem Gerät ebenso
doctor-clock-ahead = Gerät { $name } [{ $id }] hat mit einer Uhr geschrieben, die { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} vor dieser geht
doctor-clock-ahead-fix = stell dort Datum und Uhrzeit richtig: bis dahin gewinnen seine Änderungen gegen spätere
doctor-waiting = warte, bis ein anderer plan fertig ist…
doctor-warning = Warnung: { $text }
doctor-note-line = Hinweis: { $text }
doctor-no-locks = das Dateisystem von { $dir } unterstützt keine Sperren; zwei gleichzeitig laufende plan könnten sich in die Quere kommen
doctor-migrated-notice = der Plan führt jetzt ein Protokoll pro Gerät (siehe `plan device`); seine alten Dateien liegen bis zur nächsten Änderung in { $kept }
doctor-went-back-notice-own = die Dateien dieses Geräts sind auf einen älteren Stand zurückgegangen: { $missing } seiner { $seen } Ereignisse fehlen hier; `plan doctor` sagt mehr
doctor-went-back-notice = die Dateien von { $device } sind auf einen älteren Stand zurückgegangen: { $missing } seiner { $seen } Ereignisse fehlen hier; `plan doctor` sagt mehr
doctor-open-folder = andere Benutzer kommen an { $dir } heran (Modus { $mode }); `plan doctor` sagt, wie du ihn privat machst
doctor-key-exported = dieser Schlüssel öffnet jede Notiz des Plans: halte ihn aus dem synchronisierten Ordner heraus, und lösch die Kopie nach dem Import
doctor-same-id = { $shown } und { $first } haben beide die ID `{ $id }`; { $first } wird verwendet, also gib { $shown } eine eigene ID
doctor-playbook-problems = { $shown } wird übersprungen, weil es Probleme hat; `plan playbook check { $shown }` listet sie auf
doctor-playbook-skipped-problem = { $shown } wird übersprungen: { $problem }
doctor-playbook-skipped = { $shown } wird übersprungen: { $causes }
doctor-control-characters = { $path }: { $field } enthält Steuerzeichen; plan zeigt sie als Text (etwa ^[) und befolgt sie nie
doctor-hook-not-runnable = { $path } ist keine ausführbare Datei und wurde deshalb nicht ausgeführt (`chmod u+x` macht sie ausführbar)
doctor-hook-unsafe = { $path } wurde nicht ausgeführt: { $why }
doctor-hook-failed-reminder = { $path }: { $trouble }; die Erinnerung wurde trotzdem angezeigt
doctor-hook-failed-saved = { $path }: { $trouble }; { $what } wurde trotzdem gespeichert
doctor-digests-unwritten = die Übersichten für deine Vertrauenspersonen konnten nicht geschrieben werden ({ $err }); die Änderung selbst wurde gespeichert
doctor-hook-start = er ließ sich nicht starten ({ $err })
doctor-hook-failed = er ist fehlgeschlagen ({ $status })
doctor-hook-stopped = er lief nach { $limit } noch und wurde mit allem, was er gestartet hatte, beendet
doctor-hook-left-running = er war fertig, aber was er gestartet hatte, lief nach { $limit } noch und wurde beendet
doctor-hook-wait = auf ihn konnte nicht gewartet werden ({ $err })
doctor-seconds = { $seconds } Sekunden
