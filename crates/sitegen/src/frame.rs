//! The frame every page shares (skip link, header, incident-banner and update-banner slots, side navigation,
//! `<main>`, footer), written into each route's HTML at build time. No app renders it: an
//! app only mounts into `<main id="main-content">` and wires up behaviour (`src/static_page.rs`),
//! so the frame paints before any script loads and nothing here needs the app to be seen.
//! The CSS and the browser tests rely on its classes, ids and attributes.

use anyhow::{bail, Context, Result};
use runbook::content::Site;
use runbook::doc::html::escape;
use runbook::service::Service;

/// The `<meta name>` that holds the site's title (`content/site.toml`'s `title`), which the
/// apps end each document title with (`browser::set_title`): they embed no content.
pub const TITLE_META: &str = "runbook-site-title";

/// What the frame shows that is the same on every page of one build.
pub struct Frame<'a> {
    /// Who the runbook is for: the header, the titles and the footer.
    pub service: &'a Service,
    pub site: &'a Site,
    /// The base path without a trailing slash: `""` at the root, `"/runbook"` under a sub-path.
    pub root: &'a str,
    /// The commit the build came from, for the footer.
    pub commit: &'a str,
    /// The commit's date (`YYYY-MM-DD`), for the footer.
    pub build_date: &'a str,
}

/// One page inside the frame.
pub struct FramedPage<'a> {
    /// The page's own title; the document title is `<title> – <site title>`, as the app sets it.
    pub title: &'a str,
    /// The slug of the doc page shown, marked as the current page in the side navigation.
    pub current_doc: Option<&'a str>,
    /// The inside of `<main>`.
    pub main: &'a str,
}

