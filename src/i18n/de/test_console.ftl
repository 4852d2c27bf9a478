# Deutsch: die Testkonsole (eine Anmeldung über einen App-Client, ein Token über Client Credentials) und die Ablehnungen des Lambda-Trigger-Formulars. Gegenstück: ../en/test_console.ftl.

## Die Seite
test-title = Testkonsole
test-login-title = Benutzeranmeldung
test-login-lead = InitiateAuth mit USER_PASSWORD_AUTH (mit SECRET_HASH bei Clients mit Geheimnis), dann jede Challenge, für die Sie eine Antwort angeben. Das Passwort wird nur an Cognito gesendet.
test-app-client = App-Client
test-username = Benutzername
test-password = Passwort
test-new-password = Neues Passwort (falls der Benutzer noch ein vorläufiges hat)
test-mfa-code = MFA-Code (falls der Benutzer MFA hat)
test-run-login = Anmeldetest ausführen
test-credentials-title = Client Credentials
test-credentials-lead = POST an /oauth2/token der Domain des Pools mit ID und Geheimnis des Clients. Der lokale Emulator hat keinen solchen Endpunkt: Die Konsole weist dann darauf hin, statt zu senden.
test-credentials-none = Kein App-Client dieses Pools erlaubt den Grant client_credentials.
test-scopes = Scopes (durch Leerzeichen getrennt; leer für alle des Clients)
test-request-token = Token anfordern
test-choose-client = Wählen Sie einen App-Client.

## Der Bericht eines Laufs
test-signed-in = Angemeldet.
test-signed-in-refresh = Angemeldet. Ein Aktualisierungstoken wurde ebenfalls ausgestellt (nicht gezeigt).
test-challenge = Cognito verlangt { $name }.
test-verified = Signatur, Issuer, Audience und Ablauf anhand der JWKS des Pools geprüft.
test-id-token = ID-Token
test-access-token = Zugriffstoken
test-expires = Läuft ab
test-groups = Gruppen
test-scopes-label = Scopes
test-header-claims = Header und Claims
test-step-initiate = InitiateAuth USER_PASSWORD_AUTH für { $user } über { $client }
test-step-initiate-secret = InitiateAuth USER_PASSWORD_AUTH für { $user } über { $client }, mit SECRET_HASH (der Client hat ein Geheimnis)
test-step-respond = RespondToAuthChallenge { $challenge } mit { $answer }
test-step-token = POST { $base }/oauth2/token, grant_type=client_credentials, scope={ $scope }, Client-ID und Geheimnis per HTTP Basic
test-step-all-scopes = (alle Scopes des Clients)
test-enter-username = Geben Sie den Benutzernamen ein.
test-enter-password = Geben Sie das Passwort ein.
test-too-many-steps = Cognito verlangte immer weitere Anmeldeschritte.

## Warum eine Anmeldung scheiterte, und was zu prüfen ist (die Fehlersuche der Anleitung)
test-problem-secret-hash = Der SECRET_HASH wurde nicht angenommen.
test-hint-secret-hash = Der Client hat ein Geheimnis: Der Hash ist HMAC-SHA256(Geheimnis, Benutzername + Client-ID). Prüfen Sie, ob das Geheimnis zu diesem Client gehört und ob der Benutzername der ist, den Cognito kennt (in Pools mit E-Mail-Adresse als Benutzername verwendet der Hash bei einer Aktualisierung den sub-Wert des Benutzers).
test-problem-disabled = Der Benutzer ist deaktiviert.
test-hint-disabled = Aktivieren Sie den Benutzer auf seiner Benutzerseite.
test-problem-attempts = Zu viele Fehlversuche für diesen Benutzer.
test-hint-attempts = Cognito sperrt den Benutzer nach wiederholten Fehlversuchen eine Weile. Warten Sie, und versuchen Sie es dann erneut.
test-problem-flow = USER_PASSWORD_AUTH ist für diesen Client nicht aktiviert.
test-hint-flow = Aktivieren Sie ALLOW_USER_PASSWORD_AUTH am App-Client.
test-problem-incorrect = Benutzername oder Passwort falsch.
test-hint-incorrect = Prüfen Sie das Passwort (legen Sie bei Bedarf auf der Benutzerseite ein neues fest) und ob der Benutzer zu diesem Pool gehört. Mit PreventUserExistenceErrors erhält auch ein unbekannter Benutzer diese Meldung.
test-problem-no-user = Kein solcher Benutzer in diesem Pool.
test-hint-no-user = Prüfen Sie den Benutzernamen und ob Sie den richtigen Pool und die richtige Region gewählt haben. Aktivieren Sie PreventUserExistenceErrors am Client, damit Apps es nicht unterscheiden können.
test-problem-unconfirmed = Der Benutzer hat sein Konto nicht bestätigt.
test-hint-unconfirmed = Bestätigen Sie den Benutzer auf seiner Benutzerseite, oder lassen Sie ihn den Code eingeben, den er erhalten hat.
test-problem-reset = Ein Zurücksetzen des Passworts ist erforderlich.
test-hint-reset = Der Benutzer muss das Zurücksetzen mit dem erhaltenen Code abschließen, oder Sie legen auf der Benutzerseite ein neues Passwort fest.
test-problem-not-found = Der App-Client oder der Pool wurde nicht gefunden.
test-hint-not-found = Die Client-ID muss zu diesem Pool in dieser Region gehören.
test-problem-needs-hash = Der Client braucht einen SECRET_HASH.
test-hint-needs-hash = Der Client hat ein Geheimnis; die Konsole sendet den Hash nur, wenn sie das Geheimnis lesen kann.
test-problem-parameters = Cognito hat die Parameter der Anfrage abgelehnt.
test-hint-parameters = Prüfen Sie die Einstellungen des Clients und das Format des Benutzernamens, das der Pool erwartet (E-Mail-Adresse, Telefonnummer oder Benutzername).
test-problem-throttled = Cognito drosselt die Anfragen.
test-hint-throttled = Warten Sie einen Moment, und versuchen Sie es erneut.
test-problem-lambda = Ein Lambda-Trigger ist fehlgeschlagen oder hat die Anmeldung abgelehnt.
test-hint-lambda = Prüfen Sie die Trigger „Vor der Authentifizierung“ und „Vor der Token-Erzeugung“ des Pools und deren Protokolle.
test-problem-refused = Cognito hat die Anmeldung abgelehnt.
test-hint-refused = Die Einzelheiten stehen im Serverprotokoll.

