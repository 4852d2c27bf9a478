# Deutsch: Sicherung und Wiederherstellung eines Pools. Gegenstück: ../en/backup.ftl.

## Die Sicherungsseite: sichern
backup-title = Sicherung und Wiederherstellung
backup-back-up = Sichern
backup-lead = Ein JSON-Dokument: die Einstellungen des Pools, benutzerdefinierte Attribute, Ressourcenserver, App-Clients (ohne Geheimnisse), Gruppen und jeder Benutzer mit Attributen, Aktivierungsstatus und Gruppen. Die Sicherung läuft als Auftrag; laden Sie die Datei von seiner Seite herunter. Passwörter und MFA-Geheimnisse kann Cognito nicht herausgeben, daher enthält keine Sicherung sie.
backup-this-pool = Diesen Pool sichern
backup-add-title = Sicherung aus einer Datei hinzufügen
backup-add-field = Sicherung (das JSON-Dokument, das eine Pooldesk-Sicherung schreibt; bis 2 MB)
backup-add-and-plan = Hinzufügen und planen

## Die Sicherungsseite: wiederherstellen
backup-restore-title = In diesen Pool wiederherstellen
backup-restore-lead = Eine Sicherung dieses Pools oder eines anderen (eine Kopie). Der Plan zeigt, was abweicht; die Wiederherstellung legt an, was fehlt, und gleicht Attribute, Aktivierungsstatus und Mitgliedschaften an. Angelegte Benutzer erhalten ein vorläufiges Passwort: Mit Einladung verschickt es Cognito, sonst setzen Sie ihr Passwort zurück, wenn sie sich anmelden müssen.
backup-none = Noch keine Sicherung: Sichern Sie zuerst einen Pool.
backup-backup = Sicherung
backup-remove = Entfernen, was nicht in der Sicherung ist
backup-remove-hint = Benutzer, Mitgliedschaften, Gruppen, App-Clients und Ressourcenserver, die dieser Pool hat und die Sicherung nicht.
backup-plan = Wiederherstellung planen
backup-reading-pool = Pool wird gelesen…
backup-plan-nothing = Nichts zu ändern: Der Pool entspricht der Sicherung.
# $parts: die Zahlen unten, durch Kommas getrennt.
backup-plan-summary = { $changes ->
    [one] 1 Änderung
   *[other] { $changes } Änderungen
} geplant ({ $parts }). Es wurde noch nichts angewendet.
backup-count-create = { $count } anzulegen
backup-count-update = { $count } zu aktualisieren
backup-count-delete = { $count } zu löschen
backup-count-keep = { $count } zu behalten
backup-count-skip = { $count } zu überspringen
backup-plan-capped = Die ersten { $count } Schritte, Änderungen zuerst; die Zahlen umfassen alle Schritte.
backup-invite = Angelegten Benutzern die Einladung von Cognito schicken
backup-restore-and-remove = Wiederherstellen und entfernen
backup-restore = Wiederherstellen

## Was eine Sicherung oder Wiederherstellung ablehnt
backup-choose = Wählen Sie eine Sicherung.
backup-paste = Fügen Sie eine Sicherung ein: das JSON-Dokument, das die Sicherung von Pooldesk schreibt.
backup-not-the-consoles-pool = In den Pool der Konsole selbst wird nicht wiederhergestellt oder importiert: Seine Gruppen bestimmen, wer die Rollen der Konsole hat. Fügen Sie Operatoren einzeln hinzu oder wählen Sie einen anderen Pool.
backup-choose-finished = Wählen Sie eine abgeschlossene Sicherung.
backup-nothing-to-restore = Nichts wiederherzustellen: Der Pool entspricht bereits der Sicherung.
backup-no-valid-pool-id = Die Sicherung nennt keine gültige Pool-ID.

## Der Plan einer Wiederherstellung: was jeder Schritt tut (`rules::restore`)
restore-as-in-backup = wie in der Sicherung
restore-not-in-backup = nicht in der Sicherung
restore-group-not-in-backup = nicht in der Sicherung (ihre Mitglieder bleiben)
restore-settings-differ = { $settings }; ändern Sie sie auf der Einstellungsseite des Pools
restore-setting-differs = { $setting }: hier { $here }, in der Sicherung { $backup }
restore-setting-sign-in = Anmeldung mit
restore-setting-mfa = MFA
restore-setting-self-sign-up = Selbstregistrierung
restore-setting-deletion-protection = Löschschutz
restore-setting-password-length = Passwortlänge
restore-domain-unique = eine Cognito-Domain ist in ganz AWS eindeutig: legen Sie eine auf der Domain-Seite des Pools an
restore-mutable = änderbar
restore-immutable = unveränderlich
restore-new-secret = mit neuem Geheimnis
restore-no-secret = ohne Geheimnis
restore-no-email = keine E-Mail-Adresse: dieser Pool meldet mit E-Mail an
restore-add = hinzufügen
restore-scopes = { $name } (Scopes: { $scopes })
restore-precedence = Priorität { $precedence }
restore-role = Rolle { $role }
restore-enable = aktivieren
restore-disable = deaktivieren
restore-disabled = deaktiviert
restore-attributes = { $count ->
        [one] ein Attribut
       *[other] { $count } Attribute
    }
restore-was-status = war { $status }; beginnt mit einem vorläufigen Passwort
