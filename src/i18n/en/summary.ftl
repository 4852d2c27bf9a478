# English: a pool's configuration summary and the page around its exports (the exported files themselves stay English). Twin: ../de/summary.ftl.

## The summary page
summary-title = Configuration summary
summary-print = Print
summary-include-secrets = Include client secrets
summary-user-pool = User pool
summary-region = Region
summary-arn = ARN
summary-issuer = Issuer
summary-jwks-url = JWKS URL
summary-domain = Domain
summary-hosted-ui = Hosted UI
summary-token-endpoint = Token endpoint

## App clients, groups, users and identity pools
summary-app-clients = App clients
summary-client-id = Client id
summary-secret = Secret
summary-auth-flows = Auth flows
summary-oauth-flows = OAuth flows
summary-scopes = Scopes
summary-tokens = Tokens (access / ID / refresh)
summary-groups-by-precedence = Groups by precedence
summary-group = Group
summary-users-and-groups = Users and their groups
summary-groups = Groups
summary-user-disabled = (disabled)
summary-users-first = Showing the first { $count } users.
summary-all-users = All users →
summary-identity-pools = Identity pools
summary-identity-pools-unlisted = The identity pools could not be listed: { $why }
summary-identity-pools-forbidden = The console's AWS credentials may not list them (cognito-identity:ListIdentityPools).
summary-no-identity-pool = No identity pool signs in through this user pool.
summary-create-identity-pool = Create one →
summary-identity-pool-id = Identity pool id
summary-guests = Guests
summary-guests-allowed = allowed
summary-guests-no = no
summary-authenticated-role = Authenticated role
summary-unauthenticated-role = Unauthenticated role
summary-roles-not-reported = not reported by this endpoint

## Exports
summary-exports = Exports
summary-export-formats = Export formats
summary-audience = App client whose tokens your API accepts
summary-audience-default = First user sign-in client
summary-apply = Apply
summary-secrets-included = This export contains client secrets. Reading them was recorded with your name.
summary-error-format = Choose one of the export formats.
