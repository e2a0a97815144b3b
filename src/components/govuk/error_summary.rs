use leptos::prelude::*;

/// One problem an error summary lists: its sentence, and the id of the field it is about,
/// which it links to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub field: Option<String>,
    pub message: String,
}

/// A GOV.UK error summary: "There is a problem", then each problem, linking to its field.
/// Its title labels it, and it can take focus, so a page moves the reader to it when an
/// answer is refused. A link moves focus to its field, not only the scroll position, as
/// GOV.UK's own script does.
#[component]
pub fn ErrorSummary(
    /// Its id, and its title's with `-title`.
    #[prop(into)]
    id: String,
    /// The browser tests' `data-testid`, when it is not the id.
    #[prop(optional)]
    testid: Option<&'static str>,
    problems: Vec<Problem>,
) -> impl IntoView {
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    let testid = testid.map_or_else(|| id.clone(), str::to_string);
    let items = problems
        .into_iter()
        .map(|p| match p.field {
            Some(field) => {
                let href = format!("#{field}");
                let focus = move |ev: leptos::ev::MouseEvent| {
                    ev.prevent_default();
                    if let Some(el) = document().get_element_by_id(&field) {
                        use wasm_bindgen::JsCast;
                        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                            let _ = el.focus();
                        }
                    }
                };
                view! {
                    <li>
                        <a class="error-summary__link" href=href on:click=focus>{p.message}</a>
                    </li>
                }
                .into_any()
            }
            None => view! { <li>{p.message}</li> }.into_any(),
        })
        .collect_view();
    view! {
        <div class="error-summary" id=id aria-labelledby=labelled_by tabindex="-1" data-testid=testid>
            <h2 class="error-summary__title" id=title_id>"There is a problem"</h2>
            <ul class="error-summary__list">{items}</ul>
        </div>
    }
}
