# English: users, a user's page, groups, bulk changes and exports. Twin: ../de/users.ftl.

## The users page
users-title = Users
users-create = Create user
users-import = Import from CSV
users-attribute = Attribute
users-match = Match
users-match-prefix = starts with (^=)
users-match-exact = equals (=)
users-search-example = e.g. ann@
users-value = Value
users-in-group = In group
users-per-page = Per page
users-search = Search
users-group-filter-note = A group filter lists the group's members and ignores the attribute search (Cognito cannot combine them).
users-none = No users match.
users-select = Select { $user }
column-select = Select
column-user = User
column-username = Username
column-status = Status
column-created = Created
column-modified = Modified

## A user's page: the support desk's everyday actions
user-back = ← Users
user-you = You
user-attributes = Attributes
user-status = Status
user-enabled = Enabled
user-created = Created
user-last-modified = Last modified
yes = Yes
no = No
user-groups-title = Groups (by precedence)
user-no-groups = Not in any group.
user-remove = Remove
user-removed-from-group = Removed from the group.
user-add-to-group = Add to group
user-choose-group = Choose a group…
user-add = Add
user-added-to-group = Added to the group.
user-actions = Actions
user-disable-title = Disable user
user-disable-lead = A disabled user cannot sign in; their tokens stay valid until they expire.
user-disable = Disable
user-cannot-disable-self = You cannot disable your own account.
user-enable = Enable user
user-confirm-sign-up = Confirm sign-up
user-sign-up-confirmed = Sign-up confirmed.
user-reset-title = Reset password
user-reset-lead = Cognito emails or texts the user a code and makes them choose a new password at their next sign-in. It needs a verified email or phone number.
user-reset-done = Password reset; the user has been sent a code.
user-set-password-title = Set password
user-new-password = New password
user-permanent = Permanent (otherwise the user must change it at the next sign-in)
user-password-set = Password set.
user-sign-out-title = Sign out everywhere
user-sign-out-lead = Revokes every refresh token of the user. Access tokens stay valid until they expire (at most an hour by default).
user-signed-out = Signed out everywhere.
user-delete-title = Delete user
user-delete = Delete permanently
user-cannot-delete-self = You cannot delete your own account.

## The user page's MFA card
mfa-factor-totp = Authenticator app (TOTP)
mfa-factor-sms = Text message (SMS)
mfa-factor-email = Email code
mfa-code-totp = a code from their authenticator app
mfa-code-sms = a code sent by text message
mfa-code-email = a code sent by email
mfa-state-preferred = on, preferred
mfa-state-on = on
mfa-state-off = off
mfa-state-not-offered = not offered by this pool
mfa-make-preferred = Make preferred
mfa-reset-app = Reset (lost app)
mfa-turn-off = Turn off
mfa-turn-on = Turn on
mfa-pool-on = MFA is required in this pool.
mfa-pool-optional = MFA is optional in this pool: each user's own settings decide.
mfa-pool-off = MFA is off in this pool: nobody is asked for a second factor.
next-sign-in-enters = At their next sign-in the user enters { $code }.
next-sign-in-chooses = At their next sign-in the user chooses which factor to use, then enters its code.
next-sign-in-sets-up-app = MFA is required and the user has no factor on: at their next sign-in Cognito makes them set one up (an authenticator app) before they get in.
next-sign-in-other-means = MFA is required and the user has no factor on: Cognito asks for a code by the pool's other means (SMS to their phone number, or email) at their next sign-in.
next-sign-in-password-alone = The user signs in with their password alone.
mfa-ways = Ways this user can sign in:
mfa-ways-none = none reported
sign-in-factor-password = password
sign-in-factor-email = one-time code by email
sign-in-factor-sms = one-time code by SMS
sign-in-factor-passkey = passkey
passkeys-off = Passkeys are not a sign-in option of this pool.
passkeys-on = Passkeys: allowed (relying party { $party }{ $verification }). A user's passkeys are theirs: Cognito lists and removes them only from the user's own sign-in, not the console.
passkeys-party-default = the pool's domain
passkeys-verification-required = , user verification required
passkeys-verification-preferred = , user verification preferred

## The user page's Devices card
devices-title = Devices
devices-off = This pool does not track devices (device tracking is off in its sign-in settings): Cognito remembers none, so there is nothing to forget.
device-tracking-prompt-challenge = Devices are remembered when the user agrees in the app; a new device must pass MFA, a remembered one skips it.
device-tracking-prompt = Devices are remembered when the user agrees in the app.
device-tracking-every-challenge = Every device the user signs in on is remembered; a new device must pass MFA, a remembered one skips it.
device-tracking-every = Every device the user signs in on is remembered.
device-unnamed = Unnamed device
device-remembered = remembered
device-not-remembered = not remembered
device-seen-from = Last seen { $last } from { $ip } · first seen { $first }
device-seen = Last seen { $last } · first seen { $first }
devices-none = No remembered devices.
devices-forget-all = Forget all devices
devices-forget-note = A forgotten device signs in as a new one (challenged where the pool says so). To end its open sessions too, sign the user out everywhere.
devices-forgotten = Device forgotten.
devices-all-forgotten = Every device forgotten.
devices-not-remembered-now = The device is no longer remembered.
devices-stop-remembering = Stop remembering
devices-forget = Forget

