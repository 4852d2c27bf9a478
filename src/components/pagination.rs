//! Cognito paginates with opaque tokens, forwards only. To go back, the URL keeps the stack of
//! tokens that led to the current page (`?pages=t1+t2`), so a reload or a shared link shows the
//! same page. Cognito's tokens never contain whitespace (its API pattern is `[\S]+`), so a
//! space separates them.

use leptos::prelude::*;

pub fn parse_stack(param: Option<String>) -> Vec<String> {
    param.unwrap_or_default().split_whitespace().map(str::to_string).collect()
}

/// The link to the page reached through `stack`, from `base` (a path, with or without a query).
pub fn page_href(base: &str, stack: &[String]) -> String {
    if stack.is_empty() {
        return base.to_string();
    }
    let separator = if base.contains('?') { '&' } else { '?' };
    format!("{base}{separator}pages={}", encode(&stack.join(" ")))
}

use crate::i18n::{t, t_with};
pub use crate::model::encode;

/// Previous / next links under a table.
#[component]
pub fn Pager(base: String, stack: Vec<String>, next_token: Option<String>) -> impl IntoView {
    let previous = (!stack.is_empty()).then(|| page_href(&base, &stack[..stack.len() - 1]));
    let next = next_token.map(|t| {
        let mut s = stack.clone();
        s.push(t);
        page_href(&base, &s)
    });
    let page = stack.len() + 1;
    let link = "rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50";
    let off = "rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-500";
    view! {
        <nav class="mt-4 flex items-center gap-3" aria-label=t("pagination")>
            {match previous {
                Some(href) => view! { <a class=link href=href rel="prev">{t("pagination-previous")}</a> }.into_any(),
                None => view! { <span class=off aria-disabled="true">{t("pagination-previous")}</span> }.into_any(),
            }}
            <span class="text-sm text-slate-600">{t_with("pagination-page", &[("page", page.into())])}</span>
            {match next {
                Some(href) => view! { <a class=link href=href rel="next">{t("pagination-next")}</a> }.into_any(),
                None => view! { <span class=off aria-disabled="true">{t("pagination-next")}</span> }.into_any(),
            }}
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stack_round_trips_through_the_query() {
        let stack = vec!["a+b/c==".to_string(), "Zz9".to_string()];
        assert_eq!(page_href("/pools", &stack), "/pools?pages=a%2Bb%2Fc%3D%3D+Zz9");
        assert_eq!(page_href("/u?q=x", &stack[..1]), "/u?q=x&pages=a%2Bb%2Fc%3D%3D");
        // What the router hands back after decoding.
        assert_eq!(parse_stack(Some("a+b/c== Zz9".into())), stack);
        assert_eq!(page_href("/pools", &[]), "/pools");
    }
}
