# Deutsch: Sicherung und Wiederherstellung eines Pools. Gegenstück: ../en/backup.ftl.

## Die Sicherungsseite: sichern
backup-title = Sicherung und Wiederherstellung
backup-back-up = Sichern
backup-lead = Ein JSON-Dokument: die Einstellungen des Pools, benutzerdefinierte Attribute, Ressourcenserver, App-Clients (ohne Geheimnisse), Gruppen und jeder Benutzer mit Attributen, Aktiviert-Status und Gruppen. Die Sicherung läuft als Auftrag; laden Sie die Datei von seiner Seite herunter. Passwörter und MFA-Geheimnisse kann Cognito nicht herausgeben, daher enthält keine Sicherung sie.
backup-this-pool = Diesen Pool sichern
backup-add-title = Sicherung aus einer Datei hinzufügen
backup-add-field = Sicherung (das JSON-Dokument, das eine Pooldesk-Sicherung schreibt; bis 2 MB)
backup-add-and-plan = Hinzufügen und planen

## Die Sicherungsseite: wiederherstellen
backup-restore-title = In diesen Pool wiederherstellen
backup-restore-lead = Eine Sicherung dieses Pools oder eines anderen (eine Kopie). Der Plan zeigt, was abweicht; die Wiederherstellung legt an, was fehlt, und gleicht Attribute, Aktiviert-Status und Mitgliedschaften an. Angelegte Benutzer erhalten ein vorläufiges Passwort: mit Einladung verschickt es Cognito, sonst setzen Sie ihr Passwort zurück, wenn sie sich anmelden müssen.
backup-none = Noch keine Sicherung: sichern Sie zuerst einen Pool.
backup-backup = Sicherung
backup-remove = Entfernen, was nicht in der Sicherung ist
backup-remove-hint = Benutzer, Mitgliedschaften, Gruppen, App-Clients und Ressourcenserver, die dieser Pool hat und die Sicherung nicht.
backup-plan = Wiederherstellung planen
backup-reading-pool = Pool wird gelesen…
backup-plan-nothing = Nichts zu ändern: der Pool entspricht der Sicherung.
# $parts: die Zahlen unten, durch Kommas getrennt.
backup-plan-summary = { $changes ->
    [one] 1 Änderung
   *[other] { $changes } Änderungen
} geplant ({ $parts }). Noch wurde nichts angewendet.
backup-count-create = { $count } anzulegen
backup-count-update = { $count } zu ändern
backup-count-delete = { $count } zu löschen
backup-count-keep = { $count } zu behalten
backup-count-skip = { $count } zu überspringen
backup-plan-capped = Die ersten { $count } Schritte, Änderungen zuerst; die Zahlen zählen alle.
backup-invite = Angelegten Benutzern die Einladung von Cognito schicken
backup-restore-and-remove = Wiederherstellen und entfernen
backup-restore = Wiederherstellen

## Was eine Sicherung oder Wiederherstellung ablehnt
backup-choose = Wählen Sie eine Sicherung.
backup-paste = Fügen Sie eine Sicherung ein: das JSON-Dokument, das die Sicherung von Pooldesk schreibt.
backup-not-the-consoles-pool = In den Pool der Konsole selbst wird nicht wiederhergestellt oder importiert: seine Gruppen bestimmen, wer die Rollen der Konsole hat. Fügen Sie Operatoren einzeln hinzu oder wählen Sie einen anderen Pool.
backup-choose-finished = Wählen Sie eine abgeschlossene Sicherung.
backup-nothing-to-restore = Nichts wiederherzustellen: der Pool entspricht bereits der Sicherung.
backup-no-valid-pool-id = Die Sicherung nennt keine gültige Pool-ID.
