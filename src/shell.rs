//! The frame every page shares: skip link, header, update banner, side navigation, `<main>`
//! and footer.

use crate::components::{SideNav, SiteFooter, SiteHeader, SkipLink, UpdateBanner};
use leptos::prelude::*;

#[component]
pub fn Shell(children: Children) -> impl IntoView {
    view! {
        <SkipLink/>
        <SiteHeader/>
        <UpdateBanner/>
        <div class="page-width">
            <div class="layout">
                <SideNav/>
                <main id="main-content" class="main" tabindex="-1">
                    {children()}
                </main>
            </div>
        </div>
        <SiteFooter/>
    }
}
