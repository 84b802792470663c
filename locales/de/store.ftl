# Der Plan-Ordner und seine Dateien: was mit ihnen nicht stimmt, und was hilft.
# Das Problem einer Datei folgt auf ihren Pfad: "/p/state.json ist leer".

store-no-plan = in { $dir } gibt es noch keinen Plan
store-no-plan-hint = starte `plan start`, um einen zu beginnen (`plan playbooks` listet die Leitfäden auf)
store-state-missing = { $path } fehlt, aber im Plan-Ordner liegen eine Sicherungskopie oder Einträge
store-state-missing-hint = `plan doctor` sagt, was da ist; `plan doctor --restore` stellt die Sicherungskopie wieder her
store-file-problem = { $path } { $problem }
store-not-a-folder = { $path } ist { $what }, kein Ordner
store-not-a-folder-inside-hint = plan legt seine Dateien in echten Ordnern ab und folgt in seinen eigenen nie einem Link; `plan doctor` sieht sich das an
store-not-a-folder-home-hint = --home (oder PLAN_HOME) nennt den Ordner, der den Plan enthält
store-lock-timeout = ein anderer Lauf von plan hält { $path } seit { $seconds } Sekunden; das Warten wurde aufgegeben
store-lock-timeout-hint = es wurde nichts geändert. Wenn kein anderes plan läuft, such nach einem, das offen geblieben ist (ein Pager, ein angehaltener Job: `jobs`); --lock-timeout SECONDS wartet länger
store-already-a-plan = in { $dir } gibt es schon einen Plan
store-already-a-plan-hint = `plan status` zeigt ihn; `plan start --force` archiviert ihn (es wird nichts gelöscht) und fängt neu an
store-too-large = { $what } ist zu groß zum Speichern: { $mib } MiB, und eine Änderung darf höchstens { $limit } MiB groß sein
store-too-large-hint = es wurde nichts geändert; eine kürzere Notiz oder ein kleinerer Leitfaden passt
store-encrypt-unfinished = der Plan wurde als verschlüsselt gespeichert, aber das Verschlüsseln seiner Dateien brach mittendrin ab; es ist nichts verloren
store-encrypt-unfinished-hint = dieses Gerät öffnet jede Datei; die nächste Änderung oder noch einmal `plan encrypt` verschlüsselt den Rest
store-nothing-to-restore = in { $dir } ist nichts beschädigt; es gibt nichts wiederherzustellen
store-nothing-to-restore-hint = `plan doctor --restore` ist für eine Datei, die sich nicht lesen lässt
store-newer-layout = { $path } sagt, dass dieser Plan-Ordner von einer neueren Version von plan angelegt wurde (Layout { $layout }; diese Version kennt Layouts bis { $known })
store-newer-hint = es wurde nichts geändert; aktualisiere plan, um ihn zu öffnen
store-state-backup-hint = es wurde nichts geändert; die letzte gute Kopie ist { $backup }, und `plan doctor --restore` stellt sie wieder her
store-state-no-backup-hint = es wurde nichts geändert, und es gibt keine lesbare Sicherungskopie; `plan doctor` sieht sich an, was übrig ist
store-look-hint = es wurde nichts geändert; `plan doctor` sieht sich den Plan-Ordner an

## Verschlüsselung und Schlüssel.

