# Deutsch: die Fehler, die jede Seite zeigen kann, und was Cognitos Fehlschläge bedeuten. Gegenstück: ../en/errors.ftl.

## Die geschlossene Fehleraufzählung (`AppError::message`)
error-unauthenticated = Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.
error-forbidden = Ihr Konto ist dazu nicht berechtigt.
error-login-failed = Benutzername oder Passwort ist falsch.
error-step-up-required = Bestätigen Sie Ihr Passwort, um fortzufahren: Diese Aktion erfordert eine kürzlich erfolgte Anmeldung.
error-not-found = { $what } wurde nicht gefunden.
error-throttled = Cognito drosselt die Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.
error-too-many-attempts = Zu viele Anmeldeversuche. Warten Sie eine Minute und versuchen Sie es erneut.
error-internal = Auf dem Server ist etwas schiefgegangen. Die Einzelheiten stehen im Serverprotokoll.

## Was ein `NotFound` nennt
missing-the-user-pool = Der Benutzerpool
missing-the-group = Die Gruppe
missing-the-app-client = Der App-Client
missing-the-domain = Die Domain
missing-the-resource-server = Der Ressourcenserver
missing-the-identity-pool = Der Identitätspool
missing-the-identity = Die Identität
missing-the-user = Der Benutzer
missing-the-device = Das Gerät
missing-the-sign-in-event = Das Anmeldeereignis
missing-the-linked-identity = Die verknüpfte Identität
missing-the-identity-provider = Der Identitätsanbieter
missing-the-job = Der Auftrag
missing-the-saved-search = Die gespeicherte Suche

## Ein fehlgeschlagener Cognito-Aufruf: auf Deutsch nennt die Meldung Cognitos Namen der
## Operation ($operation), nicht die englischen Worte ($does).
cognito-unsupported = Dieser Cognito-Endpunkt unterstützt { $operation } nicht.
cognito-timeout = Cognito hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut.
cognito-unreachable = Cognito ist nicht erreichbar. Prüfen Sie den Endpunkt und das Netzwerk.
cognito-limit = Für diese Operation wurde ein Cognito-Limit erreicht. Versuchen Sie es später erneut.
cognito-group-exists = Eine Gruppe mit diesem Namen gibt es schon.
cognito-user-exists = Einen Benutzer mit diesem Benutzernamen gibt es schon.
cognito-password-policy = Das Passwort erfüllt die Passwortrichtlinie des Pools nicht.
cognito-code-mismatch = Der Code ist falsch oder abgelaufen.
cognito-rejected-value = Cognito hat einen Wert für { $operation } abgelehnt. Prüfen Sie die Felder.
cognito-access-denied = Pooldesks AWS-Zugangsdaten dürfen { $operation } nicht aufrufen. Wer Pooldesk betreibt, kann es in IAM erlauben.
cognito-failed = { $operation } ist in Cognito fehlgeschlagen. Versuchen Sie es später erneut.

