# English: setup blueprints (the page, its plan and report, the plan table a restore shares). The blueprint file itself stays English. Twin: ../de/blueprint.ftl.

## The page
blueprint-title = Setup blueprint
blueprint-lead = A blueprint describes a pool's resource servers, app clients, groups, users and memberships (TOML or JSON; the guide's standard setup is filled in). Plan shows what would change; apply makes it so and reports each step. Blueprints create and align, they never delete.
blueprint-target = Target:
blueprint-target-named = the pool named in [pool] (created with the guide's settings when there is none)
blueprint-target-pool = the pool { $pool } (the name in [pool] is not used)
blueprint-label = Blueprint
blueprint-plan = Plan
blueprint-apply = Apply

## A plan and an apply's report
blueprint-nothing = Nothing to change: the pool matches the blueprint.
blueprint-planned = { $count } change(s) planned. Nothing has been applied.
blueprint-stopped = Stopped at a failed step after { $count } change(s); the steps after it were not attempted.
blueprint-applied = Applied: { $count } change(s).
blueprint-skipped = { $count } step(s) skipped: this Cognito endpoint does not support them.
blueprint-open-summary = Open the pool's summary →
blueprint-passwords = New users got the temporary passwords below: they are shown this once and must be changed at first sign-in.
blueprint-column-action = Action
blueprint-column-kind = Kind
blueprint-column-detail = Detail
blueprint-not-attempted = not attempted
blueprint-temporary-password = temporary password: { $password }
blueprint-outcome-done = done
blueprint-outcome-skipped = skipped: { $why }
blueprint-outcome-failed = failed: { $why }

## A step: its action and kind (blueprints and restores)
blueprint-action-create = create
blueprint-action-update = update
blueprint-action-keep = keep
blueprint-action-skip = skip
blueprint-action-delete = delete
blueprint-kind-pool = pool
blueprint-kind-pool-settings = pool settings
blueprint-kind-domain = domain
blueprint-kind-attribute = attribute
blueprint-kind-resource-server = resource server
blueprint-kind-app-client = app client
blueprint-kind-group = group
blueprint-kind-user = user
blueprint-kind-membership = membership

## What a blueprint's step would do (`rules::blueprint::plan`)
blueprint-detail-guide-settings = with the guide's settings
blueprint-detail-pool-exists = exists ({ $id }); its settings are not changed by a blueprint
blueprint-detail-domain-new = { $prefix }-… (a random suffix)
blueprint-detail-domain-has = the pool has { $domain }
blueprint-detail-scopes = scopes { $scopes }
blueprint-detail-as-described = as described
blueprint-detail-name-scopes = name and scopes to { $scopes }
blueprint-detail-preset = { $preset } preset
blueprint-detail-precedence = precedence { $precedence }
blueprint-detail-precedence-change = precedence { $now } → { $want }
blueprint-detail-user-new = with a generated temporary password, no invitation
blueprint-detail-user-exists = exists; attributes and password are left as they are
blueprint-detail-member = already a member
blueprint-detail-add = add to the group
blueprint-diff-auth-flows = auth flows
blueprint-diff-oauth-flows = OAuth flows
blueprint-diff-scopes = scopes
blueprint-diff-callback-urls = callback URLs
blueprint-diff-sign-out-urls = sign-out URLs
blueprint-diff-access-token = access token
blueprint-diff-id-token = ID token
blueprint-diff-refresh-token = refresh token

## A blueprint refused (the `blueprint` field)
blueprint-error-too-large = The blueprint is larger than 256 KB.
blueprint-error-unreadable = The blueprint could not be read: { $error }
blueprint-error-pool-name = Pool name { $name }: use letters, digits, spaces and + = , . @ - _ (at most 128).
blueprint-error-domain-prefix = Domain prefix { $prefix }: { $error } (with 9 more characters added).
blueprint-error-preset = Client { $name }: preset must be one of { $presets }.
blueprint-error-email = User { $email }: enter an email address.
blueprint-error-user-group = User { $email }: group { $group } is not in the blueprint's groups.
blueprint-error-too-many = At most { $max } { $section } per blueprint.
blueprint-error-twice = { $name } appears twice among the { $section }.
blueprint-error-resource-server = Resource server { $id }: { $error }
blueprint-error-group = Group { $name }: { $error }
blueprint-error-client = Client { $name }: { $error }
blueprint-section-resource-servers = resource servers
blueprint-section-clients = clients
blueprint-section-groups = groups
blueprint-section-users = users
