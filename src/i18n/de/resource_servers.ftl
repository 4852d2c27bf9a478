# Deutsch: die Ressourcenserver eines Pools und ihre eigenen Scopes. Gegenstück: ../en/resource_servers.ftl.

## Die Seite der Ressourcenserver
rs-lead = Ein Ressourcenserver ist eine API; seine eigenen Scopes (Kennung/Scope) sind das, was Client-Credentials-Clients anfordern.
rs-none = Dieser Pool hat keine Ressourcenserver.
rs-add-title = Ressourcenserver hinzufügen
rs-identifier = Kennung (z. B. myapp-api oder https://api.example.com)
rs-name = Name
rs-scopes = Scopes
# Der Anfangstext des Scope-Felds: ein Scope je Zeile, sein Name, ein Leerzeichen, seine Beschreibung.
rs-scopes-example =
    read Lesezugriff
    write Schreibzugriff
rs-scopes-hint = Einer je Zeile: der Name des Scopes, ein Leerzeichen, seine Beschreibung.
rs-add = Ressourcenserver hinzufügen
rs-added = Ressourcenserver hinzugefügt.
rs-scope = Scope
rs-edit = Bearbeiten
rs-delete-title = Löschen
rs-delete-lead = Clients behalten die Namen der Scopes, können dafür aber keine Tokens mehr erhalten.
rs-delete = Ressourcenserver löschen
rs-deleted = Gelöscht.

## Was der Server zum Formular eines Ressourcenservers sagt
rs-error-identifier = Verwenden Sie 1 bis 256 Zeichen ohne Leerzeichen, Anführungszeichen oder Backslashes, z. B. myapp-api oder https://api.example.com.
rs-error-scope-name = { $scope }: Namen von Scopes enthalten keine Leerzeichen, Schrägstriche, Anführungszeichen oder Backslashes.
rs-error-scope-description = { $scope }: Geben Sie nach dem Namen eine Beschreibung an (bis zu 256 Zeichen).
rs-error-scope-twice = Der Scope { $scope } steht zweimal in der Liste.
rs-error-too-many-scopes = Ein Ressourcenserver kann höchstens 100 Scopes haben.
rs-error-exists = Der Pool hat bereits einen Ressourcenserver mit dieser Kennung.
