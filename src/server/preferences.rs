//! `GET /preferences?theme=…&back=…` and `?lang=…`: keeps the operator's choice in a cookie for
//! a year (the theme "System" deletes its cookie) and goes back to the page it came from. A plain
//! link, so that it works without JavaScript and before signing in; it changes nothing but the
//! look and the words.

use axum::extract::{Query, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::state::AppState;
use crate::model::preferences::{LANG_COOKIE, Lang, Preferences, THEME_COOKIE, Theme};
use crate::model::session::local_path;

/// The preferences a request carries: its cookies, and its `Accept-Language` (a header sent
/// several times is one list: cookies joined by `;`, languages by `,`).
pub fn of_headers(headers: &HeaderMap) -> Preferences {
    let all = |name, separator| {
        let values = headers.get_all(name).iter().filter_map(|v| v.to_str().ok());
        values.collect::<Vec<_>>().join(separator)
    };
    Preferences::from_headers(&all(header::COOKIE, "; "), &all(header::ACCEPT_LANGUAGE, ","))
}

/// The preferences of the request a server function answers: a sentence it returns is in the
/// operator's language.
pub async fn of_request() -> Preferences {
    leptos_axum::extract::<HeaderMap>().await.map(|headers| of_headers(&headers)).unwrap_or_default()
}

#[derive(Debug, Deserialize)]
pub struct Choice {
    #[serde(default)]
    theme: String,
    #[serde(default)]
    lang: String,
    #[serde(default)]
    back: String,
}

pub async fn set(State(state): State<AppState>, Query(choice): Query<Choice>) -> Response {
    // Only a path of this site: the link cannot send anyone elsewhere.
    let back = local_path(&choice.back).unwrap_or("/pools").to_string();
    let secure = if state.config().secure_cookie() { "; Secure" } else { "" };
    let cookie = |name: &str, value: &str, age: u32| {
        format!("{name}={value}; Path=/; Max-Age={age}; SameSite=Lax; HttpOnly{secure}")
    };
    const YEAR: u32 = 365 * 24 * 3600;
    let set = if let Some(theme) = Theme::parse(&choice.theme) {
        Some(cookie(THEME_COOKIE, theme.key(), if theme == Theme::System { 0 } else { YEAR }))
    } else {
        Lang::parse(&choice.lang).map(|lang| cookie(LANG_COOKIE, lang.key(), YEAR))
    };
    match set {
        Some(cookie) => ([(header::SET_COOKIE, cookie)], Redirect::to(&back)).into_response(),
        None => Redirect::to(&back).into_response(),
    }
}
