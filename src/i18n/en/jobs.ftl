# English: jobs. Twin: ../de/jobs.ftl.

## Jobs
jobs-lead = Bulk changes and exports run on the server: they go on when you close the tab, and resume if the console restarts.
jobs-none = No jobs yet. Start one from a pool's users page.
jobs-all = All jobs
jobs-pool-users = Users of the pool
column-job = Job
column-pool = Pool
column-state = State
column-progress = Progress
column-started-by = Started by
column-started = Started
column-step = Step
column-outcome = Outcome
job-queued = Queued
job-running = Running
job-finished = Finished
job-stopped = Stopped
job-cancelled = Cancelled
job-progress = { $processed } of { $total }
job-estimate = About { $secs } s at Cognito's request quotas.
job-ended = { " · " }ended { $at }
job-where-who = pool { $pool } · started by { $operator } { $at }{ $ended }
job-counts = { $done } done, { $already } already so, { $failed } failed.
job-not-attempted = { $count } not attempted.
job-plan-restore = Plan a restore of this backup
job-reload = Reload
job-cancel = Cancel job
job-report = Report
job-report-capped = The first { $count } items, failures first; the counts above cover all.
job-item-done = done
job-item-already = already so
job-item-failed = failed: { $why }
job-item-not-attempted = not attempted

## A job's name (`model::job::JobSpec::label`)
job-label-add = Add to group { $group }
job-label-remove = Remove from group { $group }
job-label-enable = Enable
job-label-disable = Disable
job-label-change-group = Change group
job-label-selected = { $what }: { $count } selected user(s)
job-label-matching = { $what }: all users matching a search
job-label-backup = Back up the pool
job-label-export = Export { $matching ->
        [true] users matching a search
       *[false] all users
    } ({ $format }{ $mfa ->
        [true] , with MFA
       *[false] {""}
    })
job-label-restore = Restore a backup{ $remove ->
        [true] , removing what is not in it
       *[false] {""}
    }
job-label-import = Import { $rows } user(s) from CSV
job-label-index = Build the search index
job-label-index-because = Build the search index ({ $why })
