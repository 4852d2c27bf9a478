# Deutsch: das Protokoll. Gegenstück: ../en/audit.ftl.

## Die Protokollseite
audit-title = Protokoll
audit-lead = Jede Änderung, jedes angezeigte Geheimnis und jede Anmeldung an der Konsole, neueste zuerst. Zeiten in UTC.
audit-operator = Operator
audit-operator-hint = E-Mail-Adresse, Benutzername oder sub
audit-action = Aktion
audit-target = Ziel
audit-target-hint = z. B. user=jane
audit-from = Von
audit-to = Bis
audit-time-hint = YYYY-MM-DD oder YYYY-MM-DDTHH:MM, UTC
audit-any = Alle
audit-filter = Filtern
audit-clear = Zurücksetzen
audit-newest = Neueste
audit-older = Ältere →
audit-export = CSV exportieren
audit-none = Keine passenden Einträge.
audit-column-time = Zeit (UTC)
audit-column-source-ip = Quell-IP
audit-request-id = Anfrage-ID

## Was der Filter ablehnt
audit-filter-too-long = Verwenden Sie höchstens { $max } einfache Zeichen.
audit-end-before-start = Das Ende muss nach dem Anfang liegen.
audit-bad-time = Verwenden Sie YYYY-MM-DD oder YYYY-MM-DDTHH:MM (UTC).
