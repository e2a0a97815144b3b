use leptos::prelude::*;
use runbook::qr::QrMatrix;

/// The light margin readers need around a code, in modules.
const QUIET: usize = 4;

/// A QR code of `text`, drawn as SVG from the core's module matrix (`runbook::qr`): one path
/// of unit squares, so it stays sharp at any size and prints. A text too long for a QR code
/// draws nothing: the text beside it still does the job.
#[component]
pub fn QrCode(
    /// What the code holds; drawn again when it changes.
    #[prop(into)]
    text: Signal<String>,
    /// What the picture is, for screen readers (they get the text beside it).
    #[prop(into)]
    label: String,
) -> impl IntoView {
    let matrix = Memo::new(move |_| text.with(|t| QrMatrix::of(t)));
    move || {
        matrix.get().map(|qr| {
            let side = qr.width + 2 * QUIET;
            let path: String = qr
                .dark_modules()
                .map(|(x, y)| format!("M{} {}h1v1h-1z", x + QUIET, y + QUIET))
                .collect();
            view! {
                <svg class="qr-code" viewBox=format!("0 0 {side} {side}") role="img" aria-label=label.clone()
                    shape-rendering="crispEdges">
                    <rect width=side height=side fill="#fff"/>
                    <path d=path fill="#0b0c0c"/>
                </svg>
            }
        })
    }
}
