//! `GET /preferences?theme=…&back=…` and `?lang=…`: keeps the operator's choice in a cookie for
//! a year (the theme "System" deletes its cookie) and goes back to the page it came from. A plain
//! link, so that it works without JavaScript and before signing in; it changes nothing but the
//! look and the words.

use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tower_sessions::cookie::{Cookie, SameSite, time::Duration};

use super::state::AppState;
use crate::model::preferences::{LANG_COOKIE, Lang, Preferences, THEME_COOKIE, Theme};
use crate::model::session::local_path;

/// The preferences a request carries: its cookies, and its `Accept-Language` (a header sent
/// several times is one list).
pub fn of_headers(headers: &HeaderMap) -> Preferences {
    let values = |name| headers.get_all(name).iter().filter_map(|v| v.to_str().ok());
    let cookies: Vec<Cookie<'_>> =
        values(header::COOKIE).flat_map(Cookie::split_parse).filter_map(Result::ok).collect();
    let cookie = |name: &str| cookies.iter().find(|c| c.name() == name).map(|c| c.value());
    let languages = values(header::ACCEPT_LANGUAGE).collect::<Vec<_>>().join(",");
    Preferences::from_choices(cookie(THEME_COOKIE), cookie(LANG_COOKIE), &languages)
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
    let secure = state.config().secure_cookie();
    let cookie = |name: &'static str, value: &'static str, days: i64| {
        let cookie = Cookie::build((name, value))
            .path("/")
            .http_only(true)
            .secure(secure)
            .same_site(SameSite::Lax)
            .max_age(Duration::days(days))
            .build();
        HeaderValue::from_str(&cookie.to_string()).ok()
    };
    let set = if let Some(theme) = Theme::parse(&choice.theme) {
        cookie(THEME_COOKIE, theme.key(), if theme == Theme::System { 0 } else { 365 })
    } else {
        Lang::parse(&choice.lang).and_then(|lang| cookie(LANG_COOKIE, lang.key(), 365))
    };
    match set {
        Some(cookie) => ([(header::SET_COOKIE, cookie)], Redirect::to(&back)).into_response(),
        None => Redirect::to(&back).into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(cookie: &str, accept_language: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_str(cookie).unwrap());
        headers.insert(header::ACCEPT_LANGUAGE, HeaderValue::from_str(accept_language).unwrap());
        headers
    }

    #[test]
    fn the_theme_is_read_from_its_cookie_and_anything_else_is_the_browser_s() {
        let read = |h: &str| of_headers(&headers(h, "")).theme;
        assert_eq!(read("a=1; pooldesk_theme=dark; b=2"), Theme::Dark);
        assert_eq!(read("pooldesk_theme=light"), Theme::Light);
        assert_eq!(read("pooldesk_theme=purple"), Theme::System);
        assert_eq!(read(""), Theme::System);
    }

    #[test]
    fn the_language_is_the_chosen_one_else_the_browser_s_best_else_english() {
        let lang = |cookie: &str, accept: &str| of_headers(&headers(cookie, accept)).lang;
        assert_eq!(lang("pooldesk_lang=de", "en-US,en"), Lang::De);
        assert_eq!(lang("pooldesk_lang=xx", "de-CH,de;q=0.9,en;q=0.8"), Lang::De);
        assert_eq!(lang("", "fr-FR,fr;q=0.9,en;q=0.5,de;q=0.7"), Lang::De);
        assert_eq!(lang("", "fr-FR,en;q=0"), Lang::En, "q=0 is a refusal; English is the default");
        assert_eq!(lang("", "EN-gb;q=0.8,de;q=0.8"), Lang::En, "a tie goes to the first");
        assert_eq!(lang("", "*"), Lang::En);
        assert_eq!(lang("", "ja-JP,ja;q=0.9,en;q=0.8"), Lang::Ja);
        assert_eq!(lang("pooldesk_lang=ja", "de"), Lang::Ja);
    }

    /// A header sent twice is one list.
    #[test]
    fn headers_sent_twice_are_read_as_one() {
        let mut twice = headers("a=1", "fr-FR");
        twice.append(header::COOKIE, HeaderValue::from_static("pooldesk_lang=de"));
        twice.append(header::ACCEPT_LANGUAGE, HeaderValue::from_static("de;q=0.5"));
        assert_eq!(of_headers(&twice).lang, Lang::De);
        let languages_only = headers("", "fr-FR");
        let mut languages_twice = languages_only.clone();
        languages_twice.append(header::ACCEPT_LANGUAGE, HeaderValue::from_static("de;q=0.5"));
        assert_eq!(of_headers(&languages_twice).lang, Lang::De);
    }
}
