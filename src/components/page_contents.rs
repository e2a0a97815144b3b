use leptos::prelude::*;
use runbook::doc::Heading;

/// "On this page": links to the page's h2 and h3 sections.
#[component]
pub fn PageContents(
    /// The page's level-2 and level-3 headings.
    headings: Vec<Heading>,
) -> impl IntoView {
    (!headings.is_empty()).then(|| {
        view! {
            <nav class="contents" aria-labelledby="contents-title">
                <h2 class="contents__title" id="contents-title">"On this page"</h2>
                <ul class="contents__list">
                    {headings
                        .into_iter()
                        .map(|h| {
                            let class = if h.level == 3 { "contents__item contents__item--sub" } else { "contents__item" };
                            view! {
                                <li class=class>
                                    <a class="link" href=format!("#{}", h.id)>{h.text}</a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        }
    })
}
