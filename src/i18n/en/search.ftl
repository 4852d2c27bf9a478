# English: the users page's search of the console's index. Twin: ../de/search.ftl.

## Where the index stands
search-index = Index
search-index-of = Searching the console's index of
search-index-users = { $count ->
        [one] { $count } user
       *[other] { $count } users
    }
search-index-built = , built
# $age: one of the ages below.
search-index-age = { $age } ago
search-index-elsewhere = Changes made in this console are in it; changes made elsewhere appear after the next build.
search-rebuilding = A rebuild is under way.
search-cognito-directly = Search Cognito directly
search-rebuild-now = Rebuild now
search-rebuild = Rebuild
search-only-when-asked = only when asked
search-every-hour = every hour
search-every-day = every day
search-every-week = every week
search-every-hours = every { $hours } hours
search-save-schedule = Save schedule
search-schedule-saved = Schedule saved.

## How old the index is (after "built"; also on the analytics page)
search-age-under-a-minute = less than a minute
search-age-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
search-age-hours = { $count ->
    [one] { $count } hour
   *[other] { $count } hours
}
search-age-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}

## A pool without an index
search-cognito-now = Searching Cognito directly (one attribute, starts with or equals).
search-the-index = Search the console's index
search-the-index-for = for any attribute, combined filters and sorting.
search-building = The console is building this pool's index:
search-follow-build = follow the build
search-building-until = . Until it ends, searches go to Cognito.
search-build = Build the index
search-who-builds = An operator with the support or admin role can build it.
search-offer = Cognito searches one standard attribute at a time. To search any attribute (custom ones too) by contains, ends with or absent, combined with status, groups and dates, and to see the pool's analytics, the console reads every user into its own index (a job, paced under Cognito's quota).

## The search form and its results
search-match-count = { $count ->
    [one] { $count } user match.
   *[other] { $count } users match.
}
search-sort-by = Sort by
search-sort-by-label = Sort by:
search-sort-username = username
search-sort-email = email
search-sort-status = status
search-sort-created = created
search-sort-modified = modified
search-op-contains = contains
search-op-starts-with = starts with
search-op-ends-with = ends with
search-op-equals = equals
search-op-present = is present
search-op-absent = is absent
search-status-any = any
search-enabled-either = either
search-enabled-yes = enabled
search-enabled-no = disabled
search-groups-any = in any of
search-groups-all = in all of
search-groups-none = in none of
search-these-groups = these groups (Ctrl-click for several)
search-created-from = Created from
search-date-to = to
search-modified-from = Modified from

## Saved searches
search-saved = Saved searches
search-save-as = Save this search as
search-saved-done = Saved: it is listed here, and its link can be shared.
search-forget = Forget the saved search { $name }

## What a search refuses
search-bad-attribute = An attribute name is letters, digits, _ : - and . (at most 64).
search-value-too-long = Search for at most 256 printable characters.
search-too-many-groups = Choose at most 10 groups.
search-unknown-group = Choose groups of this pool.
search-bad-date = Enter a date as YYYY-MM-DD.
search-end-before-start = The end date is before the start date.
search-bad-interval = Choose one of the intervals offered.
search-too-long = This search is too long.
search-no-index = This pool has no index yet: build it first, or search Cognito.
search-bad-stuck-days = Enter a number of days from 1 to 3650.
search-no-index-analytics = This pool has no index yet: build it to see its analytics.
search-bad-name = Name the search (at most 80 characters).
