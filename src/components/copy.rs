//! Copying and downloading: a copy button beside every id and URL, a masked client secret that
//! is fetched only when revealed, and a download link for an export.

use leptos::prelude::*;

use crate::components::layout::Card;

use super::outcome::{Outcome, last_error};
use super::permit::Can;
use super::style::SMALL_BUTTON;
use crate::api::clients::RevealClientSecret;
use crate::model::role::Permission;

/// True once the page runs in the browser: copy buttons need the Clipboard API, so without
/// JavaScript they stay hidden instead of doing nothing.
fn hydrated() -> ReadSignal<bool> {
    let (on, set) = signal(false);
    Effect::new(move |_| set.set(true));
    on
}

/// Puts `text` on the clipboard.
#[component]
pub fn CopyButton(
    #[prop(into)] text: Signal<String>,
    #[prop(default = "Copy")] label: &'static str,
) -> impl IntoView {
    let ready = hydrated();
    let (copied, set_copied) = signal(false);
    view! {
        <button type="button" class=format!("{SMALL_BUTTON} print:hidden") hidden=move || !ready.get() data-copy=""
            on:click=move |_| {
                #[cfg(feature = "hydrate")]
                {
                    let _ = window().navigator().clipboard().write_text(&text.get_untracked());
                }
                #[cfg(not(feature = "hydrate"))]
                let _ = text;
                set_copied.set(true);
            }>
            {move || if copied.get() { "Copied" } else { label }}
        </button>
    }
    .into_any()
}

/// Label, value in monospace, copy button: one row per id or URL.
#[component]
pub fn CopyRows(title: &'static str, rows: Vec<(&'static str, Option<String>)>) -> impl IntoView {
    view! {
        <Card title=title>
            <dl class="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-4">
                {rows.into_iter().map(|(label, value)| view! {
                    <dt class="text-slate-500">{label}</dt>
                    <dd class="flex items-start gap-2 sm:col-span-3" data-setting=label>
                        {match value {
                            Some(v) => view! {
                                <code class="break-all font-mono text-slate-900">{v.clone()}</code>
                                <CopyButton text=v/>
                            }.into_any(),
                            None => view! { <span class="text-slate-500">"none"</span> }.into_any(),
                        }}
                    </dd>
                }).collect_view()}
            </dl>
        </Card>
    }
    .into_any()
}

/// A client secret: masked, fetched by its own server function on "Reveal" (every reveal is
/// logged on the server), then shown with a copy button until the page is left. Only roles that
/// may reveal secrets get the button.
#[component]
pub fn MaskedSecret(pool_id: String, client_id: String) -> impl IntoView {
    let reveal = ServerAction::<RevealClientSecret>::new();
    let shown = move || reveal.value().get().and_then(Result::ok);
    view! {
        <span class="inline-flex flex-wrap items-center gap-2">
            <Show
                when=move || shown().is_some()
                fallback=move || {
                    let (pool_id, client_id) = (pool_id.clone(), client_id.clone());
                    view! {
                        <span class="font-mono text-slate-500" aria-label="hidden">"••••••••"</span>
                        <Can allowed=RevealClientSecret::allows>
                            <RevealButton pool_id=pool_id.clone() client_id=client_id.clone() reveal/>
                        </Can>
                    }
                }
            >
                <code class="break-all rounded bg-slate-100 px-1 font-mono" data-secret="">{shown}</code>
                <CopyButton text=Signal::derive(move || shown().unwrap_or_default())/>
            </Show>
            <Outcome error=last_error(reveal.value()) done=Signal::derive(|| false) success=""/>
        </span>
    }
    .into_any()
}

#[component]
fn RevealButton(
    pool_id: String,
    client_id: String,
    reveal: ServerAction<RevealClientSecret>,
) -> impl IntoView {
    view! {
        <button type="button" class=format!("{SMALL_BUTTON} print:hidden") data-reveal-secret=""
            on:click=move |_| {
                reveal.dispatch(RevealClientSecret { pool_id: pool_id.clone(), client_id: client_id.clone() });
            }>
            {move || if reveal.pending().get() { "Revealing…" } else { "Reveal" }}
        </button>
    }
}

/// `text` as a `data:` URL (percent-encoded, spaces as %20), so a download needs no server
/// round trip and works without JavaScript.
pub fn data_url(mime: &str, text: &str) -> String {
    format!("data:{mime};charset=utf-8,{}", crate::model::percent_encode(text, "%20"))
}

/// A block of text with copy and download buttons.
#[component]
pub fn TextExport(
    #[prop(into)] content: Signal<String>,
    #[prop(into)] filename: Signal<String>,
    #[prop(into)] mime: Signal<String>,
) -> impl IntoView {
    view! {
        <div class="space-y-2" data-export="">
            <div class="flex gap-2 print:hidden">
                <a class=SMALL_BUTTON data-download="" download=move || filename.get()
                    href=move || data_url(&mime.get(), &content.get())>
                    {move || format!("Download {}", filename.get())}
                </a>
                <CopyButton text=content/>
            </div>
            <pre class="max-h-96 overflow-auto rounded-md bg-slate-900 p-3 font-mono text-xs text-slate-100 print:max-h-none print:whitespace-pre-wrap" data-export-content="">{move || content.get()}</pre>
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
