//! Every Cognito operation the console calls, each with its error table (see `error::Operation`):
//! what it does in the operator's words, what a `ResourceNotFoundException` from it means is
//! missing, and the codes whose meaning is its own. A call site maps its failure with
//! `.map_err(|e| OPERATION.error(e))` and nothing else.

use super::error::Operation;
use crate::error::AppError;
use crate::i18n::t;

const POOL: &str = "The user pool";
const GROUP: &str = "The group";
const CLIENT: &str = "The app client";
const DOMAIN: &str = "The domain";
const RESOURCE_SERVER: &str = "The resource server";
const IDENTITY_POOL: &str = "The identity pool";
const IDENTITY: &str = "The identity";
const USER: &str = "The user";
const DEVICE: &str = "The device";
const AUTH_EVENT: &str = "The sign-in event";
const LINKED_IDENTITY: &str = "The linked identity";
const IDENTITY_PROVIDER: &str = "The identity provider";

/// An operation with no codes of its own.
const fn op(name: &'static str, does: &'static str, missing: &'static str) -> Operation {
    Operation { name, does, missing, codes: &[] }
}

// User pools.
pub const LIST_USER_POOLS: Operation = op("ListUserPools", "list user pools", POOL);
pub const DESCRIBE_USER_POOL: Operation = op("DescribeUserPool", "describe the user pool", POOL);
pub const GET_USER_POOL_MFA_CONFIG: Operation =
    op("GetUserPoolMfaConfig", "read the MFA configuration", POOL);
pub const UPDATE_USER_POOL: Operation = op("UpdateUserPool", "update the user pool", POOL);
pub const SET_USER_POOL_MFA_CONFIG: Operation = op("SetUserPoolMfaConfig", "set the MFA configuration", POOL);
pub const ADD_CUSTOM_ATTRIBUTES: Operation = op("AddCustomAttributes", "add custom attributes", POOL);
pub const CREATE_USER_POOL: Operation = op("CreateUserPool", "create the user pool", POOL);
pub const DELETE_USER_POOL: Operation = op("DeleteUserPool", "delete the user pool", POOL);

// Users.
pub const LIST_USERS: Operation = op("ListUsers", "list users", POOL);
pub const LIST_USERS_IN_GROUP: Operation = op("ListUsersInGroup", "list the group's members", GROUP);
pub const ADMIN_LIST_GROUPS_FOR_USER: Operation =
    op("AdminListGroupsForUser", "list the user's groups", POOL);
pub const ADMIN_GET_USER: Operation = op("AdminGetUser", "look up the user", POOL);
pub const ADMIN_ENABLE_USER: Operation = op("AdminEnableUser", "enable the user", POOL);
pub const ADMIN_DISABLE_USER: Operation = op("AdminDisableUser", "disable the user", POOL);
pub const ADMIN_ADD_USER_TO_GROUP: Operation = op("AdminAddUserToGroup", "add the user to the group", GROUP);
pub const ADMIN_REMOVE_USER_FROM_GROUP: Operation =
    op("AdminRemoveUserFromGroup", "remove the user from the group", GROUP);
pub const ADMIN_RESET_USER_PASSWORD: Operation = Operation {
    name: "AdminResetUserPassword",
    does: "reset the user's password",
    missing: POOL,
    codes: &[
        // Cognito resets only confirmed, enabled users.
        ("NotAuthorizedException", || AppError::Conflict { message: t("reset-refused-status") }),
        ("InvalidParameterException", || AppError::invalid("", t("reset-refused-no-channel"))),
    ],
};
pub const ADMIN_SET_USER_PASSWORD: Operation = op("AdminSetUserPassword", "set the user's password", POOL);
pub const ADMIN_USER_GLOBAL_SIGN_OUT: Operation =
    op("AdminUserGlobalSignOut", "sign the user out everywhere", POOL);
pub const ADMIN_DELETE_SOFTWARE_TOKEN: Operation =
    op("AdminDeleteSoftwareToken", "remove the user's authenticator app", POOL);
