//! Searching and counting a pool's index. Every value the operator typed is a bound parameter
//! (never part of the SQL text); column names come from closed enums. `LIKE` patterns escape
//! `%`, `_` and `\`, so "contains 50%" means the characters typed. Text matching ignores case
//! (SQLite's `LIKE` folds ASCII, PostgreSQL's `ILIKE` all of Unicode); "equals" is exact.

use std::collections::HashMap;

use sqlx::{Database, Encode, QueryBuilder, Row, Type};

use super::{Contact, IndexRead};
use crate::i18n::{t, t_with};
use crate::model::index::{
    Bar, CheckedQuery, DAYS_CHARTED, GroupMode, IndexPage, IndexQuery, PoolAnalytics, SavedSearch, SortKey,
    USERNAME, ValueOp, WEEKS_CHARTED, day_of, day_start, decode_cursor, encode_cursor,
};
use crate::model::user::UserRow;
use crate::server::db::{Db, escape_like, on_db};

/// `value` as a `LIKE` pattern for `op`, with `\` as the escape character.
fn pattern(op: ValueOp, value: &str) -> String {
    let escaped = escape_like(value);
    match op {
        ValueOp::StartsWith => format!("{escaped}%"),
        ValueOp::EndsWith => format!("%{escaped}"),
        _ => format!("%{escaped}%"),
    }
}

fn sort_column(key: SortKey) -> &'static str {
    match key {
        SortKey::Username => "u.username",
        SortKey::Email => "u.email",
        SortKey::Status => "u.status",
        SortKey::Created => "u.created",
        SortKey::Modified => "u.modified",
    }
}

/// Whether a search asks something of one attribute (the `matched` of `push_with`).
fn asks_attribute(q: &IndexQuery) -> bool {
    q.attribute != USERNAME && (!q.op.takes_value() || !q.value.is_empty())
}

/// A search's statements are planned for the values given (`persistent(false)`): a prepared
/// one gets PostgreSQL's generic plan from its sixth run on, which cannot know that "contains
/// ld-4" is rare and scans the attribute's every value (45 ms on 100,000 users, against 15 ms
/// through the trigram index).
///
/// The start of a search's statement: the users whose attribute matches, first and on their own
/// (`matched`), then `select`. Materialized, because PostgreSQL otherwise joins the other way
/// round: it walks every user of the status and group and filters each one's attribute value
/// (300 ms on 100,000 users, against 20 ms when the trigram or covering index reads the
/// matches first).
fn push_with<'a, DB>(qb: &mut QueryBuilder<'a, DB>, pool_id: &str, q: &IndexQuery, like: &str, select: &str)
where
    DB: Database,
    String: Encode<'a, DB> + Type<DB>,
{
    if asks_attribute(q) {
        qb.push("WITH matched AS MATERIALIZED (SELECT a.username FROM pooldesk_index_attributes a WHERE a.pool_id = ");
        qb.push_bind(pool_id.to_string()).push(" AND a.name = ").push_bind(q.attribute.clone());
        match q.op {
            ValueOp::Equals => {
                qb.push(" AND a.value = ").push_bind(q.value.clone());
            }
            ValueOp::Present | ValueOp::Absent => {
                qb.push(" AND a.value <> ''");
            }
            op => {
                qb.push(format!(" AND a.value {like} "))
                    .push_bind(pattern(op, &q.value))
                    .push(" ESCAPE '\\'");
            }
        }
        qb.push(") ");
    }
    qb.push(select);
}

