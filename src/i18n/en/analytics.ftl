# English: a pool's analytics, counted from the console's index. Twin: ../de/analytics.ftl.

## Before the index exists
analytics-no-index = Analytics are counted from the console's index of the pool, which it does not have yet.
analytics-build-under-way = A build is under way: follow it.
analytics-build-index = Build the index

## The analytics page
analytics-counted = Counted from the console's index, built { $age } ago ({ $date }). MFA is not in the index (Cognito reports it one user at a time): an export with MFA has it.
analytics-users = Users
analytics-stuck = Stuck on a temporary password
analytics-stuck-label = on a temporary password unchanged for { $days ->
        [one] a day
       *[other] { $days } days
    } or more
analytics-days = Days
analytics-count = Count
analytics-by-status = By status
analytics-enabled = Enabled
analytics-email = Email
analytics-phone = Phone number
analytics-groups = Groups
analytics-per-day = Sign-ups per day (last 30 days)
analytics-per-week = Sign-ups per week (last 26 weeks)
analytics-column-users = Users
analytics-column-count = Count
analytics-column-share = Share
analytics-chart = { $title }: { $sum ->
        [one] one sign-up
       *[other] { $sum } sign-ups
    } in all; the table under the chart has each number.
analytics-as-table = The same numbers as a table

## The analytics' bars (`server::index::search`)
analytics-bar-verified = verified
analytics-bar-not-verified = not verified
analytics-bar-no-email = no email
analytics-bar-no-phone = no phone number
analytics-bar-enabled = enabled
analytics-bar-disabled = disabled
analytics-bar-no-group = in no group
analytics-bar-week = week of { $first }