pub const ADMIN_SET_USER_MFA_PREFERENCE: Operation = Operation {
    name: "AdminSetUserMFAPreference",
    does: "change the user's MFA",
    missing: POOL,
    codes: &[
        // The factor's prerequisite is missing (no phone number, TOTP never set up); checked
        // beforehand, this is what is left when the user changed in between.
        ("InvalidParameterException", || AppError::invalid("setting", t("mfa-refused-by-cognito"))),
    ],
};
pub const ADMIN_GET_USER_AUTH_FACTORS: Operation =
    op("AdminGetUserAuthFactors", "read the user's sign-in options", POOL);
pub const ADMIN_CONFIRM_SIGN_UP: Operation = op("AdminConfirmSignUp", "confirm the user's sign-up", POOL);
pub const ADMIN_DELETE_USER: Operation = op("AdminDeleteUser", "delete the user", POOL);
pub const ADMIN_CREATE_USER: Operation = op("AdminCreateUser", "create the user", POOL);
pub const ADMIN_UPDATE_USER_ATTRIBUTES: Operation =
    op("AdminUpdateUserAttributes", "update the user's attributes", POOL);
pub const ADMIN_DELETE_USER_ATTRIBUTES: Operation =
    op("AdminDeleteUserAttributes", "remove the user's attributes", POOL);

// Linked identities.
pub const ADMIN_LINK_PROVIDER_FOR_USER: Operation = Operation {
    name: "AdminLinkProviderForUser",
    does: "link the identity to the user",
    missing: USER,
    codes: &[
        // Checked beforehand (the provider, the five links, a duplicate): what is left is the
        // identity having signed in already as a user of its own, which Cognito does not merge.
        ("InvalidParameterException", || AppError::invalid("subject", t("link-refused-signed-in"))),
        ("LimitExceededException", || AppError::invalid("subject", t("link-refused-limit"))),
    ],
};
pub const ADMIN_DISABLE_PROVIDER_FOR_USER: Operation =
    op("AdminDisableProviderForUser", "unlink the identity", LINKED_IDENTITY);

// Devices (the pool's device tracking).
pub const ADMIN_LIST_DEVICES: Operation = op("AdminListDevices", "list the user's devices", USER);
pub const ADMIN_FORGET_DEVICE: Operation = op("AdminForgetDevice", "forget the device", DEVICE);
pub const ADMIN_UPDATE_DEVICE_STATUS: Operation =
    op("AdminUpdateDeviceStatus", "change whether the device is remembered", DEVICE);

// Sign-in history (threat protection).
/// Without threat protection Cognito records no events and refuses the call: said as what the
/// pool lacks, not as a failure.
fn no_threat_protection() -> AppError {
    AppError::Unsupported { message: t("auth-events-no-threat-protection") }
}
pub const ADMIN_LIST_USER_AUTH_EVENTS: Operation = Operation {
    name: "AdminListUserAuthEvents",
    does: "read the user's sign-in history",
    missing: USER,
    codes: &[("UserPoolAddOnNotEnabledException", no_threat_protection)],
};
pub const ADMIN_UPDATE_AUTH_EVENT_FEEDBACK: Operation = Operation {
    name: "AdminUpdateAuthEventFeedback",
    does: "record whether the sign-in was the user",
    missing: AUTH_EVENT,
    codes: &[("UserPoolAddOnNotEnabledException", no_threat_protection)],
};

// Threat protection.
pub const DESCRIBE_RISK_CONFIGURATION: Operation =
    op("DescribeRiskConfiguration", "read the threat protection settings", POOL);
pub const SET_RISK_CONFIGURATION: Operation = Operation {
    name: "SetRiskConfiguration",
    does: "save the threat protection settings",
    missing: POOL,
    codes: &[("UserPoolAddOnNotEnabledException", || AppError::invalid("", t("cognito-risk-off")))],
};

