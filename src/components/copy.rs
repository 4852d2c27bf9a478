//! Copying and downloading: a copy button beside every id and URL, a masked client secret that
//! is fetched only when revealed, and a download link for an export. The copy button is an
//! island; the rest is rendered on the server.

use leptos::prelude::*;

use crate::components::layout::Card;

use super::hidden::Hidden;
use super::outcome::{Outcome, action_for, last_error};
use super::permit::Can;
use super::style::SMALL_BUTTON;
use crate::api::clients::RevealClientSecret;
use crate::i18n::t;
use crate::model::role::Permission;

/// Puts text on the clipboard: `text` itself, or the text of the element whose id is `source`
/// (a long export is not repeated in the island's props). An island: the one part of a row that
/// runs in the browser. It needs the Clipboard API, so until it has hydrated (and without
/// JavaScript) it stays hidden instead of doing nothing. Its words come from the page, in the
/// page's language (`CopyWords`): an island has no page to ask.
#[island]
pub fn CopyButton(text: String, source: String, words: CopyWords) -> impl IntoView {
    let (ready, set_ready) = signal(false);
    Effect::new(move |_| set_ready.set(true));
    let (copied, set_copied) = signal(false);
    view! {
        <button type="button" class=format!("{SMALL_BUTTON} print:hidden") hidden=move || !ready.get() data-copy=""
            on:click=move |_| {
                #[cfg(feature = "hydrate")]
                {
                    let text = if source.is_empty() {
                        Some(text.clone())
                    } else {
                        document().get_element_by_id(&source).and_then(|e| e.text_content())
                    };
                    if let Some(text) = text {
                        let _ = window().navigator().clipboard().write_text(&text);
                    }
                }
                #[cfg(not(feature = "hydrate"))]
                let _ = (&text, &source);
                set_copied.set(true);
            }>
            {move || if copied.get() { words.copied.clone() } else { words.copy.clone() }}
        </button>
    }
}

/// "Copy" and "Copied" in the page's language, for the island.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CopyWords {
    copy: String,
    copied: String,
}

impl CopyWords {
    pub fn of_page() -> Self {
        Self { copy: t("copy"), copied: t("copied") }
    }
}

/// A copy button for a short value.
pub fn copy(text: impl Into<String>) -> impl IntoView {
    view! { <CopyButton text=text.into() source=String::new() words=CopyWords::of_page()/> }
}

/// Label, value in monospace, copy button: one row per id or URL.
#[component]
pub fn CopyRows(#[prop(into)] title: String, rows: Vec<(String, Option<String>)>) -> impl IntoView {
    view! {
        <Card title=title>
            <dl class="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-4">
                {rows.into_iter().map(|(label, value)| view! {
                    <dt class="text-slate-500">{label.clone()}</dt>
                    <dd class="flex items-start gap-2 sm:col-span-3" data-setting=label>
                        {match value {
                            Some(v) => view! {
                                <code class="break-all font-mono text-slate-900">{v.clone()}</code>
                                {copy(v)}
                            }.into_any(),
                            None => view! { <span class="text-slate-500">{crate::i18n::t("none")}</span> }.into_any(),
                        }}
                    </dd>
                }).collect_view()}
            </dl>
        </Card>
    }
    .into_any()
}

/// A client secret: masked, fetched by its own server function on "Reveal" (every reveal is
/// logged on the server), shown with a copy button on the page the form comes back to, and
/// masked again by "Hide" (the page without it) or any later visit. Only roles that may reveal
/// secrets get the button.
#[component]
pub fn MaskedSecret(pool_id: String, client_id: String) -> impl IntoView {
    // A page may list several clients.
    let reveal = action_for::<RevealClientSecret>("client_id", &client_id);
    let shown = reveal.value().get_untracked().and_then(Result::ok);
    // The page again, without the answer that held the secret.
    let hide = super::this_page();
    view! {
        <span class="inline-flex flex-wrap items-center gap-2">
            {match shown {
                Some(secret) => view! {
                    <code class="break-all rounded bg-slate-100 px-1 font-mono" data-secret="">{secret.clone()}</code>
                    {copy(secret)}
                    <a class=format!("{SMALL_BUTTON} print:hidden") href=hide data-hide-secret="">{t("secret-hide")}</a>
                }.into_any(),
                None => view! {
                    <span class="font-mono text-slate-500" aria-label=crate::i18n::t("secret-hidden")>"••••••••"</span>
                    <Can allowed=RevealClientSecret::allows>
                        <RevealForm pool_id=pool_id.clone() client_id=client_id.clone() reveal/>
                    </Can>
                }.into_any(),
            }}
            <Outcome error=last_error(reveal.value()) done=Signal::derive(|| false) success=""/>
        </span>
    }
    .into_any()
}

#[component]
fn RevealForm(pool_id: String, client_id: String, reveal: ServerAction<RevealClientSecret>) -> impl IntoView {
    view! {
        <ActionForm action=reveal attr:class="inline print:hidden">
            <Hidden name="pool_id" value=pool_id/>
            <Hidden name="client_id" value=client_id/>
            <button type="submit" class=SMALL_BUTTON data-reveal-secret="">{t("secret-reveal")}</button>
        </ActionForm>
    }
}

/// `text` as a `data:` URL (percent-encoded, spaces as %20), so a download needs no server
/// round trip and works without JavaScript.
pub fn data_url(mime: &str, text: &str) -> String {
    format!("data:{mime};charset=utf-8,{}", crate::model::percent_encode(text, "%20"))
}

/// A block of text with copy and download buttons.
#[component]
pub fn TextExport(content: String, filename: String, mime: String) -> impl IntoView {
    // The file name is unique on a page: it names the block the copy button reads.
    let id = format!("export-{filename}");
    view! {
        <div class="space-y-2" data-export="">
            <div class="flex gap-2 print:hidden">
                <a class=SMALL_BUTTON data-download="" download=filename.clone() href=data_url(&mime, &content)>
                    {crate::i18n::t_with("download-file", &[("file", filename.clone().into())])}
                </a>
                <CopyButton text=String::new() source=id.clone() words=CopyWords::of_page()/>
            </div>
            <pre id=id tabindex="0" class="max-h-96 overflow-auto rounded-md bg-slate-900 p-3 font-mono text-xs text-slate-100 print:max-h-none print:whitespace-pre-wrap" data-export-content="">{content}</pre>
        </div>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    #[test]
    fn data_urls_encode_every_special_byte() {
        assert_eq!(
            super::data_url("text/plain", "a b\n{\"x\"}"),
            "data:text/plain;charset=utf-8,a%20b%0A%7B%22x%22%7D"
        );
    }
}
