use crate::components::{CodeBlock, GeneratorForm, SectionHeading};
use crate::content;
use crate::paths;
use leptos::prelude::*;
use runbook::doc::{plain_text, Block, CalloutKind, Doc, Inline, LinkTarget};

/// Renders a compiled page body. The model is already validated and contains no raw HTML,
/// so everything here is text nodes and known elements.
#[component]
pub fn DocBody(
    /// The page body.
    doc: Doc,
) -> impl IntoView {
    view! { <div class="doc-body">{blocks(&doc.blocks, false)}</div> }
}

fn blocks(blocks: &[Block], tight: bool) -> AnyView {
    blocks.iter().map(|b| block(b, tight)).collect_view().into_any()
}

fn block(block: &Block, tight: bool) -> AnyView {
    match block {
        Block::Heading { level, id, content } => {
            let inner = inlines(content);
            view! { <SectionHeading level=*level id=id.clone() text=plain_text(content)>{inner}</SectionHeading> }.into_any()
        }
        Block::Paragraph(content) if tight => inlines(content),
        Block::Paragraph(content) => view! { <p class="body">{inlines(content)}</p> }.into_any(),
        Block::List { start, tight, items } => {
            let items = items
                .iter()
                .map(|item| view! { <li>{blocks(item, *tight)}</li> })
                .collect_view();
            match start {
                Some(start) => view! { <ol class="list list--number" start=*start>{items}</ol> }.into_any(),
                None => view! { <ul class="list list--bullet">{items}</ul> }.into_any(),
            }
        }
        Block::Code { lang: Some(lang), text } if lang == "command" => embedded_generator(text.trim()),
        Block::Code { lang, text } => view! { <CodeBlock text=text.clone() lang=lang.clone()/> }.into_any(),
        Block::Callout { kind, blocks: inner } => callout(*kind, inner),
        Block::Quote(inner) => view! { <blockquote class="inset-text">{blocks(inner, false)}</blockquote> }.into_any(),
        Block::Table { head, rows } => view! {
            <table class="table">
                <thead class="table__head">
                    <tr>{head.iter().map(|c| view! { <th scope="col" class="table__header">{inlines(c)}</th> }).collect_view()}</tr>
                </thead>
                <tbody>
                    {rows
                        .iter()
                        .map(|row| view! { <tr>{row.iter().map(|c| view! { <td class="table__cell">{inlines(c)}</td> }).collect_view()}</tr> })
                        .collect_view()}
                </tbody>
            </table>
        }
        .into_any(),
        Block::Rule => view! { <hr class="section-break"/> }.into_any(),
    }
}

/// A `command` block places the live generator it names. The build checks the id exists;
/// should it not, the block says so rather than vanishing.
fn embedded_generator(id: &str) -> AnyView {
    match content::generator(id) {
        Some(g) => view! {
            <div class="generator-embed" data-testid="embedded-generator">
                <p class="generator-embed__title"><strong>{g.title.clone()}</strong></p>
                <GeneratorForm generator=g heading_level=4/>
                <p class="body generator-embed__more">
                    <a class="link" href=paths::command(&g.id, &Default::default())>{format!("Open ‘{}’ on its own page", g.title)}</a>
                    " to share it pre-filled. Values you enter are remembered in this browser and fill the other generators ("
                    <a class="link" href=format!("{}#values-in-use", paths::commands())>"values in use"</a>")."
                </p>
            </div>
        }
        .into_any(),
        None => view! { <p class="body">{format!("The command generator ‘{id}’ is missing from this build.")}</p> }.into_any(),
    }
}

/// Warnings use GOV.UK's warning text; the rest use inset text with a label.
fn callout(kind: CalloutKind, inner: &[Block]) -> AnyView {
    match kind {
        CalloutKind::Warning | CalloutKind::Caution => view! {
            <div class="warning-text">
                <span class="warning-text__icon" aria-hidden="true">"!"</span>
                <div class="warning-text__text">
                    <span class="visually-hidden">"Warning"</span>
                    {blocks(inner, false)}
                </div>
            </div>
        }
        .into_any(),
        CalloutKind::Note | CalloutKind::Tip | CalloutKind::Important => {
            let label = match kind {
                CalloutKind::Tip => "Tip",
                CalloutKind::Important => "Important",
                _ => "Note",
            };
            view! {
                <div class="inset-text">
                    <p class="inset-text__label"><strong>{label}</strong></p>
                    {blocks(inner, false)}
                </div>
            }
            .into_any()
        }
    }
}

fn inlines(content: &[Inline]) -> AnyView {
    content.iter().map(inline).collect_view().into_any()
}

fn inline(inline: &Inline) -> AnyView {
    match inline {
        Inline::Text(text) => text.clone().into_any(),
        Inline::Code(code) => view! { <code class="code">{code.clone()}</code> }.into_any(),
        Inline::Emphasis(c) => view! { <em>{inlines(c)}</em> }.into_any(),
        Inline::Strong(c) => view! { <strong>{inlines(c)}</strong> }.into_any(),
        Inline::LineBreak => view! { <br/> }.into_any(),
        Inline::Link { target, content } => match target {
            LinkTarget::Page { slug, anchor } => {
                view! { <a class="link" href=paths::doc_anchor(slug, anchor.as_deref())>{inlines(content)}</a> }
                    .into_any()
            }
            LinkTarget::Anchor(anchor) => {
                view! { <a class="link" href=format!("#{anchor}")>{inlines(content)}</a> }.into_any()
            }
            LinkTarget::External(href) => view! {
                <a class="link" href=href.clone() rel="noreferrer noopener">{inlines(content)}</a>
            }
            .into_any(),
        },
    }
}
