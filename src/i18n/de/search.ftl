# Deutsch: die Suche der Benutzerseite im Index der Konsole. Gegenstück: ../en/search.ftl.

## Wie es um den Index steht
search-index = Index
search-index-of = Sie durchsuchen den Index der Konsole mit
search-index-users = { $count ->
    [one] { $count } Benutzer
   *[other] { $count } Benutzern
}
search-index-built = , erstellt
# $age: eines der Alter unten (im Dativ, nach „vor“).
search-index-age = vor { $age }
search-index-elsewhere = Änderungen in dieser Konsole sind darin enthalten; anderswo vorgenommene erscheinen nach dem nächsten Aufbau.
search-rebuilding = Ein Neuaufbau läuft.
search-cognito-directly = Cognito direkt durchsuchen
search-rebuild-now = Jetzt neu aufbauen
search-rebuild = Neu aufbauen
search-only-when-asked = nur auf Anfrage
search-every-hour = stündlich
search-every-day = täglich
search-every-week = wöchentlich
search-every-hours = alle { $hours } Stunden
search-save-schedule = Zeitplan speichern
search-schedule-saved = Zeitplan gespeichert.

## Wie alt der Index ist (im Dativ: es folgt auf „vor“; auch auf der Auswertungsseite)
search-age-under-a-minute = weniger als einer Minute
search-age-minutes = { $count ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}
search-age-hours = { $count ->
    [one] { $count } Stunde
   *[other] { $count } Stunden
}
search-age-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tagen
}

## Ein Pool ohne Index
search-cognito-now = Sie durchsuchen Cognito direkt (ein Attribut, beginnt mit oder ist gleich).
search-the-index = Durchsuchen Sie den Index der Konsole
search-the-index-for = nach beliebigen Attributen, mit kombinierten Filtern und Sortierung.
search-building = Die Konsole baut den Index dieses Pools auf:
search-follow-build = Aufbau verfolgen
search-building-until = . Bis er fertig ist, gehen Suchen an Cognito.
search-build = Index aufbauen
search-who-builds = Ein Operator mit der Rolle support oder admin kann ihn aufbauen.
search-offer = Cognito durchsucht jeweils ein Standardattribut. Um jedes Attribut (auch benutzerdefinierte) nach „enthält“, „endet mit“ oder „fehlt“ zu durchsuchen, kombiniert mit Status, Gruppen und Datumsangaben, und um die Auswertung des Pools zu sehen, liest die Konsole jeden Benutzer in ihren eigenen Index (ein Auftrag, im Rahmen des Cognito-Kontingents).

## Das Suchformular und seine Ergebnisse
search-match-count = { $count ->
    [one] { $count } Benutzer gefunden.
   *[other] { $count } Benutzer gefunden.
}
search-sort-by = Sortieren nach
search-sort-by-label = Sortieren nach:
search-sort-username = Benutzername
search-sort-email = E-Mail
search-sort-status = Status
search-sort-created = Angelegt
search-sort-modified = Geändert
search-op-contains = enthält
search-op-starts-with = beginnt mit
search-op-ends-with = endet mit
search-op-equals = ist gleich
search-op-present = ist vorhanden
search-op-absent = fehlt
search-status-any = beliebig
search-enabled-either = beliebig
search-enabled-yes = aktiviert
search-enabled-no = deaktiviert
search-groups-any = in einer von
search-groups-all = in allen von
search-groups-none = in keiner von
search-these-groups = diesen Gruppen (Strg-Klick für mehrere)
search-created-from = Angelegt ab
search-date-to = bis
search-modified-from = Geändert ab

## Gespeicherte Suchen
search-saved = Gespeicherte Suchen
search-save-as = Diese Suche speichern als
search-saved-done = Gespeichert: Die Suche steht jetzt in dieser Liste, und ihr Link lässt sich teilen.
search-forget = Gespeicherte Suche { $name } vergessen

## Was eine Suche ablehnt
search-bad-attribute = Ein Attributname besteht aus Buchstaben, Ziffern, _ : - und . (höchstens 64).
search-value-too-long = Suchen Sie nach höchstens 256 druckbaren Zeichen.
search-too-many-groups = Wählen Sie höchstens 10 Gruppen.
search-unknown-group = Wählen Sie Gruppen dieses Pools.
search-bad-date = Geben Sie ein Datum als YYYY-MM-DD ein.
search-end-before-start = Das Enddatum liegt vor dem Anfangsdatum.
search-bad-interval = Wählen Sie eines der angebotenen Intervalle.
search-too-long = Diese Suche ist zu lang.
search-no-index = Dieser Pool hat noch keinen Index: Bauen Sie ihn zuerst auf oder durchsuchen Sie Cognito.
search-bad-stuck-days = Geben Sie eine Anzahl Tage von 1 bis 3650 ein.
search-no-index-analytics = Dieser Pool hat noch keinen Index: Bauen Sie ihn auf, um seine Auswertung zu sehen.
search-bad-name = Benennen Sie die Suche (höchstens 80 Zeichen).
