//! What the configuration summary and the advisor read of a pool, gathered with as few calls as
//! the APIs allow and in parallel where they are independent.

use futures::{StreamExt, TryStreamExt};

use super::{CognitoRead, CognitoSecrets, clients, groups, identity_pools, pools, users};
use crate::error::AppError;
use crate::model::client::ClientDetail;
use crate::model::identity_pool::IdentityPool;
use crate::model::summary::{
    ConfigSummary, SUMMARY_USERS, SummaryClient, SummaryIdentityPool, SummaryPool, SummaryUser,
};
use crate::model::user::{MatchKind, filter_expression};
use crate::rules::advisor::{AdvisorInput, WaitingUser};

/// Calls in flight at once for per-item reads (well under Cognito's read quotas).
const CONCURRENCY: usize = 4;

/// The identity pools of the region that sign in through a user pool, or why they could not
/// be listed.
#[derive(Debug, Default)]
pub struct LinkedIdentityPools {
    pub pools: Vec<IdentityPool>,
    pub unlisted: Option<String>,
}

/// The identity pools of the region that sign in through `pool_id`. ListIdentityPools names
/// no providers, so each is described.
///
/// A console allowed only the user pool API, or an endpoint without identity pools
/// (cognito-local), still gets its summary: it says that they could not be listed and why.
pub async fn linked_identity_pools(
    cognito: &CognitoRead,
    pool_id: &str,
) -> Result<LinkedIdentityPools, AppError> {
    let all = match identity_pools::list(cognito).await {
        Ok(all) => all,
        Err(AppError::Forbidden) => {
            // English, as the exports write it: a page says it in its language.
            let why = crate::model::summary::IDENTITY_POOLS_FORBIDDEN;
            return Ok(LinkedIdentityPools { pools: Vec::new(), unlisted: Some(why.into()) });
        }
        Err(AppError::Unavailable { message } | AppError::Unsupported { message }) => {
            return Ok(LinkedIdentityPools { pools: Vec::new(), unlisted: Some(message) });
        }
        Err(e) => return Err(e),
    };
    let described: Vec<Option<IdentityPool>> = futures::stream::iter(all.into_iter().map(|p| {
        let cognito = cognito.clone();
        async move { unless_gone(identity_pools::describe(&cognito, &p.id).await) }
    }))
    .buffered(CONCURRENCY)
    .try_collect()
    .await?;
    let pools = described.into_iter().flatten().filter(|p| p.uses_user_pool(pool_id)).collect();
    Ok(LinkedIdentityPools { pools, unlisted: None })
}