## Eine Challenge, bei der der Test anhielt
test-challenge-new-password = Der Benutzer hat noch ein vorläufiges Passwort. Füllen Sie „Neues Passwort“ aus, um die erste Anmeldung abzuschließen, oder legen Sie auf der Benutzerseite ein dauerhaftes Passwort fest.
test-challenge-totp = Der Benutzer hat eine Authenticator-App. Geben Sie den aktuellen Code ein, um fortzufahren.
test-challenge-code-sent = Cognito hat dem Benutzer einen Code geschickt. Geben Sie ihn ein, um fortzufahren.
test-challenge-mfa-setup = MFA ist Pflicht, aber der Benutzer hat noch keinen Faktor eingerichtet; das muss er zuerst in Ihrer App tun.
test-challenge-other = Die Konsole kann diese Challenge nicht beantworten; das muss die App.

## Eine Anfrage über Client Credentials
test-no-grant = Dieser Client erlaubt den Grant client_credentials nicht.
test-no-grant-hint = Verwenden Sie die Vorgabe für Client Credentials oder aktivieren Sie am Client den Grant und einen eigenen Scope.
test-scope-not-allowed = Ein Scope ist für diesen Client nicht erlaubt.
test-scope-not-allowed-hint = { $scope } gehört nicht zu den Scopes des Clients.
test-no-domain = Der Pool hat keine Domain.
test-no-domain-hint = Tokens für Client Credentials kommen von /oauth2/token der Domain: Legen Sie zuerst eine Domain an.
test-emulator = Der lokale Cognito-Emulator hat keine OAuth2-Endpunkte.
test-emulator-hint = Es wurde nichts gesendet. Bei AWS liefert diese Anfrage ein Zugriffstoken für die gewählten Scopes.
test-no-secret = Dieser Client hat kein Geheimnis; Client Credentials brauchen eines.
test-unreachable = Der Token-Endpunkt des Pools war nicht erreichbar.
test-token-refused = Der Token-Endpunkt hat die Anfrage abgelehnt.
test-token-invalid-client = Client-ID oder Geheimnis wurden nicht angenommen.
test-token-invalid-scope = Ein Scope ist für diesen Client nicht erlaubt oder existiert nicht.
test-token-unauthorized-client = Der Client darf den Grant client_credentials nicht nutzen.
test-token-refused-hint = Der Token-Endpunkt hat die Anfrage abgelehnt; die Einzelheiten stehen im Serverprotokoll.

## Die Ablehnungen des Lambda-Trigger-Formulars (model::triggers; ihre Namen stehen in pools.ftl)
test-trigger-unknown = { $key } ist kein Lambda-Trigger.
test-trigger-arn = Geben Sie den ARN einer Lambda-Funktion ein, etwa arn:aws:lambda:us-east-1:123456789012:function:my-trigger.
