# Deutsch: die Auswertung eines Pools, gezählt aus dem Index der Konsole. Gegenstück: ../en/analytics.ftl.

## Bevor der Index existiert
analytics-no-index = Die Auswertung beruht auf dem Index der Konsole für diesen Pool, und den gibt es noch nicht.
analytics-build-under-way = Ein Aufbau läuft: Verfolgen Sie ihn.
analytics-build-index = Index aufbauen

## Die Auswertungsseite
analytics-counted = Gezählt aus dem Index der Konsole, erstellt vor { $age } ({ $date }). MFA steht nicht im Index (Cognito meldet sie nur Benutzer für Benutzer): Ein Export mit MFA enthält sie.
analytics-users = Benutzer
analytics-stuck = Beim vorläufigen Passwort hängengeblieben
analytics-stuck-label = mit einem vorläufigen Passwort, das seit { $days ->
        [one] einem Tag
       *[other] { $days } Tagen
    } oder länger unverändert ist
analytics-days = Tage
analytics-count = Zählen
analytics-by-status = Nach Status
analytics-enabled = Aktiviert
analytics-email = E-Mail
analytics-phone = Telefonnummer
analytics-groups = Gruppen
analytics-per-day = Registrierungen pro Tag (letzte 30 Tage)
analytics-per-week = Registrierungen pro Woche (letzte 26 Wochen)
analytics-column-users = Benutzer
analytics-column-count = Anzahl
analytics-column-share = Anteil
analytics-chart = { $title }: insgesamt { $sum ->
        [one] eine Registrierung
       *[other] { $sum } Registrierungen
    }; die Tabelle unter dem Diagramm enthält jede Zahl.
analytics-as-table = Dieselben Zahlen als Tabelle

## Die Balken der Auswertung (`server::index::search`)
analytics-bar-verified = bestätigt
analytics-bar-not-verified = nicht bestätigt
analytics-bar-no-email = keine E-Mail-Adresse
analytics-bar-no-phone = keine Telefonnummer
analytics-bar-enabled = aktiviert
analytics-bar-disabled = deaktiviert
analytics-bar-no-group = in keiner Gruppe
analytics-bar-week = Woche ab { $first }