/// The `WHERE` of a search (without the page's keyset condition), after `push_with`.
fn push_where<'a, DB>(qb: &mut QueryBuilder<'a, DB>, pool_id: &str, checked: &CheckedQuery, like: &str)
where
    DB: Database,
    String: Encode<'a, DB> + Type<DB>,
    i64: Encode<'a, DB> + Type<DB>,
{
    let q = &checked.query;
    qb.push(" WHERE u.pool_id = ").push_bind(pool_id.to_string());
    if let Some(status) = &q.status {
        qb.push(" AND u.status = ").push_bind(status.clone());
    }
    if let Some(enabled) = q.enabled {
        qb.push(" AND u.enabled = ").push_bind(i64::from(enabled));
    }
    for (column, (from, to)) in [("u.created", checked.created), ("u.modified", checked.modified)] {
        if let Some(from) = from {
            qb.push(format!(" AND {column} >= ")).push_bind(from);
        }
        if let Some(to) = to {
            qb.push(format!(" AND {column} < ")).push_bind(to);
        }
    }
    let compares = q.op.takes_value() && !q.value.is_empty();
    if q.attribute == USERNAME {
        match q.op {
            ValueOp::Equals if compares => {
                qb.push(" AND u.username = ").push_bind(q.value.clone());
            }
            _ if compares => {
                qb.push(format!(" AND u.username {like} "))
                    .push_bind(pattern(q.op, &q.value))
                    .push(" ESCAPE '\\'");
            }
            // Every user has a username.
            ValueOp::Absent => {
                qb.push(" AND 1 = 0");
            }
            _ => {}
        }
    } else if asks_attribute(q) {
        let negated = if q.op == ValueOp::Absent { " NOT" } else { "" };
        qb.push(format!(" AND u.username{negated} IN (SELECT username FROM matched)"));
    }
    if !q.groups.is_empty() {
        let members = "SELECT m.username FROM pooldesk_index_members m WHERE m.pool_id = ";
        match q.group_mode {
            GroupMode::All => {
                for group in &q.groups {
                    qb.push(format!(" AND u.username IN ({members}"));
                    qb.push_bind(pool_id.to_string())
                        .push(" AND m.group_name = ")
                        .push_bind(group.clone())
                        .push(")");
                }
            }
            mode => {
                let negated = if mode == GroupMode::None { " NOT" } else { "" };
                qb.push(format!(" AND u.username{negated} IN ({members}"));
                qb.push_bind(pool_id.to_string()).push(" AND m.group_name IN (");
                let mut names = qb.separated(", ");
                for group in &q.groups {
                    names.push_bind(group.clone());
                }
                qb.push("))");
            }
        }
    }
}

/// The keyset condition of the page after `cursor`.
fn push_after<'a, DB>(qb: &mut QueryBuilder<'a, DB>, q: &IndexQuery, cursor: &(String, String))
where
    DB: Database,
    String: Encode<'a, DB> + Type<DB>,
    i64: Encode<'a, DB> + Type<DB>,
{
    let (value, username) = cursor;
    let after = if q.descending { "<" } else { ">" };
    qb.push(format!(" AND ({}, u.username) {after} (", sort_column(q.sort)));
    match q.sort {
        SortKey::Created | SortKey::Modified => qb.push_bind(value.parse::<i64>().unwrap_or_default()),
        _ => qb.push_bind(value.clone()),
    };
    qb.push(", ").push_bind(username.clone()).push(")");
}

const USER_COLUMNS: &str =
    "SELECT u.username, u.email, u.status, u.enabled, u.created, u.modified FROM pooldesk_index_users u";

fn user_row<R: Row>(r: &R) -> Result<UserRow, sqlx::Error>
where
    for<'c> &'c str: sqlx::ColumnIndex<R>,
    for<'q> String: sqlx::Decode<'q, R::Database> + Type<R::Database>,
    for<'q> i64: sqlx::Decode<'q, R::Database> + Type<R::Database>,
{
    let email: String = r.try_get("email")?;
    let date = |name: &str| r.try_get::<i64, _>(name).map(|s| (s > 0).then_some(s));
    Ok(UserRow {
        username: r.try_get("username")?,
        email: (!email.is_empty()).then_some(email),
        status: r.try_get("status")?,
        enabled: r.try_get::<i64, _>("enabled")? != 0,
        created: date("created")?,
        modified: date("modified")?,
    })
}

