//! `sitegen serve` (`make serve`): serves `dist/` as a static host would and, with `--watch`,
//! rebuilds it as files are saved and reloads the open pages.
//!
//! - **Serving**: a file, else a folder's `index.html`, else `404.html` with status 404, under
//!   the base path (as `tests/e2e/server.mjs` and any static host do).
//! - **Watching** (`notify`, debounced so one save is one rebuild): a change under the content
//!   folder is compiled and assembled with the apps already built (no wasm is rebuilt, since
//!   the apps embed no content); a change under `src/`, `style/` or `public/` (which Trunk
//!   bundles into the apps) rebuilds the apps through `tools/build-app.sh`, which skips an app
//!   nothing of has changed, and then assembles.
//! - **Last good build**: each build goes into a folder beside `dist/` and takes its place
//!   only when it succeeded, so a content error never takes the site down.
//! - **Reloading**: every page served gets `reload.js`, which listens to a server-sent-events
//!   stream of the server's state (its latest build and the problems of the last attempt),
//!   reloads on a newer build, and shows the problems in an overlay. Both live under
//!   [`PREFIX`] and exist only here: `dist/` holds neither.

use anyhow::{Context, Result};
use notify_debouncer_full::notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{new_debouncer, DebounceEventResult};
use runbook::route::App;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::process::Command;
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex, RwLock};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// Where, under the base path, the server's own files are: the reload script, its style
/// sheet and the events. Nothing in a build has this prefix.
pub const PREFIX: &str = "__runbook/";
const RELOAD_JS: &str = include_str!("serve/reload.js");
const OVERLAY_CSS: &str = include_str!("serve/overlay.css");
/// Answered for `sw.js` in place of the build's worker: see the file for why.
const SERVICE_WORKER: &str = include_str!("serve/sw.js");
/// How often an idle event stream says it is alive, so a closed tab's thread ends.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// What `sitegen serve` was asked to do.
#[derive(Debug, Clone)]
pub struct Options {
    /// The apps Trunk built (`target/apps/dist`), assembled into `dist` by each build.
    pub apps: PathBuf,
    pub dist: PathBuf,
    pub content: PathBuf,
    /// The base path, `/` or `/sub/`.
    pub base: String,
    /// 0 for any free port (the address is printed).
    pub port: u16,
    pub watch: bool,
}

/// The server's state, which every event stream sends when it changes.
#[derive(Debug, Default)]
struct Status {
    /// The build `dist/` holds now, counted from the server's start; it changes only when a
    /// build succeeds.
    build: u64,
    /// The problems of the last attempt, each a line as the terminal shows it; none when it
    /// built.
    problems: Vec<String>,
}

struct Shared {
    options: Options,
    /// When this server started: a build is named by it and its count, so a page from an
    /// earlier run of the server is never taken for the latest build.
    run: u128,
    status: Mutex<Status>,
    changed: Condvar,
    /// Held to read from `dist/`, and to swap a new build in, so a request never sees half
    /// of each.
    dist: RwLock<()>,
}

impl Shared {
    fn status(&self) -> std::sync::MutexGuard<'_, Status> {
        self.status.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The name of the build `dist/` holds now.
    fn build(&self) -> String {
        format!("{}-{}", self.run, self.status().build)
    }

    fn set(&self, update: impl FnOnce(&mut Status)) {
        update(&mut self.status());
        self.changed.notify_all();
    }
}

/// Serves until the process is stopped.
pub fn run(options: Options) -> Result<()> {
    let listener = TcpListener::bind(("127.0.0.1", options.port))
        .with_context(|| format!("cannot listen on 127.0.0.1:{}", options.port))?;
    let port = listener.local_addr().map_or(options.port, |a| a.port());
    let shared = Arc::new(Shared {
        run: SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_millis()),
        status: Mutex::new(Status::default()),
        changed: Condvar::new(),
        dist: RwLock::new(()),
        options,
    });
    let options = &shared.options;
    if options.watch {
        if !options.dist.join("index.html").is_file() {
            rebuild(&shared, Change::Content, &mut false);
        }
        let watcher = Arc::clone(&shared);
        std::thread::spawn(move || {
            if let Err(e) = watch(&watcher) {
                eprintln!("sitegen serve: watching stopped: {e:#}");
            }
        });
    }
    println!(
        "serving {} on http://127.0.0.1:{port}{}{}",
        options.dist.display(),
        options.base,
        if options.watch {
            " (rebuilding and reloading as you save; Ctrl-C stops)"
        } else {
            ""
        }
    );
    let _ = std::io::stdout().flush();
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let shared = Arc::clone(&shared);
        std::thread::spawn(move || connection(&shared, stream));
    }
    Ok(())
}

