//! Setup blueprints as the Blueprint page shows them: the built-in text, and the plan and
//! report of a run. Reading, planning and applying are the server's (`rules::blueprint`,
//! `cognito::blueprint`).

use serde::{Deserialize, Serialize};

/// The guide's setup, the built-in default.
pub const GUIDE_BLUEPRINT: &str = include_str!("guide_blueprint.toml");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum StepAction {
    Create,
    Update,
    Keep,
}

impl StepAction {
    pub fn label(self) -> &'static str {
        match self {
            Self::Create => "create",
            Self::Update => "update",
            Self::Keep => "keep",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanStep {
    /// pool, resource server, app client, group, user or membership.
    pub kind: String,
    pub name: String,
    pub action: StepAction,
    /// What differs (update), what will be made (create), or why nothing happens (keep).
    pub detail: String,
}

/// One step as applied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppliedStep {
    pub step: PlanStep,
    /// `None` for a step that was not attempted (an earlier one failed).
    pub outcome: Option<Result<(), String>>,
    /// A created user's generated temporary password, shown once.
    pub password: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplyReport {
    pub pool_id: Option<String>,
    pub steps: Vec<AppliedStep>,
}

impl ApplyReport {
    pub fn failed(&self) -> bool {
        self.steps.iter().any(|s| matches!(s.outcome, Some(Err(_)) | None))
    }
}
