# English: a pool's threat protection (its mode and risk configuration). Twin: ../de/threat_protection.ftl.

## The page and its mode card
risk-title = Threat protection
risk-mode-title = Mode
risk-mode-off = Off
risk-mode-audit = Audit only
risk-mode-enforced = Full function
risk-plan-not-reported = not reported by this endpoint
risk-feature-plan = Feature plan: { $plan } (threat protection is in Plus).
risk-change-to = Change to
risk-save-mode = Save mode
risk-mode-saved = Mode saved.

## Whose configuration: the pool's or one app client's
risk-scope-nav = Configuration for
risk-scope-label = Configuration for:
risk-scope-pool = The whole pool

## What is in force, in words
risk-in-force = In force
risk-whose-pool = The pool's configuration, for every app client without its own.
risk-whose-client-own = This app client's own configuration.
risk-whose-client-pool = This app client has no configuration of its own: the pool's applies.
risk-leaked-unchecked = Leaked passwords: not checked.
risk-leaked-at = Leaked passwords at { $events }: { $what }.
risk-leaked-blocked = blocked
risk-leaked-recorded = recorded only
risk-takeover-unset = Account takeover: no actions set.
risk-takeover-line = { $level }: { $action }
risk-takeover-line-emailed = { $level }: { $action }, and the user is emailed
risk-always-blocked = Always blocked: { $ranges }
risk-never-assessed = Never assessed: { $ranges }
risk-no-sender = No email sender is set for risk notifications: Cognito emails nobody. (Set one in the AWS console; the actions here keep each level's email setting.)

## The admins' form
risk-set-pool = Set for the pool
risk-set-client = Set for this app client
risk-check-leaked-at = Check passwords against leaked credentials at
risk-event-sign-in = Sign-in
risk-event-password-change = Password change
risk-event-sign-up = Sign-up
risk-event-sign-in-in-sentence = sign-in
risk-event-password-change-in-sentence = password change
risk-event-sign-up-in-sentence = sign-up
risk-leaked-is = A leaked password is
risk-blocked-option = Blocked
risk-recorded-option = Recorded only
risk-takeover-legend = Account takeover risk
risk-low = Low risk
risk-medium = Medium risk
risk-high = High risk
risk-action-allow = Allow
risk-action-mfa-if-configured = Ask for MFA if the user has it, else allow
risk-action-mfa-required = Ask for MFA; block a user without it
risk-action-block = Block
risk-blocked-ips = Always block these address ranges
risk-blocked-ips-hint = One CIDR range a line (203.0.113.0/24), at most 200; for every app client.
risk-skipped-ips = Never assess these address ranges
risk-skipped-ips-hint = Sign-ins from here are neither assessed nor blocked (an office, a monitoring probe).
risk-saved = Threat protection settings saved.
risk-save-pool = Save for the pool
risk-save-client = Save for this app client

## Refusals, by field
risk-error-mode = Choose off, audit only or full function.
risk-error-plan = Threat protection needs the Plus feature plan; this pool has { $plan }.
risk-error-events = Choose among sign-in, password change and sign-up.
risk-error-action = Choose block or record only.
risk-error-level = Choose what happens at this risk level.
risk-error-too-many-ranges = At most { $max } ranges (Cognito's limit).
risk-error-not-a-range = { $range } is not an address range: write it as 203.0.113.0/24.
