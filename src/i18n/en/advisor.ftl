# English: the advisor's page and its findings (the rules that find them are rules/advisor.rs). Twin: ../de/advisor.ftl.

## The advisor page
advisor-lead = Checks this pool, its app clients, groups, waiting users and linked identity pools against the guide's security best practices and troubleshooting list.
advisor-no-findings = No findings: this pool follows every checked practice.
advisor-fix = Fix this →
advisor-severity-high = High
advisor-severity-medium = Medium
advisor-severity-low = Low

## Findings: each rule's title and detail, with what the rule names in them
advisor-mfa-off-title = MFA is off
advisor-mfa-off-detail = A stolen password is enough to sign in. Make MFA optional or required, with an authenticator app.
advisor-deletion-protection-off-title = Deletion protection is off
advisor-deletion-protection-off-detail = One call deletes the pool with every user in it, and it cannot be undone.
advisor-no-domain-title = OAuth flows without a domain ({ $clients })
advisor-no-domain-detail = The hosted UI and /oauth2/token live on the pool's domain: without one these clients cannot get tokens through OAuth.
advisor-threat-protection-audit-title = Threat protection only audits
advisor-threat-protection-audit-detail = Risky sign-ins and leaked passwords are recorded, and nothing is blocked. Once the sign-in history looks right, switch to full function.
advisor-threat-protection-off-admins-title = Threat protection is off on a pool with admins
advisor-threat-protection-off-title = Threat protection is off
advisor-threat-protection-off-detail = Cognito neither checks passwords against leaked credentials nor assesses how risky a sign-in is, and keeps no sign-in history to review. It is part of the Plus feature plan.
advisor-long-token-title = { $name }: { $token ->
        [access] Access
       *[id] ID
    } tokens live { $validity }
advisor-long-token-detail = A leaked token stays usable until it expires. Keep access and ID tokens at 60 minutes or less and use refresh tokens.
advisor-implicit-grant-title = { $name }: implicit grant enabled
advisor-implicit-grant-detail = Tokens travel in the URL, where browser history and logs keep them. Use the authorization code grant (with PKCE).
advisor-credentials-client-user-flows-title = { $name }: client-credentials client also signs in users ({ $flows })
advisor-credentials-client-user-flows-detail = A machine-to-machine client needs no user sign-in flow. The guide enables ALLOW_ADMIN_USER_PASSWORD_AUTH here by mistake: leave only ALLOW_REFRESH_TOKEN_AUTH.
advisor-browser-client-secret-title = { $name }: user sign-in client with a secret
advisor-browser-client-secret-detail = A browser or mobile app cannot keep a secret. If this client is used from one, create a client without a secret; keep this one for server-side apps.
advisor-token-revocation-off-title = { $name }: token revocation disabled
advisor-token-revocation-off-detail = Refresh tokens cannot be revoked at sign-out; they stay valid for their whole lifetime.
advisor-user-existence-errors-title = { $name }: PreventUserExistenceErrors is off
advisor-user-existence-errors-detail = Sign-in and recovery errors tell whether an account exists, which lets anyone list your users.
advisor-no-admin-group-title = No { $group } group
advisor-no-admin-group-detail = The guide's setup has an admin group with the lowest precedence; without it nobody holds administrative rights in your app.
advisor-empty-admin-group-title = The { $group } group has no members
advisor-empty-admin-group-detail = Nobody can act as an administrator of your app.
advisor-unconfirmed-user-title = { $user } has not confirmed the account for more than { $days } days
advisor-pending-password-change-title = { $user } has not signed in to replace the temporary password for more than { $days } days
advisor-waiting-user-detail = Confirm, re-invite or delete the account; stale accounts are unused attack surface.
advisor-identity-unauthenticated-title = Identity pool { $name } gives AWS credentials to unauthenticated identities
advisor-identity-unauthenticated-detail = Anyone can get credentials of the unauthenticated role. Turn it off unless guests need AWS access, and keep that role minimal.
advisor-identity-classic-flow-title = Identity pool { $name } allows the basic (classic) flow
advisor-identity-classic-flow-detail = The basic flow lets clients choose any role the trust policy allows. Use the enhanced flow.
advisor-identity-pools-unchecked-title = The identity pools were not checked
advisor-identity-pools-unchecked-detail = They could not be listed: { $why }
