use crate::components::{GeneratorErrorSummary, GeneratorField, GeneratorOutput};
use crate::shared_values::{focus_id, now, replace_query, shared_values};
use leptos::prelude::*;
use runbook::command::form::{effective_values, field_text, is_remembered, query_pairs};
use runbook::command::{render, Generator, Values};

/// A live command generator: one field per parameter, the command as it will be copied
/// (updated on every keystroke), errors beside the fields and in a summary, and Copy.
///
/// Values for remembered parameters (names, dates, times) are shared with every other
/// generator through the browser's remembered values; values given to the form (from the
/// address) win over them on this page until the person types.
#[component]
pub fn GeneratorForm(
    /// The generator, from the embedded runbook.
    generator: &'static Generator,
    /// Values the form opens with, for example from the address; they win over remembered values.
    #[prop(default = Values::new())]
    initial: Values,
    /// Keep the address's query in step with the values (replacing, not pushing, history),
    /// so the address reopens the generator pre-filled. Off when embedded in a doc page.
    #[prop(default = false)]
    sync_url: bool,
    /// Heading level for "the command" heading: 2 on the generator's own page, deeper when embedded.
    #[prop(default = 2)]
    heading_level: u8,
) -> impl IntoView {
    let g = generator;
    let prefix = format!("cmd-{}", g.id);
    let field_id = {
        let prefix = prefix.clone();
        move |name: &str| format!("{prefix}-{name}")
    };
    let shared = shared_values();
    let initial: Values = initial
        .into_iter()
        .filter(|(k, v)| g.param(k).is_some() && !v.is_empty())
        .collect();
    // The names of the fields touched: a list, as a generator has a handful.
    let touched = RwSignal::new(initial.keys().cloned().collect::<Vec<String>>());
    let own = RwSignal::new(initial);
    let confirmed = RwSignal::new(false);
    let now = now();
    let values = Memo::new({
        let shared = shared.clone();
        move |_| effective_values(g, &own.get(), &shared.values())
    });
    let result = Memo::new(move |_| render(g, &values.get(), now));
    // Errors show for fields the person has touched or that arrived filled; an untouched
    // empty field is not yet a mistake, only something still to do.
    let shown_errors = Memo::new(move |_| {
        let values = values.get();
        let touched = touched.get();
        match result.get() {
            Ok(_) => Vec::new(),
            Err(errors) => errors
                .into_iter()
                .filter(|e| touched.contains(&e.param) || values.get(&e.param).is_some_and(|v| !v.trim().is_empty()))
                .collect(),
        }
    });
    if sync_url {
        Effect::new(move |_| replace_query(&query_pairs(g, &values.get())));
    }

    let set_value = {
        let shared = shared.clone();
        Callback::new(move |(name, text): (String, String)| {
            let remembered = g.param(&name).is_some_and(is_remembered);
            if remembered && !text.trim().is_empty() {
                shared.set(&name, &text);
                own.update(|v| {
                    v.remove(&name);
                });
            } else {
                if remembered {
                    shared.clear(&name);
                }
                own.update(|v| {
                    v.insert(name.clone(), text);
                });
            }
            touched.update(|t| {
                if !t.contains(&name) {
                    t.push(name);
                }
            });
        })
    };

    let summary_id = format!("{prefix}-errors");
    let error_target = {
        let field_id = field_id.clone();
        move |name: &str| match g.param(name).map(|p| &p.kind) {
            Some(runbook::command::ParamKind::Choice { .. }) => format!("{}-0", field_id(name)),
            _ => field_id(name),
        }
    };
    let summary = {
        let summary_id = summary_id.clone();
        move || {
            let errors = shown_errors.get();
            (!errors.is_empty()).then(|| {
                let errors = errors
                    .into_iter()
                    .map(|e| (error_target(&e.param), e.message))
                    .collect::<Vec<_>>();
                view! { <GeneratorErrorSummary id=summary_id.clone() errors=errors/> }
            })
        }
    };
    let submit = {
        let summary_id = summary_id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            touched.set(g.params.iter().map(|p| p.name.clone()).collect());
            if !shown_errors.get_untracked().is_empty() {
                focus_id(&summary_id);
            }
        }
    };

    let today = now.date;
    let fields = g
        .params
        .iter()
        .map(|p| {
            let name = p.name.clone();
            let value = Signal::derive(move || field_text(p, &values.get(), today));
            let error = Signal::derive({
                let name = name.clone();
                move || {
                    shown_errors
                        .get()
                        .into_iter()
                        .find(|e| e.param == name)
                        .map(|e| e.message)
                }
            });
            let on_input = Callback::new(move |text: String| set_value.run((name.clone(), text)));
            view! { <GeneratorField param=p id=field_id(&p.name) value=value error=error on_input=on_input/> }
        })
        .collect_view();

    let output_title = {
        let id = format!("{prefix}-output-title");
        match heading_level {
            2 => view! { <h2 class="heading-m" id=id>"Your command"</h2> }.into_any(),
            3 => view! { <h3 class="heading-m" id=id>"Your command"</h3> }.into_any(),
            _ => view! { <h4 class="heading-s" id=id>"Your command"</h4> }.into_any(),
        }
    };
    let output = {
        let prefix = prefix.clone();
        move || match result.get() {
            Ok(rendered) => {
                view! { <GeneratorOutput id=prefix.clone() rendered=rendered confirmed=confirmed/> }.into_any()
            }
            Err(_) => {
                let shown = shown_errors.get();
                let message = if shown.is_empty() {
                    let missing: Vec<String> = result
                        .get()
                        .err()
                        .unwrap_or_default()
                        .iter()
                        .filter_map(|e| g.param(&e.param).map(|p| p.label.clone()))
                        .collect();
                    format!("Fill in {} to see the command.", join_words(&missing))
                } else {
                    "There is no command to copy until the problems above are fixed.".to_string()
                };
                view! { <p class="body generator__pending" data-testid="command-pending">{message}</p> }.into_any()
            }
        }
    };

    view! {
        <div class="generator" data-generator=g.id.clone()>
            {summary}
            <form class="generator__form" novalidate on:submit=submit aria-label=format!("Values for: {}", g.title)>
                {fields}
            </form>
            // Not a <section>: two generators on one page would be two landmarks with the same name.
            <div class="generator__output">
                {output_title}
                {output}
            </div>
        </div>
    }
}

/// "a", "a and b", "a, b and c".
fn join_words(words: &[String]) -> String {
    match words {
        [] => "the fields above".to_string(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}
