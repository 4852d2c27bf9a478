//! Who may call what. Every server function declares, next to its definition, the least role
//! that may call it, what the audit log keeps of a call and which arguments name its target
//! (`permission!`). The guard enforces the role and opens the audit row, the pages hide what the
//! operator's role cannot do, and the security tests check that every registered function has a
//! declaration.

use serde::{Deserialize, Serialize};

/// An operator's role, from the Cognito groups named in the console's configuration. Ordered:
/// each role may do everything the ones before it may.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Role {
    /// Reads everything but secrets: pools, users, groups, clients, summary, advisor.
    #[default]
    Viewer,
    /// The support desk: also enables/disables users, resets and sets passwords, signs users
    /// out and changes group memberships. No deletes, no pool or client changes, no secrets.
    Support,
    /// Everything.
    Admin,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Viewer, Role::Support, Role::Admin];

    pub fn label(self) -> &'static str {
        match self {
            Self::Viewer => "viewer",
            Self::Support => "support",
            Self::Admin => "admin",
        }
    }
}

/// Who may call a server function at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// The login steps: no session yet.
    Anyone,
    /// A signed-in operator with at least this role.
    AtLeast(Role),
}

/// What the audit log keeps of a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Record {
    /// A read: nothing (the tracing log has the request).
    Nothing,
    /// A change to Cognito.
    Change,
    /// Shows a secret, credentials or tokens' content to the operator.
    Secret,
    /// A step of the console's own sign-in, or the sign-out.
    Session,
    /// Reads every user of a pool into a file (an export job).
    Export,
}

/// The least role of a declaration as a type, so that the guard can hand out a handle whose
/// type follows it (`server::guard::Guard<L>`): a `Viewer` guard has no way to a write.
pub mod level {
    /// A role as a type.
    pub trait Level {
        const ROLE: super::Role;
    }
    /// Reads.
    pub struct Viewer;
    /// The support desk.
    pub struct Support;
    /// Everything.
    pub struct Admin;
    /// The login steps: no operator, so no guard (`require` does not accept them).
    pub struct Public;

    impl Level for Viewer {
        const ROLE: super::Role = super::Role::Viewer;
    }
    impl Level for Support {
        const ROLE: super::Role = super::Role::Support;
    }
    impl Level for Admin {
        const ROLE: super::Role = super::Role::Admin;
    }
}

/// Whether a call needs a recent re-entry of the operator's password (step-up).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepUp {
    No,
    /// Refused unless the operator signed in or confirmed their password within the step-up
    /// window (`--step-up-seconds`).
    Required,
}

/// The declaration `permission!` makes for a server function's type.
pub trait Permission {
    const ACCESS: Access;
    const RECORD: Record;
    const STEP_UP: StepUp;
    /// `ACCESS`'s role as a type (`level::Public` for the login steps).
    type Least;

    /// Whether an operator with `role` may call it (what the pages use to hide controls).
    fn allows(role: Role) -> bool {
        match Self::ACCESS {
            Access::Anyone => true,
            Access::AtLeast(min) => role >= min,
        }
    }
}

/// A server function's declaration as the server registers it, by URL path.
#[derive(Debug, Clone, Copy)]
pub struct Declared {
    pub path: &'static str,
    pub access: Access,
    pub record: Record,
    pub step_up: StepUp,
}

#[cfg(feature = "ssr")]
inventory::collect!(Declared);

/// The declaration of every registered server function, by path (server only).
#[cfg(feature = "ssr")]
pub fn declared(path: &str) -> Option<&'static Declared> {
    use std::collections::HashMap;
    use std::sync::LazyLock;
    static BY_PATH: LazyLock<HashMap<&'static str, &'static Declared>> =
        LazyLock::new(|| inventory::iter::<Declared>.into_iter().map(|d| (d.path, d)).collect());
    BY_PATH.get(path).copied()
}

/// `permission!(DeleteUser => Admin, Change; pool_id, username)`: the server function
/// `delete_user` needs an admin, is recorded as a change, and its audit row names the pool and
/// user. It generates `DeleteUser::guard(&pool_id, &username)`, the function's first line and
/// only way to a guard (`server::guard::require`), which takes those arguments in that order.
/// `permission!(DeleteUserPool => Admin, Change, StepUp; pool_id)` also needs a recent step-up.
/// The login steps: `permission!(Login => Anyone, Session; username)`, which generates
/// `Login::record(&username)` for the row written when the step returns. The type is the one
/// `#[server]` generates for the function.
#[macro_export]
macro_rules! permission {
    ($f:ty => Anyone, $record:ident $(; $($field:ident),+)?) => {
        $crate::permission!(@declare $f, $crate::model::role::Access::Anyone, Public, $record, No);
        #[cfg(feature = "ssr")]
        impl $f {
            /// Names this call's target in its audit row.
            pub fn record($($($field: &(impl $crate::server::audit::AuditValue + ?Sized)),+)?) {
                if let Some(call) = $crate::server::audit::Call::current() {
                    call.note(None, $crate::permission!(@target $($($field),+)?));
                }
            }
        }
    };
    ($f:ty => $role:ident, $record:ident, StepUp $(; $($field:ident),+)?) => {
        $crate::permission!(@declare $f, $crate::model::role::Access::AtLeast($crate::model::role::Role::$role), $role, $record, Required);
        $crate::permission!(@guard $f, $role $(; $($field),+)?);
    };
    ($f:ty => $role:ident, $record:ident $(; $($field:ident),+)?) => {
        $crate::permission!(@declare $f, $crate::model::role::Access::AtLeast($crate::model::role::Role::$role), $role, $record, No);
        $crate::permission!(@guard $f, $role $(; $($field),+)?);
    };
    ($f:ty => $role:ident $(; $($field:ident),+)?) => {
        $crate::permission!($f => $role, Nothing $(; $($field),+)?);
    };
    (@target $($field:ident),*) => {
        $crate::server::audit::Target::of(&[
            $((stringify!($field), $crate::server::audit::AuditValue::shown($field))),*
        ])
    };
    (@guard $f:ty, $role:ident $(; $($field:ident),+)?) => {
        #[cfg(feature = "ssr")]
        impl $f {
            /// The guard for this function (`server::guard::require`); the arguments are the
            /// ones its declaration names for the audit row.
            pub async fn guard(
                $($($field: &(impl $crate::server::audit::AuditValue + ?Sized)),+)?
            ) -> Result<$crate::server::guard::Guard<$crate::model::role::level::$role>, $crate::error::AppError> {
                $crate::server::guard::require::<Self>($crate::permission!(@target $($($field),+)?)).await
            }
        }
    };
    (@declare $f:ty, $access:expr, $level:ident, $record:ident, $step_up:ident) => {
        impl $crate::model::role::Permission for $f {
            const ACCESS: $crate::model::role::Access = $access;
            const RECORD: $crate::model::role::Record = $crate::model::role::Record::$record;
            const STEP_UP: $crate::model::role::StepUp = $crate::model::role::StepUp::$step_up;
            type Least = $crate::model::role::level::$level;
        }
        #[cfg(feature = "ssr")]
        inventory::submit! {
            $crate::model::role::Declared {
                path: <$f as leptos::server_fn::ServerFn>::PATH,
                access: $access,
                record: $crate::model::role::Record::$record,
                step_up: $crate::model::role::StepUp::$step_up,
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_ordered_from_viewer_to_admin() {
        assert!(Role::Viewer < Role::Support && Role::Support < Role::Admin);
        assert_eq!(Role::ALL.iter().max(), Some(&Role::Admin));
    }
}
