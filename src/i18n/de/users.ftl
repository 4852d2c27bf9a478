# Deutsch: Benutzer, die Seite eines Benutzers, Gruppen, Sammeländerungen und Exporte. Gegenstück: ../en/users.ftl.

## Die Benutzerseite
users-title = Benutzer
users-create = Benutzer anlegen
users-import = Aus CSV importieren
users-attribute = Attribut
users-match = Vergleich
users-match-prefix = beginnt mit (^=)
users-match-exact = ist gleich (=)
users-search-example = z. B. ann@
users-value = Wert
users-in-group = In Gruppe
users-per-page = Pro Seite
users-search = Suchen
users-group-filter-note = Ein Gruppenfilter listet die Mitglieder der Gruppe und übergeht die Attributsuche (Cognito kann beides nicht verbinden).
users-none = Keine Benutzer gefunden.
users-select = { $user } auswählen
column-select = Auswahl
column-user = Benutzer
column-username = Benutzername
column-status = Status
column-created = Angelegt
column-modified = Geändert

## Die Seite eines Benutzers: die alltäglichen Aktionen des Supports
user-back = ← Benutzer
user-you = Sie
user-attributes = Attribute
user-status = Status
user-enabled = Aktiviert
user-created = Angelegt
user-last-modified = Zuletzt geändert
yes = Ja
no = Nein
user-groups-title = Gruppen (nach Priorität)
user-no-groups = In keiner Gruppe.
user-remove = Entfernen
user-removed-from-group = Aus der Gruppe entfernt.
user-add-to-group = Zu Gruppe hinzufügen
user-choose-group = Gruppe wählen…
user-add = Hinzufügen
user-added-to-group = Zur Gruppe hinzugefügt.
user-actions = Aktionen
user-disable-title = Benutzer deaktivieren
user-disable-lead = Ein deaktivierter Benutzer kann sich nicht anmelden; seine Tokens bleiben bis zu ihrem Ablauf gültig.
user-disable = Deaktivieren
user-cannot-disable-self = Sie können Ihr eigenes Konto nicht deaktivieren.
user-enable = Benutzer aktivieren
user-confirm-sign-up = Registrierung bestätigen
user-sign-up-confirmed = Registrierung bestätigt.
user-reset-title = Passwort zurücksetzen
user-reset-lead = Cognito schickt dem Benutzer per E-Mail oder SMS einen Code und lässt ihn bei der nächsten Anmeldung ein neues Passwort wählen. Dafür braucht er eine bestätigte E-Mail-Adresse oder Telefonnummer.
user-reset-done = Passwort zurückgesetzt; der Benutzer hat einen Code erhalten.
user-set-password-title = Passwort festlegen
user-new-password = Neues Passwort
user-permanent = Dauerhaft (sonst muss der Benutzer es bei der nächsten Anmeldung ändern)
user-password-set = Passwort festgelegt.
user-sign-out-title = Überall abmelden
user-sign-out-lead = Widerruft alle Aktualisierungstokens des Benutzers. Zugriffstokens bleiben bis zu ihrem Ablauf gültig (standardmäßig höchstens eine Stunde).
user-signed-out = Überall abgemeldet.
user-delete-title = Benutzer löschen
user-delete = Endgültig löschen
user-cannot-delete-self = Sie können Ihr eigenes Konto nicht löschen.

