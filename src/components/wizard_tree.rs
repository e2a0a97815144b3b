use crate::components::{CopyButton, DataProblem};
use crate::content;
use leptos::prelude::*;
use runbook::page_data::DataFile;
use runbook::wizard::{Journey, Wizard};

/// The whole decision tree: the SVG the build drew, with the current path highlighted, and
/// the same graph as Mermaid and Graphviz text to paste elsewhere. The drawing comes with
/// the page only when its address asks for this view (`runbook::page_data::files_for`).
#[component]
pub fn WizardTree(
    /// The wizard to draw.
    wizard: &'static Wizard,
    /// The journey whose path to highlight.
    journey: Journey,
) -> impl IntoView {
    let text_block = |id: &'static str, title: &'static str, text: String| {
        view! {
            <h2 class="heading-m" id=id>{title}</h2>
            <div class="code-block">
                <pre class="code-block__pre wizard-export" tabindex="0" aria-labelledby=id data-testid=id>{text.clone()}</pre>
                <CopyButton text=text context=format!("{title} text")/>
            </div>
        }
    };
    let drawn = match content::wizard_drawing() {
        // Drawn by our own core from compiled content: element names and classes are
        // fixed, and every piece of text is XML-escaped. It contains no script or style.
        Some(drawing) => view! {
            <div class="wizard-tree" role="region" aria-label="Decision tree diagram" tabindex="0" inner_html=drawing.svg.render(wizard, Some(&journey)) data-testid="wizard-tree"></div>
            {text_block("mermaid", "Mermaid", drawing.mermaid.render(wizard, Some(&journey)))}
            {text_block("graphviz", "Graphviz", drawing.graphviz.render(wizard, Some(&journey)))}
        }
        .into_any(),
        // Only a page loaded at another view gets here, and links to the tree load a page.
        None => {
            let problem = format!("{} was not loaded with this page.", DataFile::WizardTree(wizard.id.clone()).describe());
            view! { <DataProblem problem=problem whole_page=false/> }.into_any()
        }
    };
    view! {
        <span class="caption-l">{wizard.title.clone()}</span>
        <h1 class="heading-xl">"The whole decision tree"</h1>
        <p class="body">
            "Every question and outcome of this wizard. The path your answers take is drawn in bold, and where you are now is highlighted."
        </p>
        {drawn}
    }
}
