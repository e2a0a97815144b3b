use crate::components::CopyButton;
use leptos::prelude::*;
use runbook::wizard::view::TreeView;

/// The whole tree, with the journey marked: the diagram, and its Mermaid and Graphviz text.
/// Without the drawing (a page loaded at another view) the page says only what the tree is;
/// the app says the drawing was not loaded.
#[component]
pub fn Tree(view: TreeView, caption: String) -> impl IntoView {
    let drawn = view.drawn.map(|drawn| {
        let exports = drawn
            .exports
            .into_iter()
            .map(|export| {
                let context = format!("{} text", export.title);
                view! {
                    <h2 class="heading-m" id=export.id>{export.title}</h2>
                    <div class="code-block">
                        <pre class="code-block__pre wizard-export" tabindex="0" aria-labelledby=export.id data-testid=export.id>
                            {export.text.clone()}
                        </pre>
                        <CopyButton text=export.text label="Copy" context=context/>
                    </div>
                }
            })
            .collect_view();
        view! {
            // Drawn by our own core from compiled content: element names and classes are
            // fixed, every piece of text is XML-escaped, and it holds no script or style.
            <div
                class="wizard-tree"
                role="region"
                aria-label="Decision tree diagram"
                tabindex="0"
                data-testid="wizard-tree"
                inner_html=drawn.svg
            ></div>
            {exports}
        }
    });
    view! {
        <span class="caption-l">{caption}</span>
        <h1 class="heading-xl">"The whole decision tree"</h1>
        <p class="body">
            "Every question and outcome of this wizard. The path your answers take is drawn in bold, and where you are now is highlighted."
        </p>
        {drawn}
    }
}
