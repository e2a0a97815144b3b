use leptos::prelude::*;

/// A heading at `level` (1 to 6; beyond 6 is 6), for a component drawn at different depths
/// of a page's outline: a wizard's steps on their own page, and under the wizard's title in
/// the one-file runbook.
#[component]
pub fn Heading(
    level: u8,
    /// The GOV.UK size class (`heading-m`…), which stays whatever the level.
    class: &'static str,
    #[prop(optional, into)] id: Option<String>,
    children: Children,
) -> impl IntoView {
    let children = children();
    match level {
        0 | 1 => view! { <h1 class=class id=id>{children}</h1> }.into_any(),
        2 => view! { <h2 class=class id=id>{children}</h2> }.into_any(),
        3 => view! { <h3 class=class id=id>{children}</h3> }.into_any(),
        4 => view! { <h4 class=class id=id>{children}</h4> }.into_any(),
        5 => view! { <h5 class=class id=id>{children}</h5> }.into_any(),
        _ => view! { <h6 class=class id=id>{children}</h6> }.into_any(),
    }
}
