# Deutsch: Aufträge. Gegenstück: ../en/jobs.ftl.

## Aufträge
jobs-lead = Sammeländerungen und Exporte laufen auf dem Server: sie gehen weiter, wenn Sie den Tab schließen, und setzen nach einem Neustart der Konsole fort.
jobs-none = Noch keine Aufträge. Starten Sie einen auf der Benutzerseite eines Pools.
jobs-all = Alle Aufträge
jobs-pool-users = Benutzer des Pools
column-job = Auftrag
column-pool = Pool
column-state = Stand
column-progress = Fortschritt
column-started-by = Gestartet von
column-started = Gestartet
column-step = Schritt
column-outcome = Ergebnis
job-queued = Wartend
job-running = Läuft
job-finished = Fertig
job-stopped = Angehalten
job-cancelled = Abgebrochen
job-progress = { $processed } von { $total }
job-estimate = Etwa { $secs } s bei den Anfragekontingenten von Cognito.
job-ended = { " · " }beendet { $at }
job-where-who = Pool { $pool } · gestartet von { $operator } { $at }{ $ended }
job-counts = { $done } erledigt, { $already } schon so, { $failed } fehlgeschlagen.
job-not-attempted = { $count } nicht versucht.
job-plan-restore = Wiederherstellung aus dieser Sicherung planen
job-reload = Neu laden
job-cancel = Auftrag abbrechen
job-report = Bericht
job-report-capped = Die ersten { $count } Einträge, Fehler zuerst; die Zahlen oben zählen alle.
job-item-done = erledigt
job-item-already = schon so
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
job-label-export = { $matching ->
        [true] Treffer einer Suche
       *[false] Alle Benutzer
    } exportieren ({ $format }{ $mfa ->
        [true] , mit MFA
       *[false] {""}
    })
job-label-restore = Eine Sicherung wiederherstellen{ $remove ->
        [true] , und entfernen, was nicht darin ist
       *[false] {""}
    }
job-label-import = { $rows ->
        [one] Einen Benutzer
       *[other] { $rows } Benutzer
    } aus CSV importieren
job-label-index = Den Suchindex aufbauen
job-label-index-because = Den Suchindex aufbauen ({ $why })
