//! The theme and language switches: links (`GET /preferences`), so that they work without
//! JavaScript and on the sign-in pages; the current choice is marked.

use leptos::prelude::*;

use crate::i18n::t;
use crate::model::preferences::{Lang, Preferences, Theme, lang_href, theme_href};

const CHOICE: &str = "rounded px-1.5 py-0.5 text-slate-700 hover:bg-slate-100 aria-[current=true]:bg-indigo-50 aria-[current=true]:font-semibold aria-[current=true]:text-indigo-700";

/// Both switches, side by side.
#[component]
pub fn PreferenceSwitches() -> impl IntoView {
    view! {
        <div class="flex flex-wrap items-center gap-3">
            <ThemeSwitch/>
            <LangSwitch/>
        </div>
    }
}

#[component]
fn LangSwitch() -> impl IntoView {
    let current = use_context::<Preferences>().unwrap_or_default().lang;
    let here = super::this_page();
    view! {
        <nav class="flex items-center gap-1 text-xs print:hidden" aria-label=t("lang-nav") data-lang-switch="">
            {Lang::ALL.into_iter().map(|lang| {
                let on = lang == current;
                view! {
                    <a href=lang_href(lang, &here) hreflang=lang.key() lang=lang.key() aria-current=on.then_some("true")
                        data-lang-choice=lang.key() class=CHOICE>
                        {lang.label()}
                    </a>
                }
            }).collect_view()}
        </nav>
    }
}

#[component]
fn ThemeSwitch() -> impl IntoView {
    let current = use_context::<Preferences>().unwrap_or_default().theme;
    let here = super::this_page();
    view! {
        <nav class="flex items-center gap-1 text-xs print:hidden" aria-label=t("theme-nav") data-theme-switch="">
            <span class="text-slate-600">{t("theme-label")}</span>
            {Theme::ALL.into_iter().map(|theme| {
                let on = theme == current;
                view! {
                    <a href=theme_href(theme, &here) aria-current=on.then_some("true") data-theme-choice=theme.key() class=CHOICE>
                        {t(theme.label())}
                    </a>
                }
            }).collect_view()}
        </nav>
    }
}
