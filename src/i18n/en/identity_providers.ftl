# English: a pool's identity providers (SAML, OpenID Connect, social sign-in) and their forms. Twin: ../de/identity_providers.ftl.

## The identity providers page
idp-lead = Federation: users sign in with another directory (SAML 2.0, OpenID Connect) or a social account, through the pool's managed login pages. At the first sign-in Cognito creates a user named after the provider and the person's ID there; an app client offers a provider once it is ticked in its identity providers.
idp-no-domain = This pool has no domain: federated sign-in goes through the managed login pages, which need one (
idp-no-domain-link = Domain
idp-none = This pool has no identity providers: users sign in with the pool's own usernames and passwords.
idp-add-title = Add an identity provider

## What to give the provider
idp-give-provider = Give the provider:
idp-entity-id = Entity ID (audience):
idp-acs-url = Assertion consumer service (ACS) URL:
idp-redirect-uri = Redirect URI:
idp-return-later = Its return address comes with the pool's domain.

## A provider's card
idp-card-meta = { $kind } · added { $added } · changed { $changed }
idp-withheld-uploaded = uploaded
idp-withheld-set = set (never shown)
idp-not-offered = No app client offers it yet: tick it in an app client's identity providers.
idp-offered-by = Offered by:
idp-mapping-none = None: federated users get only their username.
idp-column-pool-attribute = Pool attribute
idp-column-provider-attribute = Provider attribute
idp-unmapped = The pool requires { $attributes }, which this provider does not map: its users cannot be created.
idp-identifiers-shown = Identifiers:
idp-edit = Edit
idp-delete = Delete
idp-delete-lead = Users signed in through it can no longer sign in with it; the users Cognito made for them stay, and links to it from other users stop working.
idp-delete-offered = App clients still offer it: remove it from their identity providers first.
idp-delete-button = Delete identity provider
idp-deleted = Deleted.

## Adding a provider
idp-add-saml = SAML 2.0 provider
idp-add-oidc = OpenID Connect provider
idp-name-label = Name (shown on the sign-in page; e.g. Okta or CorpAD)
idp-add-button = Add { $kind }
idp-added = Provider added.

## A provider's fields and details
idp-keep-hint = { $what } (leave empty to keep the one Cognito holds)
idp-private-key-file = Private key (.p8 file)
idp-metadata-file-keep = Or the metadata document (leave empty to keep the one uploaded)
idp-metadata-file-paste = Or the metadata document (paste the XML)
idp-init-label = Accept sign-ins started at the provider
idp-init-hint = Unsolicited assertions: convenient, but open to replay within the assertion's lifetime.
idp-encrypted-label = Ask for encrypted assertions
idp-sign-requests-label = Sign requests (RSA-SHA256)
idp-api-version-label = Graph API version (e.g. v17.0; empty for Cognito's default)
idp-issuer-url = Issuer URL
idp-endpoints-summary = Endpoints, if the issuer has no discovery document
idp-mapping = Attribute mapping
idp-mapping-hint = One per line: pool attribute = the provider's attribute (e.g. email = email).
idp-identifiers = Identifiers
idp-identifiers-hint = One per line. A sign-in link can name the provider by one; an email domain (example.com) sends users of that domain to it.
idp-client-id = Client ID
idp-client-secret = Client secret
idp-scopes = Scopes
idp-api-version = Graph API version
idp-team-id = Team ID
idp-key-id = Key ID
idp-private-key = Private key
idp-issuer = Issuer
idp-attributes-request-method = userInfo request method
idp-authorize-url = Authorization endpoint
idp-token-url = Token endpoint
idp-attributes-url = userInfo endpoint
idp-jwks-uri = JWKS URI
idp-token-request-method = Token request method
idp-attributes-url-add-attributes = Attributes added to the userInfo URL
idp-metadata-url = Metadata URL
idp-metadata-file = Metadata document
idp-signout = Sign out at the provider too
idp-init = Sign-in started at the provider
idp-encrypted-responses = Encrypted assertions
idp-request-signing = Signed requests
idp-sso-url = Provider's sign-in URL
idp-slo-url = Provider's sign-out URL
idp-encryption-certificate = Encryption certificate

## What the form refuses
idp-error-choose-type = Choose a provider type.
idp-error-cannot-edit = Pooldesk cannot edit { $type } providers.
idp-error-metadata-both = Give the metadata URL or paste the document, not both.
idp-error-metadata-missing = Give the URL of the provider's SAML metadata, or paste the document below.
idp-error-client-id = Give the client ID the provider issued.
idp-error-private-key-missing = Paste the private key (.p8) Apple issued.
idp-error-client-secret-missing = Give the client secret the provider issued.
idp-error-private-key-whole = Paste the whole .p8 file, from -----BEGIN PRIVATE KEY----- to its END line.
idp-error-api-version = Write the Graph API version as v17.0, or leave it empty.
idp-error-team-id = Apple's team ID is 10 letters and digits.
idp-error-key-id = Apple's key ID is 10 letters and digits.
idp-error-request-method = Choose GET or POST for the userInfo request.
idp-error-endpoints = Give all four endpoints, or none to have Cognito discover them from the issuer.
idp-error-social-name = A { $kind } provider is named { $name }.
idp-error-name = Use 3 to 32 characters without spaces or underscores, e.g. Okta or CorpAD.
idp-error-name-reserved = { $name } is reserved; choose another name.
idp-error-https = Give an https:// URL.
idp-error-metadata-size = The metadata document is over 128 KB; give its URL instead.
idp-error-metadata-not-saml = This is not SAML metadata: paste the XML document with its EntityDescriptor.
idp-error-scopes-missing = Give the scopes to ask for, e.g. { $scopes }.
idp-error-not-a-scope = { $scope } is not a scope.
idp-error-openid-scope = An OpenID Connect provider needs the openid scope.
idp-error-apple-scopes = Apple offers only email and name, not { $scope }.
idp-error-mapping-line = { $line }: write pool attribute = provider attribute.
idp-error-mapping-value = { $attribute }: name the provider's attribute after =.
idp-error-username-claim = Cognito maps username only from { $claim } for { $kind }.
idp-error-saml-username = A SAML user's username is the assertion's NameID; leave username out.
idp-error-not-an-attribute = { $attribute } is not an attribute of this pool.
idp-error-immutable = { $attribute } cannot change after sign-up, and Cognito rewrites mapped attributes at every sign-in: leave it out.
idp-error-mapped-twice = { $attribute } is mapped twice.
idp-error-required-unmapped = The pool requires { $attribute }: map it, or federated users cannot be created.
idp-error-identifier = { $identifier }: up to 40 letters, digits, spaces and + = . @ - _ (e.g. example.com).
idp-error-identifier-twice = { $identifier } is listed twice.
idp-error-too-many-identifiers = A provider can have at most 50 identifiers.
idp-error-still-offered = App clients still offer { $name }: { $clients }. Remove it from their identity providers first.
idp-error-name-taken = The pool already has a provider named { $name }.
