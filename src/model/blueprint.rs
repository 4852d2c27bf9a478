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
    /// The endpoint cannot list this kind (a local emulator without domains or resource
    /// servers): what exists is unknown, so nothing is created; `detail` says why.
    Skip,
    /// Only a restore told to remove what its backup does not have; never a blueprint.
    Delete,
}

impl StepAction {
    pub fn label(self) -> &'static str {
        match self {
            Self::Create => "create",
            Self::Update => "update",
            Self::Keep => "keep",
            Self::Skip => "skip",
            Self::Delete => "delete",
        }
    }

    /// Does this step change the pool?
    pub fn changes(self) -> bool {
        matches!(self, Self::Create | Self::Update | Self::Delete)
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

/// What became of one step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum StepOutcome {
    Done,
    /// Left out because the endpoint does not support it: a warning, not a failure (the run
    /// goes on, and can be run again). Why, in the console's words.
    Skipped(String),
    Failed(String),
}

impl StepOutcome {
    /// "done", "skipped: why" or "failed: why".
    pub fn text(&self) -> String {
        match self {
            Self::Done => "done".into(),
            Self::Skipped(why) => format!("skipped: {why}"),
            Self::Failed(why) => format!("failed: {why}"),
        }
    }
}

/// One step as applied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppliedStep {
    pub step: PlanStep,
    /// `None` for a step that was not attempted (an earlier one failed).
    pub outcome: Option<StepOutcome>,
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
        self.steps.iter().any(|s| matches!(s.outcome, Some(StepOutcome::Failed(_)) | None))
    }

    /// The changes made (created or updated, and done).
    pub fn changed(&self) -> usize {
        self.steps.iter().filter(|s| s.step.action.changes() && s.outcome == Some(StepOutcome::Done)).count()
    }

    /// The steps left out, each as "kind name: why".
    pub fn skipped(&self) -> Vec<String> {
        self.steps
            .iter()
            .filter_map(|s| match &s.outcome {
                Some(StepOutcome::Skipped(why)) => Some(format!("{} {}: {why}", s.step.kind, s.step.name)),
                _ => None,
            })
            .collect()
    }
}
