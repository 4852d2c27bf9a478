# Pooldesk, English. Every message here has its German twin in de.ftl (a test checks).

## The frame of every page
nav-main = Main
nav-user-pools = User pools
nav-identity-pools = Identity pools
nav-jobs = Jobs
nav-audit = Audit
sign-out = Sign out
footer-press = Press
footer-for-shortcuts = for keyboard shortcuts.
skip-to-content = Skip to content
theme-nav = Theme
theme-label = Theme:
theme-system = System
theme-light = Light
theme-dark = Dark
lang-nav = Language

## Keyboard shortcuts
shortcuts-title = Keyboard shortcuts
shortcuts-close = Close
shortcuts-then = { $first } then { $second }
shortcut-search = Search (the users page)
shortcut-pools = User pools
shortcut-users = Users of this pool
shortcut-groups = Groups of this pool
shortcut-list = This list

## A pool's tabs
pool-sections = Pool sections
tab-overview = Overview
tab-settings = Settings
tab-users = Users
tab-analytics = Analytics
tab-groups = Groups
tab-app-clients = App clients
tab-domain = Domain
tab-resource-servers = Resource servers
tab-identity-providers = Identity providers
tab-summary = Summary
tab-advisor = Advisor
tab-threat-protection = Threat protection
tab-backup = Backup
tab-test = Test

## Shared pieces
loading = Loading…
pagination = Pagination
pagination-previous = Previous
pagination-next = Next
pagination-page = Page { $page }
confirm-your-password = Confirm your password
badge-disabled = Disabled
type-to-confirm = Type { $name } to confirm
saved = Saved.
back = Back
not-found-title = Page not found
not-found-back = Back to the user pools

## Signing in
login-title = Sign in
login-username = Email or username
login-password = Password
login-submit = Sign in
new-password-title = Choose a new password
new-password-lead = You signed in with a temporary password. Choose your own to continue.
new-password = New password
new-password-repeat = Repeat the new password
new-password-submit = Set password and sign in
start-again = Start again
mfa-title = Enter your code
mfa-lead = Enter the 6-digit code from your authenticator app.
mfa-code = Code
mfa-submit = Verify
step-up-title = Confirm your password
step-up-lead = Client secrets, deletes and changes to the console's own groups need a recent sign-in. Confirm your password to go on; it stays valid for a few minutes.
step-up-code = Code from your authenticator app (if your account uses one)
step-up-submit = Confirm

## The users page
users-title = Users
users-create = Create user
users-import = Import from CSV
users-attribute = Attribute
users-match = Match
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
