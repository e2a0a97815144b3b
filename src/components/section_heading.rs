use crate::browser;
use crate::components::CopyButton;
use leptos::prelude::*;

/// A heading with an anchor and a control that copies a link straight to it, for pasting
/// into an incident channel.
#[component]
pub fn SectionHeading(
    /// 2 to 6.
    level: u8,
    /// The anchor.
    id: String,
    /// The heading text, already rendered.
    text: String,
    children: Children,
) -> impl IntoView {
    let link = format!("{}#{id}", browser::current_url_without_hash());
    let inner = children();
    let heading = match level {
        2 => view! { <h2 id=id.clone() class="heading-l section-heading">{inner}</h2> }.into_any(),
        3 => view! { <h3 id=id.clone() class="heading-m section-heading">{inner}</h3> }.into_any(),
        4 => view! { <h4 id=id.clone() class="heading-s section-heading">{inner}</h4> }.into_any(),
        5 => view! { <h5 id=id.clone() class="heading-s section-heading">{inner}</h5> }.into_any(),
        _ => view! { <h6 id=id.clone() class="heading-s section-heading">{inner}</h6> }.into_any(),
    };
    view! {
        <div class="section-heading__wrap">
            {heading}
            <CopyButton text=link label="Copy link" context=format!("to the section {text}")/>
        </div>
    }
}
