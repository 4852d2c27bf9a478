# English: app clients, their form and what the server says about them. Twin: ../de/clients.ftl.

## The app clients page
client-new-credentials = New: client credentials (server to server)
client-new-user = New: user and password
client-new-custom = New: custom
client-none = This pool has no app clients.
client-id = Client id
client-secret = Secret
client-auth-flows = Auth flows
client-oauth-flows = OAuth flows

## An app client's page
client-back = ← App clients
client-guide-mistake = This client-credentials client also allows ALLOW_ADMIN_USER_PASSWORD_AUTH, which a server-to-server client never needs. Consider removing it.
client-secret-yes = Yes (confidential)
client-secret-no = No (public)
client-attributes-all = all
# A token lifetime: $value and $unit as Cognito stores them (seconds, minutes, hours or days).
client-validity = { $value } { $unit }
client-secret-title = Client secret
client-secret-lead = Hidden. Revealing it is recorded with your name; store it in a secret manager.
client-edit = Edit this client
client-saved = Saved. Settings not in this form were kept.
client-save = Save client
client-console-no-delete = The console signs in with this client: it cannot be deleted from here.
client-delete-title = Delete this client
client-delete-lead = Apps using this client id can no longer sign users in or get tokens.
client-delete = Delete client

## The settings cards of a client's page
client-details-tokens = Tokens and attributes
client-details-last-modified = Last modified
client-details-token-revocation = Token revocation
client-details-sign-in-session = Sign-in session
client-details-default-redirect = Default redirect
client-details-readable = Readable attributes
client-details-writable = Writable attributes

## Creating an app client from a preset
client-create-title-credentials = New client: client credentials
client-create-title-user = New client: user and password
client-create-title = New app client
client-credentials-note = A server-to-server client: it has a secret, no user sign-in, and gets tokens from the pool domain's /oauth2/token endpoint with grant_type=client_credentials. It needs a domain and at least one custom scope from a resource server.
client-credentials-not-admin = It does not enable ALLOW_ADMIN_USER_PASSWORD_AUTH (the setup guide's mistake): that flow signs users in with admin credentials and has nothing to do with client credentials.
client-no-domain = This pool has no domain yet:
client-no-domain-add = add one
client-no-domain-after = { " " }before apps can get tokens.
client-no-scopes = The pool has no custom scopes yet. Add a resource server first:
client-user-note = For an app that signs users in with their username and password. Public (no secret) suits browser and mobile apps; tick the secret only for a server-side app. The implicit grant stays off unless you ask for it.
client-create = Create app client

## The app client form
client-section-client = Client
client-name = Name
client-generate-secret = Generate a client secret (confidential client)
client-generate-secret-hint = Only for servers that can keep it secret; never for browser or mobile apps. Cannot be added or removed later.
client-section-sign-in = Sign-in flows
client-prevent-existence-errors = Prevent user existence errors
client-prevent-existence-errors-hint = Sign-in failures do not reveal whether the user exists.
client-allow-revocation = Allow token revocation
client-session-minutes = Sign-in session lasts (minutes, 3–15)
client-grant-types-hint = Client credentials cannot be combined with the other two, and need a secret, custom scopes and a domain.
client-allow-implicit = I understand the implicit grant exposes tokens in the URL
client-callback-urls = Callback URLs
client-callback-urls-hint = One per line; https:// (http:// only for localhost).
client-logout-urls = Sign-out URLs
client-one-per-line = One per line.
client-default-redirect-field = Default redirect URL (one of the callback URLs; optional)
client-section-lifetimes = Token lifetimes
client-lifetimes-note = Access and ID tokens: 5 minutes to 1 day. Refresh tokens: 60 minutes to 3650 days.
client-access-token = Access token
client-id-token = ID token
client-refresh-token = Refresh token
client-unit = Unit
client-unit-minutes = minutes
client-unit-hours = hours
client-unit-days = days
client-section-attributes = Attribute permissions
client-attributes-note = None ticked: the client may read (or write) every attribute.
client-flow-user-password = Username and password sent to Cognito (USER_PASSWORD_AUTH)
client-flow-user-srp = Secure Remote Password (USER_SRP_AUTH)
client-flow-refresh-token = Refresh tokens (Cognito requires it)
client-flow-custom = Custom challenges through Lambda (CUSTOM_AUTH)
client-flow-user-auth = Choice-based sign-in (USER_AUTH)
client-flow-admin-user-password = Server-side sign-in with admin credentials (ADMIN_USER_PASSWORD_AUTH)
client-grant-code = Authorization code grant
client-grant-implicit = Implicit grant (tokens in the URL: not recommended)
client-grant-client-credentials = Client credentials (server to server)

## The form's checkbox groups
client-legend-auth-flows = Explicit auth flows
client-legend-grant-types = Grant types
client-legend-scopes = Scopes
client-legend-identity-providers = Identity providers
client-legend-readable = Readable
client-legend-writable = Writable

## What the server says about a client form
client-error-auth-flows = Choose auth flows from the list.
client-error-refresh-required = Cognito requires ALLOW_REFRESH_TOKEN_AUTH on every client.
client-error-oauth-flows = Choose OAuth flows from the list.
client-error-credentials-combined = Client credentials cannot be combined with the code or implicit grant: use two clients.
client-error-implicit = The implicit grant puts tokens in the browser's address bar. Tick the confirmation to use it anyway.
client-error-credentials-need-secret = Client credentials need a client secret.
client-error-no-scope = The pool has no scope { $scope }.
client-error-credentials-need-scope = Client credentials need at least one custom scope from a resource server.
client-error-credentials-custom-only = Client credentials can only use custom scopes.
client-error-scopes-without-flow = Scopes apply to OAuth flows: choose a flow or clear the scopes.
client-error-needs-scope = Choose at least one scope for the OAuth flows.
client-error-needs-openid = The email, profile and phone scopes need openid too.
client-error-no-provider = The pool has no identity provider { $provider }.
client-error-needs-provider = The code and implicit grants need an identity provider (COGNITO for the pool's own users).
client-error-needs-callback = The code and implicit grants need a callback URL.
client-error-default-redirect = The default redirect URL must be one of the callback URLs.
client-error-no-attribute = The pool has no attribute { $attribute }.
client-error-not-writable = { $attribute } cannot be written: it is immutable or unknown.
client-error-session-minutes = Enter 3 to 15 minutes.
client-error-url = { $url }: use https:// (http:// only for localhost), without a #fragment.
client-error-too-many-urls = Give at most 100 URLs.
client-error-unit = Choose minutes, hours or days.
# $min and $max are lifetimes as `client-validity` writes them.
client-error-lifetime = Enter a lifetime from { $min } to { $max }.
client-error-no-secret = This client has no secret.
client-error-console-client = The console signs in with this client: it cannot be deleted from the console.
