# Deutsch: der Rahmen jeder Seite, gemeinsame Teile, Anmelden. Jede Meldung hat ihr Gegenstück in ../en/frame.ftl (ein Test prüft es).

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
type-to-confirm = Geben Sie zur Bestätigung { $name } ein
saved = Gespeichert.
download-file = { $file } herunterladen
none = keine
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
step-up-lead = Client-Geheimnisse, Löschungen und Änderungen an den Gruppen der Konsole selbst erfordern eine kürzlich erfolgte Anmeldung. Bestätigen Sie Ihr Passwort, um fortzufahren; die Bestätigung gilt einige Minuten.
step-up-code = Code aus Ihrer Authenticator-App (falls Ihr Konto eine nutzt)
step-up-submit = Bestätigen

## Der Name einer Tabelle für Screenreader (`components::table::DataTable`, nach ihrem `name`)
table-apply = Tabelle der Anwendung
table-audit = Tabelle des Protokolls
table-clients = Tabelle der App-Clients
table-groups = Tabelle der Gruppen
table-identity-pools = Tabelle der Identitätspools
table-import = Tabelle des Imports
table-job-items = Tabelle der Auftragsschritte
table-jobs = Tabelle der Aufträge
table-members = Tabelle der Mitglieder
table-plan = Tabelle des Plans
table-pools = Tabelle der Pools
table-summary-clients = Tabelle der App-Clients (Zusammenfassung)
table-summary-groups = Tabelle der Gruppen (Zusammenfassung)
table-summary-identity-pools = Tabelle der Identitätspools (Zusammenfassung)
table-summary-users = Tabelle der Benutzer (Zusammenfassung)
table-users = Tabelle der Benutzer
