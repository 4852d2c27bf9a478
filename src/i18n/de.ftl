# Pooldesk, Deutsch. Jede Meldung hier hat ihr englisches Gegenstück in en.ftl (ein Test prüft es).

## Der Rahmen jeder Seite
nav-main = Hauptnavigation
nav-user-pools = Benutzerpools
nav-identity-pools = Identitätspools
nav-jobs = Aufträge
nav-audit = Protokoll
sign-out = Abmelden
footer-press = Drücken Sie
footer-for-shortcuts = für die Tastenkürzel.
skip-to-content = Zum Inhalt springen
theme-nav = Farbschema
theme-label = Farbschema:
theme-system = System
theme-light = Hell
theme-dark = Dunkel
lang-nav = Sprache

## Tastenkürzel
shortcuts-title = Tastenkürzel
shortcuts-close = Schließen
shortcuts-then = { $first } dann { $second }
shortcut-search = Suchen (Benutzerseite)
shortcut-pools = Benutzerpools
shortcut-users = Benutzer dieses Pools
shortcut-groups = Gruppen dieses Pools
shortcut-list = Diese Liste

## Die Bereiche eines Pools
pool-sections = Bereiche des Pools
tab-overview = Übersicht
tab-settings = Einstellungen
tab-users = Benutzer
tab-analytics = Auswertung
tab-groups = Gruppen
tab-app-clients = App-Clients
tab-domain = Domain
tab-resource-servers = Ressourcenserver
tab-identity-providers = Identitätsanbieter
tab-summary = Zusammenfassung
tab-advisor = Empfehlungen
tab-threat-protection = Bedrohungsschutz
tab-backup = Sicherung
tab-test = Test

## Gemeinsame Teile
loading = Wird geladen…
pagination = Seitennavigation
pagination-previous = Zurück
pagination-next = Weiter
pagination-page = Seite { $page }
confirm-your-password = Passwort bestätigen
badge-disabled = Deaktiviert
type-to-confirm = Zur Bestätigung { $name } eingeben
saved = Gespeichert.
back = Zurück
not-found-title = Seite nicht gefunden
not-found-back = Zurück zu den Benutzerpools

## Anmelden
login-title = Anmelden
login-username = E-Mail-Adresse oder Benutzername
login-password = Passwort
login-submit = Anmelden
new-password-title = Neues Passwort wählen
new-password-lead = Sie haben sich mit einem vorläufigen Passwort angemeldet. Wählen Sie ein eigenes, um fortzufahren.
new-password = Neues Passwort
new-password-repeat = Neues Passwort wiederholen
new-password-submit = Passwort festlegen und anmelden
start-again = Von vorn beginnen
mfa-title = Code eingeben
mfa-lead = Geben Sie den sechsstelligen Code aus Ihrer Authenticator-App ein.
mfa-code = Code
mfa-submit = Prüfen
step-up-title = Passwort bestätigen
step-up-lead = Client-Geheimnisse, Löschungen und Änderungen an den Gruppen der Konsole selbst verlangen eine kürzliche Anmeldung. Bestätigen Sie Ihr Passwort, um fortzufahren; die Bestätigung gilt einige Minuten.
step-up-code = Code aus Ihrer Authenticator-App (falls Ihr Konto eine nutzt)
step-up-submit = Bestätigen

## Die Benutzerseite
users-title = Benutzer
users-create = Benutzer anlegen
users-import = Aus CSV importieren
users-attribute = Attribut
users-match = Vergleich
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