## Die MFA-Karte der Benutzerseite
mfa-factor-totp = Authenticator-App (TOTP)
mfa-factor-sms = Textnachricht (SMS)
mfa-factor-email = Code per E-Mail
mfa-code-totp = einen Code aus seiner Authenticator-App
mfa-code-sms = einen per SMS gesendeten Code
mfa-code-email = einen per E-Mail gesendeten Code
mfa-state-preferred = an, bevorzugt
mfa-state-on = an
mfa-state-off = aus
mfa-state-not-offered = in diesem Pool nicht angeboten
mfa-make-preferred = Bevorzugen
mfa-reset-app = Zurücksetzen (App verloren)
mfa-turn-off = Ausschalten
mfa-turn-on = Einschalten
mfa-pool-on = MFA ist in diesem Pool Pflicht.
mfa-pool-optional = MFA ist in diesem Pool optional: Es gelten die Einstellungen des jeweiligen Benutzers.
mfa-pool-off = MFA ist in diesem Pool ausgeschaltet: Niemand wird nach einem zweiten Faktor gefragt.
next-sign-in-enters = Bei der nächsten Anmeldung gibt der Benutzer { $code } ein.
next-sign-in-chooses = Bei der nächsten Anmeldung wählt der Benutzer einen Faktor und gibt dessen Code ein.
next-sign-in-sets-up-app = MFA ist Pflicht, und der Benutzer hat keinen Faktor eingeschaltet: Bei der nächsten Anmeldung lässt Cognito ihn erst eine Authenticator-App einrichten.
next-sign-in-other-means = MFA ist Pflicht, und der Benutzer hat keinen Faktor eingeschaltet: Cognito verlangt bei der nächsten Anmeldung einen Code auf anderem Weg (SMS an seine Telefonnummer oder E-Mail).
next-sign-in-password-alone = Der Benutzer meldet sich allein mit seinem Passwort an.
mfa-ways = Anmeldewege dieses Benutzers:
mfa-ways-none = keine gemeldet
sign-in-factor-password = Passwort
sign-in-factor-email = Einmalcode per E-Mail
sign-in-factor-sms = Einmalcode per SMS
sign-in-factor-passkey = Passkey
passkeys-off = Passkeys sind in diesem Pool keine Anmeldeart.
passkeys-on = Passkeys: erlaubt (vertrauende Partei { $party }{ $verification }). Die Passkeys eines Benutzers gehören ihm: Cognito listet und entfernt sie nur über die eigene Anmeldung des Benutzers, nicht über die Konsole.
passkeys-party-default = die Domain des Pools
passkeys-verification-required = , Benutzerprüfung verlangt
passkeys-verification-preferred = , Benutzerprüfung bevorzugt

## Die Gerätekarte der Benutzerseite
devices-title = Geräte
devices-off = Dieser Pool verfolgt keine Geräte (die Geräteverfolgung ist in seinen Anmeldeeinstellungen aus): Cognito merkt sich keine, es gibt also nichts zu vergessen.
device-tracking-prompt-challenge = Geräte werden gemerkt, wenn der Benutzer in der App zustimmt; ein neues Gerät muss MFA bestehen, ein gemerktes nicht.
device-tracking-prompt = Geräte werden gemerkt, wenn der Benutzer in der App zustimmt.
device-tracking-every-challenge = Jedes Gerät, auf dem sich der Benutzer anmeldet, wird gemerkt; ein neues Gerät muss MFA bestehen, ein gemerktes nicht.
device-tracking-every = Jedes Gerät, auf dem sich der Benutzer anmeldet, wird gemerkt.
device-unnamed = Unbenanntes Gerät
device-remembered = gemerkt
device-not-remembered = nicht gemerkt
device-seen-from = Zuletzt gesehen am { $last } von { $ip } aus · zuerst gesehen am { $first }
device-seen = Zuletzt gesehen am { $last } · zuerst gesehen am { $first }
devices-none = Keine gemerkten Geräte.
devices-forget-all = Alle Geräte vergessen
devices-forget-note = Ein vergessenes Gerät meldet sich wie ein neues an (mit MFA-Prüfung, wo der Pool es verlangt). Um auch seine offenen Sitzungen zu beenden, melden Sie den Benutzer überall ab.
devices-forgotten = Gerät vergessen.
devices-all-forgotten = Alle Geräte vergessen.
devices-not-remembered-now = Das Gerät wird nicht mehr gemerkt.
devices-stop-remembering = Nicht mehr merken
devices-forget = Vergessen