## Ablehnungen des Support-Schalters, der Anmeldung und der Aufträge (in der Sprache der Anfrage)
invalid-email = Geben Sie eine gültige E-Mail-Adresse ein.
invalid-phone = Geben Sie die Nummer im Format +4915112345678 ein (Ländervorwahl, nur Ziffern).
invalid-phone-short = Geben Sie die Nummer im Format +4915112345678 ein.
invalid-signs-in-with-it = In diesem Pool meldet man sich damit an: Geben Sie einen Wert ein.
invalid-username = Geben Sie einen Benutzernamen mit 1 bis 128 Zeichen ohne Leerzeichen ein.
invalid-email-to-verify = Geben Sie die E-Mail-Adresse ein, die als bestätigt markiert werden soll.
invalid-phone-to-verify = Geben Sie die Telefonnummer ein, die als bestätigt markiert werden soll.
invalid-required = Dieser Pool verlangt diesen Wert.
invalid-max-2048 = Verwenden Sie höchstens 2048 Zeichen.
invalid-max-128 = Verwenden Sie höchstens 128 Zeichen.
invalid-email-invitation = Eine Einladung per E-Mail braucht eine E-Mail-Adresse.
invalid-sms-invitation = Eine Einladung per SMS braucht eine Telefonnummer.
invalid-choose-group = Wählen Sie eine Gruppe.
invalid-immutable = Dieses Attribut lässt sich nicht ändern.
invalid-true-false = Geben Sie true oder false ein.
invalid-search-attribute = Cognito kann nach diesem Attribut nicht suchen.
invalid-search-value = Suchen Sie nach höchstens 256 druckbaren Zeichen.
invalid-group-name = Geben Sie einen Gruppennamen ein.
invalid-group-spaces = Gruppennamen dürfen keine Leerzeichen enthalten.
invalid-role-arn = Geben Sie den ARN einer IAM-Rolle ein, etwa arn:aws:iam::123456789012:role/MyRole.
invalid-precedence = Geben Sie eine ganze Zahl von 0 bis 2147483647 ein.
invalid-typed = Geben Sie zur Bestätigung genau { $expected } ein.
mfa-invalid-factor = Wählen Sie eine Authenticator-App, SMS oder E-Mail.
mfa-invalid-setting = Wählen Sie „aus“, „an“ oder „bevorzugt“.
mfa-refused-pool-off = MFA ist in diesem Pool ausgeschaltet: Schalten Sie sie zuerst in den Einstellungen des Pools ein.
mfa-refused-not-offered = Dieser Pool bietet diesen Faktor nicht an: Sehen Sie sich die MFA-Einstellungen des Pools an.
mfa-refused-totp = Nur der Benutzer selbst kann eine Authenticator-App einrichten, bei seiner eigenen Anmeldung; die Konsole kann sie ausschalten.
mfa-refused-no-phone = Der Benutzer hat keine Telefonnummer: Fügen Sie zuerst eine hinzu.
mfa-refused-no-email = Der Benutzer hat keine E-Mail-Adresse: Fügen Sie zuerst eine hinzu.
mfa-refused-by-cognito = Cognito hat die Änderung abgelehnt: Dem Benutzer fehlt, was dieser Faktor braucht.
link-invalid-provider = Wählen Sie einen der Identitätsanbieter des Pools.
link-invalid-subject = Geben Sie die ID des Benutzers beim Anbieter ein (den Wert `sub`).
link-invalid-duplicate = Diese Identität ist mit diesem Benutzer schon verknüpft.
link-invalid-limit = Dieser Benutzer hat schon { $max } verknüpfte Identitäten, das Maximum bei Cognito: Lösen Sie zuerst eine Verknüpfung.
link-refused-signed-in = Cognito hat die Verknüpfung abgelehnt: Diese Identität hat sich schon als eigener Benutzer angemeldet. Löschen Sie zuerst diesen Benutzer.
link-refused-limit = Cognito hat die Verknüpfung abgelehnt: Der Benutzer hat schon so viele verknüpfte Identitäten, wie Cognito erlaubt.
reset-refused-status = Cognito setzt das Passwort nur bestätigter, aktivierter Benutzer zurück. Wer ein vorläufiges Passwort noch nicht geändert hat, bekommt mit „Passwort festlegen“ ein neues.
reset-refused-no-channel = Der Benutzer hat keine bestätigte E-Mail-Adresse oder Telefonnummer, an die der Code gehen könnte. Setzen Sie stattdessen ein Passwort.
desk-last-admin = Dies ist der letzte aktivierte Admin: Die Konsole hätte sonst keinen Admin mehr.
desk-self-delete = Sie können Ihr eigenes Konto nicht löschen.
desk-self-disable = Sie können Ihr eigenes Konto nicht deaktivieren.
desk-self-admin = Sie können sich nicht selbst aus der Admin-Gruppe entfernen.
desk-operator-locked = Dieser Benutzer ist ein Operator der Konsole: Nur ein Admin kann sein Konto ändern.
desk-could-not-check = In Cognito ließ sich nicht prüfen, wer dieser Benutzer ist, daher wurde nichts geändert. Versuchen Sie es erneut.
desk-created-not-added = Der Benutzer { $username } wurde angelegt, konnte aber nicht zur Gruppe { $group } hinzugefügt werden.
desk-saved-not-removed = Die neuen Werte wurden gespeichert, aber das Entfernen von { $names } ist fehlgeschlagen: { $error }
group-guards-console = Diese Gruppe schützt die Konsole selbst und kann nicht aus ihr gelöscht werden.
job-invalid-action = Wählen Sie eine Aktion.
job-invalid-none-selected = Wählen Sie mindestens einen Benutzer aus.
job-invalid-too-many = Wählen Sie höchstens { $max } Benutzer aus oder wenden Sie die Aktion auf alle Treffer der Suche an.
job-invalid-format = Wählen Sie CSV, JSON oder NDJSON.
job-invalid-index-first = Durchsuchen Sie zuerst den Index des Pools.
job-already-ended = Dieser Auftrag ist schon beendet.
job-no-file = Dieser Auftrag hat keine Datei zum Herunterladen.
signin-enter-username = Geben Sie Ihren Benutzernamen oder Ihre E-Mail-Adresse ein.
signin-enter-password = Geben Sie Ihr Passwort ein.
signin-passwords-differ = Die beiden Passwörter stimmen nicht überein.
signin-enter-code = Geben Sie den sechsstelligen Code aus Ihrer Authenticator-App ein.
signin-unavailable = Der Anmeldedienst ist nicht verfügbar. Versuchen Sie es später erneut.
signin-unverifiable = Die Tokens des Anmeldedienstes ließen sich nicht prüfen, daher kann sich niemand anmelden. Das Serverprotokoll nennt den Grund.
signin-wrong-password = Das Passwort ist nicht richtig.
signin-change-password-first = Ihr Passwort muss zuerst geändert werden: Melden Sie sich ab und wieder an.
signin-unsupported-step = Dieses Konto verlangt einen Anmeldeschritt, den die Konsole nicht unterstützt.
cognito-idp-duplicate = Ein anderer Anbieter dieses Pools hat diesen Namen oder einen dieser Bezeichner.
cognito-idp-refused = Cognito hat die Angaben des Anbieters abgelehnt: Prüfen Sie, ob die Metadaten-URL bzw. der Issuer aus dem Internet erreichbar ist und ob IDs und Geheimnis vom Anbieter stammen.
cognito-risk-off = Schalten Sie den Bedrohungsschutz ein („Nur Audit“ oder „Volle Funktion“), bevor Sie seine Aktionen festlegen.
auth-events-no-threat-protection = Cognito zeichnet Anmeldeereignisse nur auf, wenn der Bedrohungsschutz für den Pool eingeschaltet ist („Nur Audit“ oder „Volle Funktion“, im Funktionsplan Plus): Siehe den Bereich „Bedrohungsschutz“ des Pools.

