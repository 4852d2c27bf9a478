//! The pool's identity providers (federation): each provider's details (secrets never shown),
//! attribute mapping, identifiers and the app clients that offer it, with what to give the
//! provider in return; admins add one of each kind, edit and delete them.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::identity_providers::{
    CreateIdentityProvider, DeleteIdentityProvider, UpdateIdentityProvider, list_identity_providers,
};
use crate::components::copy::copy;
use crate::components::disclosure::Disclosure;
use crate::components::feedback::{Loading, or_error};
use crate::components::form::{Checkbox, FieldScope, Select, TextArea, TextField, TypeToConfirm};
use crate::components::hidden::Hidden;
use crate::components::layout::{PageHeader, PoolTabs};
use crate::components::outcome::{Outcome, action_for, answered, last_error, succeeded};
use crate::components::permit::Can;
use crate::components::style::{BUTTON, CARD};
use crate::error::AppError;
use crate::i18n::{t, t_with};
use crate::model::identity_provider::{
    IdentityProvider, IdentityProviders, KINDS, OIDC_ENDPOINTS, ProviderKind, detail_label, is_social, kind,
    kind_label,
};
use crate::model::role::Permission;

#[component]
pub fn IdentityProvidersPage() -> impl IntoView {
    let params = use_params_map();
    let pool_id = Memo::new(move |_| params.read().get("pool_id").unwrap_or_default());
    let providers = Resource::new(move || pool_id.get(), list_identity_providers);
    view! {
        <PageHeader title=t("tab-identity-providers") id=pool_id/>
        {move || view! { <PoolTabs pool_id=pool_id.get()/> }}
        <p class="mb-4 max-w-3xl text-sm text-slate-600">
            {t("idp-lead")}
        </p>
        <Transition fallback=|| view! { <Loading/> }>
            {move || Suspend::new(async move {
                or_error(providers.await, move |page| {
                    if let Some(why) = page.unavailable.clone() {
                        return view! { <p class="text-sm text-slate-600" data-providers-unavailable="">{why}</p> }.into_any();
                    }
                    view! { <Providers page/> }.into_any()
                })
            })}
        </Transition>
    }
}

#[component]
fn Providers(page: IdentityProviders) -> impl IntoView {
    let no_domain = page.login_url.is_none().then(|| {
        view! {
            <p class="mb-4 max-w-3xl rounded-md bg-amber-50 p-3 text-sm text-amber-900" data-no-domain="">
                {t("idp-no-domain")}
                <a class="underline" href=format!("/pools/{}/domain", page.pool_id)>{t("idp-no-domain-link")}</a>")."
            </p>
        }
    });
    let cards = if page.providers.is_empty() {
        view! { <p class="mb-4 text-sm text-slate-600">{t("idp-none")}</p> }.into_any()
    } else {
        page.providers
            .iter()
            .map(|(provider, clients)| view! { <ProviderCard page=page.clone() provider=provider.clone() clients=clients.clone()/> })
            .collect_view()
            .into_any()
    };
    view! {
        {no_domain}
        {cards}
        <Can allowed=CreateIdentityProvider::allows clone:page>
            <AddProviders page=page.clone()/>
        </Can>
    }
}

/// An add form for each kind the pool can still take (one provider of each social kind).
#[component]
fn AddProviders(page: IdentityProviders) -> impl IntoView {
    let taken = |key: &str| is_social(key) && page.providers.iter().any(|(p, _)| p.name == key);
    view! {
        <section class="mt-6 max-w-3xl space-y-2" aria-label=t("idp-add-title")>
            <h2 class="text-sm font-semibold text-slate-800">{t("idp-add-title")}</h2>
            {KINDS.iter().filter(|k| !taken(k.key)).map(|k| view! { <AddProvider page=page.clone() kind=k/> }).collect_view()}
        </section>
    }
}

/// What the provider needs from the pool: where to send its answer, and for SAML the pool's name.
#[component]
fn ForTheProvider(page: IdentityProviders, provider_type: String) -> impl IntoView {
    let saml = (provider_type == "SAML").then(|| {
        let entity = page.saml_entity_id();
        view! {
            <li>{t("idp-entity-id")}" "<code class="font-mono text-xs">{entity.clone()}</code>" "{copy(entity)}</li>
        }
    });
    let back = match page.return_url(&provider_type) {
        Some(url) => view! {
            <li>
                {if provider_type == "SAML" { t("idp-acs-url") } else { t("idp-redirect-uri") }}" "
                <code class="font-mono text-xs" data-return-url="">{url.clone()}</code>" "{copy(url)}
            </li>
        }
        .into_any(),
        None => view! { <li>{t("idp-return-later")}</li> }.into_any(),
    };
    view! {
        <div class="text-xs text-slate-600">
            <p class="font-medium">{t("idp-give-provider")}</p>
            <ul class="ml-4 list-disc">{back}{saml}</ul>
        </div>
    }
}

