//! GOV.UK Design System pieces the core still writes as markup (the doc pages' warning
//! blocks, the address notices of the pages drawn as static HTML), until those are drawn by
//! components as the rest of the site is (`src/components/govuk/`).

use crate::doc::html::escape;

/// A GOV.UK error message, with the id the field's `aria-describedby` names. The site puts
/// it just before the field's control.
pub fn error_message(id: &str, message: &str) -> String {
    format!(
        "<p class=\"error-message\" id=\"{}\"><span class=\"visually-hidden\">Error: </span>{}</p>",
        escape(id),
        escape(message)
    )
}

/// A GOV.UK error summary: "There is a problem", then each problem as (the id of the field
/// it is about, if any, and the sentence), linking to its field. With an `id` its title
/// labels it; `alert` has it announced as it appears. It can take focus (`tabindex`), so a
/// page can move the reader to it.
pub fn error_summary(id: Option<&str>, alert: bool, testid: &str, problems: &[(Option<&str>, &str)]) -> String {
    let (labelled, title_id) = match id.map(escape) {
        Some(id) => (
            format!(" id=\"{id}\" aria-labelledby=\"{id}-title\""),
            format!(" id=\"{id}-title\""),
        ),
        None => (String::new(), String::new()),
    };
    let role = if alert { " role=\"alert\"" } else { "" };
    let mut out = format!(
        "<div class=\"error-summary\"{labelled}{role} tabindex=\"-1\" data-testid=\"{}\">\
         <h2 class=\"error-summary__title\"{title_id}>There is a problem</h2><ul class=\"error-summary__list\">",
        escape(testid)
    );
    for (field, message) in problems {
        let message = escape(message);
        match field {
            Some(field) => out.push_str(&format!(
                "<li><a class=\"error-summary__link\" href=\"#{}\">{message}</a></li>",
                escape(field)
            )),
            None => out.push_str(&format!("<li>{message}</li>")),
        }
    }
    out.push_str("</ul></div>");
    out
}

/// GOV.UK warning text: the "!" icon and a sentence, in `<strong>` with "Warning" for screen
/// readers, as GOV.UK writes it. `sentence` is HTML, escaped already (it may hold a link).
/// `alert` has it announced at once.
pub fn warning_text(sentence: &str, testid: Option<&str>, alert: bool) -> String {
    warning("strong", sentence, testid, alert)
}

/// GOV.UK warning text around paragraphs, lists or a control (a runbook page's warning
/// callout), which `<strong>` may not hold. `blocks` is HTML, escaped already.
pub fn warning_blocks(blocks: &str, testid: Option<&str>, alert: bool) -> String {
    warning("div", blocks, testid, alert)
}

fn warning(tag: &str, body: &str, testid: Option<&str>, alert: bool) -> String {
    let testid = testid
        .map(|t| format!(" data-testid=\"{}\"", escape(t)))
        .unwrap_or_default();
    let role = if alert { " role=\"alert\"" } else { "" };
    // The space keeps "Warning" a word of its own when a screen reader reads on into the
    // sentence; at the start of a line, it takes no room.
    format!(
        "<div class=\"warning-text\"{testid}{role}><span class=\"warning-text__icon\" aria-hidden=\"true\">!</span>\
         <{tag} class=\"warning-text__text\"><span class=\"visually-hidden\">Warning</span> {body}</{tag}></div>"
    )
}

/// What a page's address asked for that could not be used, each said plainly, so a damaged
/// or mistyped link never changes the page in silence. Nothing when there is nothing to say.
/// `id` is the banner's `data-testid`, and its title's id with `-title`.
pub fn address_notices(id: &str, notices: &[String]) -> String {
    if notices.is_empty() {
        return String::new();
    }
    let mut body = String::from(
        "<p class=\"notification-banner__heading\">Part of the address was ignored</p><ul class=\"list list--bullet address-notices__list\">",
    );
    for n in notices {
        body.push_str(&format!("<li>{}</li>", escape(n)));
    }
    body.push_str("</ul>");
    notification_banner(&format!("{id}-title"), "Important", Tone::News, false, id, &body)
}

