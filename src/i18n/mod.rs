//! The console's words in English, German and Japanese: Fluent messages (`en/*.ftl`, `de/*.ftl`
//! and `ja/*.ftl` beside this file, one file per part of the console, each with its twin of the
//! same name in every language; embedded at compile time by fluent-templates: a new file is read when this module
//! is compiled again), looked up in the operator's language (`model::preferences::Preferences`,
//! which `server::security::provide_request_context` reads from each request for its page or
//! server function).
//! Pages render on the server only (islands), so there is no second rendering in the browser to
//! agree with; an island gets its words from the page as props.
//!
//! Every message exists in both languages, and every key the code names exists (the tests below
//! read the sources): a missing translation fails `cargo test`, not a page.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, static_loader};
use leptos::prelude::*;

use crate::model::preferences::{Lang, Preferences};

static_loader! {
    static LOCALES = {
        locales: "./src/i18n",
        fallback_language: "en",
        // No Unicode isolation marks around arguments: both languages run left to right, and the
        // marks would end up in attributes and copied text.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static IDS: LazyLock<[(Lang, LanguageIdentifier); Lang::ALL.len()]> =
    LazyLock::new(|| Lang::ALL.map(|l| (l, l.key().parse().expect("a valid language tag"))));

fn id(lang: Lang) -> &'static LanguageIdentifier {
    &IDS.iter().find(|(l, _)| *l == lang).expect("every language has an id").1
}

/// The language of the request being answered, a page or a server function; in a background
/// job, its operator's (`in_lang`); else English (unit tests, the command line).
pub fn lang() -> Lang {
    if let Some(preferences) = use_context::<Preferences>() {
        return preferences.lang;
    }
    #[cfg(feature = "ssr")]
    if let Ok(lang) = JOB_LANG.try_with(|lang| *lang) {
        return lang;
    }
    Lang::default()
}

#[cfg(feature = "ssr")]
tokio::task_local! {
    static JOB_LANG: Lang;
}

/// Runs `work` (a background job, which has no request) in `lang`: what it writes for its
/// operator, a user's failure or why it stopped, reads in the language they started it in.
#[cfg(feature = "ssr")]
pub async fn in_lang<F: std::future::Future>(lang: Lang, work: F) -> F::Output {
    JOB_LANG.scope(lang, work).await
}

/// The message `key` in the page's language.
pub fn t(key: &str) -> String {
    text(lang(), key, &[])
}

/// The message `key` with its arguments (`{ $name }` in the message).
pub fn t_with(key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
    text(lang(), key, args)
}

/// The message `key` in `lang`. A key with no message fails a debug build (every test, the
/// browser tests' server) where it is looked up; a release build shows the key.
pub fn text(lang: Lang, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
    let found = try_text(lang, key, args);
    debug_assert!(found.is_some(), "no message {key} in {}", lang.key());
    found.unwrap_or_else(|| key.to_string())
}

/// The message `key` in `lang`, if there is one (for keys made from data, such as what an
/// error says is missing).
pub fn try_text(lang: Lang, key: &str, args: &[(&'static str, FluentValue<'static>)]) -> Option<String> {
    let args: HashMap<Cow<'static, str>, FluentValue> =
        args.iter().map(|(k, v)| (Cow::Borrowed(*k), v.clone())).collect();
    if args.is_empty() {
        LOCALES.try_lookup(id(lang), key)
    } else {
        LOCALES.try_lookup_with_args(id(lang), key, &args)
    }
}

/// A date and time as people of the page's language write it, always in UTC and labelled so:
/// `2026-12-05 04:19 UTC` in English (ISO, as the exports write it), `05.12.2026 04:19 UTC` in
/// German, `2026/12/05 04:19 UTC` in Japanese. A dash for none.
pub fn date(epoch: Option<i64>) -> String {
    localized(lang(), crate::model::format_date(epoch))
}

/// `date` to the second, from Unix milliseconds (the audit log's clock).
pub fn timestamp_ms(ms: i64) -> String {
    localized(lang(), crate::model::audit::format_timestamp_ms(ms))
}

/// The ISO form (`YYYY-MM-DD …`) in `lang`'s order.
fn localized(lang: Lang, iso: String) -> String {
    match (lang, iso.get(..10), iso.get(10..)) {
        (Lang::De, Some(day), Some(rest)) if day.len() == 10 && day.as_bytes()[4] == b'-' => {
            format!("{}.{}.{}{rest}", &day[8..10], &day[5..7], &day[..4])
        }
        (Lang::Ja, Some(day), Some(rest)) if day.len() == 10 && day.as_bytes()[4] == b'-' => {
            format!("{}{rest}", day.replace('-', "/"))
        }
        _ => iso,
    }
}

/// Every Rust source of the crate with its text, for the tests that find the keys the code
/// names (here, `error`, `components::table`).
#[cfg(test)]
pub(crate) fn sources() -> Vec<(std::path::PathBuf, String)> {
    let mut found = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
    while let Some(path) = stack.pop() {
        for entry in std::fs::read_dir(&path).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                found.push((path, text));
            }
        }
    }
    assert!(found.len() > 50);
    found
}

/// Runs `f` as a page or server function answering a request in `lang` would (the request's
/// preferences in the Leptos context), for tests.
#[cfg(test)]
pub(crate) fn as_request_in<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    Owner::new().with(|| {
        provide_context(Preferences { lang, ..Default::default() });
        f()
    })
}

