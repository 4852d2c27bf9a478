# English: a pool's resource servers and their custom scopes. Twin: ../de/resource_servers.ftl.

## The resource servers page
rs-lead = A resource server is an API; its custom scopes (identifier/scope) are what client-credentials clients ask for.
rs-none = This pool has no resource servers.
rs-add-title = Add a resource server
rs-identifier = Identifier (e.g. myapp-api or https://api.example.com)
rs-name = Name
rs-scopes = Scopes
# The scopes field's starting text: one scope a line, its name, a space, its description.
rs-scopes-example =
    read Read access
    write Write access
rs-scopes-hint = One per line: the scope name, a space, its description.
rs-add = Add resource server
rs-added = Resource server added.
rs-scope = Scope
rs-edit = Edit
rs-delete-title = Delete
rs-delete-lead = Clients keep the scope names but can no longer get tokens for them.
rs-delete = Delete resource server
rs-deleted = Deleted.

## What the server says about a resource server form
rs-error-identifier = Use 1 to 256 characters without spaces, quotes or backslashes, e.g. myapp-api or https://api.example.com.
rs-error-scope-name = { $scope }: scope names have no spaces, slashes, quotes or backslashes.
rs-error-scope-description = { $scope }: add a description after the name (up to 256 characters).
rs-error-scope-twice = The scope { $scope } is listed twice.
rs-error-too-many-scopes = A resource server can have at most 100 scopes.
rs-error-exists = The pool already has a resource server with this identifier.