/// What a batch of saves changed, and so what to rebuild.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Change {
    Content,
    /// `src/`, `style/` or `public/`: the apps (and the components the build draws with).
    Apps,
}

fn watch(shared: &Shared) -> Result<()> {
    let options = &shared.options;
    let (tx, rx) = mpsc::channel::<DebounceEventResult>();
    let mut debouncer = new_debouncer(Duration::from_millis(150), None, tx)?;
    let content = absolute(&options.content);
    debouncer
        .watch(&content, RecursiveMode::Recursive)
        .with_context(|| format!("watching {}", content.display()))?;
    let app_dirs: Vec<PathBuf> = ["src", "style", "public"]
        .iter()
        .map(|d| absolute(Path::new(d)))
        .filter(|d| d.is_dir())
        .collect();
    for dir in &app_dirs {
        debouncer
            .watch(dir, RecursiveMode::Recursive)
            .with_context(|| format!("watching {}", dir.display()))?;
    }
    // Once a change under src/ has been built, this process's own copy of the components
    // is older than the source: later builds run the rebuilt sitegen instead.
    let mut components_changed = false;
    while let Ok(batch) = rx.recv() {
        let mut change = classify(batch, &content, &app_dirs);
        // Saves that came while building are one more build, not one each.
        while let Ok(more) = rx.try_recv() {
            change = change.max(classify(more, &content, &app_dirs));
        }
        if let Some(change) = change {
            rebuild(shared, change, &mut components_changed);
        }
    }
    Ok(())
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// The rebuild a batch of file events calls for, if any.
fn classify(batch: DebounceEventResult, content: &Path, app_dirs: &[PathBuf]) -> Option<Change> {
    let events = match batch {
        Ok(events) => events,
        Err(errors) => {
            for e in errors {
                eprintln!("sitegen serve: {e}");
            }
            return None;
        }
    };
    events
        .iter()
        .filter(|e| {
            matches!(
                e.kind,
                EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_)
            )
        })
        .flat_map(|e| e.paths.iter())
        .filter(|p| !is_editor_scratch(p))
        .filter_map(|p| {
            if p.starts_with(content) {
                Some(Change::Content)
            } else if app_dirs.iter().any(|d| p.starts_with(d)) {
                Some(Change::Apps)
            } else {
                None
            }
        })
        .max()
}

/// An editor's swap or backup file (`.page.md.swp`, `page.md~`, vim's `4913`): saving
/// writes them beside the file, and they are no reason to rebuild.
fn is_editor_scratch(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    name.starts_with('.') || name.ends_with('~') || name == "4913"
}

/// Builds the site into a folder beside `dist/` and swaps it in if it built; either way the
/// pages are told (a newer build, or the problems), and so is the terminal.
fn rebuild(shared: &Shared, change: Change, components_changed: &mut bool) {
    let started = Instant::now();
    let options = &shared.options;
    let next = staging(&options.dist);
    if change == Change::Apps {
        *components_changed = true;
    }
    let result = match change {
        Change::Apps => build_apps(options).and_then(|()| assemble_with_cargo(options, &next)),
        Change::Content if *components_changed => assemble_with_cargo(options, &next),
        Change::Content => assemble(options, &next),
    };
    let result = result.and_then(|()| swap(shared, &next).map_err(|e| vec![format!("{e:#}")]));
    match result {
        Ok(()) => {
            println!(
                "rebuilt {} in {:.1} s",
                match change {
                    Change::Content => "the content",
                    Change::Apps => "the apps and the content",
                },
                started.elapsed().as_secs_f64()
            );
            shared.set(|s| {
                s.build += 1;
                s.problems.clear();
            });
        }
        Err(problems) => {
            let _ = std::fs::remove_dir_all(&next);
            for p in &problems {
                eprintln!("{p}");
            }
            eprintln!(
                "sitegen serve: not rebuilt ({} problem(s)); still serving the last build that worked",
                problems.len()
            );
            shared.set(|s| s.problems = problems);
        }
    }
}

/// The folder a build is written into before it takes `dist`'s place: beside it, so the
/// swap is a rename on one file system.
fn staging(dist: &Path) -> PathBuf {
    let name = dist.file_name().and_then(|n| n.to_str()).unwrap_or("dist");
    dist.with_file_name(format!(".{name}.next"))
}

