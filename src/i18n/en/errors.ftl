# English: the errors every page may show, and what Cognito's failures mean. Twin: ../de/errors.ftl.

## The closed error enum (`AppError::message`)
error-unauthenticated = Your session has ended. Please sign in again.
error-forbidden = Your account is not allowed to do this.
error-login-failed = Incorrect username or password.
error-step-up-required = Confirm your password to continue: this action needs a recent sign-in.
error-not-found = { $what } was not found.
error-throttled = Cognito is throttling requests. Wait a moment and try again.
error-too-many-attempts = Too many sign-in attempts. Wait a minute and try again.
error-internal = Something went wrong on the server. The details are in the server log.

## What a `NotFound` names
missing-the-user-pool = The user pool
missing-the-group = The group
missing-the-app-client = The app client
missing-the-domain = The domain
missing-the-resource-server = The resource server
missing-the-identity-pool = The identity pool
missing-the-identity = The identity
missing-the-user = The user
missing-the-device = The device
missing-the-sign-in-event = The sign-in event
missing-the-linked-identity = The linked identity
missing-the-identity-provider = The identity provider
missing-the-job = The job
missing-the-saved-search = The saved search

## A Cognito call that failed (`cognito::error::Operation::meaning`): $does says what it does in
## English words, $operation is Cognito's name for it.
cognito-unsupported = This Cognito endpoint cannot { $does }: it does not support { $operation }.
cognito-timeout = Cognito did not answer in time. Try again.
cognito-unreachable = Cognito could not be reached. Check the endpoint and network.
cognito-limit = A Cognito limit was reached for this operation. Try again later.
cognito-group-exists = A group with this name already exists.
cognito-user-exists = A user with this username already exists.
cognito-password-policy = The password does not meet the pool's password policy.
cognito-code-mismatch = The code is wrong or has expired.
cognito-rejected-value = Cognito rejected a value given to { $does }. Check the fields.
cognito-access-denied = Pooldesk's AWS credentials are not allowed to { $does } ({ $operation }). Whoever runs Pooldesk can allow it in IAM.
cognito-failed = Cognito failed to { $does }. Try again later.