impl Frame<'_> {
    /// An address on this site, such as `/docs/x`, with the base path.
    pub fn href(&self, path: &str) -> String {
        format!("{}{path}", self.root)
    }

    /// `shell` (an app's HTML from Trunk: the head with the CSS and the script) with `page` as
    /// its title and body. The shell's body held only a `<noscript>` for an app that drew
    /// everything; pages that need the app now say so inside `<main>` themselves.
    pub fn page(&self, shell: &str, page: &FramedPage) -> Result<String> {
        let html = set_title(shell, &self.service.page_title(page.title))?;
        let html = set_meta(&html, TITLE_META, &self.service.title)?;
        let body = [
            "<a href=\"#main-content\" class=\"skip-link\">Skip to main content</a>".to_string(),
            self.header(),
            // Empty until the app finds an open incident in this browser
            // (src/components/incident/banner.rs).
            "<div id=\"incident-banner\"></div>".to_string(),
            // Empty until the app finds a newer build waiting (src/components/update_banner.rs).
            "<div id=\"update-banner\"></div>".to_string(),
            // The page before the side navigation: by keyboard and screen reader the page's
            // own controls come first, not every page of the runbook (the CSS places the
            // navigation beside it, on the left, on a wide screen).
            format!(
                "<div class=\"page-width\"><div class=\"layout\"><main id=\"main-content\" class=\"main\" tabindex=\"-1\">{}</main>{}</div></div>",
                page.main,
                self.side_nav(page.current_doc),
            ),
            self.footer(),
        ]
        .join("\n    ");
        set_body(&html, &body)
    }

    /// The header. The search box is a plain GET form, so it works before (and without) the
    /// app. The service's name is the link home and the box (or its button, with nothing
    /// typed) the way to the search page, so the links do not repeat them: each is one Tab
    /// fewer before a page's own controls.
    fn header(&self) -> String {
        let home = self.href("/");
        let search = self.href("/search");
        let nav = [
            (self.href("/commands"), "Commands"),
            (self.href("/wizards"), "Decide"),
            (self.href("/drills"), "Drills"),
        ]
        .iter()
        .map(|(href, label)| format!("<li><a href=\"{}\">{label}</a></li>", escape(href)))
        .collect::<String>();
        format!(
            "<header class=\"header\" role=\"banner\"><div class=\"page-width header__inner\">\
             <a href=\"{home}\" class=\"header__service\">{title}</a>\
             <span class=\"header__tagline\">{tagline}</span>\
             <nav class=\"header__navigation\" aria-label=\"Site\"><ul class=\"header__nav\">{nav}</ul></nav>\
             <form class=\"header-search\" role=\"search\" aria-label=\"Site\" action=\"{search}\" method=\"get\">\
             <label class=\"visually-hidden\" for=\"header-search-input\">Search the runbook</label>\
             <input class=\"header-search__input\" id=\"header-search-input\" type=\"search\" name=\"q\" autocomplete=\"off\">\
             <button class=\"header-search__button\" type=\"submit\">Search</button></form></div></header>",
            home = escape(&home),
            search = escape(&search),
            title = escape(&self.service.title),
            tagline = escape(&self.service.tagline),
        )
    }

    /// The side navigation: every page grouped by section, the current one marked. It follows
    /// `<main>`: on a narrow screen it comes after the page, folded under "Pages in this
    /// runbook"; beside the page, on a wider one, it is always open (style/main.css). Folded
    /// by `<details>`, so it needs no script.
    fn side_nav(&self, current: Option<&str>) -> String {
        let mut out = String::from(
            "<nav class=\"side-nav\" aria-label=\"Runbook pages\"><details class=\"side-nav__details\">\
             <summary class=\"side-nav__summary\">Pages in this runbook</summary>",
        );
        for section in &self.site.nav {
            out.push_str(&format!(
                "<h2 class=\"side-nav__heading\">{}</h2><ul class=\"side-nav__list\">",
                escape(&section.title)
            ));
            for page in section.pages.iter().filter_map(|slug| self.site.page(slug)) {
                let aria = if current == Some(page.slug.as_str()) {
                    " aria-current=\"page\""
                } else {
                    ""
                };
                out.push_str(&format!(
                    "<li class=\"side-nav__item\"><a class=\"side-nav__link\" href=\"{}\"{aria}>{}</a></li>",
                    escape(&self.href(&format!("/docs/{}", page.slug))),
                    escape(&page.title)
                ));
            }
            out.push_str("</ul>");
        }
        out.push_str("</details></nav>");
        out
    }

    /// The footer: which build this is, so a reader can tell whether the copy is current, and
    /// whose service it is, with its source code.
    fn footer(&self) -> String {
        format!(
            "<footer class=\"footer\" role=\"contentinfo\"><div class=\"page-width\"><p class=\"footer__meta\">\
             Built from commit <code data-testid=\"build-commit\">{}</code> on <span data-testid=\"build-date\">{}</span>.\
             </p><p class=\"footer__meta\">{}, {}. <a class=\"link\" href=\"{}\">Source code of {}</a></p></div></footer>",
            escape(self.commit),
            escape(self.build_date),
            escape(&self.service.service),
            escape(&self.service.organisation),
            escape(&self.service.repository),
            escape(&self.service.service),
        )
    }
}

