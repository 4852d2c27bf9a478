# Deutsch: Import von Benutzern aus CSV. Gegenstück: ../en/import.ftl.

## Die Importseite
import-title = Benutzer importieren
import-lead = Eine CSV-Datei mit den Spalten eines Benutzerexports: die Standardattribute (email, given_name, phone_number, …), die benutzerdefinierten Attribute dieses Pools, cognito:username, enabled und groups (durch ; getrennt). Die Spalten sub, status, Datumsangaben und MFA werden übergangen. Ein vorhandener Benutzer wird aktualisiert (Attribute gesetzt, nie entfernt; aktiviert; tritt seinen Gruppen bei), ein neuer mit einem vorläufigen Passwort angelegt. Jede Zeile wird zuerst geprüft: Ist eine fehlerhaft, wird nichts importiert.
import-csv = CSV
import-check = Datei prüfen
import-submit = Importieren

## Der Bericht über die geprüfte Datei
import-counts = { $create } anzulegen, { $update } zu aktualisieren, { $skip } bereits aktuell, { $error } fehlerhaft.
import-blocked = Korrigieren Sie die fehlerhaften Zeilen: Solange eine fehlerhaft ist, wird nichts importiert.
import-nothing-applied = Es wurde noch nichts angewendet.
import-column-line = Zeile
import-column-action = Aktion
import-column-detail = Einzelheiten
import-action-create = anlegen
import-action-update = aktualisieren
import-action-skip = überspringen
import-action-error = Fehler

## Was ein Import ablehnt
import-paste = Fügen Sie den CSV-Inhalt ein: Die erste Zeile nennt die Spalten, wie bei einem Export.
import-too-large = Die Datei ist größer als 2 MB: Importieren Sie sie in Teilen.
import-nothing-to-import = Nichts zu importieren: Jeder Benutzer entspricht bereits der Datei.

## Die Zeilen eines Imports: warum eine Zeile nicht importiert werden kann, was sie ändert (`rules::import`)
import-column-needed = Eine Spalte { $column } ist nötig: sie sagt, welcher Benutzer eine Zeile ist.
import-row-unreadable = die Zeile ließ sich nicht lesen: { $error }
import-not-true-false = { $value } ist weder true noch false
import-not-a-group = { $group } ist keine Gruppe dieses Pools
import-no-user = leer, daher nennt die Zeile keinen Benutzer
import-same-user = derselbe Benutzer wie in Zeile { $line }
import-not-email = { $value } ist keine E-Mail-Adresse
import-not-phone = { $value } ist keine Telefonnummer in der Form +15551234567
import-too-long = länger als 2.048 Zeichen
import-formula = { $value } würde als Tabellenformel ausgeführt; setzen Sie ' davor, um es als Text zu importieren
import-joins = tritt { $groups } bei
import-already = schon wie in der Datei
import-error-line = Zeile { $line } ({ $user }): { $detail }
import-and-more = und { $count } weitere
import-refused-rows = { $count ->
        [one] Eine Zeile lässt
       *[other] { $count } Zeilen lassen
    } sich nicht importieren, daher wurde nichts importiert: { $lines }.