store-no-key = dieser Plan ist verschlüsselt, und dieses Gerät hat keinen Schlüssel dafür
store-no-key-another = dieser Plan ist mit einem anderen Schlüssel verschlüsselt als dem, den dieses Gerät hat
store-no-key-raced = dieser Plan wurde auf zwei Geräten gleichzeitig verschlüsselt, jedes mit einem eigenen Schlüssel, und er hat den des anderen Geräts behalten
store-another-key = { $path } ist mit einem anderen Schlüssel als dem dieses Plans verschlüsselt: `plan encrypt` lief zur selben Zeit auf einem anderen Gerät
store-bring-the-key = Führe auf einem Gerät, das den Plan öffnet, `plan key export > plan-key.txt` aus, bring die Datei auf privatem Weg hierher, dann `plan key import plan-key.txt`
store-no-key-hint = es wurde nichts gelesen oder geschrieben. { $bring }
store-no-key-another-hint = es wurde nichts gelesen oder geschrieben. { $bring }: er ersetzt den Schlüssel, den dieses Gerät hat
store-no-key-raced-hint = es ist nichts verloren. { $bring }: dieses Gerät behält beide Schlüssel und verschlüsselt, was es mit seinem eigenen verschlüsselt hat, neu mit dem des Plans
store-another-key-hint = es ist nichts verloren. Führe auf dem Gerät, auf dem es lief, `plan key export > plan-key.txt` aus, bring die Datei auf privatem Weg hierher, dann `plan key import plan-key.txt`: plan behält den Schlüssel dieses Plans und verschlüsselt jede Datei damit
store-already-encrypted = dieser Plan ist schon verschlüsselt
store-already-encrypted-hint = `plan key export` gibt seinen Schlüssel aus, für ein anderes Gerät
store-wrong-key = der Schlüssel in { $path } öffnet diesen Plan nicht
store-wrong-key-hint = er öffnet einen anderen Plan; `plan key export > plan-key.txt` auf einem Gerät, das diesen öffnet, liefert seinen Schlüssel
store-no-key-here = dieses Gerät hat keinen Schlüssel ({ $path } fehlt)
store-no-key-here-hint = der Schlüssel eines verschlüsselten Plans liegt auf dem Gerät, auf dem `plan encrypt` lief, und auf denen, wo er importiert wurde
store-mark-encrypted = der Plan konnte in seiner Formatdatei nicht als verschlüsselt markiert werden
store-config-hint = das ist die eigene Datei dieses Geräts; leg sie beiseite, und plan legt eine neue an (mit einer neuen Geräte-ID)

## Sicherungskopien, Layouts und was nach einer Änderung kam.

store-not-yet-moved = dieser Plan hat noch das ältere Layout (state.json), das keine Geräte und keinen Schlüssel kennt
store-not-yet-moved-hint = seine nächste Änderung (etwa ein Eintrag) stellt ihn auf ein Protokoll pro Gerät um; führ das hier danach noch einmal aus
store-no-backup = es gibt keine Sicherungskopie zum Wiederherstellen ({ $path } fehlt)
store-no-backup-hint = `plan doctor` zeigt, was da ist
store-backup-unusable = die Sicherungskopie { $path } { $problem }
store-after-commit = { $what } wurde gespeichert, aber { $step } ist fehlgeschlagen
store-after-commit-hint = es ist gespeichert und muss nicht wiederholt werden; wenn die Festplatte versagt, kopier den Plan-Ordner an einen sicheren Ort
store-step-keeping-backup = das Anlegen der Sicherungskopie
store-step-flushing = das Schreiben des Plan-Ordners auf die Festplatte
store-step-keeping-aside = das Beiseitelegen der alten Dateien des Plans
store-keep-aside-finishing = die alten Dateien des Plans konnten nicht fertig beiseitegelegt werden
store-keep-aside = die alten Dateien des Plans konnten nicht beiseitegelegt werden
store-from-backup = { $log } konnte nicht aus seiner Sicherungskopie wiederhergestellt werden
store-unit-in-the-way = { $path } gibt es schon, und plan hat sie nicht geschrieben
store-unit-in-the-way-hint = es wurde nichts geschrieben; plan ersetzt nie eine Datei von dir. Leg sie beiseite, oder behalte sie und starte `plan remind` von dort

## Leitfaden-Dateien.

store-playbook-too-large = Leitfaden { $path } konnte nicht gelesen werden: er ist { $bytes } Bytes groß, und ein Leitfaden hat höchstens { $kib } KiB
store-playbook-missing = unter { $path } gibt es keine Leitfaden-Datei
store-playbook-unreadable = Leitfaden { $path } konnte nicht gelesen werden: die Datei { $problem }
store-playbook-not-text = Leitfaden { $path } konnte nicht gelesen werden: er ist kein UTF-8-Text
store-playbook-hint = gib den Pfad einer .toml-Datei an, oder die ID eines Leitfadens aus `plan playbooks`

## Ordner, die das System plan gibt.

store-no-data-folder = kein Home-Ordner für den Plan gefunden; setze PLAN_HOME oder gib --home DIR an
store-no-config-folder = kein Konfigurationsordner für die ID und den Schlüssel dieses Geräts gefunden; setze XDG_CONFIG_HOME oder HOME
store-no-cache-folder = kein Cache-Ordner gefunden; setze XDG_CACHE_HOME oder HOME

## Was gerade geschah, als das System versagte; die Worte des Systems folgen.

