//! Forms posted as the browser posts them without a script (pages do not hydrate): Leptos
//! redirects back to the page, and the page shows what the function answered, once.

use axum::body::Body;
use axum::http::{Request, StatusCode, header};

use pooldesk::model::pool_settings::PoolForm;

use crate::harness::{Harness, Reply, unique};

/// POSTs `args` to `path` as an HTML form on the page `from`, as a browser does.
async fn post_form(h: &Harness, path: &str, args: &[(&str, &str)], from: &str, cookie: &str) -> Reply {
    let body = form_urlencoded::Serializer::new(String::new()).extend_pairs(args).finish();
    let req = Request::post(path)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8")
        .header(header::REFERER, format!("http://localhost{from}"))
        .header("sec-fetch-site", "same-origin")
        .header(header::COOKIE, cookie)
        .body(Body::from(body))
        .unwrap();
    h.send(req).await
}

/// Follows a form's redirect as the browser does: a same-origin page load.
async fn follow(h: &Harness, reply: &Reply, cookie: &str) -> Reply {
    assert_eq!(reply.status, StatusCode::FOUND, "{}", reply.body);
    let location = reply.headers.get(header::LOCATION).unwrap().to_str().unwrap();
    let path = location.strip_prefix("http://localhost").unwrap_or(location).to_string();
    let req = Request::get(path)
        .header(header::ACCEPT, "text/html")
        .header("sec-fetch-site", "same-origin")
        .header(header::COOKIE, cookie)
        .body(Body::empty())
        .unwrap();
    h.send(req).await
}

/// The text of the first element carrying the attribute `marker`, unescaped.
fn text_of(html: &str, marker: &str) -> Option<String> {
    let rest = &html[html.find(marker)?..];
    let text = rest[rest.find('>')? + 1..].split('<').next()?;
    Some(
        text.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&"),
    )
}

#[tokio::test]
async fn a_generated_password_is_shown_once_on_the_page_the_form_comes_back_to() {
    shown_once(&Harness::new().await).await;
}

/// The answers' table on PostgreSQL (the replicas' shared database).
#[tokio::test]
async fn a_form_answer_waits_for_its_page_on_postgres() {
    let url = crate::harness::postgres_url();
    let h = Harness::with_config(|c| c.database_url = Some(url)).await;
    assert!(matches!(h.db, pooldesk::server::db::Db::Postgres(_)));
    shown_once(&h).await;
}

async fn shown_once(h: &Harness) {
    let cookie = h.admin_cookie().await;
    let email = format!("generated-{}", h.admin_email);
    let page = format!("/pools/{}/users/new", h.pool_id);
    let args = [
        ("pool_id", h.pool_id.as_str()),
        ("email", email.as_str()),
        ("attributes[given_name]", "Gen"),
        ("attributes[family_name]", "Erated"),
        ("email_verified", "true"),
        ("temporary_password", ""),
        ("invitation", "suppress"),
        // An operator, so that the console's own sign-in can try the password.
        ("group", "admin"),
    ];
    let posted = post_form(h, "/api/create_user", &args, &page, &cookie).await;
    let shown = follow(h, &posted, &cookie).await;
    assert_eq!(shown.status, StatusCode::OK);
    assert!(shown.body.contains("data-created"), "the page says the user was created");
    let password =
        text_of(&shown.body, "data-generated-password").expect("the generated password is on the page");
    let password = password.as_str();
    assert!(password.len() >= 16, "{password}");
    // The user signs in with it (and is asked for a new one).
    let login = h.call("/api/login", &[("username", &email), ("password", password)], None).await;
    assert_eq!(login.status, StatusCode::OK, "{}", login.body);

    // Read once: the page's next load shows the form only.
    let again = h.page(&page, &cookie).await;
    assert!(!again.body.contains("data-generated-password") && !again.body.contains(password));
}