/// An item listed a moment ago and deleted since (by another operator, another console) is
/// left out of the summary rather than failing it.
fn unless_gone<T>(result: Result<T, AppError>) -> Result<Option<T>, AppError> {
    match result {
        Ok(item) => Ok(Some(item)),
        Err(AppError::NotFound { .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

pub async fn gather(cognito: &CognitoRead, pool_id: &str) -> Result<ConfigSummary, AppError> {
    // Boxed: joined in place, these futures overflow a worker's stack in debug builds.
    let (pool, clients, groups, page, identity_pools) = tokio::try_join!(
        Box::pin(pools::describe(cognito, pool_id)),
        Box::pin(clients::describe_all(cognito, pool_id, None)),
        Box::pin(groups::list(cognito, pool_id)),
        Box::pin(users::list(cognito, pool_id, SUMMARY_USERS as i32, None, None)),
        Box::pin(linked_identity_pools(cognito, pool_id)),
    )?;
    // One call per listed user: exact memberships, however large the groups are.
    let users: Vec<Option<SummaryUser>> = futures::stream::iter(page.users.into_iter().map(|user| {
        let cognito = cognito.clone();
        async move {
            let groups = unless_gone(users::groups_of(&cognito, pool_id, &user.username).await)?;
            Ok::<_, AppError>(
                groups
                    .map(|groups| SummaryUser { user, groups: groups.into_iter().map(|g| g.name).collect() }),
            )
        }
    }))
    .buffered(CONCURRENCY)
    .try_collect()
    .await?;
    let users: Vec<SummaryUser> = users.into_iter().flatten().collect();
    let tokens = cognito.token_source(pool_id);
    Ok(ConfigSummary {
        pool: SummaryPool {
            hosted_ui_url: pool.hosted_ui_base(),
            domain: pool.custom_domain.clone().or_else(|| pool.domain.clone()),
            issuer: tokens.issuer().to_string(),
            jwks_uri: tokens.jwks_url.clone(),
            id: pool.id,
            name: pool.name,
            region: pool.region,
            arn: pool.arn,
        },
        clients: clients.iter().map(summary_client).collect(),
        groups,
        users,
        more_users: page.next_token.is_some(),
        identity_pools_unlisted: identity_pools.unlisted,
        identity_pools: identity_pools
            .pools
            .into_iter()
            .map(|p| SummaryIdentityPool {
                client_ids: p
                    .providers
                    .iter()
                    .filter(|x| x.user_pool_id() == Some(pool_id))
                    .map(|x| x.client_id.clone())
                    .collect(),
                id: p.id,
                name: p.name,
                allow_unauthenticated: p.allow_unauthenticated,
                classic_flow: p.classic_flow,
                roles: p.roles,
            })
            .collect(),
    })
}

fn summary_client(c: &ClientDetail) -> SummaryClient {
    let s = &c.settings;
    SummaryClient {
        id: c.id.clone(),
        name: s.name.clone(),
        has_secret: c.has_secret,
        auth_flows: s.auth_flows.clone(),
        oauth_flows: s.oauth_flows.clone(),
        scopes: s.scopes.clone(),
        callback_urls: s.callback_urls.clone(),
        access_token: s.access_token.clone(),
        id_token: s.id_token.clone(),
        refresh_token: s.refresh_token.clone(),
    }
}

/// The secrets of the pool's confidential clients, for an export the admin asked to include
/// them in.
pub async fn client_secrets(
    cognito: &CognitoSecrets,
    pool_id: &str,
) -> Result<Vec<(String, String)>, AppError> {
    let ids = clients::ids(cognito, pool_id).await?;
    let secrets: Vec<Option<(String, String)>> = futures::stream::iter(ids.into_iter().map(|(id, _)| {
        let cognito = cognito.clone();
        async move { Ok::<_, AppError>(clients::secret(&cognito, pool_id, &id).await?.map(|s| (id, s))) }
    }))
    .buffered(CONCURRENCY)
    .try_collect()
    .await?;
    Ok(secrets.into_iter().flatten().collect())
}

/// Users in `status`: at most one page, which is enough to flag them.
async fn waiting(cognito: &CognitoRead, pool_id: &str, status: &str) -> Result<Vec<WaitingUser>, AppError> {
    let filter = filter_expression("cognito:user_status", MatchKind::Exact, status)?;
    let page = users::list(cognito, pool_id, crate::model::user::MAX_USERS_PAGE, None, Some(filter)).await?;
    Ok(page
        .users
        .into_iter()
        .map(|u| WaitingUser { username: u.username, status: u.status, created: u.created })
        .collect())
}

pub async fn advisor_input(
    cognito: &CognitoRead,
    pool_id: &str,
    admin_group: &str,
    console_client_id: &str,
) -> Result<AdvisorInput, AppError> {
    // Boxed for the same reason as in `gather`.
    let (pool, clients, groups, unconfirmed, pending, identity_pools) = tokio::try_join!(
        Box::pin(pools::describe(cognito, pool_id)),
        Box::pin(clients::describe_all(cognito, pool_id, Some(console_client_id))),
        Box::pin(groups::list(cognito, pool_id)),
        Box::pin(waiting(cognito, pool_id, "UNCONFIRMED")),
        Box::pin(waiting(cognito, pool_id, "FORCE_CHANGE_PASSWORD")),
        Box::pin(linked_identity_pools(cognito, pool_id)),
    )?;
    let admin_members = match groups.iter().any(|g| g.name == admin_group) {
        true => Some(groups::member_count(cognito, pool_id, admin_group, 1).await?.0),
        false => None,
    };
    Ok(AdvisorInput {
        pool,
        clients,
        admin_members,
        admin_group: admin_group.to_string(),
        waiting_users: unconfirmed.into_iter().chain(pending).collect(),
        identity_pools: identity_pools.pools,
        identity_pools_unchecked: identity_pools.unlisted,
        now: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or_default(),
    })
}
