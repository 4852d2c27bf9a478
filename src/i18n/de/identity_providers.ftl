# Deutsch: die Identitätsanbieter eines Pools (SAML, OpenID Connect, Anmeldung über soziale Konten) und ihre Formulare. Gegenstück: ../en/identity_providers.ftl.

## Die Seite der Identitätsanbieter
idp-lead = Föderation: Benutzer melden sich über ein anderes Verzeichnis (SAML 2.0, OpenID Connect) oder ein soziales Konto an, über die verwalteten Anmeldeseiten des Pools. Bei der ersten Anmeldung legt Cognito einen Benutzer an, benannt nach dem Anbieter und der ID der Person dort; ein App-Client bietet einen Anbieter an, sobald der Anbieter unter dessen Identitätsanbietern angekreuzt ist.
idp-no-domain = Dieser Pool hat keine Domain: Die föderierte Anmeldung läuft über die verwalteten Anmeldeseiten, die eine brauchen (
idp-no-domain-link = Domain
idp-none = Dieser Pool hat keine Identitätsanbieter: Benutzer melden sich mit den eigenen Benutzernamen und Passwörtern des Pools an.
idp-add-title = Identitätsanbieter hinzufügen

## Was der Anbieter erhält
idp-give-provider = Dem Anbieter mitteilen:
idp-entity-id = Entity-ID (Audience):
idp-acs-url = Assertion-Consumer-Service-URL (ACS):
idp-redirect-uri = Weiterleitungs-URI:
idp-return-later = Seine Rücksprungadresse steht fest, sobald der Pool eine Domain hat.

## Die Karte eines Anbieters
idp-card-meta = { $kind } · hinzugefügt am { $added } · geändert am { $changed }
idp-withheld-uploaded = hochgeladen
idp-withheld-set = gesetzt (wird nie angezeigt)
idp-not-offered = Bisher bietet ihn kein App-Client an: Kreuzen Sie ihn unter den Identitätsanbietern eines App-Clients an.
idp-offered-by = Angeboten von:
idp-mapping-none = Keine: Föderierte Benutzer erhalten nur ihren Benutzernamen.
idp-column-pool-attribute = Pool-Attribut
idp-column-provider-attribute = Attribut des Anbieters
idp-unmapped = Der Pool verlangt { $attributes }, was dieser Anbieter nicht zuordnet: Seine Benutzer können nicht angelegt werden.
idp-identifiers-shown = Kennungen:
idp-edit = Bearbeiten
idp-delete = Löschen
idp-delete-lead = Wer sich über ihn angemeldet hat, kann sich nicht mehr über ihn anmelden; die Benutzer, die Cognito dafür angelegt hat, bleiben, und Verknüpfungen anderer Benutzer mit ihm funktionieren nicht mehr.
idp-delete-offered = App-Clients bieten ihn noch an: Entfernen Sie ihn zuerst aus deren Identitätsanbietern.
idp-delete-button = Identitätsanbieter löschen
idp-deleted = Gelöscht.

## Einen Anbieter hinzufügen
idp-add-saml = SAML-2.0-Anbieter
idp-add-oidc = OpenID-Connect-Anbieter
idp-name-label = Name (auf der Anmeldeseite angezeigt; z. B. Okta oder CorpAD)
idp-add-button = { $kind } hinzufügen
idp-added = Anbieter hinzugefügt.

## Die Felder und Angaben eines Anbieters
idp-keep-hint = { $what } (leer lassen, um den bei Cognito hinterlegten Wert zu behalten)
idp-private-key-file = Privater Schlüssel (.p8-Datei)
idp-metadata-file-keep = Oder das Metadatendokument (leer lassen, um das hochgeladene zu behalten)
idp-metadata-file-paste = Oder das Metadatendokument (das XML einfügen)
idp-init-label = Vom Anbieter gestartete Anmeldungen annehmen
idp-init-hint = Unaufgeforderte Assertions: bequem, aber innerhalb der Gültigkeit der Assertion anfällig für Wiederholungsangriffe.
idp-encrypted-label = Verschlüsselte Assertions anfordern
idp-sign-requests-label = Anfragen signieren (RSA-SHA256)
idp-api-version-label = Graph-API-Version (z. B. v17.0; leer für die Vorgabe von Cognito)
idp-issuer-url = Issuer-URL
idp-endpoints-summary = Endpunkte, falls der Issuer kein Discovery-Dokument hat
idp-mapping = Attributzuordnung
idp-mapping-hint = Eine je Zeile: Pool-Attribut = Attribut des Anbieters (z. B. email = email).
idp-identifiers = Kennungen
idp-identifiers-hint = Eine je Zeile. Ein Anmeldelink kann den Anbieter über eine Kennung wählen; eine E-Mail-Domain (example.com) leitet die Benutzer dieser Domain zu ihm.
idp-client-id = Client-ID
idp-client-secret = Client-Geheimnis
idp-scopes = Scopes
idp-api-version = Graph-API-Version
idp-team-id = Team-ID
idp-key-id = Schlüssel-ID
idp-private-key = Privater Schlüssel
idp-issuer = Issuer
idp-attributes-request-method = Methode der userInfo-Anfrage
idp-authorize-url = Autorisierungsendpunkt
idp-token-url = Token-Endpunkt
idp-attributes-url = userInfo-Endpunkt
idp-jwks-uri = JWKS-URI
idp-token-request-method = Methode der Token-Anfrage
idp-attributes-url-add-attributes = An die userInfo-URL angehängte Attribute
idp-metadata-url = Metadaten-URL
idp-metadata-file = Metadatendokument
idp-signout = Auch beim Anbieter abmelden
idp-init = Vom Anbieter gestartete Anmeldung
idp-encrypted-responses = Verschlüsselte Assertions
idp-request-signing = Signierte Anfragen
idp-sso-url = Anmelde-URL des Anbieters
idp-slo-url = Abmelde-URL des Anbieters
idp-encryption-certificate = Verschlüsselungszertifikat

## Was das Formular ablehnt
idp-error-choose-type = Wählen Sie einen Anbietertyp.
idp-error-cannot-edit = Pooldesk kann Anbieter vom Typ { $type } nicht bearbeiten.
idp-error-metadata-both = Geben Sie die Metadaten-URL an oder fügen Sie das Dokument ein, nicht beides.
idp-error-metadata-missing = Geben Sie die URL der SAML-Metadaten des Anbieters an oder fügen Sie das Dokument unten ein.
idp-error-client-id = Geben Sie die Client-ID an, die der Anbieter ausgestellt hat.
idp-error-private-key-missing = Fügen Sie den privaten Schlüssel (.p8) ein, den Apple ausgestellt hat.
idp-error-client-secret-missing = Geben Sie das Client-Geheimnis an, das der Anbieter ausgestellt hat.
idp-error-private-key-whole = Fügen Sie die ganze .p8-Datei ein, von -----BEGIN PRIVATE KEY----- bis zu ihrer END-Zeile.
idp-error-api-version = Schreiben Sie die Graph-API-Version als v17.0, oder lassen Sie das Feld leer.
idp-error-team-id = Apples Team-ID besteht aus 10 Buchstaben und Ziffern.
idp-error-key-id = Apples Schlüssel-ID besteht aus 10 Buchstaben und Ziffern.
idp-error-request-method = Wählen Sie GET oder POST für die userInfo-Anfrage.
idp-error-endpoints = Geben Sie alle vier Endpunkte an, oder keinen, damit Cognito sie beim Issuer ermittelt.
idp-error-social-name = Ein Anbieter vom Typ { $kind } heißt { $name }.
idp-error-name = Verwenden Sie 3 bis 32 Zeichen ohne Leerzeichen und Unterstriche, z. B. Okta oder CorpAD.
idp-error-name-reserved = { $name } ist reserviert; wählen Sie einen anderen Namen.
idp-error-https = Geben Sie eine https://-URL an.
idp-error-metadata-size = Das Metadatendokument ist größer als 128 KB; geben Sie stattdessen seine URL an.
idp-error-metadata-not-saml = Das sind keine SAML-Metadaten: Fügen Sie das XML-Dokument mit seinem EntityDescriptor ein.
idp-error-scopes-missing = Geben Sie die anzufragenden Scopes an, z. B. { $scopes }.
idp-error-not-a-scope = { $scope } ist kein Scope.
idp-error-openid-scope = Ein OpenID-Connect-Anbieter braucht den Scope openid.
idp-error-apple-scopes = Apple bietet nur email und name an, nicht { $scope }.
idp-error-mapping-line = { $line }: Schreiben Sie Pool-Attribut = Attribut des Anbieters.
idp-error-mapping-value = { $attribute }: Nennen Sie nach = das Attribut des Anbieters.
idp-error-username-claim = Cognito übernimmt username bei { $kind } nur aus { $claim }.
idp-error-saml-username = Der Benutzername eines SAML-Benutzers ist die NameID der Assertion; lassen Sie username weg.
idp-error-not-an-attribute = { $attribute } ist kein Attribut dieses Pools.
idp-error-immutable = { $attribute } kann sich nach der Registrierung nicht mehr ändern, und Cognito schreibt zugeordnete Attribute bei jeder Anmeldung neu: Lassen Sie es weg.
idp-error-mapped-twice = { $attribute } ist zweimal zugeordnet.
idp-error-required-unmapped = Der Pool verlangt { $attribute }: Ordnen Sie es zu, sonst können keine föderierten Benutzer angelegt werden.
idp-error-identifier = { $identifier }: bis zu 40 Buchstaben, Ziffern, Leerzeichen und + = . @ - _ (z. B. example.com).
idp-error-identifier-twice = { $identifier } steht zweimal in der Liste.
idp-error-too-many-identifiers = Ein Anbieter kann höchstens 50 Kennungen haben.
idp-error-still-offered = App-Clients bieten { $name } noch an: { $clients }. Entfernen Sie ihn zuerst aus deren Identitätsanbietern.
idp-error-name-taken = Der Pool hat schon einen Anbieter namens { $name }.