// Groups.
pub const LIST_GROUPS: Operation = op("ListGroups", "list groups", POOL);
pub const GET_GROUP: Operation = op("GetGroup", "look up the group", GROUP);
pub const CREATE_GROUP: Operation = op("CreateGroup", "create the group", POOL);
pub const UPDATE_GROUP: Operation = op("UpdateGroup", "update the group", GROUP);
pub const DELETE_GROUP: Operation = op("DeleteGroup", "delete the group", GROUP);

// Domains and resource servers.
pub const DESCRIBE_USER_POOL_DOMAIN: Operation = op("DescribeUserPoolDomain", "describe the domain", DOMAIN);
pub const CREATE_USER_POOL_DOMAIN: Operation = op("CreateUserPoolDomain", "create the domain", POOL);
pub const DELETE_USER_POOL_DOMAIN: Operation = op("DeleteUserPoolDomain", "delete the domain", DOMAIN);
pub const LIST_RESOURCE_SERVERS: Operation = op("ListResourceServers", "list resource servers", POOL);
pub const CREATE_RESOURCE_SERVER: Operation = op("CreateResourceServer", "create the resource server", POOL);
pub const UPDATE_RESOURCE_SERVER: Operation =
    op("UpdateResourceServer", "update the resource server", RESOURCE_SERVER);
pub const DELETE_RESOURCE_SERVER: Operation =
    op("DeleteResourceServer", "delete the resource server", RESOURCE_SERVER);

// App clients.
pub const DESCRIBE_USER_POOL_CLIENT: Operation =
    op("DescribeUserPoolClient", "describe the app client", CLIENT);
pub const LIST_USER_POOL_CLIENTS: Operation = op("ListUserPoolClients", "list app clients", POOL);
pub const CREATE_USER_POOL_CLIENT: Operation = op("CreateUserPoolClient", "create the app client", POOL);
pub const UPDATE_USER_POOL_CLIENT: Operation = op("UpdateUserPoolClient", "update the app client", CLIENT);
pub const DELETE_USER_POOL_CLIENT: Operation = op("DeleteUserPoolClient", "delete the app client", CLIENT);

// Identity providers (federation).
pub const LIST_IDENTITY_PROVIDERS: Operation = op("ListIdentityProviders", "list identity providers", POOL);
pub const DESCRIBE_IDENTITY_PROVIDER: Operation =
    op("DescribeIdentityProvider", "describe the identity provider", IDENTITY_PROVIDER);
pub const CREATE_IDENTITY_PROVIDER: Operation = Operation {
    name: "CreateIdentityProvider",
    does: "add the identity provider",
    missing: POOL,
    codes: &[
        // The name is checked first; what is left is an identifier another provider has.
        ("DuplicateProviderException", duplicate_provider),
        // Cognito fetches SAML metadata and OIDC discovery documents when it saves.
        ("InvalidParameterException", provider_refused),
    ],
};
pub const UPDATE_IDENTITY_PROVIDER: Operation = Operation {
    name: "UpdateIdentityProvider",
    does: "update the identity provider",
    missing: IDENTITY_PROVIDER,
    codes: &[
        ("DuplicateProviderException", duplicate_provider),
        ("InvalidParameterException", provider_refused),
    ],
};
pub const DELETE_IDENTITY_PROVIDER: Operation =
    op("DeleteIdentityProvider", "delete the identity provider", IDENTITY_PROVIDER);

fn duplicate_provider() -> AppError {
    AppError::invalid("identifiers", t("cognito-idp-duplicate"))
}

fn provider_refused() -> AppError {
    AppError::invalid("", t("cognito-idp-refused"))
}

// Sign-in (the console's own, and the test console's).
pub const INITIATE_AUTH: Operation = op("InitiateAuth", "sign in", CLIENT);
pub const RESPOND_TO_AUTH_CHALLENGE: Operation = Operation {
    name: "RespondToAuthChallenge",
    does: "answer the sign-in challenge",
    missing: CLIENT,
    codes: &[
        // The challenge that takes a password is the new-password step.
        ("InvalidPasswordException", || AppError::invalid("new_password", t("cognito-password-policy"))),
    ],
};

