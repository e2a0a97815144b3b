use super::ReportEvent;
use leptos::prelude::*;
use runbook::drill::report::ReportList;

/// The items of a list the facilitator writes ("What went well", "What to improve"), each
/// with a Remove button, labelled by the list's heading (`<list>-title`). The button's
/// hidden words start with a space: Chromium puts one before a visually hidden span anyway,
/// and "Remove “x”" reads better than "Remove : x".
#[component]
pub fn ReportItems(list: ReportList, items: Signal<Vec<String>>, on_event: Callback<ReportEvent>) -> impl IntoView {
    let labelled = format!("{}-title", list.id());
    let items = move || {
        items
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, item)| {
                let hidden = format!(" “{item}”");
                view! {
                    <li>
                        {item} " "
                        <button type="button" class="drill-link-button drill-print-hide"
                            on:click=move |_| on_event.run(ReportEvent::Remove(list, i))>
                            "Remove"<span class="visually-hidden">{hidden}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! { <ul class="list list--bullet" aria-labelledby=labelled>{items}</ul> }
}