/// Each of `keys` that some language has no message for, with that language: for the tests of
/// keys made from data (a table's name, what a NotFound names).
#[cfg(test)]
pub(crate) fn unworded(keys: impl IntoIterator<Item = String>) -> Vec<String> {
    keys.into_iter()
        .flat_map(|key| Lang::ALL.into_iter().map(move |lang| (key.clone(), lang)))
        .filter(|(key, lang)| try_text(*lang, key, &[]).is_none())
        .map(|(key, lang)| format!("{key} in {lang:?}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    /// The message ids of one `.ftl` file (a line `id = …` at the start; attributes and
    /// continuation lines are indented).
    fn ids(ftl: &str) -> Vec<String> {
        ftl.lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
            .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_string()))
            .collect()
    }

    /// Each `.ftl` file of a language, by file name, with its text.
    fn files(lang: Lang) -> Vec<(String, String)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n").join(lang.key());
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .map(|p| {
                (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap())
            })
            .collect();
        files.sort();
        files
    }

    /// Every message id of the English files.
    fn known() -> BTreeSet<String> {
        files(Lang::En).iter().flat_map(|(_, text)| ids(text)).collect()
    }

    #[test]
    fn every_message_exists_in_every_language_in_the_file_of_the_same_name() {
        let en = files(Lang::En);
        let names = |files: &[(String, String)]| files.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
        assert!(en.len() >= 4);
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
            let other = files(lang);
            assert_eq!(names(&en), names(&other), "each file has its twin in {lang:?}");
            for ((name, en), (_, other)) in en.iter().zip(&other) {
                let (en, other): (BTreeSet<_>, BTreeSet<_>) =
                    (ids(en).into_iter().collect(), ids(other).into_iter().collect());
                let only_en: Vec<_> = en.difference(&other).collect();
                let only_other: Vec<_> = other.difference(&en).collect();
                assert!(
                    only_en.is_empty() && only_other.is_empty(),
                    "{name}: not in {lang:?}: {only_en:?}; in {lang:?} only: {only_other:?}"
                );
            }
        }
        // One message per id across the files (a second one would replace the first unseen).
        for lang in Lang::ALL {
            let all: Vec<String> = files(lang).iter().flat_map(|(_, text)| ids(text)).collect();
            let unique: BTreeSet<_> = all.iter().collect();
            assert_eq!(all.len(), unique.len(), "an id twice in {lang:?}");
        }
        // Each parses and answers in its own language.
        let with_args: BTreeSet<String> = files(Lang::En)
            .iter()
            .flat_map(|(_, text)| {
                text.lines().filter(|l| l.contains("{ $")).flat_map(ids).collect::<Vec<_>>()
            })
            .collect();
        for key in known() {
            for lang in Lang::ALL {
                assert!(
                    LOCALES.try_lookup(id(lang), &key).is_some() || with_args.contains(&key),
                    "{key} in {lang:?}"
                );
            }
        }
    }

    /// Every literal key the sources give `t` or `t_with` names a message.
    #[test]
    fn every_key_the_code_names_exists() {
        let known = known();
        let mut missing = Vec::new();
        for (path, source) in sources() {
            for call in ["t(\"", "t_with(\""] {
                for (at, _) in source.match_indices(call) {
                    let preceded = source[..at].chars().next_back();
                    if preceded.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    let rest = &source[at + call.len()..];
                    let key = &rest[..rest.find('"').unwrap()];
                    if !known.contains(key) {
                        missing.push(format!("{}: {key}", path.display()));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "keys with no message: {missing:#?}");
    }

    /// The keys kept in tables rather than written at a call.
    #[test]
    fn every_key_in_a_table_exists() {
        let known = known();
        let tabs = crate::components::layout::POOL_TABS.map(|(key, _)| key);
        let shortcuts = crate::components::keys::SHORTCUTS.map(|(_, _, key)| key);
        let themes = crate::model::preferences::Theme::ALL.map(|theme| theme.label());
        for key in tabs.iter().chain(&shortcuts).chain(&themes) {
            assert!(known.contains(*key), "{key}");
        }
    }

    #[test]
    fn dates_are_written_each_language_s_way_in_utc() {
        let at = Some(1_795_000_000);
        assert_eq!(localized(Lang::En, crate::model::format_date(at)), "2026-11-18 11:06 UTC");
        assert_eq!(localized(Lang::De, crate::model::format_date(at)), "18.11.2026 11:06 UTC");
        assert_eq!(
            localized(Lang::De, crate::model::audit::format_timestamp_ms(1_795_000_000_123)),
            "18.11.2026 11:06:40 UTC"
        );
        assert_eq!(localized(Lang::De, crate::model::format_date(None)), "–");
        assert_eq!(localized(Lang::Ja, crate::model::format_date(at)), "2026/11/18 11:06 UTC");
    }

    #[tokio::test]
    async fn a_background_job_writes_in_its_operator_s_language() {
        let german = in_lang(Lang::De, async { t("none") }).await;
        assert_eq!(german, "keine");
        assert_eq!(t("none"), "none", "outside the job");
    }

    #[test]
    fn arguments_and_plurals_are_filled_in_each_language() {
        let page = |lang, n: i64| text(lang, "pagination-page", &[("page", n.into())]);
        assert_eq!(page(Lang::En, 2), "Page 2");
        assert_eq!(page(Lang::De, 2), "Seite 2");
    }
}
