# Deutsch: Einrichtungsvorlagen (die Seite, ihr Plan und Bericht, die Plantabelle, die eine Wiederherstellung mitbenutzt). Die Vorlagendatei selbst bleibt englisch. Gegenstück: ../en/blueprint.ftl.

## Die Seite
blueprint-title = Einrichtungsvorlage
blueprint-lead = Eine Vorlage beschreibt die Ressourcenserver, App-Clients, Gruppen, Benutzer und Mitgliedschaften eines Pools (TOML oder JSON; die Standardeinrichtung der Anleitung ist vorausgefüllt). „Planen“ zeigt, was sich ändern würde; „Anwenden“ setzt es um und meldet jeden Schritt. Vorlagen legen an und gleichen an, löschen aber nie.
blueprint-target = Ziel:
blueprint-target-named = der in [pool] genannte Pool (mit den Einstellungen der Anleitung angelegt, wenn es keinen gibt)
blueprint-target-pool = der Pool { $pool } (der Name in [pool] wird nicht verwendet)
blueprint-label = Vorlage
blueprint-plan = Planen
blueprint-apply = Anwenden

## Ein Plan und der Bericht einer Anwendung
blueprint-nothing = Nichts zu ändern: Der Pool entspricht der Vorlage.
blueprint-planned = { $count ->
    [one] Eine Änderung geplant
   *[other] { $count } Änderungen geplant
}. Es wurde noch nichts angewendet.
blueprint-stopped = Angehalten bei einem fehlgeschlagenen Schritt nach { $count ->
    [one] einer Änderung
   *[other] { $count } Änderungen
}; die folgenden Schritte wurden nicht versucht.
blueprint-applied = Angewendet: { $count ->
    [one] eine Änderung
   *[other] { $count } Änderungen
}.
blueprint-skipped = { $count ->
    [one] Ein Schritt übersprungen: Dieser Cognito-Endpunkt unterstützt ihn nicht.
   *[other] { $count } Schritte übersprungen: Dieser Cognito-Endpunkt unterstützt sie nicht.
}
blueprint-open-summary = Zur Zusammenfassung des Pools →
blueprint-passwords = Neue Benutzer haben die unten stehenden vorläufigen Passwörter erhalten. Diese werden nur dieses eine Mal angezeigt und müssen bei der ersten Anmeldung geändert werden.
blueprint-column-action = Aktion
blueprint-column-kind = Art
blueprint-column-detail = Einzelheiten
blueprint-not-attempted = nicht versucht
blueprint-temporary-password = vorläufiges Passwort: { $password }
blueprint-outcome-done = erledigt
blueprint-outcome-skipped = übersprungen: { $why }
blueprint-outcome-failed = fehlgeschlagen: { $why }

## Ein Schritt: seine Aktion und Art (Vorlagen und Wiederherstellungen)
blueprint-action-create = anlegen
blueprint-action-update = aktualisieren
blueprint-action-keep = behalten
blueprint-action-skip = überspringen
blueprint-action-delete = löschen
blueprint-kind-pool = Pool
blueprint-kind-pool-settings = Pooleinstellungen
blueprint-kind-domain = Domain
blueprint-kind-attribute = Attribut
blueprint-kind-resource-server = Ressourcenserver
blueprint-kind-app-client = App-Client
blueprint-kind-group = Gruppe
blueprint-kind-user = Benutzer
blueprint-kind-membership = Mitgliedschaft

## Was ein Schritt einer Vorlage täte (`rules::blueprint::plan`)
blueprint-detail-guide-settings = mit den Einstellungen der Anleitung
blueprint-detail-pool-exists = existiert ({ $id }); eine Vorlage ändert seine Einstellungen nicht
blueprint-detail-domain-new = { $prefix }-… (ein zufälliges Suffix)
blueprint-detail-domain-has = der Pool hat { $domain }
blueprint-detail-scopes = Scopes { $scopes }
blueprint-detail-as-described = wie beschrieben
blueprint-detail-name-scopes = Name und Scopes auf { $scopes }
blueprint-detail-preset = Vorgabe { $preset }
blueprint-detail-precedence = Priorität { $precedence }
blueprint-detail-precedence-change = Priorität { $now } → { $want }
blueprint-detail-user-new = mit einem erzeugten vorläufigen Passwort, ohne Einladung
blueprint-detail-user-exists = existiert; Attribute und Passwort bleiben, wie sie sind
blueprint-detail-member = schon Mitglied
blueprint-detail-add = zur Gruppe hinzufügen
blueprint-diff-auth-flows = Auth-Flows
blueprint-diff-oauth-flows = OAuth-Flows
blueprint-diff-scopes = Scopes
blueprint-diff-callback-urls = Callback-URLs
blueprint-diff-sign-out-urls = Abmelde-URLs
blueprint-diff-access-token = Zugriffstoken
blueprint-diff-id-token = ID-Token
blueprint-diff-refresh-token = Aktualisierungstoken

## Eine abgelehnte Vorlage (das Feld `blueprint`)
blueprint-error-too-large = Die Vorlage ist größer als 256 KB.
blueprint-error-unreadable = Die Vorlage konnte nicht gelesen werden: { $error }
blueprint-error-pool-name = Poolname { $name }: Verwenden Sie Buchstaben, Ziffern, Leerzeichen und + = , . @ - _ (höchstens 128).
blueprint-error-domain-prefix = Domain-Präfix { $prefix }: { $error } (9 weitere Zeichen werden angehängt).
blueprint-error-preset = Client { $name }: Die Vorgabe muss eine von { $presets } sein.
blueprint-error-email = Benutzer { $email }: Geben Sie eine E-Mail-Adresse ein.
blueprint-error-user-group = Benutzer { $email }: Die Gruppe { $group } ist nicht unter den Gruppen der Vorlage.
blueprint-error-too-many = Höchstens { $max } { $section } je Vorlage.
blueprint-error-twice = { $name } kommt zweimal vor ({ $section }).
blueprint-error-resource-server = Ressourcenserver { $id }: { $error }
blueprint-error-group = Gruppe { $name }: { $error }
blueprint-error-client = Client { $name }: { $error }
blueprint-section-resource-servers = Ressourcenserver
blueprint-section-clients = Clients
blueprint-section-groups = Gruppen
blueprint-section-users = Benutzer
