# English: pools. Twin: ../de/pools.ftl.

## Pools, copying and secrets
pools-blueprint = Apply a blueprint
pools-create = Create a user pool
pools-none = No user pools in this region.
column-pool-id = Pool id
column-estimated-users = Estimated users
copy = Copy
copied = Copied
secret-hide = Hide
secret-reveal = Reveal
secret-hidden = hidden
user-group-precedence = precedence { $precedence }


## A pool's overview
pool-back = ← User pools
pool-edit-settings-link = Edit settings, MFA, triggers →
pool-blueprint-link = Apply the standard setup to this pool →
pool-general = General
pool-sign-in = Sign-in
pool-security = Security
pool-messages-and-domain = Messages and domain
pool-triggers = Triggers
pool-sign-in-username = Username (aliases: { $aliases })
pool-sign-in-attributes = { $attributes } as username
pool-region = Region
pool-created = Created
pool-last-modified = Last modified
pool-deletion-protection = Deletion protection
pool-active = Active
pool-inactive = Inactive
pool-tags = Tags
pool-sign-in-identifiers = Sign-in identifiers
pool-case-sensitive = Case-sensitive usernames
pool-self-sign-up = Self sign-up
pool-verified-automatically = Verified automatically
pool-required-attributes = Required attributes
pool-custom-attributes = Custom attributes
pool-factor-app = authenticator app
pool-password-min-length = Password minimum length
pool-password-requires = Password requires
pool-temporary-password = Temporary password valid
pool-days = { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
pool-mfa-factors = MFA factors
pool-account-recovery = Account recovery
pool-email-sending = Email sending
pool-ses-identity = SES identity
pool-from = From
pool-sms-role = SMS role
pool-cognito-domain = Cognito domain
pool-custom-domain = Custom domain
pool-lambda-triggers = Lambda triggers
pool-trigger-other = Other

## Lambda triggers: name and when each runs
trigger-pre-sign-up = Pre sign-up
trigger-pre-sign-up-hint = Before a user is registered; can auto-confirm or reject
trigger-post-confirmation = Post confirmation
trigger-post-confirmation-hint = After a user confirms their account
trigger-pre-authentication = Pre authentication
trigger-pre-authentication-hint = Before sign-in; can deny it
trigger-post-authentication = Post authentication
trigger-post-authentication-hint = After a successful sign-in
trigger-user-migration = User migration
trigger-user-migration-hint = Signs in users that exist only in an old directory
trigger-custom-message = Custom message
trigger-custom-message-hint = Rewrites verification and invitation messages
trigger-pre-token-generation = Pre token generation
trigger-pre-token-generation-hint = Adds or removes claims in tokens
trigger-define-auth-challenge = Define auth challenge
trigger-define-auth-challenge-hint = Custom authentication: which challenge next
trigger-create-auth-challenge = Create auth challenge
trigger-create-auth-challenge-hint = Custom authentication: builds the challenge
trigger-verify-auth-challenge-response = Verify auth challenge response
trigger-verify-auth-challenge-response-hint = Custom authentication: checks the answer

## A pool's settings page
pool-back-overview = ← Overview
pool-settings-title = Pool settings
pool-settings-saved = Settings saved. Everything else was kept as it was.
pool-settings-save = Save settings
pool-custom-read-only = { $name } ({ $kind }, read-only)
pool-fixed-title = Fixed at creation
pool-fixed-note = Cognito does not allow changing these once a pool exists (custom attributes can only be added): create a new pool and migrate users to change them.
pool-add-custom = Add custom attributes
pool-custom-added = Custom attributes added.
pool-add-attributes = Add attributes
pool-mfa-updated = MFA updated.
pool-mfa-save = Save MFA
pool-triggers-note = A Lambda function ARN per trigger; leave empty for none. Cognito must be allowed to invoke each function (a resource-based policy on the function).
pool-triggers-others = Also configured (kept as they are): { $triggers }
pool-triggers-saved = Triggers saved.
pool-triggers-save = Save triggers
pool-delete-title = Delete this pool
pool-delete-protected = Deletion protection is on: turn it off in the settings first.
pool-delete-lead = Deletes the pool with all its users, groups and app clients. This cannot be undone.
pool-delete = Delete pool

## Creating a pool
pool-create-lead = Filled in with the setup guide's recommendations. Settings marked as fixed cannot change once the pool exists.
pool-create-submit = Create user pool

## The pool form (create and settings)
pool-legend-pool = Pool
pool-name = Pool name
pool-legend-sign-up = Sign-up, verification and recovery
pool-self-sign-up-label = Users can sign themselves up
pool-self-sign-up-hint = Off: only administrators create users.
pool-auto-verify = Verify automatically (Cognito sends a code)
pool-email-address = Email address
pool-phone-sms = Phone number (SMS)
pool-recovery-email-only = Email only
pool-recovery-email-then-phone = Email, then SMS
pool-recovery-phone-then-email = SMS, then email
pool-recovery-phone-only = SMS only
pool-recovery-admin-only = None: an administrator resets passwords
pool-required-hint = Every user must have these. Fixed once the pool exists.
pool-legend-protection = Protection and tags
pool-deletion-protection-hint = While on, the pool cannot be deleted (the console checks this before deleting).
pool-tags-hint = key=value, one per line.
pool-sign-in-fixed = Cognito fixes these when the pool is created: they cannot change later.
pool-sign-in-with = Users sign in with
pool-sign-in-mode-attributes = Their email address and/or phone number, as the username
pool-sign-in-mode-username = A username, with optional aliases
pool-identifiers = Identifiers (or aliases)
pool-identifiers-hint = Preferred username is only possible as an alias.
pool-case-sensitive-label = Usernames are case-sensitive
pool-case-sensitive-hint = Off is recommended: User@example.com and user@example.com are then one account.
pool-legend-password = Password policy
pool-policy = Policy
pool-policy-custom = Custom (below)
pool-policy-cognito = Cognito defaults (8 characters, all four kinds, 7 days)
pool-min-length = Minimum length (6–99)
pool-temporary-days = Temporary password valid for (days, 0–365)
pool-require-number = Require a number
pool-require-symbol = Require a symbol
pool-require-uppercase = Require an uppercase letter
pool-require-lowercase = Require a lowercase letter
pool-legend-mfa = Multi-factor authentication
pool-mfa-off = Off
pool-mfa-optional = Optional: each user chooses
pool-mfa-required = Required for everyone
pool-mfa-sms = SMS text message
pool-mfa-sms-hint = Needs the SNS role under SMS below.
pool-custom-note = Stored as custom:name. They cannot be removed or renamed later. Leave a row's name empty to skip it; min/max are lengths for String, values for Number.
pool-column-type = Type
pool-column-mutable = Mutable
pool-column-min = Min
pool-column-max = Max
pool-custom-row-name = Custom attribute { $row } name
pool-custom-row-type = Custom attribute { $row } type
pool-custom-row-mutable = Custom attribute { $row } mutable
pool-custom-row-min = Custom attribute { $row } min
pool-custom-row-max = Custom attribute { $row } max
pool-legend-messaging = Email and SMS
pool-email-provider = Email provider
pool-email-cognito = Cognito's sender (limited daily quota; fine for testing)
pool-email-ses = Amazon SES (production)
pool-ses-arn = SES identity ARN (SES only)
pool-from-address = From address (SES only)
pool-reply-to = Reply-to address
pool-sns-role = SNS role ARN for SMS
pool-sns-external-id = SNS external id

## Refusals of the pool form and of pool changes (the request's language)
pool-error-number-range = Enter a whole number from { $min } to { $max }.
pool-error-tag-line = Write each tag as key=value on its own line.
pool-error-tag-length = Tag keys need 1 to 128 characters, values at most 256.
pool-error-tag-aws = Tag keys starting with aws: are reserved by AWS.
pool-error-tag-twice = The tag { $key } is given twice.
pool-error-tags-max = A pool can have at most 50 tags.
pool-error-email = Enter an email address.
pool-error-ses-arn = Enter a verified SES identity ARN such as arn:aws:ses:us-east-1:123456789012:identity/example.com.
pool-error-from = Enter an address, or a name and address: Name <a@b.com>.
pool-error-role-arn = Enter an IAM role ARN such as arn:aws:iam::123456789012:role/CognitoSns.
pool-error-external-id = Use at most 1224 characters.
pool-error-recovery = Choose how users recover their account.
pool-error-auto-verify = Only email and phone_number can be verified automatically.
pool-error-sms-role-needed = Verifying phone numbers or recovering by SMS sends text messages: give the IAM role Cognito uses to send them through SNS.
pool-error-custom-name = Custom attribute names need 1 to 20 letters, digits, - or _.
pool-error-custom-twice = The attribute name { $name } is used twice.
pool-error-custom-type = Choose a type for each custom attribute.
pool-error-custom-min-max = { $name }: the minimum is above the maximum.
pool-error-custom-max = A pool can have at most 50 custom attributes.
pool-error-sign-in-attributes = Choose email, phone number or both to sign in with.
pool-error-aliases = Aliases can be email, phone number and preferred username.
pool-error-sign-in-mode = Choose how users sign in.
pool-error-not-standard = { $attribute } is not a standard attribute.
pool-error-phone-sign-in-sms = Signing in with a phone number sends text messages: give the IAM role Cognito uses to send them through SNS.
pool-error-mfa-mode = Choose off, optional or required.
pool-error-mfa-factor = Choose at least one second factor: an authenticator app or SMS.
pool-error-mfa-sms-role = SMS codes need the pool's SNS role (SMS settings) first.
pool-error-custom-none = Enter at least one attribute name.
pool-error-custom-exists = The pool already has custom:{ $name }.
pool-error-console-pool = The console signs in with this pool: it cannot be deleted from the console.
pool-error-deletion-protection = Deletion protection is on for this pool. Turn it off in the pool's settings first.
pool-error-has-domain = This pool still has the domain { $domain }. Delete it on the Domain tab first.

## What a new password breaks (the request's language)
pool-password-too-short = Use at least { $length } characters.
pool-password-too-long = Use at most 256 characters.
pool-password-needs-uppercase = Include an uppercase letter.
pool-password-needs-lowercase = Include a lowercase letter.
pool-password-needs-number = Include a number.
pool-password-needs-symbol = Include a symbol such as ! @ # $ % ^ & *.
pool-password-space = Do not start or end with a space.
