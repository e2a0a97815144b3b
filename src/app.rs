//! Routes and the page frame. Pages live in `pages/`, one file per route.

use crate::components::{SideNav, SiteFooter, SiteHeader, SkipLink};
use crate::pages::{DocPage, HomePage, NotFoundPage};
use crate::pages::{DrillBriefingPage, DrillFacilitatorPage, DrillParticipantPage, DrillReportPage, DrillsPage};
use crate::paths;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router base=paths::base()>
            <SkipLink/>
            <SiteHeader/>
            <div class="page-width">
                <div class="layout">
                    <SideNav/>
                    <main id="main-content" class="main" tabindex="-1">
                        <Routes fallback=NotFoundPage>
                            <Route path=path!("/") view=HomePage/>
                            <Route path=path!("/docs/:slug") view=DocPage/>
                            <Route path=path!("/drills") view=DrillsPage/>
                            <Route path=path!("/drills/:id") view=DrillBriefingPage/>
                            <Route path=path!("/drill/facilitator") view=DrillFacilitatorPage/>
                            <Route path=path!("/drill/participant") view=DrillParticipantPage/>
                            <Route path=path!("/drill/report") view=DrillReportPage/>
                        </Routes>
                    </main>
                </div>
            </div>
            <SiteFooter/>
        </Router>
    }
}