## Refusals of the support desk, the sign-in and jobs (the request's language)
invalid-email = Enter a valid email address.
invalid-phone = Enter the number as +15551234567 (country code, digits only).
invalid-phone-short = Enter the number as +15551234567.
invalid-signs-in-with-it = This pool signs in with it: enter one.
invalid-username = Enter a username of 1 to 128 characters, without spaces.
invalid-email-to-verify = Enter the email address to mark as verified.
invalid-phone-to-verify = Enter the phone number to mark as verified.
invalid-required = This pool requires it.
invalid-max-2048 = Use at most 2048 characters.
invalid-max-128 = Use at most 128 characters.
invalid-email-invitation = An email invitation needs an email address.
invalid-sms-invitation = An SMS invitation needs a phone number.
invalid-choose-group = Choose a group.
invalid-immutable = This attribute cannot be changed.
invalid-true-false = Enter true or false.
invalid-search-attribute = Cognito cannot search on this attribute.
invalid-search-value = Search for at most 256 printable characters.
invalid-group-name = Enter a group name.
invalid-group-spaces = Group names cannot contain spaces.
invalid-role-arn = Enter an IAM role ARN such as arn:aws:iam::123456789012:role/MyRole.
invalid-precedence = Enter a whole number from 0 to 2147483647.
invalid-typed = Type { $expected } exactly to confirm.
mfa-invalid-factor = Choose an authenticator app, SMS or email.
mfa-invalid-setting = Choose off, on or preferred.
mfa-refused-pool-off = MFA is off in this pool: turn it on in the pool's settings first.
mfa-refused-not-offered = This pool does not offer this factor: see the pool's MFA settings.
mfa-refused-totp = Only the user can set up an authenticator app, from their own sign-in; the console can turn it off.
mfa-refused-no-phone = The user has no phone number: add one first.
mfa-refused-no-email = The user has no email address: add one first.
mfa-refused-by-cognito = Cognito refused the change: the user lacks what this factor needs.
link-invalid-provider = Choose one of the pool's identity providers.
link-invalid-subject = Enter the user's id at the provider (its `sub`).
link-invalid-duplicate = This identity is already linked to this user.
link-invalid-limit = This user already has { $max } linked identities, Cognito's limit: unlink one first.
link-refused-signed-in = Cognito refused the link: this identity already signed in as a user of its own. Delete that user first.
link-refused-limit = Cognito refused the link: the user has as many linked identities as it allows.
reset-refused-status = Cognito resets the password of confirmed, enabled users only. A user who has not yet changed a temporary password can be given a new one with Set password.
reset-refused-no-channel = The user has no verified email address or phone number to send the code to. Set a password instead.
desk-last-admin = This is the last enabled admin: the console would have no admin left.
desk-self-delete = You cannot delete your own account.
desk-self-disable = You cannot disable your own account.
desk-self-admin = You cannot remove yourself from the admin group.
desk-operator-locked = This user is a console operator: only an admin can change their account.
desk-could-not-check = Could not check who this user is in Cognito, so nothing was changed. Try again.
desk-created-not-added = The user { $username } was created, but could not be added to the group { $group }.
desk-saved-not-removed = The new values were saved, but removing { $names } failed: { $error }
group-guards-console = This group guards the console itself and cannot be deleted from it.
job-invalid-action = Choose an action.
job-invalid-none-selected = Select at least one user.
job-invalid-too-many = Select at most { $max } users, or apply to all matching the search.
job-invalid-format = Choose CSV, JSON or NDJSON.
job-invalid-index-first = Search the pool's index first.
job-already-ended = This job has already ended.
job-no-file = This job has no file to download.
signin-enter-username = Enter your username or email.
signin-enter-password = Enter your password.
signin-passwords-differ = The two passwords differ.
signin-enter-code = Enter the 6-digit code from your authenticator app.
signin-unavailable = The sign-in service is unavailable. Try again later.
signin-unverifiable = The sign-in service's tokens could not be verified, so nobody can sign in. The server log says why.
signin-wrong-password = The password is not correct.
signin-change-password-first = Your password must be changed first: sign out and sign in again.
signin-unsupported-step = This account needs a sign-in step the console does not support.
cognito-idp-duplicate = Another provider of this pool has this name or one of these identifiers.
cognito-idp-refused = Cognito refused the provider's details: check that the metadata URL or issuer answers from the internet and that the IDs and secret are the provider's.
cognito-risk-off = Turn threat protection on (audit only or full function) before setting its actions.
auth-events-no-threat-protection = Cognito records sign-in events only when threat protection is on for the pool (audit or full function, in the Plus feature plan): see the pool's Threat protection tab.

## Files the console reads back (imports, backups), and the audit log
import-header-unreadable = The first line (the column names) could not be read: { $error }.
import-file-empty = The file is empty: its first line names the columns, as an export's does.
import-unknown-columns = Unknown column(s): { $columns }. Use the columns of a user export (a custom attribute must be in this pool's schema).
import-column-twice = The column { $column } is there twice.
import-no-rows = The file has no rows after its column names.
restore-not-a-backup = This is a { $schema } document, not a backup ({ $backup }). A user export cannot be restored as a whole pool.
restore-unreadable = The backup could not be read: { $error }. Choose a file Pooldesk's backup wrote.
restore-user-twice = The backup lists the user { $user } twice or without a name.
restore-unknown-group = User { $user }: group { $group } is not in the backup's groups.
audit-write-failed = The audit log cannot be written, so nothing was changed. Try again later.
invalid-display-name = Use 1 to { $max } letters, digits, spaces or + = , . @ - _.
invalid-event-id = This is not a sign-in event.
invalid-device-key = This is not a device key.
signin-limits-unavailable = Signing in is unavailable. Try again later.
database-unavailable = The console's database cannot be reached. Try again later.
audit-read-failed = The audit log cannot be read. Try again later.