## The user page's sign-in history
sign-ins-title = Sign-in history
sign-ins-none = Nothing recorded.
sign-ins-trail-note = What operators did to this account is shown to whoever may change it.
sign-ins-pages = Sign-in history pages
sign-ins-newest = Newest
sign-ins-older = Older
sign-ins-feedback-recorded = Feedback recorded.
sign-ins-said-valid = Said to be the user
sign-ins-said-invalid = Said not to be the user
sign-ins-said-other = Feedback given
sign-ins-was-user = Was the user
sign-ins-was-not-user = Was not the user
sign-ins-by = by { $operator }
sign-ins-done = done
event-sign-in = Sign-in
event-sign-up = Sign-up
event-forgot-password = Forgot password
event-password-change = Password changed
event-resend-code = Code sent again
risk-level-low = Low risk
risk-level-medium = Medium risk
risk-level-high = High risk
risk-takeover = account takeover suspected
risk-blocked = blocked
risk-none = no risk
risk-compromised = compromised password

## The user page's linked identities
identities-title = Linked identities
identities-none = None: this user signs in only with the pool's own sign-in.
identities-no-providers = This pool has no identity providers (Google, SAML, OIDC, …): there is nothing to link.
identities-at-limit = { $max } identities are linked, Cognito's limit: unlink one to link another.
identities-link-title = Link an identity
identities-link-consequences = From the next sign-in with this provider, Cognito signs the person in as this user: with this user's groups, attributes and MFA. A federated user the provider already made (Provider_subject) is not merged: Cognito refuses the link until it is deleted.
identities-provider = Identity provider
identities-subject = The user's id at the provider (sub)
identities-link = Link
identities-linked = Identity linked: its next sign-in is this user's.
identities-unlinked = Identity unlinked.
identities-primary = primary
identities-linked-on = Linked { $date }
identities-unlink = Unlink
identities-unlink-note = Its next sign-in makes a user of its own

## Attributes, as people say them (Cognito's name follows in brackets)
attr-address = Address
attr-birthdate = Birthdate
attr-email = Email
attr-email-verified = Email verified
attr-family-name = Family name
attr-gender = Gender
attr-given-name = Given name
attr-locale = Locale
attr-middle-name = Middle name
attr-name = Name
attr-nickname = Nickname
attr-phone-number = Phone number
attr-phone-number-verified = Phone number verified
attr-picture = Picture
attr-preferred-username = Preferred username
attr-profile = Profile
attr-sub = Subject
attr-updated-at = Updated at
attr-website = Website
attr-zoneinfo = Time zone
user-edit-attributes = Edit attributes
user-edit-attributes-note = Only attributes the pool marks mutable are listed. Empty a field to remove its value.
user-save-attributes = Save attributes
user-attributes-saved = Attributes saved.

## Creating a user, and the password policy
user-created-notice = Created:
user-generated-password = Temporary password (shown only now; the user must change it at first sign-in):
user-create-email-is-username = This pool signs in with the email address: it is the username.
user-create-phone = Phone number (+15551234567)
user-create-verified = Verified
user-create-email-verified = Mark the email address verified
user-create-phone-verified = Mark the phone number verified
user-create-password = Temporary password (leave empty to generate one)
user-create-policy = Policy: { $policy }. A generated password is shown once, on this page, after the user is created.
user-create-invitation = Invitation
user-create-invitation-suppress = Don't send (give the password yourself)
user-create-invitation-email = Send by email
user-create-invitation-sms = Send by SMS
user-create-group = Initial group
password-min-length = At least { $length } characters
password-uppercase = Contains an uppercase letter
password-lowercase = Contains a lowercase letter
password-number = Contains a number
password-symbol = Contains a symbol

## Groups
groups-title = Groups
groups-create-title = Create a group
groups-name = Name
groups-description = Description
groups-precedence-optional = Precedence (0 is strongest; optional)
groups-role-optional = IAM role ARN (optional)
groups-create = Create group
groups-created = Group created.
groups-guide-title = Add the guide's groups
groups-guide-lead = admin (1), moderator (5), premium (8), user (10), readonly (15). Groups the pool already has are left as they are.
groups-guide-add = Add missing groups
groups-guide-none = Nothing to add: the pool has them all.
groups-guide-created = Created: { $groups }.
groups-none = This pool has no groups.
groups-tie = tie
groups-tie-note = Another group has the same precedence
column-precedence = Precedence
column-name = Name
column-description = Description
column-iam-role = IAM role
column-members = Members
group-back = ← Groups
group-no-members = No members.
group-add-member = Add a member
group-member-username = Username or email
group-added = Added.
group-edit = Edit group
group-role = IAM role ARN
save = Save
group-delete = Delete group
group-member-count = It has { $count }{ $plus } { $count ->
    [one] member
   *[other] members
}.
group-delete-lead = Members stay in the pool; they only lose this group. Tokens already issued keep the group until they expire.

## Bulk changes and exports on the users page
bulk-with-selected = With selected users:
bulk-action = Bulk action
bulk-group = Bulk group
bulk-group-placeholder = (group)
bulk-remove-from-group = Remove from group
bulk-enable = Enable
bulk-apply-selected = Apply to selected
bulk-apply-all = Apply to all matching the search
bulk-job-note = Runs as a job: you can close the tab.
export-as = Export as
export-with-mfa = with MFA settings (one more read per user: about 1 s per 120 users)
export-all = Export all users
export-matching = Export all matching the search

