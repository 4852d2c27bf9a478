# Deutsch: Pools. Gegenstück: ../en/pools.ftl.

## Pools, Kopieren und Geheimnisse
pools-blueprint = Vorlage anwenden
pools-create = Benutzerpool anlegen
pools-none = Keine Benutzerpools in dieser Region.
column-pool-id = Pool-ID
column-estimated-users = Benutzer (geschätzt)
copy = Kopieren
copied = Kopiert
secret-hide = Verbergen
secret-reveal = Anzeigen
secret-hidden = verborgen
user-group-precedence = Priorität { $precedence }


## Die Übersicht eines Pools
pool-back = ← Benutzerpools
pool-edit-settings-link = Einstellungen, MFA und Trigger bearbeiten →
pool-blueprint-link = Die Standardeinrichtung auf diesen Pool anwenden →
pool-general = Allgemein
pool-sign-in = Anmeldung
pool-security = Sicherheit
pool-messages-and-domain = Nachrichten und Domain
pool-triggers = Trigger
pool-sign-in-username = Benutzername (Aliasse: { $aliases })
pool-sign-in-attributes = { $attributes } als Benutzername
pool-region = Region
pool-created = Angelegt
pool-last-modified = Zuletzt geändert
pool-deletion-protection = Löschschutz
pool-active = Aktiv
pool-inactive = Inaktiv
pool-tags = Tags
pool-sign-in-identifiers = Anmeldekennungen
pool-case-sensitive = Groß-/Kleinschreibung der Benutzernamen beachten
pool-self-sign-up = Selbstregistrierung
pool-verified-automatically = Automatisch bestätigt
pool-required-attributes = Pflichtattribute
pool-custom-attributes = Benutzerdefinierte Attribute
pool-factor-app = Authenticator-App
pool-password-min-length = Mindestlänge des Passworts
pool-password-requires = Passwort verlangt
pool-temporary-password = Vorläufiges Passwort gültig
pool-days = { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}
pool-mfa-factors = MFA-Faktoren
pool-account-recovery = Kontowiederherstellung
pool-email-sending = E-Mail-Versand
pool-ses-identity = SES-Identität
pool-from = Absender
pool-sms-role = SMS-Rolle
pool-cognito-domain = Cognito-Domain
pool-custom-domain = Eigene Domain
pool-lambda-triggers = Lambda-Trigger
pool-trigger-other = Sonstige

## Lambda-Trigger: Name und wann jeder läuft
trigger-pre-sign-up = Vor der Registrierung
trigger-pre-sign-up-hint = Bevor ein Benutzer registriert wird; kann automatisch bestätigen oder ablehnen
trigger-post-confirmation = Nach der Bestätigung
trigger-post-confirmation-hint = Nachdem ein Benutzer sein Konto bestätigt hat
trigger-pre-authentication = Vor der Authentifizierung
trigger-pre-authentication-hint = Vor der Anmeldung; kann sie verweigern
trigger-post-authentication = Nach der Authentifizierung
trigger-post-authentication-hint = Nach einer erfolgreichen Anmeldung
trigger-user-migration = Benutzermigration
trigger-user-migration-hint = Meldet Benutzer an, die es nur in einem alten Verzeichnis gibt
trigger-custom-message = Benutzerdefinierte Nachricht
trigger-custom-message-hint = Schreibt Bestätigungs- und Einladungsnachrichten um
trigger-pre-token-generation = Vor der Token-Erzeugung
trigger-pre-token-generation-hint = Fügt Claims in Tokens hinzu oder entfernt sie
trigger-define-auth-challenge = Auth-Challenge festlegen
trigger-define-auth-challenge-hint = Benutzerdefinierte Authentifizierung: welche Challenge als Nächstes kommt
trigger-create-auth-challenge = Auth-Challenge erzeugen
trigger-create-auth-challenge-hint = Benutzerdefinierte Authentifizierung: erzeugt die Challenge
trigger-verify-auth-challenge-response = Antwort auf Auth-Challenge prüfen
trigger-verify-auth-challenge-response-hint = Benutzerdefinierte Authentifizierung: prüft die Antwort

