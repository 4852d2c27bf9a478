# Deutsch: App-Clients, ihr Formular und was der Server über sie sagt. Gegenstück: ../en/clients.ftl.

## Die Seite der App-Clients
client-new-credentials = Neu: Client Credentials (Server zu Server)
client-new-user = Neu: Benutzername und Passwort
client-new-custom = Neu: eigene Einstellungen
client-none = Dieser Pool hat keine App-Clients.
client-id = Client-ID
client-secret = Geheimnis
client-auth-flows = Auth-Flows
client-oauth-flows = OAuth-Flows

## Die Seite eines App-Clients
client-back = ← App-Clients
client-guide-mistake = Dieser Client-Credentials-Client erlaubt auch ALLOW_ADMIN_USER_PASSWORD_AUTH, was ein Server-zu-Server-Client nie braucht. Erwägen Sie, es zu entfernen.
client-secret-yes = Ja (vertraulich)
client-secret-no = Nein (öffentlich)
client-attributes-all = alle
# Eine Token-Lebensdauer: $value und $unit, wie Cognito sie speichert (seconds, minutes, hours oder days).
client-validity = { $value } { $unit ->
        [seconds] { $value ->
            [one] Sekunde
           *[other] Sekunden
        }
        [minutes] { $value ->
            [one] Minute
           *[other] Minuten
        }
        [hours] { $value ->
            [one] Stunde
           *[other] Stunden
        }
        [days] { $value ->
            [one] Tag
           *[other] Tage
        }
       *[other] { $unit }
    }
client-secret-title = Client-Geheimnis
client-secret-lead = Verborgen. Das Anzeigen wird mit Ihrem Namen protokolliert; bewahren Sie es in einem Secret-Manager auf.
client-edit = Diesen Client bearbeiten
client-saved = Gespeichert. Einstellungen, die nicht in diesem Formular stehen, wurden beibehalten.
client-save = Client speichern
client-console-no-delete = Die Konsole meldet sich mit diesem Client an: Er kann hier nicht gelöscht werden.
client-delete-title = Diesen Client löschen
client-delete-lead = Apps mit dieser Client-ID können keine Benutzer mehr anmelden und keine Tokens mehr erhalten.
client-delete = Client löschen

## Die Einstellungskarten auf der Seite eines Clients
client-details-tokens = Tokens und Attribute
client-details-last-modified = Zuletzt geändert
client-details-token-revocation = Token-Widerruf
client-details-sign-in-session = Anmeldesitzung
client-details-default-redirect = Standard-Weiterleitung
client-details-readable = Lesbare Attribute
client-details-writable = Schreibbare Attribute

## Einen App-Client aus einer Vorlage anlegen
client-create-title-credentials = Neuer Client: Client Credentials
client-create-title-user = Neuer Client: Benutzername und Passwort
client-create-title = Neuer App-Client
client-credentials-note = Ein Server-zu-Server-Client: Er hat ein Geheimnis, keine Benutzeranmeldung und erhält Tokens vom Endpunkt /oauth2/token der Pool-Domain mit grant_type=client_credentials. Er braucht eine Domain und mindestens einen eigenen Scope eines Ressourcenservers.
client-credentials-not-admin = ALLOW_ADMIN_USER_PASSWORD_AUTH wird nicht eingeschaltet (der Fehler der Einrichtungsanleitung): Dieser Ablauf meldet Benutzer mit Administrator-Anmeldedaten an und hat mit Client Credentials nichts zu tun.
client-no-domain = Dieser Pool hat noch keine Domain:
client-no-domain-add = Legen Sie eine an
client-no-domain-after = , bevor Apps Tokens erhalten können.
client-no-scopes = Der Pool hat noch keine eigenen Scopes. Legen Sie zuerst einen Ressourcenserver an:
client-user-note = Für eine App, die Benutzer mit Benutzername und Passwort anmeldet. Öffentlich (ohne Geheimnis) passt für Browser- und Mobil-Apps; wählen Sie das Geheimnis nur für eine serverseitige App. Der Implicit Grant bleibt aus, solange Sie ihn nicht ausdrücklich wählen.
client-create = App-Client anlegen

