# English: importing users from CSV. Twin: ../de/import.ftl.

## The Import page
import-title = Import users
import-lead = A CSV with the columns of a user export: the standard attributes (email, given_name, phone_number, …), this pool's custom attributes, cognito:username, enabled and groups (separated by ;). sub, status, dates and MFA columns are read past. A user that exists is updated (its attributes set, never removed; enabled; joins its groups), a new one is created with a temporary password. Every row is checked first: if one is wrong, nothing is imported.
import-csv = CSV
import-check = Check the file
import-submit = Import

## The checked file's report
import-counts = { $create } to create, { $update } to update, { $skip } already so, { $error } in error.
import-blocked = Fix the rows in error: nothing is imported while one is.
import-nothing-applied = Nothing has been applied yet.
import-column-line = Line
import-column-action = Action
import-column-detail = Detail
import-action-create = create
import-action-update = update
import-action-skip = skip
import-action-error = error

## What an import refuses
import-paste = Paste the CSV: its first line names the columns, as an export's does.
import-too-large = The file is larger than 2 MB: import it in parts.
import-nothing-to-import = Nothing to import: every user is already as the file says.

## An import's rows: why a row cannot be imported, what it changes (`rules::import`)
import-column-needed = A column { $column } is needed: it says which user a row is.
import-row-unreadable = the row could not be read: { $error }
import-not-true-false = { $value } is neither true nor false
import-not-a-group = { $group } is not a group of this pool
import-no-user = empty, so the row names no user
import-same-user = the same user as line { $line }
import-not-email = { $value } is not an email address
import-not-phone = { $value } is not a phone number in +15551234567 form
import-too-long = longer than 2,048 characters
import-formula = { $value } would run as a spreadsheet formula; put ' before it to import it as text
import-joins = joins { $groups }
import-already = already as in the file
import-error-line = line { $line } ({ $user }): { $detail }
import-and-more = and { $count } more
import-refused-rows = { $count } row(s) cannot be imported, so nothing was: { $lines }.
