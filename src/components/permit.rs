//! Hiding what the operator's role cannot do. The server refuses it anyway (the guard checks
//! every call); this only keeps the pages from offering buttons that would fail.

use leptos::prelude::*;

use crate::api::auth::current_operator;
use crate::error::AppError;
use crate::model::role::Role;
use crate::model::session::Operator;

/// The signed-in operator, loaded once by the console layout and shared with every page below
/// it (a newtype, so that no other `Resource` of the same type is taken for it).
#[derive(Clone, Copy)]
pub struct OperatorContext(pub Resource<Result<Operator, AppError>>);

/// Loads the operator and makes it available to everything rendered below (the layout).
pub fn provide_operator() -> Resource<Result<Operator, AppError>> {
    let operator = Resource::new(|| (), |_| current_operator());
    provide_context(OperatorContext(operator));
    operator
}

/// The operator from the layout, if there is one.
pub fn use_operator() -> Option<Resource<Result<Operator, AppError>>> {
    use_context::<OperatorContext>().map(|c| c.0)
}

/// Renders its children only when the operator's role is one `allowed` accepts: the server
/// function's own declaration, `<Can allowed=DeleteUser::allows>` (with `model::role::Permission` in
/// scope). Nothing while the operator loads, if it cannot be loaded, or outside the layout.
#[component]
pub fn Can(allowed: fn(Role) -> bool, children: ChildrenFn) -> impl IntoView {
    let Some(operator) = use_operator() else {
        return ().into_any();
    };
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let children = children.clone();
                Suspend::new(async move {
                    let role = operator.await.ok().map(|op| op.role);
                    role.filter(|r| allowed(*r)).map(|_| children())
                })
            }}
        </Suspense>
    }
    .into_any()
}
