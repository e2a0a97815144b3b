//! Routes and the page frame. Pages live in `pages/`, one file per route.

use crate::components::{SideNav, SiteFooter, SiteHeader, SkipLink, UpdateBanner};
use crate::pages::{
    AllPage, CommandPage, CommandsPage, DocPage, DrillBriefingPage, DrillFacilitatorPage, DrillParticipantPage,
    DrillReportPage, DrillsPage, HomePage, NotFoundPage, SearchPage, WizardPage, WizardsPage,
};
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
            <UpdateBanner/>
            <div class="page-width">
                <div class="layout">
                    <SideNav/>
                    <main id="main-content" class="main" tabindex="-1">
                        <Routes fallback=NotFoundPage>
                            <Route path=path!("/") view=HomePage/>
                            <Route path=path!("/docs/:slug") view=DocPage/>
                            <Route path=path!("/commands") view=CommandsPage/>
                            <Route path=path!("/commands/:id") view=CommandPage/>
                            <Route path=path!("/wizards") view=WizardsPage/>
                            <Route path=path!("/wizards/:id") view=WizardPage/>
                            <Route path=path!("/drills") view=DrillsPage/>
                            <Route path=path!("/drills/:id") view=DrillBriefingPage/>
                            <Route path=path!("/drill/facilitator") view=DrillFacilitatorPage/>
                            <Route path=path!("/drill/participant") view=DrillParticipantPage/>
                            <Route path=path!("/drill/report") view=DrillReportPage/>
                            <Route path=path!("/search") view=SearchPage/>
                            <Route path=path!("/all") view=AllPage/>
                        </Routes>
                    </main>
                </div>
            </div>
            <SiteFooter/>
        </Router>
    }
}
