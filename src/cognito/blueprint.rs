//! Blueprints against Cognito: read what exists (`read_live`), plan with `rules::blueprint::plan`,
//! and apply the plan step by step through the same create/update functions as the console's forms.
//! The first failing step stops the run; the report says what was done, what failed and what was
//! not attempted, so nothing is half-applied without a report. What the endpoint does not support
//! (a local emulator without domains or resource servers) is skipped with its reason, and the run
//! goes on: it stays re-runnable there.

use super::error::unless_unsupported;
use super::{
    CognitoAdmin, CognitoRead, CognitoUsers, clients, domains, groups, password, pools, resource_servers,
    users,
};
use crate::error::AppError;
use crate::model::blueprint::{AppliedStep, ApplyReport, PlanStep, StepAction, StepOutcome};
use crate::model::pool::PasswordPolicy;
use crate::model::pool_settings::PoolForm;
use crate::rules::blueprint::{Blueprint, LiveState, aligned_client, domain_of, plan};

/// The pool the blueprint targets: `pool_id` when given (a page for an existing pool), else the
/// first pool with the blueprint's name; `None` when it would be created.
pub async fn target(
    cognito: &CognitoRead,
    bp: &Blueprint,
    pool_id: Option<&str>,
) -> Result<Option<String>, AppError> {
    match pool_id {
        Some(id) => {
            pools::describe(cognito, id).await?;
            Ok(Some(id.to_string()))
        }
        None => super::bootstrap::find_pool(cognito, &bp.pool.name).await,
    }
}