/// The content compiled by this process and assembled with the apps already built.
fn assemble(options: &Options, next: &Path) -> Result<(), Vec<String>> {
    let compiled =
        crate::load_content(&options.content).map_err(|d| d.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    crate::postbuild::run(&options.apps, next, &compiled.runbook, &options.base).map_err(|e| vec![format!("{e:#}")])
}

/// As [`assemble`], by a sitegen cargo rebuilds first, for when the components changed.
fn assemble_with_cargo(options: &Options, next: &Path) -> Result<(), Vec<String>> {
    let mut command = Command::new("cargo");
    command
        .args(["run", "--quiet", "-p", "sitegen", "--", "postbuild"])
        .arg(&options.apps)
        .arg(next)
        .args(["--base", &options.base])
        .env("RUNBOOK_CONTENT_DIR", &options.content);
    run_capturing(command, "cargo run -p sitegen -- postbuild")
}

/// Every app, as `make dist` builds them: its shell, then `tools/build-app.sh`, which skips
/// an app whose inputs have not changed.
fn build_apps(options: &Options) -> Result<(), Vec<String>> {
    let web = Path::new("target/web");
    std::fs::create_dir_all(web).map_err(|e| vec![format!("target/web: {e}")])?;
    for app in App::ALL {
        let shell = web.join(format!("{}.html", app.name()));
        std::fs::write(&shell, crate::shell::shell(app)).map_err(|e| vec![format!("{}: {e}", shell.display())])?;
        let mut command = Command::new("tools/build-app.sh");
        command
            .arg(app.name())
            .arg(options.apps.join(app.name()))
            .arg(&options.base);
        run_capturing(command, &format!("tools/build-app.sh {}", app.name()))?;
    }
    Ok(())
}

/// Runs a build step with its output passed on to the terminal; on failure, the lines it
/// wrote to stderr are the problems (a content error's `file:line: sentence`, a compiler's
/// error), or a line saying it failed.
fn run_capturing(mut command: Command, name: &str) -> Result<(), Vec<String>> {
    let output = command
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| vec![format!("{name} could not start: {e}")])?;
    let _ = std::io::stdout().write_all(&output.stdout);
    if output.status.success() {
        let _ = std::io::stderr().write_all(&output.stderr);
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let mut problems: Vec<String> = stderr
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with("sitegen: "))
        .map(str::to_string)
        .collect();
    if problems.is_empty() {
        problems.push(format!("{name} failed ({}): the terminal says why.", output.status));
    }
    Err(problems)
}

/// Puts the new build in `dist`'s place while no request is reading it.
fn swap(shared: &Shared, next: &Path) -> Result<()> {
    let dist = &shared.options.dist;
    let old = dist.with_file_name(format!(
        ".{}.old",
        dist.file_name().and_then(|n| n.to_str()).unwrap_or("dist")
    ));
    let _ = std::fs::remove_dir_all(&old);
    {
        let _writing = shared.dist.write().unwrap_or_else(|p| p.into_inner());
        if dist.exists() {
            std::fs::rename(dist, &old).with_context(|| format!("moving {} aside", dist.display()))?;
        }
        std::fs::rename(next, dist).with_context(|| format!("moving the new build to {}", dist.display()))?;
    }
    let _ = std::fs::remove_dir_all(&old);
    Ok(())
}

/// One request, then the connection closes: a page's few requests need no keep-alive, and
/// each connection is a thread of its own, so none waits behind another. (tiny_http was
/// tried first: with Chromium's six connections its pool of four threads left a page's
/// wasm and script unread until others closed, 3 page loads in 5 stuck for 10 s.)
fn connection(shared: &Shared, stream: TcpStream) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let Ok(read_half) = stream.try_clone() else { return };
    let mut reader = BufReader::new(read_half);
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    loop {
        let mut header = String::new();
        match reader.read_line(&mut header) {
            Ok(0) | Err(_) => break,
            Ok(_) if header.trim().is_empty() => break,
            Ok(_) => {}
        }
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    let mut stream = stream;
    let options = &shared.options;
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let reply = match percent_decode(path) {
        _ if method != "GET" && method != "HEAD" => Reply::plain(405, "only GET and HEAD"),
        None => Reply::plain(400, "bad request"),
        Some(path) if path == format!("{}{PREFIX}events", options.base) => {
            events(shared, stream);
            return;
        }
        Some(path) => reply(shared, &path),
    };
    let head = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        reply.status,
        if reply.status == 200 { "OK" } else { "Not Found" },
        reply.content_type,
        reply.body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    if method != "HEAD" {
        let _ = stream.write_all(&reply.body);
    }
    let _ = stream.flush();
}

