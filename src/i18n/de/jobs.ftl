# Deutsch: Aufträge. Gegenstück: ../en/jobs.ftl.

## Aufträge
jobs-lead = Sammeländerungen und Exporte laufen auf dem Server weiter, auch wenn Sie den Tab schließen, und werden nach einem Neustart der Konsole fortgesetzt.
jobs-none = Noch keine Aufträge. Starten Sie einen auf der Benutzerseite eines Pools.
jobs-all = Alle Aufträge
jobs-pool-users = Benutzer des Pools
column-job = Auftrag
column-pool = Pool
column-state = Status
column-progress = Fortschritt
column-started-by = Gestartet von
column-started = Gestartet
column-step = Schritt
column-outcome = Ergebnis
job-queued = In der Warteschlange
job-running = Läuft
job-finished = Abgeschlossen
job-stopped = Angehalten
job-cancelled = Abgebrochen
job-progress = { $processed } von { $total }
job-estimate = Etwa { $secs } s bei den Anfragekontingenten von Cognito.
job-ended = { " · " }beendet am { $at }
job-where-who = Pool { $pool } · gestartet von { $operator } am { $at }{ $ended }
job-counts = { $done } erledigt, { $already } bereits aktuell, { $failed } fehlgeschlagen.
job-not-attempted = { $count } nicht versucht.
job-plan-restore = Wiederherstellung aus dieser Sicherung planen
job-reload = Neu laden
job-cancel = Auftrag abbrechen
job-report = Bericht
job-report-capped = Die ersten { $count } Einträge, Fehler zuerst; die Zahlen oben umfassen alle Einträge.
job-item-done = erledigt
job-item-already = bereits aktuell
job-item-failed = fehlgeschlagen: { $why }
job-item-not-attempted = nicht versucht

## Der Name eines Auftrags (`model::job::JobSpec::label`)
job-label-add = Zur Gruppe { $group } hinzufügen
job-label-remove = Aus der Gruppe { $group } entfernen
job-label-enable = Aktivieren
job-label-disable = Deaktivieren
job-label-change-group = Gruppe ändern
job-label-selected = { $what }: { $count ->
        [one] ein ausgewählter Benutzer
       *[other] { $count } ausgewählte Benutzer
    }
job-label-matching = { $what }: alle Treffer einer Suche
job-label-backup = Den Pool sichern
job-label-backup-file = Aus einer Datei hinzugefügte Sicherung
job-label-export = { $matching ->
        [true] Treffer einer Suche
       *[false] Alle Benutzer
    } exportieren ({ $format }{ $mfa ->
        [true] , mit MFA
       *[false] {""}
    })
job-label-restore = Eine Sicherung wiederherstellen{ $remove ->
        [true] { " " }und entfernen, was nicht darin ist
       *[false] {""}
    }
job-label-import = { $rows ->
        [one] Einen Benutzer
       *[other] { $rows } Benutzer
    } aus CSV importieren
job-label-index = Den Suchindex aufbauen
job-label-index-because = Den Suchindex aufbauen ({ $why })

## Warum ein Auftrag anhielt, in der Sprache dessen, der ihn gestartet hat (`server::jobs`)
job-stop-role = Wer diesen Auftrag gestartet hat, hat die nötige Rolle nicht mehr: der Auftrag hielt an, und nichts weiter wurde geändert.
job-stop-start = Der Auftrag konnte nicht beginnen: { $error }
job-stop-pool-gone = Den Benutzerpool { $pool } gibt es nicht mehr: der Auftrag hielt an. Die nicht versuchten Benutzer sind als solche aufgeführt.
job-stop-cognito-gone = Cognito war nicht erreichbar ({ $error }): der Auftrag hielt an. Die nicht versuchten Benutzer sind als solche aufgeführt; starten Sie den Auftrag erneut, wenn Cognito wieder da ist.
job-stop-search = Die Suche ließ sich nicht auflisten: { $error }
job-stop-members = Die Mitglieder der Gruppe ließen sich nicht lesen: { $error }
job-stop-not-export = Kein Export.
job-stop-config = Die Konfiguration des Pools ließ sich nicht lesen: { $error }
job-stop-export = Der Export hielt an: { $error }
job-stop-export-stopped = Der Export wurde angehalten.
job-stop-no-index = Der Pool hat keinen Suchindex mehr: bauen Sie ihn auf und suchen Sie erneut.
job-stop-index = Der Aufbau des Index hielt an: { $error }. Der Index behält, was er hatte.
job-stop-file-gone = Die Datei ist nicht mehr in der Datenbank der Konsole.
job-stop-pool-unreadable = Der Pool ließ sich nicht lesen: { $error }
