use super::{Export, ReportEvent};
use leptos::prelude::*;

/// How the last copy went: done, or why not (said in the error colour).
pub type ExportStatus = RwSignal<Option<Result<&'static str, &'static str>>>;

/// The report's ways out: Markdown (copied or downloaded) and JSON, and how to print it.
#[component]
pub fn ReportExport(status: ExportStatus, on_event: Callback<ReportEvent>) -> impl IntoView {
    let said = move || match status.get() {
        None => None,
        Some(Ok(words)) => Some(words.into_any()),
        Some(Err(words)) => Some(view! { <span class="visually-hidden">"Error: "</span>{words} }.into_any()),
    };
    let export = move |how| move |_| on_event.run(ReportEvent::Export(how));
    view! {
        <section class="drill-print-hide" aria-labelledby="export-title">
            <h2 class="heading-l" id="export-title">"Export"</h2>
            <div class="drill-actions">
                <button type="button" class="button" on:click=export(Export::CopyMarkdown)>"Copy as Markdown"</button>
                <button type="button" class="button button--secondary" on:click=export(Export::Markdown)>"Download Markdown"</button>
                <button type="button" class="button button--secondary" on:click=export(Export::Json)>"Download JSON"</button>
                <span class="copy__status" class:copy__status--error=move || matches!(status.get(), Some(Err(_)))
                    role="status" aria-live="polite">{said}</span>
            </div>
            <p class="body">"To print, use your browser's print command: the controls are left off the page."</p>
        </section>
    }
}