## Der Anmeldeverlauf der Benutzerseite
sign-ins-title = Anmeldeverlauf
sign-ins-none = Nichts aufgezeichnet.
sign-ins-trail-note = Was Operatoren an diesem Konto getan haben, sieht, wer es ändern darf.
sign-ins-pages = Seiten des Anmeldeverlaufs
sign-ins-newest = Neueste
sign-ins-older = Ältere
sign-ins-feedback-recorded = Rückmeldung gespeichert.
sign-ins-said-valid = Als der Benutzer bestätigt
sign-ins-said-invalid = Als nicht der Benutzer gemeldet
sign-ins-said-other = Rückmeldung gegeben
sign-ins-was-user = War der Benutzer
sign-ins-was-not-user = War nicht der Benutzer
sign-ins-by = von { $operator }
sign-ins-done = erledigt
event-sign-in = Anmeldung
event-sign-up = Registrierung
event-forgot-password = Passwort vergessen
event-password-change = Passwort geändert
event-resend-code = Code erneut gesendet
risk-level-low = geringes Risiko
risk-level-medium = mittleres Risiko
risk-level-high = hohes Risiko
risk-takeover = Kontoübernahme vermutet
risk-blocked = blockiert
risk-none = kein Risiko
risk-compromised = kompromittiertes Passwort

## Verknüpfte Identitäten auf der Benutzerseite
identities-title = Verknüpfte Identitäten
identities-none = Keine: Dieser Benutzer meldet sich nur über die pooleigene Anmeldung an.
identities-no-providers = Dieser Pool hat keine Identitätsanbieter (Google, SAML, OIDC, …): Es gibt nichts zu verknüpfen.
identities-at-limit = Es sind { $max } Identitäten verknüpft, das Maximum bei Cognito: Lösen Sie eine Verknüpfung, um eine andere Identität zu verknüpfen.
identities-link-title = Identität verknüpfen
identities-link-consequences = Ab der nächsten Anmeldung über diesen Anbieter meldet Cognito die Person als diesen Benutzer an: mit seinen Gruppen, Attributen und seiner MFA. Ein föderierter Benutzer, den der Anbieter schon angelegt hat (Anbieter_ID), wird nicht zusammengeführt: Cognito lehnt die Verknüpfung ab, bis er gelöscht ist.
identities-provider = Identitätsanbieter
identities-subject = Die ID des Benutzers beim Anbieter (sub)
identities-link = Verknüpfen
identities-linked = Identität verknüpft: Bei ihrer nächsten Anmeldung wird sie als dieser Benutzer angemeldet.
identities-unlinked = Verknüpfung gelöst.
identities-primary = primär
identities-linked-on = Verknüpft am { $date }
identities-unlink = Lösen
identities-unlink-note = Bei ihrer nächsten Anmeldung entsteht ein eigener Benutzer für diese Identität

## Attribute, wie man sie nennt (Cognitos Name folgt in Klammern)
attr-address = Adresse
attr-birthdate = Geburtsdatum
attr-email = E-Mail-Adresse
attr-email-verified = E-Mail-Adresse bestätigt
attr-family-name = Nachname
attr-gender = Geschlecht
attr-given-name = Vorname
attr-locale = Gebietsschema
attr-middle-name = Zweiter Vorname
attr-name = Name
attr-nickname = Spitzname
attr-phone-number = Telefonnummer
attr-phone-number-verified = Telefonnummer bestätigt
attr-picture = Bild
attr-preferred-username = Bevorzugter Benutzername
attr-profile = Profil
attr-sub = Kennung
attr-updated-at = Aktualisiert am
attr-website = Website
attr-zoneinfo = Zeitzone
user-edit-attributes = Attribute bearbeiten
user-edit-attributes-note = Aufgeführt sind nur Attribute, die der Pool als änderbar kennzeichnet. Leeren Sie ein Feld, um seinen Wert zu entfernen.
user-save-attributes = Attribute speichern
user-attributes-saved = Attribute gespeichert.