store-could-not-list = { $path } konnte nicht aufgelistet werden
store-could-not-look-at = { $path } konnte nicht geprüft werden
store-could-not-create = { $path } konnte nicht angelegt werden
store-could-not-open = { $path } konnte nicht geöffnet werden
store-could-not-lock = { $path } konnte nicht gesperrt werden
store-could-not-write = { $path } konnte nicht geschrieben werden
store-could-not-keep-backup = von { $path } konnte keine Sicherungskopie angelegt werden
store-could-not-encrypt = { $path } konnte nicht verschlüsselt werden
store-could-not-save = { $path } konnte nicht gespeichert werden
store-could-not-save-key = der Schlüssel konnte nicht in { $path } gespeichert werden
store-could-not-remove = { $path } konnte nicht entfernt werden

## Was mit einer Datei nicht stimmt: folgt jeweils auf ihren Pfad.

store-problem-empty = ist leer
store-problem-truncated = ist abgeschnitten: { $place }
store-problem-not-a-state-file = ist keine Zustandsdatei von plan
store-problem-newer-state = wurde von einer neueren Version von plan geschrieben (Zustandsschema { $schema }; diese Version liest bis { $known })
store-problem-damaged = ist beschädigt: { $place }
store-problem-no-schema = das Feld `schema` fehlt
store-problem-newer-month = wurde von einer neueren Version von plan geschrieben (Eintragsschema { $schema })
store-problem-not-its-month = enthält nicht den Monat mit Einträgen, den ihr Name angibt
store-problem-missing = fehlt
store-problem-not-a-file = ist { $what }, keine normale Datei
store-problem-too-large = ist { $bytes } Bytes groß, weit mehr, als plan je schreibt
store-problem-unreadable = konnte nicht gelesen werden: { $err }
store-problem-not-a-format-file = ist keine Formatdatei von plan
store-problem-not-a-device-file = ist keine Gerätedatei von plan
store-problem-no-age-key = enthält keinen age-Schlüssel
store-problem-no-age-key-marked = enthält keinen age-Schlüssel (AGE-SECRET-KEY-1…)
store-problem-not-a-reminder-record = ist nicht die Aufzeichnung von plan über die Erinnerung, die es installiert hat

## Was an einem Pfad liegt.

store-kind-file = eine Datei
store-kind-folder = ein Ordner
store-kind-link = ein symbolischer Link
store-kind-fifo = ein FIFO
store-kind-socket = ein Socket
store-kind-device = eine Gerätedatei
store-kind-other = etwas anderes als eine Datei

## Was mit einem Protokoll, einem Head oder einem Zustand nicht stimmt: folgt jeweils auf den Pfad.

store-log-other-device = gehört zu Gerät { $device }, nicht zu { $id }
store-log-lost-event = enthält Ereignis { $event } nicht, obwohl sein { $head } sagt, es sei darin gespeichert
store-head-foreign-name = nennt eine Datei, die plan nie schreibt, `{ $name }`, darum wurde sie nicht gelesen
store-head-two-devices = enthält die Heads zweier Geräte, { $first } und { $second }
store-head-only-conflict-marks = enthält nichts als die Konfliktmarkierungen von git
store-head-missing = fehlt, obwohl die Protokolle dieses Geräts da sind
store-log-unknown-event = hat in Zeile { $line } ein Ereignis, das diese Version von plan nicht kennt (von einer neueren geschrieben?): { $detail }
store-log-damaged-line = ist in Zeile { $line } beschädigt: { $detail }
store-log-date-out-of-range = hat in Zeile { $line } ein Datum außerhalb der Jahre 0000 bis 9999: { $date }
store-log-undecryptable = lässt sich nicht entschlüsseln: { $detail }
store-log-no-events = enthält keine Ereignisse
store-problem-not-an-object = ist kein JSON-Objekt
store-problem-unknown-schema = hat das Zustandsschema { $schema }, das diese Version von plan nicht kennt
store-problem-schema-zero = das Zustandsschema 0 wurde von plan nie geschrieben
store-problem-in-schema = (Zustandsschema { $schema }) { $detail }
store-problem-not-a-month = `months` nennt `{ $month }` Version { $version }, und das ist keine Monatsdatei
store-not-a-regular-file = keine normale Datei
store-not-a-recipient = `{ $text }` ist kein age-Empfänger: { $err }

## Wie eine Änderung heißt, wenn sie zu groß ist oder ein Schritt danach fehlschlägt.

store-what-new-plan = der neue Plan
store-what-imported-plan = der importierte Plan
store-what-restored-plan = der wiederhergestellte Plan

## Warum ein Hook nicht ausgeführt wurde.

store-hook-link = er ist ein symbolischer Link
store-hook-other-owner = er gehört einem anderen Benutzer als der Plan-Ordner
store-hook-writable = andere können ihn ändern
store-device-unnamed = dieses Gerät
