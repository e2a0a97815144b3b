use crate::components::CopyButton;
use leptos::prelude::*;

/// A code block with its Copy button, as a doc page has it (`runbook::doc::html::code_block`
/// writes the same markup at build time): the code scrollable by keyboard, and the button's
/// words saying whether it copies a command or code.
#[component]
pub fn CodeBlock(
    /// Exactly what is shown and copied.
    #[prop(into)]
    text: String,
    /// The code's language (`sh` for a command).
    lang: &'static str,
) -> impl IntoView {
    let context = if runbook::doc::is_shell(Some(lang)) {
        "command"
    } else {
        "code"
    };
    view! {
        <div class="code-block">
            <pre class="code-block__pre" tabindex="0"><code data-lang=lang>{text.clone()}</code></pre>
            <CopyButton text=text context=context/>
        </div>
    }
}