/// The colour and meaning of a notification banner.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Tone {
    #[default]
    News,
    Success,
    Warning,
}

impl Tone {
    /// The banner's classes.
    pub fn banner_class(self) -> &'static str {
        match self {
            Tone::News => "notification-banner",
            Tone::Success => "notification-banner notification-banner--success",
            Tone::Warning => "notification-banner notification-banner--warning",
        }
    }
}

/// A GOV.UK notification banner titled `title` (its heading's id `title_id`), with `body`
/// (HTML, escaped already) as its content. `alert` has it announced at once; otherwise it
/// is a region a screen reader can find.
pub fn notification_banner(title_id: &str, title: &str, tone: Tone, alert: bool, testid: &str, body: &str) -> String {
    let class = tone.banner_class();
    let role = if alert { "alert" } else { "region" };
    format!(
        "<div class=\"{class}\" role=\"{role}\" aria-labelledby=\"{0}\" data-testid=\"{1}\">\
         <div class=\"notification-banner__header\"><h2 class=\"notification-banner__title\" id=\"{0}\">{2}</h2></div>\
         <div class=\"notification-banner__content\">{body}</div></div>",
        escape(title_id),
        escape(testid),
        escape(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_message_is_escaped_and_says_it_is_an_error() {
        assert_eq!(
            error_message("f-error", "Use <a-z>"),
            "<p class=\"error-message\" id=\"f-error\"><span class=\"visually-hidden\">Error: </span>Use &lt;a-z&gt;</p>"
        );
    }

    #[test]
    fn an_error_summary_links_each_problem_to_its_field() {
        assert_eq!(
            error_summary(Some("s"), false, "errors", &[(Some("f-0"), "Pick <one>"), (None, "And this")]),
            "<div class=\"error-summary\" id=\"s\" aria-labelledby=\"s-title\" tabindex=\"-1\" data-testid=\"errors\">\
             <h2 class=\"error-summary__title\" id=\"s-title\">There is a problem</h2><ul class=\"error-summary__list\">\
             <li><a class=\"error-summary__link\" href=\"#f-0\">Pick &lt;one&gt;</a></li><li>And this</li></ul></div>"
        );
        assert!(error_summary(None, true, "e", &[]).starts_with("<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" data-testid=\"e\"><h2 class=\"error-summary__title\">"));
    }

    #[test]
    fn banners_and_warnings_say_what_they_are() {
        let banner = notification_banner("t", "Done & dusted", Tone::Success, true, "done", "<p>x</p>");
        assert_eq!(
            banner,
            "<div class=\"notification-banner notification-banner--success\" role=\"alert\" aria-labelledby=\"t\" data-testid=\"done\">\
             <div class=\"notification-banner__header\"><h2 class=\"notification-banner__title\" id=\"t\">Done &amp; dusted</h2></div>\
             <div class=\"notification-banner__content\"><p>x</p></div></div>"
        );
        assert!(notification_banner("t", "T", Tone::Warning, false, "w", "")
            .contains("notification-banner--warning\" role=\"region\""));
        let warning = warning_text("Mind <b>", Some("w"), true);
        assert!(warning.starts_with("<div class=\"warning-text\" data-testid=\"w\" role=\"alert\">"));
        assert!(
            warning.ends_with(
                "<strong class=\"warning-text__text\"><span class=\"visually-hidden\">Warning</span> Mind <b></strong></div>"
            ),
            "GOV.UK's markup, and the body is HTML"
        );
        assert!(!warning_text("x", None, false).contains("role="));
        assert!(warning_blocks("<p>x</p>", None, false).ends_with(
            "<div class=\"warning-text__text\"><span class=\"visually-hidden\">Warning</span> <p>x</p></div></div>"
        ));
    }
}
