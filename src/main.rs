//! The Pooldesk server: `pooldesk serve` runs the console, `pooldesk bootstrap` applies the
//! guide's standard setup to a Cognito endpoint (the demo seeds the local emulator with it),
//! `pooldesk blueprint` plans or applies a setup, `pooldesk export` writes every user of a pool,
//! `pooldesk backup` a whole pool, and `pooldesk restore` plans or applies a backup.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use pooldesk::cognito::bootstrap::{self, GuideSetup};
use pooldesk::cognito::{self, Handles};
use pooldesk::server::config::{
    BackupConfig, BlueprintAction, BlueprintConfig, BootstrapConfig, Cli, Command, ExportConfig, LogFormat,
    RestoreConfig, ServeConfig,
};
use tracing_subscriber::EnvFilter;

/// Worker stack size. Server-side rendering polls deeply nested view and server-function
/// futures; in debug builds a page that joins several Cognito reads outgrew tokio's default
/// 2 MiB (and aborted the process), so there is headroom.
const WORKER_STACK: usize = 8 * 1024 * 1024;

fn main() -> ExitCode {
    match tokio::runtime::Builder::new_multi_thread().enable_all().thread_stack_size(WORKER_STACK).build() {
        Ok(runtime) => runtime.block_on(run()),
        Err(e) => {
            eprintln!("pooldesk: cannot start the async runtime: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> ExitCode {
    let cli = Cli::parse();
    let filter =
        || EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,tower_http=info"));
    match cli.log_format {
        LogFormat::Text => tracing_subscriber::fmt().with_env_filter(filter()).init(),
        // Every open span's fields, outermost first: the request's (method, path, request id) on
        // every line of the request.
        LogFormat::Json => tracing_subscriber::fmt()
            .json()
            .with_current_span(false)
            .with_span_list(true)
            .with_env_filter(filter())
            .init(),
    }
    let cognito = match &cli.command {
        Command::Serve(c) => &c.cognito,
        Command::Bootstrap(c) => &c.cognito,
        Command::Blueprint(c) => &c.cognito,
        Command::Export(c) => &c.cognito,
        Command::Backup(c) => &c.cognito,
        Command::Restore(c) => &c.cognito,
    };
    if let Err(message) = cognito.quotas() {
        eprintln!("pooldesk: {message}");
        return ExitCode::FAILURE;
    }
    let result = match cli.command {
        Command::Serve(config) => serve(*config).await,
        Command::Bootstrap(config) => run_bootstrap(config).await,
        Command::Blueprint(config) => run_blueprint(config).await,
        Command::Export(config) => run_export(config).await,
        Command::Backup(BackupConfig { cognito, pool_id, output }) => {
            run_export(ExportConfig { cognito, pool_id, format: "backup".into(), output, with_mfa: false })
                .await
        }
        Command::Restore(config) => run_restore(config).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("pooldesk: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(mut config: ServeConfig) -> Result<(), String> {
    let leptos_options = config.leptos_options()?;
    let functions = leptos::server_fn::axum::server_fn_paths().count();
    if functions == 0 {
        return Err("no server functions are registered: the build is broken".into());
    }
    let db = pooldesk::server::db::open(&config).await?;
    if let Some(metrics_bind) = config.metrics_bind {
        pooldesk::server::metrics::serve(metrics_bind, db.clone()).await?;
    }
    let bind = config.listen_addr();
    if config.cognito.endpoint_url.is_none() {
        tracing::info!(region = %config.cognito.region, "using AWS Cognito through the standard credential chain");
    }
    let state = pooldesk::server::build_state(config, leptos_options, db.clone()).await;
    let app = pooldesk::server::router(state, &db);
    let listener =
        tokio::net::TcpListener::bind(bind).await.map_err(|e| format!("cannot listen on {bind}: {e}"))?;
    tracing::info!(%bind, functions, "Pooldesk is listening on http://{bind}");
    axum::serve(listener, app.into_make_service_with_connect_info::<std::net::SocketAddr>())
        .with_graceful_shutdown(shutdown())
        .await
        .map_err(|e| format!("server error: {e}"))
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}

async fn run_bootstrap(config: BootstrapConfig) -> Result<(), String> {
    let endpoint = config.cognito.endpoint();
    let sdk = cognito::load_sdk_config(&endpoint).await;
    let handles = Handles::new(&sdk);
    let setup = GuideSetup {
        pool_name: config.pool_name.clone(),
        deletion_protection: !config.no_deletion_protection,
        domain: true,
        admin_email: config.admin_email.clone(),
        user_email: config.user_email.clone(),
    };
    let report = bootstrap::apply(&handles, &setup).await.map_err(|e| format!("bootstrap failed: {e}"))?;
    if let Some(path) = &config.env_file {
        let mut lines =
            format!("POOLDESK_POOL_ID={}\nPOOLDESK_CLIENT_ID={}\n", report.pool_id, report.console_client_id);
        if let Some(secret) = &report.console_client_secret {
            lines.push_str(&format!("POOLDESK_CLIENT_SECRET={secret}\n"));
        }
        // The two users' sign-ins, for scripts (the generated passwords use shell-safe symbols).
        lines.push_str(&format!(
            "BOOTSTRAP_ADMIN_EMAIL={}\nBOOTSTRAP_ADMIN_PASSWORD={}\nBOOTSTRAP_USER_EMAIL={}\nBOOTSTRAP_USER_PASSWORD={}\n",
            setup.admin_email, report.admin_password, setup.user_email, report.user_password
        ));
        write_private(path, &lines).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    println!(
        "{} user pool {} ({})",
        if report.created_pool { "Created" } else { "Updated" },
        setup.pool_name,
        report.pool_id
    );
    for skipped in &report.skipped {
        eprintln!("warning: skipped {skipped}");
    }
    println!("Admin: {}  password: {}", setup.admin_email, report.admin_password);
    println!("User:  {}  password: {}", setup.user_email, report.user_password);
    Ok(())
}

/// `pooldesk blueprint plan|apply [FILE]`: one line per step; exits non-zero when a step failed.
async fn run_blueprint(config: BlueprintConfig) -> Result<(), String> {
    use pooldesk::model::blueprint::{GUIDE_BLUEPRINT, PlanStep, StepOutcome};
    use pooldesk::rules::blueprint::{Blueprint, parse_blueprint};
    let text = match &config.file {
        Some(path) => {
            std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?
        }
        None => GUIDE_BLUEPRINT.to_string(),
    };
    let bp: Blueprint = parse_blueprint(&text).map_err(|e| e.to_string())?;
    let sdk = cognito::load_sdk_config(&config.cognito.endpoint()).await;
    let handles = Handles::new(&sdk);
    let pool_id = config.pool_id.as_deref();
    let line = |s: &PlanStep| format!("{:<7} {:<16} {}  ({})", s.action.label(), s.kind, s.name, s.detail);
    match config.action {
        BlueprintAction::Plan => {
            let steps = cognito::blueprint::plan_for(handles.read(), &bp, pool_id)
                .await
                .map_err(|e| e.to_string())?;
            for s in &steps {
                println!("{}", line(s));
            }
            let changes = steps.iter().filter(|s| s.action.changes()).count();
            println!("{changes} change(s) planned; nothing applied.");
        }
        BlueprintAction::Apply => {
            let report = cognito::blueprint::apply(&handles.admin, &handles.users, &bp, pool_id)
                .await
                .map_err(|e| e.to_string())?;
            for s in &report.steps {
                let outcome = match &s.outcome {
                    Some(StepOutcome::Done) => "ok".to_string(),
                    Some(StepOutcome::Skipped(why)) => format!("SKIPPED: {why}"),
                    Some(StepOutcome::Failed(why)) => format!("FAILED: {why}"),
                    None => "not attempted".to_string(),
                };
                println!("{:<14} {}", outcome, line(&s.step));
                if let Some(password) = &s.password {
                    println!("{:<14} temporary password of {}: {password}", "", s.step.name);
                }
            }
            println!("pool: {}", report.pool_id.as_deref().unwrap_or("-"));
            if report.failed() {
                return Err("a step failed; the steps after it were not attempted".into());
            }
        }
    }
    Ok(())
}

/// `pooldesk export`: the same reads and format as the console's export job, written as they
/// are read (to a file only its owner can read, or to standard output).
async fn run_export(config: ExportConfig) -> Result<(), String> {
    use pooldesk::cognito::export;
    use pooldesk::model::job::ExportFormat;
    let format = ExportFormat::parse(&config.format)
        .ok_or_else(|| format!("unknown format {:?}: csv, json, ndjson or backup", config.format))?;
    pooldesk::model::pool::validate_pool_id(&config.pool_id).map_err(|e| e.to_string())?;
    let sdk = cognito::load_sdk_config(&config.cognito.endpoint()).await;
    let handles = Handles::new(&sdk);
    let mut out: Box<dyn Write + Send> = match &config.output {
        Some(path) => {
            Box::new(create_private(path).map_err(|e| format!("cannot create {}: {e}", path.display()))?)
        }
        None => Box::new(std::io::stdout()),
    };
    let plan = export::plan(handles.read(), &config.pool_id).await.map_err(|e| e.to_string())?;
    let (tx, mut rx) = tokio::sync::mpsc::channel::<export::Chunk>(2);
    let rate = config.cognito.quotas()?.rate(pooldesk::cognito::pace::Category::UserList);
    let streams = export::streams(&plan, rate);
    let backup_config = match format {
        ExportFormat::Backup => {
            let (backup, _) =
                cognito::backup::config(handles.read(), &config.pool_id).await.map_err(|e| e.to_string())?;
            Some(serde_json::to_string(&backup).map_err(|e| e.to_string())?)
        }
        _ => None,
    };
    let options = export::Options { format, with_mfa: config.with_mfa, streams, backup_config, only: None };
    let reading = export::export_users(handles.read(), &config.pool_id, plan, options, tx);
    let writing = async move {
        while let Some(chunk) = rx.recv().await {
            out.write_all(chunk.text.as_bytes()).map_err(|e| format!("cannot write the export: {e}"))?;
        }
        out.flush().map_err(|e| format!("cannot write the export: {e}"))
    };
    let (read, written) = tokio::join!(reading, writing);
    written?;
    let users = read.map_err(|e| format!("the export stopped: {e}"))?;
    eprintln!("{users} user(s) exported from {}", config.pool_id);
    Ok(())
}

/// `pooldesk restore`: the plan, one line per step; with `--apply`, each change applied kind by
/// kind (4 at once, under the pace) and its outcome. Exits non-zero when a step failed.
async fn run_restore(config: RestoreConfig) -> Result<(), String> {
    use futures::StreamExt;
    use pooldesk::model::bulk::BulkOutcome;
    use pooldesk::rules::restore::{self, Options};
    pooldesk::model::pool::validate_pool_id(&config.pool_id).map_err(|e| e.to_string())?;
    let text = std::fs::read_to_string(&config.file)
        .map_err(|e| format!("cannot read {}: {e}", config.file.display()))?;
    let backup = restore::parse_backup(&text).map_err(|e| e.to_string())?;
    drop(text);
    let sdk = cognito::load_sdk_config(&config.cognito.endpoint()).await;
    let handles = Handles::new(&sdk);
    let (live, client_ids) =
        cognito::backup::read_live(handles.read(), &config.pool_id).await.map_err(|e| e.to_string())?;
    if config.apply && config.remove {
        pooldesk::model::session::check_typed(
            config.confirm.as_deref().unwrap_or_default(),
            &live.config.pool.name,
        )
        .map_err(|_| format!("--remove deletes: confirm it with --confirm {:?}", live.config.pool.name))?;
    }
    let steps = restore::plan(&backup, &live, Options { remove: config.remove });
    let line = |s: &pooldesk::model::blueprint::PlanStep| {
        format!("{:<7} {:<16} {}  ({})", s.action.label(), s.kind, s.name, s.detail)
    };
    if !config.apply {
        for s in &steps {
            println!("{}", line(s));
        }
        let changes = steps.iter().filter(|s| s.action.changes()).count();
        println!("{changes} change(s) planned; nothing applied.");
        return Ok(());
    }
    let run = cognito::backup::Restore::new(
        &handles.admin,
        &handles.users,
        &config.pool_id,
        &backup,
        (&live, &client_ids),
        config.invite,
    );
    let (mut done, mut failed) = (0_usize, 0_usize);
    for kind in restore::KINDS {
        let of_kind = steps.iter().filter(|s| s.kind == kind && s.action.changes());
        let run = &run;
        let mut outcomes =
            futures::stream::iter(of_kind.map(|s| async move { (s, run.apply_step(s).await) })).buffered(4);
        while let Some((step, outcome)) = outcomes.next().await {
            let outcome = match outcome {
                Ok(BulkOutcome::Failed(why)) => {
                    failed += 1;
                    format!("FAILED: {why}")
                }
                Err(e) => {
                    failed += 1;
                    format!("FAILED: {e}")
                }
                Ok(_) => {
                    done += 1;
                    "ok".to_string()
                }
            };
            println!("{:<14} {}", outcome, line(step));
        }
    }
    println!("{done} change(s) applied to {}.", config.pool_id);
    match failed {
        0 => Ok(()),
        n => {
            Err(format!("{n} step(s) failed; run again to retry them (a second run plans from what exists)"))
        }
    }
}

/// A new file only its owner can read.
fn create_private(path: &std::path::Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new().write(true).create(true).truncate(true).mode(0o600).open(path)
}

/// Writes a file only its owner can read (it holds the console's client secret).
fn write_private(path: &std::path::Path, contents: &str) -> std::io::Result<()> {
    create_private(path)?.write_all(contents.as_bytes())
}
