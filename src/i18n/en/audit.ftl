# English: the audit log. Twin: ../de/audit.ftl.

## The Audit page
audit-title = Audit log
audit-lead = Every change, secret reveal and console sign-in, newest first. Times are in UTC.
audit-operator = Operator
audit-operator-hint = email, username or sub
audit-action = Action
audit-target = Target
audit-target-hint = e.g. user=jane
audit-from = From
audit-to = To
audit-time-hint = YYYY-MM-DD or YYYY-MM-DDTHH:MM, UTC
audit-any = Any
audit-filter = Filter
audit-clear = Clear
audit-newest = Newest
audit-older = Older →
audit-export = Export CSV
audit-none = No entries match.
audit-column-time = Time (UTC)
audit-column-source-ip = Source IP
audit-request-id = Request id

## What the filter refuses
audit-filter-too-long = Use at most { $max } plain characters.
audit-end-before-start = The end must come after the start.
audit-bad-time = Use YYYY-MM-DD or YYYY-MM-DDTHH:MM (UTC).