## Einen Benutzer anlegen, und die Passwortrichtlinie
user-created-notice = Angelegt:
user-generated-password = Vorläufiges Passwort (nur jetzt sichtbar; der Benutzer muss es bei der ersten Anmeldung ändern):
user-create-email-is-username = In diesem Pool meldet man sich mit der E-Mail-Adresse an; sie dient als Benutzername.
user-create-phone = Telefonnummer (+4915112345678)
user-create-verified = Bestätigt
user-create-email-verified = E-Mail-Adresse als bestätigt markieren
user-create-phone-verified = Telefonnummer als bestätigt markieren
user-create-password = Vorläufiges Passwort (leer lassen, um eines zu erzeugen)
user-create-policy = Richtlinie: { $policy }. Ein erzeugtes Passwort wird nach dem Anlegen des Benutzers einmalig auf dieser Seite angezeigt.
user-create-invitation = Einladung
user-create-invitation-suppress = Nicht senden (Passwort selbst weitergeben)
user-create-invitation-email = Per E-Mail senden
user-create-invitation-sms = Per SMS senden
user-create-group = Erste Gruppe
password-min-length = Mindestens { $length } Zeichen
password-uppercase = Enthält einen Großbuchstaben
password-lowercase = Enthält einen Kleinbuchstaben
password-number = Enthält eine Ziffer
password-symbol = Enthält ein Sonderzeichen

## Gruppen
groups-title = Gruppen
groups-create-title = Gruppe anlegen
groups-name = Name
groups-description = Beschreibung
groups-precedence-optional = Priorität (0 ist die höchste; optional)
groups-role-optional = ARN der IAM-Rolle (optional)
groups-create = Gruppe anlegen
groups-created = Gruppe angelegt.
groups-guide-title = Die Gruppen der Anleitung hinzufügen
groups-guide-lead = admin (1), moderator (5), premium (8), user (10), readonly (15). Gruppen, die der Pool schon hat, bleiben, wie sie sind.
groups-guide-add = Fehlende Gruppen hinzufügen
groups-guide-none = Nichts hinzuzufügen: Der Pool hat bereits alle.
groups-guide-created = Angelegt: { $groups }.
groups-none = Dieser Pool hat keine Gruppen.
groups-tie = Gleichstand
groups-tie-note = Eine andere Gruppe hat dieselbe Priorität
column-precedence = Priorität
column-name = Name
column-description = Beschreibung
column-iam-role = IAM-Rolle
column-members = Mitglieder
group-back = ← Gruppen
group-no-members = Keine Mitglieder.
group-add-member = Mitglied hinzufügen
group-member-username = Benutzername oder E-Mail-Adresse
group-added = Hinzugefügt.
group-edit = Gruppe bearbeiten
group-role = ARN der IAM-Rolle
save = Speichern
group-delete = Gruppe löschen
group-member-count = Die Gruppe hat { $count }{ $plus } { $count ->
    [one] Mitglied
   *[other] Mitglieder
}.
group-delete-lead = Die Mitglieder bleiben im Pool; sie verlieren nur diese Gruppe. Bereits ausgestellte Tokens behalten die Gruppe bis zu ihrem Ablauf.

## Sammeländerungen und Exporte auf der Benutzerseite
bulk-with-selected = Mit den ausgewählten Benutzern:
bulk-action = Sammelaktion
bulk-group = Gruppe der Sammelaktion
bulk-group-placeholder = (Gruppe)
bulk-remove-from-group = Aus Gruppe entfernen
bulk-enable = Aktivieren
bulk-apply-selected = Auf Auswahl anwenden
bulk-apply-all = Auf alle Suchtreffer anwenden
bulk-job-note = Läuft als Auftrag: Sie können den Tab schließen.
export-as = Exportieren als
export-with-mfa = mit MFA-Einstellungen (ein Lesezugriff mehr je Benutzer: etwa 1 s je 120 Benutzer)
export-all = Alle Benutzer exportieren
export-matching = Alle Suchtreffer exportieren