## Die Einstellungsseite eines Pools
pool-back-overview = ← Übersicht
pool-settings-title = Pool-Einstellungen
pool-settings-saved = Einstellungen gespeichert. Alle anderen Einstellungen bleiben unverändert.
pool-settings-save = Einstellungen speichern
pool-custom-read-only = { $name } ({ $kind }, schreibgeschützt)
pool-fixed-title = Beim Anlegen festgelegt
pool-fixed-note = Cognito lässt diese Einstellungen nicht mehr ändern, sobald ein Pool existiert (benutzerdefinierte Attribute lassen sich nur hinzufügen): Um sie zu ändern, legen Sie einen neuen Pool an und migrieren die Benutzer.
pool-add-custom = Benutzerdefinierte Attribute hinzufügen
pool-custom-added = Benutzerdefinierte Attribute hinzugefügt.
pool-add-attributes = Attribute hinzufügen
pool-mfa-updated = MFA aktualisiert.
pool-mfa-save = MFA speichern
pool-triggers-note = Ein ARN einer Lambda-Funktion je Trigger; leer lassen, wenn keiner gewünscht ist. Cognito muss jede Funktion aufrufen dürfen (eine ressourcenbasierte Richtlinie an der Funktion).
pool-triggers-others = Außerdem eingerichtet (bleiben, wie sie sind): { $triggers }
pool-triggers-saved = Trigger gespeichert.
pool-triggers-save = Trigger speichern
pool-delete-title = Diesen Pool löschen
pool-delete-protected = Der Löschschutz ist an: Schalten Sie ihn zuerst in den Einstellungen aus.
pool-delete-lead = Löscht den Pool mit allen Benutzern, Gruppen und App-Clients. Das lässt sich nicht rückgängig machen.
pool-delete = Pool löschen

## Einen Pool anlegen
pool-create-lead = Mit den Empfehlungen der Einrichtungsanleitung ausgefüllt. Als fest markierte Einstellungen lassen sich nicht mehr ändern, sobald der Pool existiert.
pool-create-submit = Benutzerpool anlegen

## Das Pool-Formular (Anlegen und Einstellungen)
pool-legend-pool = Pool
pool-name = Name des Pools
pool-legend-sign-up = Registrierung, Bestätigung und Wiederherstellung
pool-self-sign-up-label = Benutzer können sich selbst registrieren
pool-self-sign-up-hint = Aus: Nur Administratoren legen Benutzer an.
pool-auto-verify = Automatisch bestätigen (Cognito sendet einen Code)
pool-email-address = E-Mail-Adresse
pool-phone-sms = Telefonnummer (SMS)
pool-recovery-email-only = Nur E-Mail
pool-recovery-email-then-phone = E-Mail, dann SMS
pool-recovery-phone-then-email = SMS, dann E-Mail
pool-recovery-phone-only = Nur SMS
pool-recovery-admin-only = Keine: Ein Administrator setzt Passwörter zurück
pool-required-hint = Jeder Benutzer muss sie haben. Fest, sobald der Pool existiert.
pool-legend-protection = Schutz und Tags
pool-deletion-protection-hint = Solange der Löschschutz aktiv ist, lässt sich der Pool nicht löschen (die Konsole prüft das vor dem Löschen).
pool-tags-hint = key=value, eines je Zeile.
pool-sign-in-fixed = Cognito legt diese beim Anlegen des Pools fest: Diese Einstellungen lassen sich später nicht ändern.
pool-sign-in-with = Anmeldung der Benutzer mit
pool-sign-in-mode-attributes = E-Mail-Adresse und/oder Telefonnummer als Benutzername
pool-sign-in-mode-username = Benutzername, optional mit Aliassen
pool-identifiers = Kennungen (oder Aliasse)
pool-identifiers-hint = Der bevorzugte Benutzername ist nur als Alias möglich.
pool-case-sensitive-label = Benutzernamen unterscheiden Groß- und Kleinschreibung
pool-case-sensitive-hint = Aus wird empfohlen: User@example.com und user@example.com sind dann ein Konto.
pool-legend-password = Passwortrichtlinie
pool-policy = Richtlinie
pool-policy-custom = Eigene (unten)
pool-policy-cognito = Standard von Cognito (8 Zeichen, alle vier Arten, 7 Tage)
pool-min-length = Mindestlänge (6–99)
pool-temporary-days = Vorläufiges Passwort gültig für (Tage, 0–365)
pool-require-number = Ziffer verlangen
pool-require-symbol = Sonderzeichen verlangen
pool-require-uppercase = Großbuchstaben verlangen
pool-require-lowercase = Kleinbuchstaben verlangen
pool-legend-mfa = Multi-Faktor-Authentifizierung
pool-mfa-off = Aus
pool-mfa-optional = Optional: Jeder Benutzer entscheidet
pool-mfa-required = Für alle verpflichtend
pool-mfa-sms = SMS-Textnachricht
pool-mfa-sms-hint = Braucht die SNS-Rolle unter „E-Mail und SMS“ weiter unten.
pool-custom-note = Gespeichert als custom:name. Diese Attribute lassen sich später weder entfernen noch umbenennen. Lassen Sie den Namen einer Zeile leer, um sie zu überspringen; Min/Max sind bei String Längen, bei Number Werte.
pool-column-type = Typ
pool-column-mutable = Änderbar
pool-column-min = Min
pool-column-max = Max
pool-custom-row-name = Benutzerdefiniertes Attribut { $row }: Name
pool-custom-row-type = Benutzerdefiniertes Attribut { $row }: Typ
pool-custom-row-mutable = Benutzerdefiniertes Attribut { $row }: änderbar
pool-custom-row-min = Benutzerdefiniertes Attribut { $row }: Min
pool-custom-row-max = Benutzerdefiniertes Attribut { $row }: Max
pool-legend-messaging = E-Mail und SMS
pool-email-provider = E-Mail-Anbieter
pool-email-cognito = Absender von Cognito (begrenztes Tageskontingent; gut zum Testen)
pool-email-ses = Amazon SES (Produktion)
pool-ses-arn = ARN der SES-Identität (nur SES)
pool-from-address = Absenderadresse (nur SES)
pool-reply-to = Antwortadresse
pool-sns-role = ARN der SNS-Rolle für SMS
pool-sns-external-id = Externe ID für SNS

