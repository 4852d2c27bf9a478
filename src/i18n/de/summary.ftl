# Deutsch: die Konfigurationsübersicht eines Pools und die Seite um ihre Exporte (die exportierten Dateien selbst bleiben englisch). Gegenstück: ../en/summary.ftl.

## Die Übersichtsseite
summary-title = Konfigurationsübersicht
summary-print = Drucken
summary-include-secrets = Client-Geheimnisse einbeziehen
summary-user-pool = Benutzerpool
summary-region = Region
summary-arn = ARN
summary-issuer = Issuer
summary-jwks-url = JWKS-URL
summary-domain = Domain
summary-hosted-ui = Gehostete UI
summary-token-endpoint = Token-Endpunkt

## App-Clients, Gruppen, Benutzer und Identitätspools
summary-app-clients = App-Clients
summary-client-id = Client-ID
summary-secret = Geheimnis
summary-auth-flows = Auth-Flows
summary-oauth-flows = OAuth-Flows
summary-scopes = Scopes
summary-tokens = Tokens (Zugriff / ID / Aktualisierung)
summary-groups-by-precedence = Gruppen nach Priorität
summary-group = Gruppe
summary-users-and-groups = Benutzer und ihre Gruppen
summary-groups = Gruppen
summary-user-disabled = (deaktiviert)
summary-users-first = Angezeigt werden die ersten { $count } Benutzer.
summary-all-users = Alle Benutzer →
summary-identity-pools = Identitätspools
summary-identity-pools-unlisted = Die Identitätspools konnten nicht aufgelistet werden: { $why }
summary-identity-pools-forbidden = Die AWS-Zugangsdaten der Konsole dürfen sie nicht auflisten (cognito-identity:ListIdentityPools).
summary-no-identity-pool = Kein Identitätspool nutzt diesen Benutzerpool für die Anmeldung.
summary-create-identity-pool = Einen anlegen →
summary-identity-pool-id = Identitätspool-ID
summary-guests = Gäste
summary-guests-allowed = erlaubt
summary-guests-no = nein
summary-authenticated-role = Rolle für Angemeldete
summary-unauthenticated-role = Rolle für nicht Angemeldete
summary-roles-not-reported = von diesem Endpunkt nicht gemeldet

## Exporte
summary-exports = Exporte
summary-export-formats = Exportformate
summary-audience = App-Client, dessen Tokens Ihre API annimmt
summary-audience-default = Erster Client für die Benutzeranmeldung
summary-apply = Anwenden
summary-secrets-included = Dieser Export enthält Client-Geheimnisse. Das Auslesen wurde unter Ihrem Namen protokolliert.
summary-error-format = Wählen Sie eines der Exportformate.
