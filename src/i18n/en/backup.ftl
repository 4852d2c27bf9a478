# English: a pool's backup and restore. Twin: ../de/backup.ftl.

## The Backup page: backing up
backup-title = Backup and restore
backup-back-up = Back up
backup-lead = One JSON document: the pool's settings, custom attributes, resource servers, app clients (without secrets), groups, and every user with attributes, enabled flag and groups. It runs as a job; download the file from its page. Passwords and MFA secrets cannot be read from Cognito, so no backup has them.
backup-this-pool = Back up this pool
backup-add-title = Add a backup from a file
backup-add-field = Backup (the JSON document a Pooldesk backup writes; up to 2 MB)
backup-add-and-plan = Add and plan

## The Backup page: restoring
backup-restore-title = Restore into this pool
backup-restore-lead = A backup of this pool or of another (a copy). The plan shows what differs; the restore creates what is missing and aligns attributes, enabled flags and memberships. Created users get a temporary password: with invitations Cognito sends it, otherwise reset their password when they need to sign in.
backup-none = No backup yet: back up a pool first.
backup-backup = Backup
backup-remove = Remove what is not in the backup
backup-remove-hint = Users, memberships, groups, app clients and resource servers this pool has and the backup does not.
backup-plan = Plan the restore
backup-reading-pool = Reading the pool…
backup-plan-nothing = Nothing to change: the pool matches the backup.
# $parts: the counts below, joined by commas.
backup-plan-summary = { $changes } change(s) planned ({ $parts }). Nothing has been applied.
backup-count-create = { $count } create
backup-count-update = { $count } update
backup-count-delete = { $count } delete
backup-count-keep = { $count } keep
backup-count-skip = { $count } skip
backup-plan-capped = The first { $count } steps, changes first; the counts cover all.
backup-invite = Send Cognito's invitation to created users
backup-restore-and-remove = Restore and remove
backup-restore = Restore

## What a backup or restore refuses
backup-choose = Choose a backup.
backup-paste = Paste a backup: the JSON document Pooldesk's backup writes.
backup-not-the-consoles-pool = The console's own pool is not restored or imported into: its groups decide who holds the console's roles. Add operators one by one, or choose another pool.
backup-choose-finished = Choose a finished backup.
backup-nothing-to-restore = Nothing to restore: the pool already matches the backup.
backup-no-valid-pool-id = The backup names no valid pool id.

## A restore's plan: what each step does (`rules::restore`)
restore-as-in-backup = as in the backup
restore-not-in-backup = not in the backup
restore-group-not-in-backup = not in the backup (its members stay)
restore-settings-differ = { $settings }; change them on the pool's Settings page
restore-setting-differs = { $setting }: { $here } here, { $backup } in the backup
restore-setting-sign-in = sign-in with
restore-setting-mfa = MFA
restore-setting-self-sign-up = self sign-up
restore-setting-deletion-protection = deletion protection
restore-setting-password-length = password length
restore-domain-unique = a Cognito domain is unique across AWS: add one on the pool's Domain page
restore-mutable = mutable
restore-immutable = immutable
restore-new-secret = with a new secret
restore-no-secret = without a secret
restore-no-email = no email: this pool signs in with email
restore-add = add
restore-scopes = { $name } (scopes: { $scopes })
restore-precedence = precedence { $precedence }
restore-role = role { $role }
restore-enable = enable
restore-disable = disable
restore-disabled = disabled
restore-attributes = { $count } attribute(s)
restore-was-status = was { $status }; starts with a temporary password
