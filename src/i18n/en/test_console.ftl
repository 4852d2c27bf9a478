# English: the test console (a login through an app client, a client-credentials token) and the Lambda triggers form's refusals. Twin: ../de/test_console.ftl.

## The page
test-title = Test console
test-login-title = User login
test-login-lead = InitiateAuth with USER_PASSWORD_AUTH (SECRET_HASH added for clients with a secret), then any challenge you supply an answer for. The password is sent to Cognito only.
test-app-client = App client
test-username = Username
test-password = Password
test-new-password = New password (if the user still has a temporary one)
test-mfa-code = MFA code (if the user has MFA)
test-run-login = Run login test
test-credentials-title = Client credentials
test-credentials-lead = POST to the pool domain's /oauth2/token with the client's id and secret. The local emulator has no such endpoint: the console then says so instead of sending.
test-credentials-none = No app client of this pool allows the client_credentials grant.
test-scopes = Scopes (space-separated; empty for all of the client's)
test-request-token = Request a token
test-choose-client = Choose an app client.

## A run's report
test-signed-in = Signed in.
test-signed-in-refresh = Signed in. A refresh token was issued too (not shown).
test-challenge = Cognito asks for { $name }.
test-verified = Signature, issuer, audience and expiry verified against the pool's JWKS.
test-id-token = ID token
test-access-token = Access token
test-expires = Expires
test-groups = Groups
test-scopes-label = Scopes
test-header-claims = Header and claims
test-step-initiate = InitiateAuth USER_PASSWORD_AUTH for { $user } through { $client }
test-step-initiate-secret = InitiateAuth USER_PASSWORD_AUTH for { $user } through { $client }, with SECRET_HASH (the client has a secret)
test-step-respond = RespondToAuthChallenge { $challenge } with { $answer }
test-step-token = POST { $base }/oauth2/token, grant_type=client_credentials, scope={ $scope }, client id and secret as HTTP Basic
test-step-all-scopes = (all of the client's scopes)
test-enter-username = Enter the username.
test-enter-password = Enter the password.
test-too-many-steps = Cognito kept asking for more sign-in steps.

## Why a login failed, and what to check (the guide's troubleshooting list)
test-problem-secret-hash = The SECRET_HASH was not accepted.
test-hint-secret-hash = The client has a secret: the hash is HMAC-SHA256(secret, username + client id). Check that the secret belongs to this client and that the username is the one Cognito knows (in email-as-username pools the hash of a refresh uses the user's sub).
test-problem-disabled = The user is disabled.
test-hint-disabled = Enable the user on the user's page.
test-problem-attempts = Too many failed attempts for this user.
test-hint-attempts = Cognito locks the user out for a while after repeated failures. Wait, then try again.
test-problem-flow = USER_PASSWORD_AUTH is not enabled for this client.
test-hint-flow = Enable ALLOW_USER_PASSWORD_AUTH on the app client.
test-problem-incorrect = Incorrect username or password.
test-hint-incorrect = Check the password (set a new one on the user's page if needed) and that the user belongs to this pool. With PreventUserExistenceErrors on, an unknown user gets this message too.
test-problem-no-user = No such user in this pool.
test-hint-no-user = Check the username and that you picked the right pool and region. Enable PreventUserExistenceErrors on the client so that apps cannot tell.
test-problem-unconfirmed = The user has not confirmed the account.
test-hint-unconfirmed = Confirm the user on the user's page, or have them enter the code they were sent.
test-problem-reset = A password reset is required.
test-hint-reset = The user must finish the reset with the code they were sent, or set a new password on the user's page.
test-problem-not-found = The app client or the pool was not found.
test-hint-not-found = The client id must belong to this pool, in this region.
test-problem-needs-hash = The client needs a SECRET_HASH.
test-hint-needs-hash = The client has a secret; the console sends the hash only when it can read the secret.
test-problem-parameters = Cognito rejected the request's parameters.
test-hint-parameters = Check the client's settings and the username format the pool expects (email, phone or username).
test-problem-throttled = Cognito is throttling requests.
test-hint-throttled = Wait a moment and try again.
test-problem-lambda = A Lambda trigger failed or refused the sign-in.
test-hint-lambda = Check the pool's pre-authentication and pre-token-generation triggers and their logs.
test-problem-refused = Cognito refused the sign-in.
test-hint-refused = The details are in the server log.

## A challenge the test stopped at
test-challenge-new-password = The user still has a temporary password. Fill in "New password" to complete the first sign-in, or set a permanent password on the user's page.
test-challenge-totp = The user has an authenticator app. Fill in the current code to continue.
test-challenge-code-sent = Cognito sent the user a code. Fill it in to continue.
test-challenge-mfa-setup = MFA is required but the user has not set up a factor yet; they must do so in your app first.
test-challenge-other = The console cannot answer this challenge; the app must.

## A client-credentials request
test-no-grant = This client does not allow the client_credentials grant.
test-no-grant-hint = Use the client-credentials preset, or enable the grant and a custom scope on the client.
test-scope-not-allowed = A scope is not allowed for this client.
test-scope-not-allowed-hint = { $scope } is not among the client's scopes.
test-no-domain = The pool has no domain.
test-no-domain-hint = Tokens for client credentials come from the domain's /oauth2/token: add a domain first.
test-emulator = The local Cognito emulator has no OAuth2 endpoints.
test-emulator-hint = Nothing was sent. Against AWS this request returns an access token for the chosen scopes.
test-no-secret = This client has no secret; client credentials need one.
test-unreachable = The pool's token endpoint could not be reached.
test-token-refused = The token endpoint refused the request.
test-token-invalid-client = The client id or secret was not accepted.
test-token-invalid-scope = A scope is not allowed for this client or does not exist.
test-token-unauthorized-client = The client is not allowed the client_credentials grant.
test-token-refused-hint = The token endpoint refused the request; the details are in the server log.

## The Lambda triggers form's refusals (model::triggers; their names are in pools.ftl)
test-trigger-unknown = { $key } is not a Lambda trigger.
test-trigger-arn = Enter a Lambda function ARN such as arn:aws:lambda:us-east-1:123456789012:function:my-trigger.
