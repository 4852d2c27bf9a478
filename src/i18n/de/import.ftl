# Deutsch: Import von Benutzern aus CSV. Gegenstück: ../en/import.ftl.

## Die Importseite
import-title = Benutzer importieren
import-lead = Eine CSV-Datei mit den Spalten eines Benutzerexports: die Standardattribute (email, given_name, phone_number, …), die benutzerdefinierten Attribute dieses Pools, cognito:username, enabled und groups (durch ; getrennt). Die Spalten sub, status, Datumsangaben und MFA werden übergangen. Ein vorhandener Benutzer wird aktualisiert (Attribute gesetzt, nie entfernt; aktiviert; tritt seinen Gruppen bei), ein neuer mit einem vorläufigen Passwort angelegt. Jede Zeile wird zuerst geprüft: ist eine fehlerhaft, wird nichts importiert.
import-csv = CSV
import-check = Datei prüfen
import-submit = Importieren

## Der Bericht über die geprüfte Datei
import-counts = { $create } anzulegen, { $update } zu aktualisieren, { $skip } schon so, { $error } fehlerhaft.
import-blocked = Korrigieren Sie die fehlerhaften Zeilen: solange eine fehlerhaft ist, wird nichts importiert.
import-nothing-applied = Noch wurde nichts angewendet.
import-column-line = Zeile
import-column-action = Aktion
import-column-detail = Einzelheiten
import-action-create = anlegen
import-action-update = aktualisieren
import-action-skip = überspringen
import-action-error = Fehler

## Was ein Import ablehnt
import-paste = Fügen Sie die CSV-Datei ein: ihre erste Zeile nennt die Spalten, wie die eines Exports.
import-too-large = Die Datei ist größer als 2 MB: importieren Sie sie in Teilen.
import-nothing-to-import = Nichts zu importieren: jeder Benutzer ist bereits so, wie die Datei sagt.
