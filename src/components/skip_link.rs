use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The first thing a keyboard user reaches: jumps past the header and navigation.
/// Focus is moved by hand so the router never treats the fragment as a navigation.
#[component]
pub fn SkipLink() -> impl IntoView {
    let skip = |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        let main = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("main-content"))
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(main) = main {
            let _ = main.focus();
            main.scroll_into_view();
        }
    };
    view! {
        <a href="#main-content" class="skip-link" on:click=skip>"Skip to main content"</a>
    }
}