// Identity pools (Amazon Cognito Federated Identities).
pub const LIST_IDENTITY_POOLS: Operation = op("ListIdentityPools", "list identity pools", IDENTITY_POOL);
pub const DESCRIBE_IDENTITY_POOL: Operation =
    op("DescribeIdentityPool", "describe the identity pool", IDENTITY_POOL);
pub const GET_IDENTITY_POOL_ROLES: Operation =
    op("GetIdentityPoolRoles", "read the identity pool's roles", IDENTITY_POOL);
pub const CREATE_IDENTITY_POOL: Operation =
    op("CreateIdentityPool", "create the identity pool", IDENTITY_POOL);
pub const UPDATE_IDENTITY_POOL: Operation =
    op("UpdateIdentityPool", "update the identity pool", IDENTITY_POOL);
pub const DELETE_IDENTITY_POOL: Operation =
    op("DeleteIdentityPool", "delete the identity pool", IDENTITY_POOL);
pub const SET_IDENTITY_POOL_ROLES: Operation =
    op("SetIdentityPoolRoles", "set the identity pool's roles", IDENTITY_POOL);
pub const GET_ID: Operation = op("GetId", "get an identity id", IDENTITY_POOL);
pub const GET_CREDENTIALS_FOR_IDENTITY: Operation =
    op("GetCredentialsForIdentity", "get credentials for the identity", IDENTITY);

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    /// The operation names this table declares, in the order written: `op("Name", …)` and
    /// `Operation { name: "Name", … }`.
    fn declared(source: &str) -> Vec<String> {
        let mut names = Vec::new();
        for marker in ["op(\"", "name: \""] {
            for (at, _) in source.match_indices(marker) {
                let rest = &source[at + marker.len()..];
                let name = &rest[..rest.find('"').unwrap()];
                if name.chars().next().is_some_and(|c| c.is_ascii_uppercase()) {
                    names.push(name.to_string());
                }
            }
        }
        names
    }

    /// `deploy/iam-policy.json` grants exactly the operations this table lists (each call site
    /// maps its failure through its operation, so the table is the list of calls): nothing the
    /// console calls is missing from a least-privilege deployment, nothing more is granted.
    /// Identity pools' operations are `cognito-identity:`, the rest `cognito-idp:`;
    /// SetIdentityPoolRoles also needs `iam:PassRole`, to Cognito only.
    #[test]
    fn the_iam_policy_grants_exactly_the_operations_the_console_calls() {
        let source = include_str!("operations.rs");
        let source = &source[..source.find("#[cfg(test)]").unwrap()];
        let (user_pools, identity_pools) = source.split_at(source.find("// Identity pools").unwrap());
        let user_pools = declared(user_pools).into_iter().map(|n| format!("cognito-idp:{n}"));
        let identity_pools = declared(identity_pools).into_iter().map(|n| format!("cognito-identity:{n}"));
        let all: Vec<String> = user_pools.chain(identity_pools).collect();
        let expected: BTreeSet<String> = all.iter().cloned().collect();
        assert_eq!(expected.len(), all.len(), "every operation declared once");
        assert!(expected.contains("cognito-idp:AdminGetUser") && expected.contains("cognito-identity:GetId"));

        let policy: serde_json::Value =
            serde_json::from_str(include_str!("../../deploy/iam-policy.json")).unwrap();
        let mut granted = BTreeSet::new();
        for statement in policy["Statement"].as_array().unwrap() {
            assert_eq!(statement["Effect"], "Allow");
            match &statement["Action"] {
                serde_json::Value::String(action) => {
                    assert_eq!(action, "iam:PassRole");
                    assert_eq!(
                        statement["Condition"]["StringEquals"]["iam:PassedToService"],
                        "cognito-identity.amazonaws.com"
                    );
                }
                actions => {
                    for action in actions.as_array().unwrap() {
                        assert!(
                            granted.insert(action.as_str().unwrap().to_string()),
                            "{action} granted twice"
                        );
                    }
                }
            }
        }
        assert_eq!(granted, expected);
    }
}
