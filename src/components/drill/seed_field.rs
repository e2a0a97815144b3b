use leptos::prelude::*;

/// What the error summaries and the field say when a seed is not a whole number.
pub const SEED_ERROR: &str = "Enter the seed as a whole number, for example 12345";

/// A drill's seed, typed by a person (the wheel's on the list of drills, the briefing's in
/// its start form): a GOV.UK text input with its hint and, when `error` is set, the inline
/// error the page's error summary links to by `id`.
#[component]
pub fn DrillSeedField(
    /// The input's id; the hint and error ids are made from it.
    id: &'static str,
    hint: &'static str,
    value: RwSignal<String>,
    error: Signal<bool>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            if error.get() {
                format!("{hint_id} {error_id}")
            } else {
                hint_id.clone()
            }
        }
    };
    view! {
        <div class="form-group" class:form-group--error=move || error.get()>
            <label class="label" for=id>"Seed"</label>
            <p class="hint" id=hint_id>{hint}</p>
            {move || error.get().then(|| view! {
                <p class="error-message" id=error_id.clone()><span class="visually-hidden">"Error: "</span>{SEED_ERROR}</p>
            })}
            <input class="input input--width-20" id=id name="seed" type="text" inputmode="numeric" autocomplete="off" spellcheck="false"
                aria-describedby=described_by
                prop:value=value on:input=move |ev| value.set(event_target_value(&ev))/>
        </div>
    }
}