#[component]
fn ProviderCard(
    page: IdentityProviders,
    provider: IdentityProvider,
    clients: Vec<(String, String)>,
) -> impl IntoView {
    // A card per provider: an answer is this card's when its form named this provider.
    provide_context(FieldScope(format!("idp-{}", provider.name)));
    let update = action_for::<UpdateIdentityProvider>("provider_name", &provider.name);
    let delete = action_for::<DeleteIdentityProvider>("provider_name", &provider.name);
    let update_error = last_error(update.value());
    let delete_error = last_error(delete.value());
    let pool_id = page.pool_id.clone();
    let unmapped = provider.unmapped_required(&page.attributes);
    let kind = kind(&provider.provider_type);
    let lang = crate::i18n::lang();
    let details = provider
        .details
        .iter()
        .map(|(k, v)| (detail_label(lang, k), v.clone()))
        .chain(provider.withheld.iter().map(|k| {
            let said = if k == "MetadataFile" { t("idp-withheld-uploaded") } else { t("idp-withheld-set") };
            (detail_label(lang, k), said)
        }))
        .collect::<Vec<_>>();
    let offered = if clients.is_empty() {
        view! { <p class="text-sm text-slate-600">{t("idp-not-offered")}</p> }.into_any()
    } else {
        view! {
            <p class="text-sm">{t("idp-offered-by")}" "
                {clients.iter().enumerate().map(|(i, (id, name))| view! {
                    {(i > 0).then_some(", ")}
                    <a class="text-indigo-700 underline" href=format!("/pools/{pool_id}/client?id={}", crate::model::encode(id))>{name.clone()}</a>
                }).collect_view()}
            </p>
        }
        .into_any()
    };
    let name = provider.name.clone();
    let (edit_page, edit_provider) = (page.clone(), provider.clone());
    let delete_pool = page.pool_id.clone();
    view! {
        <section class=format!("mb-4 max-w-3xl space-y-3 {CARD}") data-identity-provider=name.clone()>
            <div>
                <h2 class="font-semibold text-slate-900">{name.clone()}</h2>
                <p class="text-xs text-slate-600">
                    {t_with("idp-card-meta", &[
                        ("kind", kind_label(&provider.provider_type).to_string().into()),
                        ("added", crate::i18n::date(provider.created).into()),
                        ("changed", crate::i18n::date(provider.last_modified).into()),
                    ])}
                </p>
            </div>
            <dl class="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
                {details.into_iter().map(|(k, v)| view! {
                    <dt class="text-slate-600">{k}</dt><dd class="break-all font-mono text-xs">{v}</dd>
                }).collect_view()}
            </dl>
            <div>
                <h3 class="text-sm font-medium text-slate-700">{t("idp-mapping")}</h3>
                {if provider.attribute_mapping.is_empty() {
                    view! { <p class="text-sm text-slate-600">{t("idp-mapping-none")}</p> }.into_any()
                } else {
                    view! {
                        <table class="min-w-full text-sm">
                            <thead class="text-left text-slate-600"><tr><th class="pr-4 font-medium">{t("idp-column-pool-attribute")}</th><th class="font-medium">{t("idp-column-provider-attribute")}</th></tr></thead>
                            <tbody>
                                {provider.attribute_mapping.iter().map(|(k, v)| view! {
                                    <tr><td class="pr-4 font-mono text-xs">{k.clone()}</td><td class="break-all font-mono text-xs">{v.clone()}</td></tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any()
                }}
                {(!unmapped.is_empty()).then(|| view! {
                    <p class="mt-1 text-sm text-amber-800" data-unmapped="">
                        {t_with("idp-unmapped", &[("attributes", unmapped.join(", ").into())])}
                    </p>
                })}
            </div>
            {(!provider.identifiers.is_empty()).then(|| view! {
                <p class="text-sm">{t("idp-identifiers-shown")}" "<span class="font-mono text-xs">{provider.identifiers.join(", ")}</span></p>
            })}
            {offered}
            <ForTheProvider page=page.clone() provider_type=provider.provider_type.clone()/>
            <div class="grid gap-2 md:grid-cols-2">
                {kind.map(|kind| view! {
                    <Can allowed=UpdateIdentityProvider::allows clone:edit_page clone:edit_provider>
                        <Disclosure summary=t("idp-edit") open=answered(update.value()) clone:edit_page clone:edit_provider>
                            <ActionForm action=update>
                                <div class="space-y-3">
                                    <Hidden name="pool_id" value=edit_page.pool_id.clone()/>
                                    <Hidden name="provider_name" value=edit_provider.name.clone()/>
                                    <Hidden name="provider_type" value=edit_provider.provider_type.clone()/>
                                    <ProviderFields kind page=edit_page.clone() current=Some(edit_provider.clone()) error=update_error/>
                                    <button type="submit" class=BUTTON>{t("save")}</button>
                                </div>
                            </ActionForm>
                            <Outcome error=update_error done=succeeded(update.value()) success=t("saved")/>
                        </Disclosure>
                    </Can>
                })}
                <Can allowed=DeleteIdentityProvider::allows clone:delete_pool clone:name clone:clients>
                    <Disclosure summary=t("idp-delete") danger=true open=answered(delete.value()) clone:delete_pool clone:name clone:clients>
                        {if clients.is_empty() {
                            view! { <p>{t("idp-delete-lead")}</p> }.into_any()
                        } else {
                            view! { <p class="text-red-800">{t("idp-delete-offered")}</p> }.into_any()
                        }}
                        <ActionForm action=delete>
                            <div class="space-y-3">
                                <Hidden name="pool_id" value=delete_pool.clone()/>
                                <Hidden name="provider_name" value=name.clone()/>
                                <TypeToConfirm expected=name.clone() button=t("idp-delete-button") error=delete_error/>
                            </div>
                        </ActionForm>
                        <Outcome error=delete_error done=succeeded(delete.value()) success=t("idp-deleted")/>
                    </Disclosure>
                </Can>
            </div>
        </section>
    }
}

/// One kind's add form.
#[component]
fn AddProvider(page: IdentityProviders, kind: &'static ProviderKind) -> impl IntoView {
    // One form per kind: an answer is this form's when its post named this kind.
    provide_context(FieldScope(format!("add-{}", kind.key)));
    let create = action_for::<CreateIdentityProvider>("provider_type", kind.key);
    let error = last_error(create.value());
    let summary = match kind.key {
        "SAML" => t("idp-add-saml"),
        "OIDC" => t("idp-add-oidc"),
        other => kind_label(other).to_string(),
    };
    let pool_id = page.pool_id.clone();
    view! {
        <div data-add-provider=kind.key>
            <Disclosure summary=summary open=answered(create.value())>
                <ActionForm action=create>
                    <div class="space-y-3">
                        <Hidden name="pool_id" value=pool_id.clone()/>
                        <Hidden name="provider_type" value=kind.key/>
                        {if is_social(kind.key) {
                            view! { <Hidden name="provider_name" value=kind.key/> }.into_any()
                        } else {
                            view! { <TextField label=t("idp-name-label") name="provider_name" error/> }.into_any()
                        }}
                        <ProviderFields kind page=page.clone() current=None error/>
                        <button type="submit" class=BUTTON>{t_with("idp-add-button", &[("kind", kind_label(kind.key).to_string().into())])}</button>
                    </div>
                </ActionForm>
                <Outcome error done=succeeded(create.value()) success=t("idp-added")/>
            </Disclosure>
        </div>
    }
}

/// Whether `error` is about one of the OIDC endpoints (their disclosure opens to show it).
fn names_an_endpoint(error: Signal<Option<AppError>>) -> Signal<bool> {
    Signal::derive(move || {
        error.with(|e| e.as_ref().and_then(AppError::field).is_some_and(|f| OIDC_ENDPOINTS.contains(&f)))
    })
}

/// The fields of one kind, empty for a new provider or filled from `current`; secrets are never
/// filled in (left empty, the held one stays).
#[component]
fn ProviderFields(
    kind: &'static ProviderKind,
    page: IdentityProviders,
    current: Option<IdentityProvider>,
    #[prop(into)] error: Signal<Option<AppError>>,
) -> impl IntoView {
    let value = |key: &str| current.as_ref().map(|c| c.detail(key).to_string()).unwrap_or_default();
    let flag = |key: &str| current.as_ref().is_some_and(|c| c.detail(key) == "true");
    let editing = current.is_some();
    let keep_hint = |what: String| {
        if editing { t_with("idp-keep-hint", &[("what", what.into())]) } else { what }
    };
    let mapping = current.as_ref().map(IdentityProvider::mapping_text).unwrap_or_else(|| {
        // A new provider starts with the pool's required attributes mapped to their namesakes.
        page.attributes
            .iter()
            .filter(|a| a.required && a.name != "sub")
            .map(|a| format!("{0} = {0}", a.name))
            .collect::<Vec<_>>()
            .join("\n")
    });
    let identifiers = current.as_ref().map(|c| c.identifiers.join("\n")).unwrap_or_default();
    let specific = match kind.key {
        "SAML" => {
            let has_file = current.as_ref().is_some_and(|c| c.holds("MetadataFile"));
            view! {
                <TextField label=t("idp-metadata-url") name="metadata_url" kind="url" required=false value=value("MetadataURL") error/>
                <TextArea label=if has_file { t("idp-metadata-file-keep") } else { t("idp-metadata-file-paste") }
                    name="metadata_file" rows=4 error/>
                <Checkbox name="idp_signout" label=t("idp-signout") checked=flag("IDPSignout")/>
                <Checkbox name="idp_init" label=t("idp-init-label") checked=flag("IDPInit")
                    hint=t("idp-init-hint")/>
                <Checkbox name="encrypted_responses" label=t("idp-encrypted-label") checked=flag("EncryptedResponses")/>
                <Checkbox name="sign_requests" label=t("idp-sign-requests-label") checked=current.as_ref().is_some_and(|c| !c.detail("RequestSigningAlgorithm").is_empty())/>
            }
            .into_any()
        }
        _ => {
            let secret = if kind.key == "SignInWithApple" {
                view! { <TextArea label=keep_hint(t("idp-private-key-file")) name="private_key" rows=4 error/> }.into_any()
            } else {
                view! { <TextField label=keep_hint(t("idp-client-secret")) name="client_secret" kind="password" autocomplete="new-password" required=!editing error/> }.into_any()
            };
            let scopes = if editing { value("authorize_scopes") } else { kind.scopes.to_string() };
            let own = match kind.key {
                "Facebook" => view! {
                    <TextField label=t("idp-api-version-label") name="api_version" required=false value=value("api_version") error/>
                }
                .into_any(),
                "SignInWithApple" => view! {
                    <TextField label=t("idp-team-id") name="team_id" value=value("team_id") error/>
                    <TextField label=t("idp-key-id") name="key_id" value=value("key_id") error/>
                }
                .into_any(),
                "OIDC" => {
                    let method = current.as_ref().map_or("GET".to_string(), |c| c.detail("attributes_request_method").to_string());
                    let [authorize, token, attributes, jwks] = OIDC_ENDPOINTS.map(value);
                    view! {
                        <TextField label=t("idp-issuer-url") name="oidc_issuer" kind="url" value=value("oidc_issuer") error/>
                        <Select label=t("idp-attributes-request-method") name="attributes_request_method"
                            options=vec![("GET".to_string(), "GET".to_string()), ("POST".to_string(), "POST".to_string())] selected=method error/>
                        <Disclosure summary=t("idp-endpoints-summary") open=names_an_endpoint(error)>
                            <TextField label=t("idp-authorize-url") name="authorize_url" kind="url" required=false value=authorize error/>
                            <TextField label=t("idp-token-url") name="token_url" kind="url" required=false value=token error/>
                            <TextField label=t("idp-attributes-url") name="attributes_url" kind="url" required=false value=attributes error/>
                            <TextField label=t("idp-jwks-uri") name="jwks_uri" kind="url" required=false value=jwks error/>
                        </Disclosure>
                    }
                    .into_any()
                }
                _ => ().into_any(),
            };
            view! {
                <TextField label=t("idp-client-id") name="client_id" value=value("client_id") error/>
                {secret}
                {own}
                <TextField label=t("idp-scopes") name="authorize_scopes" value=scopes error/>
            }
            .into_any()
        }
    };
    view! {
        {specific}
        <TextArea label=t("idp-mapping") name="attribute_mapping" value=mapping hint=t("idp-mapping-hint") error/>
        <TextArea label=t("idp-identifiers") name="identifiers" value=identifiers hint=t("idp-identifiers-hint") error/>
    }
}
