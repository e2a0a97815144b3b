use crate::components::CopyButton;
use leptos::prelude::*;

/// A command or code sample with a Copy button that copies exactly the text shown.
#[component]
pub fn CodeBlock(
    /// The code, without a trailing newline.
    text: String,
    /// The fenced block's language, if any.
    lang: Option<String>,
) -> impl IntoView {
    let context = match lang.as_deref() {
        Some("sh" | "bash" | "shell") => "command",
        _ => "code",
    };
    view! {
        <div class="code-block">
            <pre class="code-block__pre" tabindex="0"><code data-lang=lang>{text.clone()}</code></pre>
            <CopyButton text=text context=context/>
        </div>
    }
}