## Ablehnungen des Pool-Formulars und von Pool-Änderungen (in der Sprache der Anfrage)
pool-error-number-range = Geben Sie eine ganze Zahl von { $min } bis { $max } ein.
pool-error-tag-line = Schreiben Sie jedes Tag als key=value in eine eigene Zeile.
pool-error-tag-length = Tag-Schlüssel brauchen 1 bis 128 Zeichen, Werte höchstens 256.
pool-error-tag-aws = Tag-Schlüssel, die mit aws: beginnen, sind AWS vorbehalten.
pool-error-tag-twice = Das Tag { $key } ist doppelt angegeben.
pool-error-tags-max = Ein Pool kann höchstens 50 Tags haben.
pool-error-email = Geben Sie eine E-Mail-Adresse ein.
pool-error-ses-arn = Geben Sie den ARN einer bestätigten SES-Identität ein, etwa arn:aws:ses:us-east-1:123456789012:identity/example.com.
pool-error-from = Geben Sie eine Adresse oder einen Namen mit Adresse ein: Name <a@b.com>.
pool-error-role-arn = Geben Sie den ARN einer IAM-Rolle ein, etwa arn:aws:iam::123456789012:role/CognitoSns.
pool-error-external-id = Verwenden Sie höchstens 1224 Zeichen.
pool-error-recovery = Wählen Sie, wie Benutzer ihr Konto wiederherstellen.
pool-error-auto-verify = Nur email und phone_number lassen sich automatisch bestätigen.
pool-error-sms-role-needed = Das Bestätigen von Telefonnummern und die Wiederherstellung per SMS verschicken Textnachrichten: Geben Sie die IAM-Rolle an, mit der Cognito sie über SNS sendet.
pool-error-custom-name = Namen benutzerdefinierter Attribute brauchen 1 bis 20 Buchstaben, Ziffern, - oder _.
pool-error-custom-twice = Der Attributname { $name } kommt doppelt vor.
pool-error-custom-type = Wählen Sie für jedes benutzerdefinierte Attribut einen Typ.
pool-error-custom-min-max = { $name }: Das Minimum liegt über dem Maximum.
pool-error-custom-max = Ein Pool kann höchstens 50 benutzerdefinierte Attribute haben.
pool-error-sign-in-attributes = Wählen Sie für die Anmeldung E-Mail-Adresse, Telefonnummer oder beides.
pool-error-aliases = Aliasse können E-Mail-Adresse, Telefonnummer und bevorzugter Benutzername sein.
pool-error-sign-in-mode = Wählen Sie, wie sich Benutzer anmelden.
pool-error-not-standard = { $attribute } ist kein Standardattribut.
pool-error-phone-sign-in-sms = Die Anmeldung mit einer Telefonnummer verschickt Textnachrichten: Geben Sie die IAM-Rolle an, mit der Cognito sie über SNS sendet.
pool-error-mfa-mode = Wählen Sie „Aus“, „Optional“ oder „Für alle verpflichtend“.
pool-error-mfa-factor = Wählen Sie mindestens einen zweiten Faktor: eine Authenticator-App oder SMS.
pool-error-mfa-sms-role = SMS-Codes brauchen zuerst die SNS-Rolle des Pools (SMS-Einstellungen).
pool-error-custom-none = Geben Sie mindestens einen Attributnamen ein.
pool-error-custom-exists = Der Pool hat schon custom:{ $name }.
pool-error-console-pool = Die Konsole meldet sich mit diesem Pool an: Er lässt sich nicht aus der Konsole löschen.
pool-error-deletion-protection = Für diesen Pool ist der Löschschutz an. Schalten Sie ihn zuerst in den Einstellungen des Pools aus.
pool-error-has-domain = Dieser Pool hat noch die Domain { $domain }. Löschen Sie sie zuerst im Bereich „Domain“.

## Was ein neues Passwort verletzt (in der Sprache der Anfrage)
pool-password-too-short = Verwenden Sie mindestens { $length } Zeichen.
pool-password-too-long = Verwenden Sie höchstens 256 Zeichen.
pool-password-needs-uppercase = Verwenden Sie einen Großbuchstaben.
pool-password-needs-lowercase = Verwenden Sie einen Kleinbuchstaben.
pool-password-needs-number = Verwenden Sie eine Ziffer.
pool-password-needs-symbol = Verwenden Sie ein Sonderzeichen wie ! @ # $ % ^ & *.
pool-password-space = Beginnen oder enden Sie nicht mit einem Leerzeichen.