/// A whole response.
struct Reply {
    status: u16,
    content_type: &'static str,
    body: Vec<u8>,
}

impl Reply {
    fn plain(status: u16, text: &str) -> Self {
        Self {
            status,
            content_type: "text/plain; charset=utf-8",
            body: text.as_bytes().to_vec(),
        }
    }
}

fn reply(shared: &Shared, path: &str) -> Reply {
    let options = &shared.options;
    let own = |name: &str| format!("{}{PREFIX}{name}", options.base);
    let (status, content_type, body) = if path == own("reload.js") {
        (200, "text/javascript; charset=utf-8", RELOAD_JS.as_bytes().to_vec())
    } else if path == own("overlay.css") {
        (200, "text/css; charset=utf-8", OVERLAY_CSS.as_bytes().to_vec())
    } else if path == format!("{}sw.js", options.base) {
        (
            200,
            "text/javascript; charset=utf-8",
            SERVICE_WORKER.as_bytes().to_vec(),
        )
    } else {
        let _reading = shared.dist.read().unwrap_or_else(|p| p.into_inner());
        let (status, file) = match resolve(&options.dist, &options.base, path) {
            Some(file) => (200, Some(file)),
            None => (404, Some(options.dist.join("404.html")).filter(|f| f.is_file())),
        };
        match file.map(|f| std::fs::read(&f).map(|body| (content_type(&f), body))) {
            Some(Ok((content_type, body))) => (status, content_type, body),
            _ => (
                404,
                "text/html; charset=utf-8",
                NOT_BUILT.replace("{base}", &options.base).into_bytes(),
            ),
        }
    };
    let body = if content_type.starts_with("text/html") {
        with_reload_script(&String::from_utf8_lossy(&body), &options.base, &shared.build()).into_bytes()
    } else {
        body
    };
    Reply {
        status,
        content_type,
        body,
    }
}

/// The page for when there is no build at all yet (the first one failed): the overlay
/// says why, and the page reloads once it builds.
const NOT_BUILT: &str = "<!doctype html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\">\n<title>Not built yet</title>\n</head>\n<body>\n<main>\n<h1>The site has not been built yet</h1>\n<p>The terminal running <code>make serve</code> says why. This page reloads once it builds.</p>\n</main>\n</body>\n</html>\n";

/// The file a static host serves for `path`: the file itself, or the folder's
/// `index.html`; `None` for anything outside the base path or `dist`.
fn resolve(dist: &Path, base: &str, path: &str) -> Option<PathBuf> {
    let rel = if format!("{path}/") == base {
        ""
    } else {
        path.strip_prefix(base)?
    };
    let rel = Path::new(rel);
    if !rel.components().all(|c| matches!(c, Component::Normal(_))) {
        return None;
    }
    let candidate = dist.join(rel);
    if candidate.is_file() {
        return Some(candidate);
    }
    let index = candidate.join("index.html");
    index.is_file().then_some(index)
}

