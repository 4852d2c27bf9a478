# Deutsch: Identitätspools (Cognito Federated Identities), ihre Rollen und Anbieter. Gegenstück: ../en/identity_pools.ftl.

## Die Liste und die Seite zum Anlegen
ipool-title = Identitätspools
ipool-lead = Identitätspools tauschen Tokens eines Benutzerpools gegen temporäre AWS-Zugangsdaten (Schritt 8 der Anleitung).
ipool-create = Identitätspool anlegen
ipool-none = Keine Identitätspools in dieser Region.
ipool-column-id = Identitätspool-ID
ipool-back = ← Identitätspools
ipool-user-pool = Benutzerpool
ipool-choose-user-pool = Benutzerpool wählen
ipool-show-clients = App-Clients des Benutzerpools anzeigen

## Die Felder zum Anlegen und Bearbeiten
ipool-name = Name (Buchstaben, Ziffern, Leerzeichen, Unterstriche)
ipool-providers = App-Clients von Cognito-Benutzerpools, über die man sich anmelden darf
ipool-providers-hint = Wer über diese Clients angemeldet ist, erhält die Rolle für Angemeldete.
ipool-server-check = Tokens serverseitig prüfen
ipool-server-check-hint = Cognito prüft zusätzlich, ob die Sitzung im Benutzerpool noch gültig ist (nicht abgemeldet).
ipool-allow-guests = Nicht angemeldete Identitäten (Gäste) zulassen
ipool-allow-guests-hint = Jeder erhält Zugangsdaten der Rolle für nicht Angemeldete. Lassen Sie die Option aus, es sei denn, Gäste brauchen AWS-Zugriff.
ipool-classic = Den einfachen (klassischen) Authflow zulassen
ipool-classic-hint = Nicht empfohlen: Beim erweiterten Authflow (Standard) wählt Cognito die Rolle.

## Ein Identitätspool: seine Einstellungen
ipool-settings = Einstellungen
ipool-guests = Gäste (nicht angemeldet)
ipool-authflow = Authflow
ipool-authflow-classic = Einfach (klassisch) zugelassen
ipool-authflow-enhanced = Erweitert
ipool-user-pool-clients = Clients von Benutzerpools
ipool-other-providers = Andere Anbieter
ipool-authenticated-role = Rolle für Angemeldete
ipool-unauthenticated-role = Rolle für nicht Angemeldete
ipool-provider = { $pool } (Client { $client })
ipool-provider-checked = { $pool } (Client { $client }), serverseitige Prüfung
ipool-role-unknown = von diesem Endpunkt nicht gemeldet

## Ein Identitätspool: bearbeiten, Rollen, Richtlinien, löschen
ipool-edit = Diesen Identitätspool bearbeiten
ipool-edit-note = Um die Clients eines weiteren Benutzerpools anzubieten, öffnen Sie diese Seite mit ?pool=<ID des Benutzerpools>.
ipool-saved = Identitätspool gespeichert. Andere Anbieter wurden beibehalten.
ipool-roles = Rollen
ipool-authenticated-role-arn = ARN der Rolle für Angemeldete
ipool-unauthenticated-role-arn = ARN der Rolle für nicht Angemeldete (nur genutzt, wenn Gäste zugelassen sind)
ipool-roles-set = Rollen festgelegt.
ipool-set-roles = Rollen festlegen
ipool-policies = Vorlagen für IAM-Richtlinien
ipool-trust-authenticated = Vertrauensrichtlinie der Rolle für Angemeldete (wer sie übernehmen darf):
ipool-trust-unauthenticated = Vertrauensrichtlinie der Rolle für nicht Angemeldete:
ipool-permissions = Eine erste Berechtigungsrichtlinie für die Rolle für Angemeldete (jede Identität unter ihrem eigenen Präfix):
ipool-delete-title = Diesen Identitätspool löschen
ipool-delete-lead = Jede Identität darin wird gelöscht; Apps, die ihn nutzen, erhalten keine AWS-Zugangsdaten mehr.
ipool-delete = Identitätspool löschen

## Ein Identitätspool: der Test der Zugangsdaten
ipool-test-title = Test: AWS-Zugangsdaten abrufen
ipool-test-lead = Meldet den Benutzer über den Client an und ruft dann GetId und GetCredentialsForIdentity mit dem ID-Token auf.
ipool-test-client = Client { $client } von { $pool }
ipool-test-guest = Gast (nicht angemeldet)
ipool-test-through = Anmelden über
ipool-test-show-secret = Den geheimen Zugriffsschlüssel anzeigen
ipool-test-submit = Zugangsdaten abrufen
ipool-credentials = Zugangsdaten
ipool-identity-id = Identitäts-ID
ipool-access-key-id = Zugriffsschlüssel-ID
ipool-expires = Läuft ab
ipool-session-token = Sitzungstoken
ipool-secret-access-key = Geheimer Zugriffsschlüssel
ipool-hidden = verborgen

## Fehler
ipool-error-name-empty = Geben Sie einen Namen ein.
ipool-error-name-long = Verwenden Sie höchstens 128 Zeichen.
ipool-error-name-chars = Verwenden Sie nur Buchstaben, Ziffern, Leerzeichen und Unterstriche (keine Bindestriche).
ipool-error-too-many-clients = Wählen Sie höchstens 10 App-Clients.
ipool-error-client-from-list = Wählen Sie App-Clients aus der Liste.
ipool-error-no-provider = Wählen Sie mindestens einen App-Client oder lassen Sie nicht angemeldete Identitäten zu.
ipool-error-role-arn = Geben Sie den ARN einer IAM-Rolle ein: arn:aws:iam::<account>:role/<name>.
ipool-error-too-many-pools = Wählen Sie höchstens 10 Benutzerpools.
ipool-error-no-guests = Dieser Identitätspool lässt keine Gäste zu: Wählen Sie einen App-Client.
ipool-error-not-a-client = Wählen Sie einen der App-Clients des Identitätspools.
ipool-error-challenge = Der Benutzer muss zuerst den Schritt { $name } abschließen; Einzelheiten zeigt der Anmeldetest.