fn sort_value(key: SortKey, row: &UserRow) -> String {
    match key {
        SortKey::Username => row.username.clone(),
        SortKey::Email => row.email.clone().unwrap_or_default(),
        SortKey::Status => row.status.clone(),
        SortKey::Created => row.created.unwrap_or_default().to_string(),
        SortKey::Modified => row.modified.unwrap_or_default().to_string(),
    }
}

impl IndexRead<'_> {
    fn db(&self) -> &Db {
        &self.0.db
    }

    /// The case-insensitive `LIKE` of the backend.
    fn like(&self) -> &'static str {
        if matches!(self.db(), Db::Postgres(_)) { "ILIKE" } else { "LIKE" }
    }

    /// Where `pool_id`'s index stands (`can_build` and `building` are the caller's to fill).
    pub async fn status(&self, pool_id: &str) -> Result<crate::model::index::IndexStatus, sqlx::Error> {
        self.0.status(pool_id).await
    }

    /// One page of a search, after `cursor` (a previous page's `next`), and how many match.
    pub async fn search(
        &self,
        pool_id: &str,
        checked: &CheckedQuery,
        cursor: Option<&str>,
        built_ms: i64,
    ) -> Result<IndexPage, sqlx::Error> {
        let q = &checked.query;
        let cursor = cursor.and_then(decode_cursor);
        let like = self.like();
        let order = if q.descending { " DESC" } else { "" };
        let (mut users, total) = on_db!(self.db(), pool => {
            // The first page counts the matches in the same pass (a window over every match);
            // a later one, whose keyset leaves the earlier rows out, counts them on its own.
            let mut qb = QueryBuilder::new("");
            push_with(&mut qb, pool_id, q, like, &USER_COLUMNS.replace(" FROM", ", COUNT(*) OVER () AS total FROM"));
            push_where(&mut qb, pool_id, checked, like);
            if let Some(cursor) = &cursor {
                push_after(&mut qb, q, cursor);
            }
            qb.push(format!(" ORDER BY {}{order}, u.username{order} LIMIT ", sort_column(q.sort)));
            qb.push_bind(i64::from(q.size) + 1);
            let rows = qb.build().persistent(false).fetch_all(pool).await?;
            let users = rows.iter().map(user_row).collect::<Result<Vec<_>, _>>()?;
            let total: i64 = match (&cursor, rows.first()) {
                (None, Some(first)) => first.try_get("total")?,
                (None, None) => 0,
                (Some(_), _) => {
                    let mut qb = QueryBuilder::new("");
                    push_with(&mut qb, pool_id, q, like, "SELECT COUNT(*) AS n FROM pooldesk_index_users u");
                    push_where(&mut qb, pool_id, checked, like);
                    qb.build().persistent(false).fetch_one(pool).await?.try_get("n")?
                }
            };
            (users, total)
        });
        let next = match users.len() > q.size as usize {
            true => {
                users.truncate(q.size as usize);
                users.last().map(|last| encode_cursor(&sort_value(q.sort, last), &last.username))
            }
            false => None,
        };
        Ok(IndexPage { users, total: total.max(0) as u64, next, built_ms })
    }

    /// Every username a search matches (a bulk job's "all matching"), in username order.
    pub async fn matching(&self, pool_id: &str, checked: &CheckedQuery) -> Result<Vec<String>, sqlx::Error> {
        let like = self.like();
        on_db!(self.db(), pool => {
            let mut qb = QueryBuilder::new("");
            push_with(&mut qb, pool_id, &checked.query, like, "SELECT u.username FROM pooldesk_index_users u");
            push_where(&mut qb, pool_id, checked, like);
            qb.push(" ORDER BY u.username");
            let rows = qb.build().persistent(false).fetch_all(pool).await?;
            rows.iter().map(|r| r.try_get::<String, _>("username")).collect()
        })
    }

    /// The pool at a glance (`now` in seconds; a temporary password unchanged for
    /// `stuck_days` counts as stuck).
    pub async fn analytics(
        &self,
        pool_id: &str,
        built_ms: i64,
        now: i64,
        stuck_days: u32,
    ) -> Result<PoolAnalytics, sqlx::Error> {
        let today = day_start(&day_of(now)).unwrap_or_default();
        let stuck_before = today - i64::from(stuck_days) * 86_400;
        // Monday of this week (1970-01-01 was a Thursday).
        let this_week = today - ((today / 86_400 + 3) % 7) * 86_400;
        let weeks_from = this_week - (WEEKS_CHARTED - 1) * 7 * 86_400;
        let days_from = today - (DAYS_CHARTED - 1) * 86_400;
        // Five counts, made at once (each on a connection of its own), each from an index
        // alone: the users by status, enabled and contact, the group sizes, the users in some
        // group (a member is a user of the index: `finish_build`), sign-ups per day, the stuck.
        let (kinds, mut groups, grouped, days, stuck) = on_db!(self.db(), pool => {
            let select = |sql: &str| {
                let mut qb = QueryBuilder::new(sql);
                qb.push_bind(pool_id.to_string());
                qb
            };
            let mut kinds = select("SELECT status, enabled, contact, COUNT(*) AS n FROM pooldesk_index_users WHERE pool_id = ");
            kinds.push(" GROUP BY status, enabled, contact");
            let mut groups = select("SELECT group_name, COUNT(*) AS n FROM pooldesk_index_members WHERE pool_id = ");
            groups.push(" GROUP BY group_name");
            let mut grouped =
                select("SELECT COUNT(*) AS n FROM (SELECT DISTINCT username FROM pooldesk_index_members WHERE pool_id = ");
            grouped.push(") members");
            let mut days = select("SELECT created / 86400 AS day, COUNT(*) AS n FROM pooldesk_index_users WHERE pool_id = ");
            days.push(" AND created >= ").push_bind(weeks_from.min(days_from)).push(" GROUP BY created / 86400");
            let mut stuck = select("SELECT COUNT(*) AS n FROM pooldesk_index_users WHERE pool_id = ");
            stuck.push(" AND status = 'FORCE_CHANGE_PASSWORD' AND modified < ").push_bind(stuck_before);
            let count = |row: &_| -> Result<u64, sqlx::Error> { Ok(Row::try_get::<i64, _>(row, "n")?.max(0) as u64) };
            let (kinds, groups, grouped, days, stuck) = tokio::try_join!(
                kinds.build().fetch_all(pool),
                groups.build().fetch_all(pool),
                grouped.build().fetch_one(pool),
                days.build().fetch_all(pool),
                stuck.build().fetch_one(pool),
            )?;
            let kinds = kinds
                .iter()
                .map(|r| {
                    let contact = Contact::from_bits(r.try_get("contact")?);
                    Ok((r.try_get::<String, _>("status")?, r.try_get::<i64, _>("enabled")? != 0, contact, count(r)?))
                })
                .collect::<Result<Vec<_>, sqlx::Error>>()?;
            let groups = groups
                .iter()
                .map(|r| Ok((r.try_get::<String, _>("group_name")?, count(r)?)))
                .collect::<Result<Vec<_>, sqlx::Error>>()?;
            let days: HashMap<i64, u64> = days
                .iter()
                .map(|r| Ok((r.try_get::<i64, _>("day")?, count(r)?)))
                .collect::<Result<_, sqlx::Error>>()?;
            (kinds, groups, count(&grouped)?, days, count(&stuck)?)
        });
        let total: u64 = kinds.iter().map(|(.., n)| n).sum();
        // While a build runs, its memberships can come before their users.
        let no_group = total.saturating_sub(grouped);
        let users_where = |keep: &dyn Fn(&str, bool, &Contact) -> bool| -> u64 {
            kinds
                .iter()
                .filter(|(status, enabled, contact, _)| keep(status, *enabled, contact))
                .map(|(.., n)| n)
                .sum()
        };
        let mut by_status: Vec<(String, u64)> = Vec::new();
        for (status, ..) in &kinds {
            if !by_status.iter().any(|(s, _)| s == status) {
                by_status.push((status.clone(), users_where(&|s, _, _| s == status)));
            }
        }
        let search = |f: &dyn Fn(&mut IndexQuery)| {
            let mut q = IndexQuery::default();
            f(&mut q);
            q.to_query()
        };
        let attribute_is = |name: &str, value: &str| {
            let (name, value) = (name.to_string(), value.to_string());
            search(&move |q: &mut IndexQuery| {
                q.attribute = name.clone();
                q.op = ValueOp::Equals;
                q.value = value.clone();
            })
        };
        let verification = |attribute: &str, verified_attribute: &str, of: fn(&Contact) -> (bool, bool)| {
            let absent = search(&|q: &mut IndexQuery| {
                q.attribute = attribute.to_string();
                q.op = ValueOp::Absent;
            });
            vec![
                Bar {
                    label: t("analytics-bar-verified"),
                    count: users_where(&|_, _, c| of(c) == (true, true)),
                    search: attribute_is(verified_attribute, "true"),
                },
                Bar {
                    label: t("analytics-bar-not-verified"),
                    count: users_where(&|_, _, c| of(c) == (true, false)),
                    search: attribute_is(verified_attribute, "false"),
                },
                Bar {
                    label: t(if attribute == "email" {
                        "analytics-bar-no-email"
                    } else {
                        "analytics-bar-no-phone"
                    }),
                    count: users_where(&|_, _, c| !of(c).0),
                    search: absent,
                },
            ]
        };
        let mut status_bars: Vec<Bar> = by_status
            .iter()
            .map(|(status, n)| Bar {
                label: status.clone(),
                count: *n,
                search: search(&|q: &mut IndexQuery| q.status = Some(status.clone())),
            })
            .collect();
        status_bars.sort_by(|a, b| b.count.cmp(&a.count).then(a.label.cmp(&b.label)));
        let enabled_bars = [("analytics-bar-enabled", true), ("analytics-bar-disabled", false)]
            .into_iter()
            .map(|(label, enabled)| Bar {
                label: t(label),
                count: users_where(&|_, e, _| e == enabled),
                search: search(&|q: &mut IndexQuery| q.enabled = Some(enabled)),
            })
            .collect();
        groups.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let all_groups: Vec<String> = groups.iter().map(|(g, _)| g.clone()).collect();
        let mut group_bars: Vec<Bar> = groups
            .iter()
            .map(|(group, n)| Bar {
                label: group.clone(),
                count: *n,
                search: search(&|q: &mut IndexQuery| q.groups = vec![group.clone()]),
            })
            .collect();
        // "In none of them" is one search while the groups fit in one (at most 10).
        let none_search = match all_groups.len() {
            1..=10 => search(&|q: &mut IndexQuery| {
                q.groups = all_groups.clone();
                q.group_mode = GroupMode::None;
            }),
            _ => String::new(),
        };
        group_bars.push(Bar { label: t("analytics-bar-no-group"), count: no_group, search: none_search });
        let day_bar = |from: i64, days_long: i64| {
            let count = (0..days_long).map(|d| days.get(&(from / 86_400 + d)).copied().unwrap_or(0)).sum();
            let (first, last) = (day_of(from), day_of(from + (days_long - 1) * 86_400));
            let label = if days_long == 1 {
                first.clone()
            } else {
                t_with("analytics-bar-week", &[("first", first.clone().into())])
            };
            Bar {
                label,
                count,
                search: search(&|q: &mut IndexQuery| {
                    q.created_from = first.clone();
                    q.created_to = last.clone();
                    q.sort = SortKey::Created;
                }),
            }
        };
        let per_day = (0..DAYS_CHARTED).map(|d| day_bar(days_from + d * 86_400, 1)).collect();
        let per_week = (0..WEEKS_CHARTED).map(|w| day_bar(weeks_from + w * 7 * 86_400, 7)).collect();
        let stuck = Bar {
            label: t_with("analytics-stuck-label", &[("days", stuck_days.into())]),
            count: stuck,
            search: search(&|q: &mut IndexQuery| {
                q.status = Some("FORCE_CHANGE_PASSWORD".into());
                q.modified_to = day_of(stuck_before - 86_400);
            }),
        };
        Ok(PoolAnalytics {
            built_ms,
            now,
            total,
            by_status: status_bars,
            by_enabled: enabled_bars,
            email: verification("email", "email_verified", |c| (c.has_email, c.email_verified)),
            phone: verification("phone_number", "phone_number_verified", |c| (c.has_phone, c.phone_verified)),
            groups: group_bars,
            per_day,
            per_week,
            stuck_days,
            stuck,
        })
    }

    /// The searches `operator_sub` saved for `pool_id`, by name.
    pub async fn saved(&self, operator_sub: &str, pool_id: &str) -> Result<Vec<SavedSearch>, sqlx::Error> {
        on_db!(self.db(), pool => {
            let mut qb = QueryBuilder::new("SELECT id, name, query FROM pooldesk_saved_searches WHERE operator_sub = ");
            qb.push_bind(operator_sub.to_string()).push(" AND pool_id = ").push_bind(pool_id.to_string());
            qb.push(" ORDER BY name");
            let rows = qb.build().fetch_all(pool).await?;
            rows.iter()
                .map(|r| Ok(SavedSearch { id: r.try_get("id")?, name: r.try_get("name")?, query: r.try_get("query")? }))
                .collect()
        })
    }

    /// Saves a search under `name` (replacing the operator's search of that name).
    pub async fn save(
        &self,
        operator_sub: &str,
        pool_id: &str,
        name: &str,
        query: &str,
        now_ms: i64,
    ) -> Result<(), sqlx::Error> {
        on_db!(self.db(), pool => {
            let mut tx = pool.begin().await?;
            let mut qb = QueryBuilder::new("DELETE FROM pooldesk_saved_searches WHERE operator_sub = ");
            qb.push_bind(operator_sub.to_string()).push(" AND pool_id = ").push_bind(pool_id.to_string());
            qb.push(" AND name = ").push_bind(name.to_string());
            qb.build().execute(&mut *tx).await?;
            let mut qb = QueryBuilder::new("INSERT INTO pooldesk_saved_searches (id, operator_sub, pool_id, name, query, created_ms) VALUES (");
            let mut values = qb.separated(", ");
            values.push_bind(uuid::Uuid::new_v4().to_string());
            values.push_bind(operator_sub.to_string());
            values.push_bind(pool_id.to_string());
            values.push_bind(name.to_string());
            values.push_bind(query.to_string());
            values.push_bind(now_ms);
            qb.push(")");
            qb.build().execute(&mut *tx).await?;
            tx.commit().await
        })
    }

    /// Deletes one of the operator's own saved searches (another's is not theirs to delete).
    pub async fn forget(&self, operator_sub: &str, id: &str) -> Result<bool, sqlx::Error> {
        on_db!(self.db(), pool => {
            let mut qb = QueryBuilder::new("DELETE FROM pooldesk_saved_searches WHERE operator_sub = ");
            qb.push_bind(operator_sub.to_string()).push(" AND id = ").push_bind(id.to_string());
            Ok(qb.build().execute(pool).await?.rows_affected() > 0)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_patterns_escape_the_wildcards() {
        assert_eq!(pattern(ValueOp::Contains, "50%_off\\"), "%50\\%\\_off\\\\%");
        assert_eq!(pattern(ValueOp::StartsWith, "ann"), "ann%");
        assert_eq!(pattern(ValueOp::EndsWith, "@example.com"), "%@example.com");
    }
}