## Das Formular eines App-Clients
client-section-client = Client
client-name = Name
client-generate-secret = Client-Geheimnis erzeugen (vertraulicher Client)
client-generate-secret-hint = Nur für Server, die es geheim halten können; nie für Browser- oder Mobil-Apps. Lässt sich später weder hinzufügen noch entfernen.
client-section-sign-in = Anmeldeabläufe
client-prevent-existence-errors = Fehler zur Existenz von Benutzern verhindern
client-prevent-existence-errors-hint = Fehlgeschlagene Anmeldungen verraten nicht, ob es den Benutzer gibt.
client-allow-revocation = Token-Widerruf erlauben
client-session-minutes = Dauer der Anmeldesitzung (Minuten, 3–15)
client-grant-types-hint = Client Credentials lassen sich nicht mit den anderen beiden kombinieren und brauchen ein Geheimnis, eigene Scopes und eine Domain.
client-allow-implicit = Mir ist bewusst, dass der Implicit Grant Tokens in der URL offenlegt
client-callback-urls = Callback-URLs
client-callback-urls-hint = Eine je Zeile; https:// (http:// nur für localhost).
client-logout-urls = Abmelde-URLs
client-one-per-line = Eine je Zeile.
client-default-redirect-field = Standard-Weiterleitungs-URL (eine der Callback-URLs; optional)
client-section-lifetimes = Lebensdauer der Tokens
client-lifetimes-note = Zugriffs- und ID-Tokens: 5 Minuten bis 1 Tag. Aktualisierungstokens: 60 Minuten bis 3650 Tage.
client-access-token = Zugriffstoken
client-id-token = ID-Token
client-refresh-token = Aktualisierungstoken
client-unit = Einheit
client-unit-minutes = Minuten
client-unit-hours = Stunden
client-unit-days = Tage
client-section-attributes = Attributberechtigungen
client-attributes-note = Nichts angekreuzt: Der Client darf jedes Attribut lesen (bzw. schreiben).
client-flow-user-password = Benutzername und Passwort an Cognito gesendet (USER_PASSWORD_AUTH)
client-flow-user-srp = Secure Remote Password (USER_SRP_AUTH)
client-flow-refresh-token = Aktualisierungstokens (von Cognito verlangt)
client-flow-custom = Eigene Challenges über Lambda (CUSTOM_AUTH)
client-flow-user-auth = Anmeldung nach Wahl (USER_AUTH)
client-flow-admin-user-password = Serverseitige Anmeldung mit Administrator-Anmeldedaten (ADMIN_USER_PASSWORD_AUTH)
client-grant-code = Authorization Code Grant
client-grant-implicit = Implicit Grant (Tokens in der URL: nicht empfohlen)
client-grant-client-credentials = Client Credentials (Server zu Server)

## Die Kontrollkästchen-Gruppen des Formulars
client-legend-auth-flows = Explizite Auth-Flows
client-legend-grant-types = Grant-Typen
client-legend-scopes = Scopes
client-legend-identity-providers = Identitätsanbieter
client-legend-readable = Lesbar
client-legend-writable = Schreibbar

## Was der Server zum Formular eines Clients sagt
client-error-auth-flows = Wählen Sie Auth-Flows aus der Liste.
client-error-refresh-required = Cognito verlangt ALLOW_REFRESH_TOKEN_AUTH bei jedem Client.
client-error-oauth-flows = Wählen Sie OAuth-Flows aus der Liste.
client-error-credentials-combined = Client Credentials lassen sich nicht mit dem Code- oder Implicit Grant kombinieren: Verwenden Sie zwei Clients.
client-error-implicit = Der Implicit Grant legt Tokens in die Adresszeile des Browsers. Kreuzen Sie die Bestätigung an, um ihn trotzdem zu verwenden.
client-error-credentials-need-secret = Client Credentials brauchen ein Client-Geheimnis.
client-error-no-scope = Der Pool hat keinen Scope { $scope }.
client-error-credentials-need-scope = Client Credentials brauchen mindestens einen eigenen Scope eines Ressourcenservers.
client-error-credentials-custom-only = Client Credentials können nur eigene Scopes verwenden.
client-error-scopes-without-flow = Scopes gelten für OAuth-Flows: Wählen Sie einen Flow oder entfernen Sie die Scopes.
client-error-needs-scope = Wählen Sie mindestens einen Scope für die OAuth-Flows.
client-error-needs-openid = Die Scopes email, profile und phone brauchen auch openid.
client-error-no-provider = Der Pool hat keinen Identitätsanbieter { $provider }.
client-error-needs-provider = Der Code- und der Implicit Grant brauchen einen Identitätsanbieter (COGNITO für die eigenen Benutzer des Pools).
client-error-needs-callback = Der Code- und der Implicit Grant brauchen eine Callback-URL.
client-error-default-redirect = Die Standard-Weiterleitungs-URL muss eine der Callback-URLs sein.
client-error-no-attribute = Der Pool hat kein Attribut { $attribute }.
client-error-not-writable = { $attribute } kann nicht geschrieben werden: Es ist unveränderlich oder unbekannt.
client-error-session-minutes = Geben Sie 3 bis 15 Minuten an.
client-error-url = { $url }: Verwenden Sie https:// (http:// nur für localhost), ohne #Fragment.
client-error-too-many-urls = Geben Sie höchstens 100 URLs an.
client-error-unit = Wählen Sie Minuten, Stunden oder Tage.
# $min und $max sind Lebensdauern, wie `client-validity` sie schreibt.
client-error-lifetime = Geben Sie eine Lebensdauer von { $min } bis { $max } an.
client-error-no-secret = Dieser Client hat kein Geheimnis.
client-error-console-client = Die Konsole meldet sich mit diesem Client an: Er kann nicht über die Konsole gelöscht werden.