fn percent_decode(path: &str) -> Option<String> {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// A page with the reload script, which names the build it came from. Only pages under the
/// site's policy get it: the one-file runbook allows no script at all, and stays as built.
pub fn with_reload_script(html: &str, base: &str, build: &str) -> String {
    let allows_own_scripts = html.contains(crate::postbuild::CSP) || html == NOT_BUILT.replace("{base}", base);
    let Some(at) = html.find("</head>").filter(|_| allows_own_scripts) else {
        return html.to_string();
    };
    let script = format!(
        "<script src=\"{base}{PREFIX}reload.js\" data-build=\"{build}\" data-events=\"{base}{PREFIX}events\" data-overlay-css=\"{base}{PREFIX}overlay.css\" defer></script>\n"
    );
    format!("{}{script}{}", &html[..at], &html[at..])
}

/// The event stream: the state now, then each change, until the page goes.
fn events(shared: &Shared, mut writer: TcpStream) {
    let head =
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n";
    if writer.write_all(head.as_bytes()).and_then(|()| writer.flush()).is_err() {
        return;
    }
    let mut sent: Option<(u64, Vec<String>)> = None;
    let mut status = shared.status();
    loop {
        let now = (status.build, status.problems.clone());
        let message = if sent.as_ref() != Some(&now) {
            let build = format!("{}-{}", shared.run, now.0);
            let data = serde_json::json!({ "build": build, "problems": now.1 });
            sent = Some(now);
            format!("data: {data}\n\n")
        } else {
            ": still here\n\n".to_string()
        };
        drop(status);
        if writer
            .write_all(message.as_bytes())
            .and_then(|()| writer.flush())
            .is_err()
        {
            return;
        }
        status = shared.status();
        status = match shared.changed.wait_timeout(status, KEEP_ALIVE) {
            Ok((guard, _)) => guard,
            Err(poisoned) => poisoned.into_inner().0,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_resolves_as_a_static_host_resolves_it() {
        let dist = std::env::temp_dir().join(format!("runbook-serve-resolve-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dist);
        std::fs::create_dir_all(dist.join("docs/a")).unwrap();
        std::fs::write(dist.join("docs/a/index.html"), "a").unwrap();
        std::fs::write(dist.join("main.css"), "css").unwrap();
        std::fs::write(dist.join("index.html"), "home").unwrap();
        let base = "/runbook/";
        assert_eq!(resolve(&dist, base, "/runbook/main.css"), Some(dist.join("main.css")));
        assert_eq!(
            resolve(&dist, base, "/runbook/docs/a"),
            Some(dist.join("docs/a/index.html"))
        );
        assert_eq!(
            resolve(&dist, base, "/runbook/docs/a/"),
            Some(dist.join("docs/a/index.html"))
        );
        assert_eq!(resolve(&dist, base, "/runbook"), Some(dist.join("index.html")));
        assert_eq!(resolve(&dist, base, "/runbook/"), Some(dist.join("index.html")));
        assert_eq!(resolve(&dist, base, "/runbook/docs/b"), None);
        assert_eq!(resolve(&dist, base, "/main.css"), None, "outside the base path");
        assert_eq!(resolve(&dist, base, "/runbook/../runbook/main.css"), None);
        assert_eq!(resolve(&dist, "/", "/docs/a"), Some(dist.join("docs/a/index.html")));
        let _ = std::fs::remove_dir_all(&dist);
    }

    #[test]
    fn pages_under_the_sites_policy_get_the_reload_script_and_no_other() {
        let page = format!(
            "<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"{}\"></head><body></body></html>",
            crate::postbuild::CSP
        );
        let served = with_reload_script(&page, "/sub/", "1-2");
        assert!(served.contains(
            "<script src=\"/sub/__runbook/reload.js\" data-build=\"1-2\" data-events=\"/sub/__runbook/events\""
        ));
        assert!(served.contains(" defer></script>\n</head>"));
        let one_file =
            "<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\"></head></html>";
        assert_eq!(with_reload_script(one_file, "/", "1-2"), one_file);
    }

    #[test]
    fn percent_encoded_paths_are_read_and_broken_ones_refused() {
        assert_eq!(percent_decode("/docs/a%20b").as_deref(), Some("/docs/a b"));
        assert_eq!(percent_decode("/docs/%e2%9c%93").as_deref(), Some("/docs/✓"));
        assert_eq!(percent_decode("/docs/%zz"), None);
        assert_eq!(percent_decode("/docs/%2"), None);
    }

    #[test]
    fn a_save_rebuilds_what_it_changed() {
        use notify_debouncer_full::notify::event::{CreateKind, ModifyKind};
        use notify_debouncer_full::notify::Event;
        use notify_debouncer_full::DebouncedEvent;
        let content = Path::new("/p/content");
        let apps = [PathBuf::from("/p/src"), PathBuf::from("/p/style")];
        let event = |kind, path: &str| {
            Ok(vec![DebouncedEvent::new(
                Event::new(kind).add_path(path.into()),
                Instant::now(),
            )])
        };
        let modify = EventKind::Modify(ModifyKind::Any);
        assert_eq!(
            classify(event(modify, "/p/content/docs/a.md"), content, &apps),
            Some(Change::Content)
        );
        assert_eq!(
            classify(event(modify, "/p/style/main.css"), content, &apps),
            Some(Change::Apps)
        );
        assert_eq!(
            classify(
                event(EventKind::Create(CreateKind::File), "/p/src/lib.rs"),
                content,
                &apps
            ),
            Some(Change::Apps)
        );
        assert_eq!(
            classify(event(modify, "/p/content/docs/.a.md.swp"), content, &apps),
            None
        );
        assert_eq!(classify(event(modify, "/p/dist/index.html"), content, &apps), None);
        assert_eq!(
            classify(
                event(
                    EventKind::Access(notify_debouncer_full::notify::event::AccessKind::Any),
                    "/p/content/docs/a.md"
                ),
                content,
                &apps
            ),
            None
        );
    }
}