pub async fn read_live(
    cognito: &CognitoRead,
    bp: &Blueprint,
    pool_id: Option<&str>,
) -> Result<LiveState, AppError> {
    let Some(pool_id) = target(cognito, bp, pool_id).await? else {
        return Ok(LiveState::default());
    };
    let (resource_servers, domains, rest) = tokio::join!(
        Box::pin(resource_servers::list(cognito, &pool_id)),
        Box::pin(domains::list(cognito, &pool_id)),
        async {
            tokio::try_join!(
                Box::pin(clients::describe_all(cognito, &pool_id, None)),
                Box::pin(groups::list(cognito, &pool_id)),
                Box::pin(clients::context(cognito, &pool_id)),
            )
        },
    );
    let (described, groups, ctx) = rest?;
    // A kind the endpoint cannot list is noted with why: the plan skips it rather than create
    // what may exist.
    let (resource_servers, servers_unlisted) = unless_unsupported(resource_servers)?;
    let (domains, domains_unlisted) = unless_unsupported(domains)?;
    let unsupported: Vec<(String, String)> = [("resource server", servers_unlisted), ("domain", domains_unlisted)]
        .into_iter()
        .filter_map(|(kind, why)| why.map(|why| (kind.to_string(), why)))
        .inspect(|(kind, why)| tracing::warn!(kind, %why, "the endpoint cannot list this kind; the blueprint skips it"))
        .collect();
    let mut members = Vec::new();
    for u in &bp.users {
        match users::lookup(cognito, &pool_id, &u.email).await {
            Ok(found) => {
                let groups = users::groups_of(cognito, &pool_id, &found.username).await?;
                members.push((u.email.clone(), groups.into_iter().map(|g| g.name).collect()));
            }
            Err(AppError::NotFound { .. }) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(LiveState {
        pool_id: Some(pool_id),
        resource_servers,
        clients: described.into_iter().map(|c| (c.id, c.settings)).collect(),
        groups,
        users: members,
        attributes: ctx.attributes,
        identity_providers: ctx.identity_providers,
        domain: domains.into_iter().find(|d| !d.custom).map(|d| d.domain),
        unsupported,
    })
}

pub async fn plan_for(
    cognito: &CognitoRead,
    bp: &Blueprint,
    pool_id: Option<&str>,
) -> Result<Vec<PlanStep>, AppError> {
    plan(bp, &read_live(cognito, bp, pool_id).await?)
}

/// Plans against the live pool, then runs every create and update step in order. Users and
/// memberships are created through `users`: the caller decides who may (in the console's own
/// pool, a console group's membership needs a step-up: `server::guard`).
pub async fn apply(
    cognito: &CognitoAdmin,
    users: &CognitoUsers,
    bp: &Blueprint,
    pool_id: Option<&str>,
) -> Result<ApplyReport, AppError> {
    let live = read_live(cognito, bp, pool_id).await?;
    let steps = plan(bp, &live)?;
    let mut run = Run { cognito, users, bp, live, policy: None };
    let mut report = ApplyReport { pool_id: run.live.pool_id.clone(), steps: Vec::new() };
    let mut stopped = false;
    for step in steps {
        if stopped {
            report.steps.push(AppliedStep { step, outcome: None, password: None });
            continue;
        }
        let result = match step.action {
            StepAction::Keep => Ok(None),
            StepAction::Skip => Err(AppError::Unsupported { message: step.detail.clone() }),
            StepAction::Create | StepAction::Update => run.step(&step).await,
            // A blueprint plans no deletion (`rules::blueprint::plan`).
            StepAction::Delete => Err(AppError::Internal),
        };
        let (outcome, password) = match result {
            Ok(password) => (StepOutcome::Done, password),
            Err(AppError::Unsupported { message }) => {
                tracing::warn!(kind = %step.kind, name = %step.name, %message, "blueprint step skipped");
                (StepOutcome::Skipped(message), None)
            }
            Err(e) => {
                tracing::warn!(kind = %step.kind, name = %step.name, error = ?e, "blueprint step failed");
                stopped = true;
                (StepOutcome::Failed(e.message()), None)
            }
        };
        report.steps.push(AppliedStep { step, outcome: Some(outcome), password });
    }
    report.pool_id = run.live.pool_id.clone();
    Ok(report)
}

struct Run<'a> {
    cognito: &'a CognitoAdmin,
    users: &'a CognitoUsers,
    bp: &'a Blueprint,
    live: LiveState,
    /// The pool's password policy, read once for the users' temporary passwords.
    policy: Option<PasswordPolicy>,
}

impl Run<'_> {
    fn pool_id(&self) -> Result<String, AppError> {
        self.live.pool_id.clone().ok_or(AppError::Internal)
    }

    /// Runs one step; a created user's temporary password comes back.
    async fn step(&mut self, step: &PlanStep) -> Result<Option<String>, AppError> {
        let (cognito, bp) = (self.cognito, self.bp);
        match step.kind.as_str() {
            "pool" => {
                let form = PoolForm {
                    name: bp.pool.name.clone(),
                    deletion_protection: bp.pool.deletion_protection.then(|| "on".to_string()),
                    ..PoolForm::guide()
                };
                self.live.pool_id = Some(pools::create(cognito, &form.validate_new()?).await?);
                self.live.identity_providers = vec!["COGNITO".into()];
            }
            "domain" => {
                let domain = domain_of(&step.name, &uuid::Uuid::new_v4().simple().to_string());
                let new = crate::model::domain::validate_domain("prefix", &domain, "")?;
                domains::create(cognito, &self.pool_id()?, &new).await?;
                self.live.domain = Some(domain);
            }
            "resource server" => {
                let rs = bp
                    .resource_servers
                    .iter()
                    .find(|r| r.identifier == step.name)
                    .ok_or(AppError::Internal)?;
                let server = bp.resource_server(rs)?;
                match step.action {
                    StepAction::Create => {
                        resource_servers::create(cognito, &self.pool_id()?, &server).await?
                    }
                    _ => resource_servers::update(cognito, &self.pool_id()?, &server).await?,
                }
            }
            "app client" => {
                let c = bp.clients.iter().find(|c| c.name == step.name).ok_or(AppError::Internal)?;
                let settings = bp.client_settings(c, &self.live)?;
                let pool_id = self.pool_id()?;
                match self.live.clients.iter().find(|(_, s)| s.name == c.name) {
                    None => {
                        let secret = bp.client_form(c).generate_secret.is_some();
                        clients::create(cognito, &pool_id, &settings, secret).await?;
                    }
                    Some((id, now)) => {
                        clients::update(cognito, &pool_id, id, &aligned_client(now, &settings)).await?
                    }
                }
            }
            "group" => {
                let g = bp.groups.iter().find(|g| g.name == step.name).ok_or(AppError::Internal)?;
                let group = bp.group(g)?;
                match step.action {
                    StepAction::Create => groups::create(cognito, &self.pool_id()?, &group).await?,
                    _ => groups::update(cognito, &self.pool_id()?, &group).await?,
                }
            }
            "user" => {
                let u = bp.users.iter().find(|u| u.email == step.name).ok_or(AppError::Internal)?;
                let pool_id = self.pool_id()?;
                let policy = match &self.policy {
                    Some(p) => p.clone(),
                    None => pools::describe(cognito, &pool_id).await?.password_policy,
                };
                self.policy = Some(policy.clone());
                let temporary = password::generate(&policy);
                let mut attributes =
                    vec![("email".to_string(), u.email.clone()), ("email_verified".into(), "true".into())];
                for (name, value) in [("given_name", &u.given_name), ("family_name", &u.family_name)] {
                    if !value.is_empty() {
                        attributes.push((name.to_string(), value.clone()));
                    }
                }
                let user = users::NewUser {
                    username: u.email.clone(),
                    temporary_password: temporary.clone(),
                    invite: false,
                    delivery_sms: false,
                    attributes,
                };
                users::create(self.users, &pool_id, &user).await?;
                return Ok(Some(temporary));
            }
            "membership" => {
                let (email, group) = step.name.split_once(" → ").ok_or(AppError::Internal)?;
                users::add_to_group(self.users, &self.pool_id()?, email, group).await?;
            }
            _ => return Err(AppError::Internal),
        }
        Ok(None)
    }
}
