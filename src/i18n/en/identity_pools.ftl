# English: identity pools (Cognito federated identities), their roles and providers. Twin: ../de/identity_pools.ftl.

## The list and the create page
ipool-title = Identity pools
ipool-lead = Identity pools exchange user pool tokens for temporary AWS credentials (the guide's step 8).
ipool-create = Create identity pool
ipool-none = No identity pools in this region.
ipool-column-id = Identity pool id
ipool-back = ← Identity pools
ipool-user-pool = User pool
ipool-choose-user-pool = Choose a user pool
ipool-show-clients = Show its app clients

## The create and edit fields
ipool-name = Name (letters, digits, spaces, underscores)
ipool-providers = Cognito user pool app clients that may sign in
ipool-providers-hint = Users signed in through these clients get the authenticated role.
ipool-server-check = Check tokens server-side
ipool-server-check-hint = Cognito also checks that the user pool session is still valid (not signed out).
ipool-allow-guests = Allow unauthenticated (guest) identities
ipool-allow-guests-hint = Anyone gets credentials of the unauthenticated role. Leave off unless guests need AWS access.
ipool-classic = Allow the basic (classic) authflow
ipool-classic-hint = Not recommended: the enhanced flow (the default) keeps role choice with Cognito.

## One identity pool: its settings
ipool-settings = Settings
ipool-guests = Guests (unauthenticated)
ipool-authflow = Authflow
ipool-authflow-classic = Basic (classic) allowed
ipool-authflow-enhanced = Enhanced
ipool-user-pool-clients = User pool clients
ipool-other-providers = Other providers
ipool-authenticated-role = Authenticated role
ipool-unauthenticated-role = Unauthenticated role
ipool-provider = { $pool } (client { $client })
ipool-provider-checked = { $pool } (client { $client }), server-side check
ipool-role-unknown = not reported by this endpoint

## One identity pool: edit, roles, policies, delete
ipool-edit = Edit this identity pool
ipool-edit-note = To offer the clients of another user pool, open this page with ?pool=<user pool id>.
ipool-saved = Identity pool saved. Other providers were kept.
ipool-roles = Roles
ipool-authenticated-role-arn = Authenticated role ARN
ipool-unauthenticated-role-arn = Unauthenticated role ARN (only used when guests are allowed)
ipool-roles-set = Roles set.
ipool-set-roles = Set roles
ipool-policies = IAM policy templates
ipool-trust-authenticated = Trust policy of the authenticated role (who may assume it):
ipool-trust-unauthenticated = Trust policy of the unauthenticated role:
ipool-permissions = A starting permission policy for the authenticated role (each identity under its own prefix):
ipool-delete-title = Delete this identity pool
ipool-delete-lead = Every identity in it is deleted; apps using it stop getting AWS credentials.
ipool-delete = Delete identity pool

## One identity pool: the credentials test
ipool-test-title = Test: get AWS credentials
ipool-test-lead = Signs the user in through the client, then GetId and GetCredentialsForIdentity with the ID token.
ipool-test-client = Client { $client } of { $pool }
ipool-test-guest = Guest (unauthenticated)
ipool-test-through = Sign in through
ipool-test-show-secret = Show the secret access key
ipool-test-submit = Get credentials
ipool-credentials = Credentials
ipool-identity-id = Identity id
ipool-access-key-id = Access key id
ipool-expires = Expires
ipool-session-token = Session token
ipool-secret-access-key = Secret access key
ipool-hidden = hidden

## Errors
ipool-error-name-empty = Enter a name.
ipool-error-name-long = Use at most 128 characters.
ipool-error-name-chars = Use letters, digits, spaces and underscores only (no hyphens).
ipool-error-too-many-clients = Choose at most 10 app clients.
ipool-error-client-from-list = Choose app clients from the list.
ipool-error-no-provider = Choose at least one app client, or allow unauthenticated identities.
ipool-error-role-arn = Enter an IAM role ARN: arn:aws:iam::<account>:role/<name>.
ipool-error-too-many-pools = Choose at most 10 user pools.
ipool-error-no-guests = This identity pool allows no guests: choose an app client.
ipool-error-not-a-client = Choose one of the identity pool's app clients.
ipool-error-challenge = The user must first complete the { $name } step; run the login test for details.
