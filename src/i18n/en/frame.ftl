# English: the frame of every page, shared pieces, signing in. Every message has its twin in ../de/frame.ftl (a test checks).

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
download-file = Download { $file }
none = none
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

## A table's name for screen readers (`components::table::DataTable`, by its `name`)
table-apply = apply table
table-audit = audit table
table-clients = clients table
table-groups = groups table
table-identity-pools = identity pools table
table-import = import table
table-job-items = job items table
table-jobs = jobs table
table-members = members table
table-plan = plan table
table-pools = pools table
table-summary-clients = summary clients table
table-summary-groups = summary groups table
table-summary-identity-pools = summary identity pools table
table-summary-users = summary users table
table-users = users table