## Dateien, die die Konsole zurückliest (Importe, Sicherungen), und das Protokoll
import-header-unreadable = Die erste Zeile (die Spaltennamen) ließ sich nicht lesen: { $error }.
import-file-empty = Die Datei ist leer: Die erste Zeile muss die Spalten nennen, wie bei einem Export.
import-unknown-columns = Unbekannte Spalte(n): { $columns }. Verwenden Sie die Spalten eines Benutzerexports (ein benutzerdefiniertes Attribut muss im Schema dieses Pools stehen).
import-column-twice = Die Spalte { $column } kommt zweimal vor.
import-no-rows = Die Datei hat nach den Spaltennamen keine Zeilen.
restore-not-a-backup = Das ist ein { $schema }-Dokument, keine Sicherung ({ $backup }). Ein Benutzerexport lässt sich nicht als ganzer Pool wiederherstellen.
restore-unreadable = Die Sicherung ließ sich nicht lesen: { $error }. Wählen Sie eine Datei, die Pooldesks Sicherung geschrieben hat.
restore-user-twice = Die Sicherung nennt den Benutzer { $user } zweimal oder ohne Namen.
restore-unknown-group = Benutzer { $user }: Die Gruppe { $group } ist nicht unter den Gruppen der Sicherung.
audit-write-failed = Das Protokoll lässt sich nicht schreiben, daher wurde nichts geändert. Versuchen Sie es später erneut.
invalid-display-name = Verwenden Sie 1 bis { $max } Buchstaben, Ziffern, Leerzeichen oder + = , . @ - _.
invalid-event-id = Das ist kein Anmeldeereignis.
invalid-device-key = Das ist kein Geräteschlüssel.
signin-limits-unavailable = Die Anmeldung ist nicht verfügbar. Versuchen Sie es später erneut.
database-unavailable = Die Datenbank der Konsole ist nicht erreichbar. Versuchen Sie es später erneut.
audit-read-failed = Das Protokoll lässt sich nicht lesen. Versuchen Sie es später erneut.
