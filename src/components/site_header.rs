use crate::components::SearchBox;
use crate::paths;
use leptos::prelude::*;

/// The service name, linking home.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="header" role="banner">
            <div class="page-width header__inner">
                <a href=paths::home() class="header__service">"Runbook"</a>
                <span class="header__tagline">"Disaster recovery for Register early career teachers"</span>
                // One <li> per area of the site, in this order: wizards, commands, drills, search.
                <nav class="header__navigation" aria-label="Site">
                    <ul class="header__nav">
                        <li><a href=paths::home()>"Runbook"</a></li>
                        <li><a href=paths::commands()>"Commands"</a></li>
                        <li><a href=paths::wizards()>"Decide"</a></li>
                        <li><a href=paths::drills()>"Drills"</a></li>
                        <li><a href=paths::href("/search")>"Search"</a></li>
                    </ul>
                </nav>
                <SearchBox/>
            </div>
        </header>
    }
}