#[tokio::test]
async fn a_refused_form_comes_back_with_its_error_and_what_was_pasted() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    // Not the console's own pool: that one is never imported into.
    let form = PoolForm { name: unique("E2E-Forms"), deletion_protection: None, ..PoolForm::guide() };
    let pool_id = h.create_pool(&cookie, &form).await;
    let page = format!("/pools/{pool_id}/import");
    let csv = "email,given_name\nada@example.com,Ada\nnot-an-email,Bad\n";
    let args = [("pool_id", pool_id.as_str()), ("csv", csv)];

    // "Check the file": the report, and the file still in its field.
    let checked = post_form(&h, "/api/check_import", &args, &page, &cookie).await;
    let shown = follow(&h, &checked, &cookie).await;
    assert!(shown.body.contains("data-import-summary"), "the check's report is shown");
    assert!(shown.body.contains("not-an-email,Bad"), "the pasted file is back in its field");

    // "Import": refused beside the field, nothing imported, the file still there.
    let refused = post_form(&h, "/api/start_import", &args, &page, &cookie).await;
    let location = refused.headers.get(header::LOCATION).unwrap().to_str().unwrap().to_string();
    assert!(location.contains("__err="), "{location}");
    let shown = follow(&h, &refused, &cookie).await;
    assert!(shown.body.contains("cannot be imported"), "the refusal is next to the field");
    assert!(shown.body.contains("not-an-email,Bad"));
    assert!(!shown.body.contains("data-import-summary"), "a refusal is not a report");
    h.remove_pool(&pool_id).await;
}

#[tokio::test]
async fn only_a_form_post_keeps_an_answer_and_only_for_its_own_form() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let page = format!("/pools/{}/users/new", h.pool_id);
    // A script's call (JSON accepted) gets its answer in the body: nothing is kept for a page.
    let email = format!("scripted-{}", h.admin_email);
    let args = [
        ("pool_id", h.pool_id.as_str()),
        ("email", email.as_str()),
        ("attributes[given_name]", "S"),
        ("attributes[family_name]", "C"),
        ("invitation", "suppress"),
    ];
    let created = h.call("/api/create_user", &args, Some(&cookie)).await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.body);
    assert!(!h.page(&page, &cookie).await.body.contains("data-created"));

    // A form's answer is for the function it posted to: the import page has no create form.
    let email = format!("elsewhere-{}", h.admin_email);
    let args = [
        ("pool_id", h.pool_id.as_str()),
        ("email", email.as_str()),
        ("attributes[given_name]", "E"),
        ("attributes[family_name]", "W"),
        ("invitation", "suppress"),
    ];
    let import = format!("/pools/{}/import", h.pool_id);
    let posted = post_form(&h, "/api/create_user", &args, &import, &cookie).await;
    let shown = follow(&h, &posted, &cookie).await;
    assert_eq!(shown.status, StatusCode::OK);
    assert!(!shown.body.contains("data-generated-password"));
}

#[tokio::test]
async fn a_missing_user_or_pool_answers_404_with_a_sentence_and_a_way_back() {
    let h = Harness::new().await;
    let cookie = h.admin_cookie().await;
    let user = h.page(&format!("/pools/{}/user?name=nobody-here", h.pool_id), &cookie).await;
    assert_eq!(user.status, StatusCode::NOT_FOUND);
    assert!(user.body.contains("role=\"alert\""), "the page says what is missing");
    assert!(
        user.body.contains(&format!("href=\"/pools/{}/users\"", h.pool_id)),
        "and links back to the users"
    );
    let pool = h.page("/pools/us-east-1_000000000", &cookie).await;
    assert_eq!(pool.status, StatusCode::NOT_FOUND);
    assert!(pool.body.contains("role=\"alert\""));
    // The browser's own request for an icon finds one.
    let icon = h.page("/favicon.ico", &cookie).await;
    assert_eq!(icon.status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(icon.headers.get(header::LOCATION).unwrap(), "/favicon.svg");
}
