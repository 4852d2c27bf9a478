# Deutsch: der Bedrohungsschutz eines Pools (sein Modus und seine Risikokonfiguration). Gegenstück: ../en/threat_protection.ftl.

## Die Seite und ihre Moduskarte
risk-title = Bedrohungsschutz
risk-mode-title = Modus
risk-mode-off = Aus
risk-mode-audit = Nur Audit
risk-mode-enforced = Volle Funktion
risk-plan-not-reported = von diesem Endpunkt nicht gemeldet
risk-feature-plan = Funktionsplan: { $plan } (Bedrohungsschutz gehört zu Plus).
risk-change-to = Ändern in
risk-save-mode = Modus speichern
risk-mode-saved = Modus gespeichert.

## Wessen Konfiguration: die des Pools oder die eines App-Clients
risk-scope-nav = Konfiguration für
risk-scope-label = Konfiguration für:
risk-scope-pool = Den ganzen Pool

## Was gilt, in Worten
risk-in-force = Derzeit gültig
risk-whose-pool = Die Konfiguration des Pools, für jeden App-Client ohne eigene.
risk-whose-client-own = Die eigene Konfiguration dieses App-Clients.
risk-whose-client-pool = Dieser App-Client hat keine eigene Konfiguration: Es gilt die des Pools.
risk-leaked-unchecked = Kompromittierte Passwörter: nicht geprüft.
risk-leaked-at = Kompromittierte Passwörter bei { $events }: { $what }.
risk-leaked-blocked = blockiert
risk-leaked-recorded = nur aufgezeichnet
risk-takeover-unset = Kontoübernahme: keine Aktionen festgelegt.
risk-takeover-line = { $level }: { $action }
risk-takeover-line-emailed = { $level }: { $action }, und der Benutzer erhält eine E-Mail
risk-always-blocked = Immer blockiert: { $ranges }
risk-never-assessed = Nie bewertet: { $ranges }
risk-no-sender = Für Risikobenachrichtigungen ist kein E-Mail-Absender festgelegt: Cognito schickt niemandem eine E-Mail. (Legen Sie einen in der AWS-Konsole fest; die Aktionen hier behalten die E-Mail-Einstellung jeder Stufe.)

## Das Formular der Admins
risk-set-pool = Für den Pool festlegen
risk-set-client = Für diesen App-Client festlegen
risk-check-leaked-at = Passwörter auf kompromittierte Zugangsdaten prüfen bei
risk-event-sign-in = Anmeldung
risk-event-password-change = Passwortänderung
risk-event-sign-up = Registrierung
risk-event-sign-in-in-sentence = Anmeldung
risk-event-password-change-in-sentence = Passwortänderung
risk-event-sign-up-in-sentence = Registrierung
risk-leaked-is = Ein kompromittiertes Passwort wird
risk-blocked-option = Blockiert
risk-recorded-option = Nur aufgezeichnet
risk-takeover-legend = Risiko einer Kontoübernahme
risk-low = Geringes Risiko
risk-medium = Mittleres Risiko
risk-high = Hohes Risiko
risk-action-allow = Zulassen
risk-action-mfa-if-configured = MFA verlangen, wenn der Benutzer sie hat, sonst zulassen
risk-action-mfa-required = MFA verlangen; Benutzer ohne MFA blockieren
risk-action-block = Blockieren
risk-blocked-ips = Diese Adressbereiche immer blockieren
risk-blocked-ips-hint = Ein CIDR-Bereich je Zeile (203.0.113.0/24), höchstens 200; für jeden App-Client.
risk-skipped-ips = Diese Adressbereiche nie bewerten
risk-skipped-ips-hint = Anmeldungen von hier werden weder bewertet noch blockiert (ein Büro, eine Überwachungssonde).
risk-saved = Einstellungen des Bedrohungsschutzes gespeichert.
risk-save-pool = Für den Pool speichern
risk-save-client = Für diesen App-Client speichern

## Ablehnungen, je Feld
risk-error-mode = Wählen Sie „Aus“, „Nur Audit“ oder „Volle Funktion“.
risk-error-plan = Der Bedrohungsschutz erfordert den Funktionsplan Plus; dieser Pool hat { $plan }.
risk-error-events = Wählen Sie aus Anmeldung, Passwortänderung und Registrierung.
risk-error-action = Wählen Sie „Blockiert“ oder „Nur aufgezeichnet“.
risk-error-level = Wählen Sie, was bei dieser Risikostufe geschieht.
risk-error-too-many-ranges = Höchstens { $max } Bereiche (Obergrenze von Cognito).
risk-error-not-a-range = { $range } ist kein Adressbereich: Schreiben Sie ihn im Format 203.0.113.0/24.