/// The commit (`RUNBOOK_COMMIT`, which the Makefile sets) and its date from git, for the
/// footer; "unknown" for either when it cannot be known (outside a checkout).
pub fn build_stamp() -> (String, String) {
    let commit = std::env::var("RUNBOOK_COMMIT")
        .ok()
        .filter(|c| !c.is_empty())
        .unwrap_or_else(|| "unknown".into());
    let date = std::process::Command::new("git")
        .args(["show", "-s", "--format=%cs", "HEAD"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| "unknown".into());
    (commit, date)
}

/// Puts `<meta name="{name}" content="{content}">` right after the `<title>`, once.
fn set_meta(html: &str, name: &str, content: &str) -> Result<String> {
    let tag = format!("<meta name=\"{name}\" content=\"{}\">", escape(content));
    if html.contains(&format!("<meta name=\"{name}\"")) {
        bail!("the app's HTML already has a <meta name=\"{name}\">");
    }
    let at = html.find("</title>").context("the app's HTML has no <title>")? + "</title>".len();
    Ok(format!("{}\n    {tag}{}", &html[..at], &html[at..]))
}

fn set_title(html: &str, title: &str) -> Result<String> {
    let start = html.find("<title>").context("the app's HTML has no <title>")?;
    let end = start
        + html[start..]
            .find("</title>")
            .context("the app's <title> is not closed")?
        + "</title>".len();
    Ok(format!(
        "{}<title>{}</title>{}",
        &html[..start],
        escape(title),
        &html[end..]
    ))
}

/// Replaces everything inside `<body>`. Only a `<noscript>` may be dropped with it: anything
/// else in the shell's body would be a change to the shells this module does not know about.
fn set_body(html: &str, body: &str) -> Result<String> {
    let start = html.find("<body>").context("the app's HTML has no <body>")? + "<body>".len();
    let end = start
        + html[start..]
            .find("</body>")
            .context("the app's <body> is not closed")?;
    let mut old = html[start..end].to_string();
    while let Some(from) = old.find("<noscript>") {
        let to = from + old[from..].find("</noscript>").context("unclosed <noscript>")? + "</noscript>".len();
        old.replace_range(from..to, "");
    }
    if !old.trim().is_empty() {
        bail!("the app's <body> holds more than a <noscript>: {}", old.trim());
    }
    Ok(format!("{}\n    {body}\n  {}", &html[..start], &html[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use runbook::content::{NavSection, Page, Review};
    use runbook::date::Date;
    use runbook::doc::Doc;

    const SHELL: &str = "<!doctype html>\n<html lang=\"en-GB\">\n  <head>\n    <meta charset=\"utf-8\">\n    <title>Runbook</title>\n    <script type=\"module\" src=\"/boot.js\"></script>\n  </head>\n  <body>\n    <noscript>\n      <p>This runbook needs JavaScript to run in the browser.</p>\n    </noscript>\n  </body>\n</html>\n";

    fn page(slug: &str, title: &str) -> Page {
        let d = Date::from_days_since_epoch(0);
        Page {
            slug: slug.into(),
            title: title.into(),
            summary: String::new(),
            review: Review {
                owner: "O".into(),
                last_reviewed: d,
                review_by: d,
            },
            source: String::new(),
            doc: Doc::default(),
        }
    }

    fn site() -> Site {
        Site {
            nav: vec![NavSection {
                title: "Scenarios & more".into(),
                pages: vec!["a".into(), "b".into()],
            }],
            pages: vec![page("a", "Page A"), page("b", "Page <B>")],
        }
    }

    fn service() -> Service {
        Service {
            title: "Runbook".into(),
            service: "Apply & teach".into(),
            tagline: "Disaster recovery for Apply & teach".into(),
            organisation: "An organisation".into(),
            repository: "https://example.com/apply?a=1&b=2".into(),
            contacts: vec![],
        }
    }

    fn framed(root: &str, current: Option<&str>) -> String {
        let site = site();
        let service = service();
        let frame = Frame {
            service: &service,
            site: &site,
            root,
            commit: "abc123",
            build_date: "2025-01-02",
        };
        frame
            .page(
                SHELL,
                &FramedPage {
                    title: "Page <B>",
                    current_doc: current,
                    main: "<p>MAIN</p>",
                },
            )
            .unwrap()
    }

    #[test]
    fn the_frame_wraps_main_in_order_with_the_apps_title() {
        let html = framed("", Some("b"));
        assert!(html.contains(
            "<title>Page &lt;B&gt; – Runbook</title>\n    <meta name=\"runbook-site-title\" content=\"Runbook\">"
        ));
        assert!(html.contains("<span class=\"header__tagline\">Disaster recovery for Apply &amp; teach</span>"));
        assert!(html.contains(
            "<p class=\"footer__meta\">Apply &amp; teach, An organisation. <a class=\"link\" href=\"https://example.com/apply?a=1&amp;b=2\">Source code of Apply &amp; teach</a></p>"
        ));
        assert!(
            html.contains("<script type=\"module\" src=\"/boot.js\"></script>"),
            "the head is kept"
        );
        assert!(!html.contains("<noscript>"), "the shell's noscript is dropped");
        let order = [
            "<body>",
            "<a href=\"#main-content\" class=\"skip-link\">Skip to main content</a>",
            "<header class=\"header\" role=\"banner\">",
            "<div id=\"incident-banner\"></div>",
            "<div id=\"update-banner\"></div>",
            "<div class=\"page-width\"><div class=\"layout\"><main id=\"main-content\" class=\"main\" tabindex=\"-1\"><p>MAIN</p></main>",
            "<nav class=\"side-nav\" aria-label=\"Runbook pages\"><details class=\"side-nav__details\">",
            "</details></nav></div></div>",
            "<footer class=\"footer\" role=\"contentinfo\">",
            "</body>",
        ];
        let at: Vec<usize> = order
            .iter()
            .map(|s| html.find(s).unwrap_or_else(|| panic!("{s}\n{html}")))
            .collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{html}");
        assert!(html.contains(
            "<code data-testid=\"build-commit\">abc123</code> on <span data-testid=\"build-date\">2025-01-02</span>."
        ));
    }

    #[test]
    fn only_the_current_doc_is_marked_in_the_side_nav() {
        let html = framed("", Some("b"));
        assert!(html.contains("<h2 class=\"side-nav__heading\">Scenarios &amp; more</h2><ul class=\"side-nav__list\">"));
        assert!(
            html.contains("<li class=\"side-nav__item\"><a class=\"side-nav__link\" href=\"/docs/a\">Page A</a></li>")
        );
        assert!(html.contains(
            "<li class=\"side-nav__item\"><a class=\"side-nav__link\" href=\"/docs/b\" aria-current=\"page\">Page &lt;B&gt;</a></li>"
        ));
        assert_eq!(html.matches("aria-current").count(), 1);
        assert!(!framed("", None).contains("aria-current"));
    }

    #[test]
    fn every_link_and_the_search_form_use_the_base_path() {
        let html = framed("/runbook", None);
        assert!(html.contains("<a href=\"/runbook/\" class=\"header__service\">Runbook</a>"));
        // Home and search are each reached once: by the name, and by the search box.
        assert_eq!(html.matches("href=\"/runbook/\"").count(), 1);
        assert!(!html.contains("href=\"/runbook/search\""));
        // The messages are reached from the home page and the pages that need them, not the
        // header (a fourth link there is too tall on a phone).
        assert!(!html.contains("href=\"/runbook/messages\""));
        for path in [
            "/runbook/commands",
            "/runbook/wizards",
            "/runbook/drills",
            "/runbook/docs/a",
        ] {
            assert!(html.contains(&format!("href=\"{path}\"")), "{path}");
        }
        assert!(html.contains(
            "<form class=\"header-search\" role=\"search\" aria-label=\"Site\" action=\"/runbook/search\" method=\"get\">"
        ));
        assert!(html.contains("id=\"header-search-input\" type=\"search\" name=\"q\""));
        let root = framed("", None);
        assert!(root.contains("<a href=\"/\" class=\"header__service\">") && root.contains("action=\"/search\""));
    }

    #[test]
    fn a_shell_body_with_more_than_a_noscript_is_an_error() {
        let site = site();
        let service = service();
        let frame = Frame {
            service: &service,
            site: &site,
            root: "",
            commit: "c",
            build_date: "d",
        };
        let shell = SHELL.replace("<body>", "<body><div id=\"x\"></div>");
        let page = FramedPage {
            title: "T",
            current_doc: None,
            main: "",
        };
        assert!(frame.page(&shell, &page).is_err());
    }
}
