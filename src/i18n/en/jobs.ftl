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
job-label-backup-file = Backup added from a file
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

## Why a job stopped, in the language of the operator who started it (`server::jobs`)
job-stop-role = The operator who started this job no longer has the role it needs: it stopped, and nothing more was changed.
job-stop-start = The job could not start: { $error }
job-stop-pool-gone = The user pool { $pool } no longer exists: the job stopped. The users not attempted are listed as such.
job-stop-cognito-gone = Cognito could not be reached ({ $error }): the job stopped. The users not attempted are listed as such; start the job again when Cognito is back.
job-stop-search = The search could not be listed: { $error }
job-stop-members = The group's members could not be read: { $error }
job-stop-not-export = Not an export.
job-stop-config = The pool's configuration could not be read: { $error }
job-stop-export = The export stopped: { $error }
job-stop-export-stopped = The export was stopped.
job-stop-no-index = The pool has no search index any more: build it, and search again.
job-stop-index = The index build stopped: { $error }. The index keeps what it had.
job-stop-file-gone = The file is no longer in the console's database.
job-stop-pool-unreadable = The pool could not be read: { $error }
