//! GOV.UK Design System pieces shared by the markup the core writes for the apps
//! ([`crate::command::markup`], [`crate::drill::report_markup`]).

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
}
