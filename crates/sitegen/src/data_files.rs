//! The build's data folder: one postcard file per wizard, generator, message and drill scenario, each
//! wizard's tree, and the labels of shared values (`runbook::page_data`). An app fetches only
//! the files its page needs (`src/page_files.rs`), so no app embeds the runbook and no app is
//! rebuilt when the content changes. The folder's name carries a hash of every file in it, so a page (which
//! names the folder in a `<meta>`) never mixes files from two builds; the service worker
//! pre-caches it with the rest of the build.

// Cache-busting file names are named by a hash of their content (not for security).
use anyhow::{Context, Result};
use runbook::bundle::Runbook;
use runbook::hash::fnv1a;
use runbook::page_data::{DataFile, ParamLabels, WizardFile};
use runbook::wizard::diagram;
use std::path::Path;

/// The `<meta name>` that tells the apps where the folder is.
pub const META: &str = "runbook-data";

/// Writes `data-<hash>/` into `dist` and returns its name.
pub fn write(dist: &Path, runbook: &Runbook) -> Result<String> {
    let files = files(runbook)?;
    let mut hash_input = Vec::new();
    for (name, bytes) in &files {
        hash_input.extend_from_slice(name.as_bytes());
        hash_input.push(0);
        hash_input.extend_from_slice(bytes);
    }
    let folder = format!("data-{:016x}", fnv1a(&hash_input));
    for (name, bytes) in &files {
        let target = dist.join(&folder).join(name);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&target, bytes).with_context(|| format!("writing {}", target.display()))?;
    }
    Ok(folder)
}

/// Every file of the folder: its path inside it and its bytes.
pub fn files(runbook: &Runbook) -> Result<Vec<(String, Vec<u8>)>> {
    let listings: Vec<_> = runbook.drills.iter().map(|d| d.listing()).collect();
    let mut out = vec![
        (
            DataFile::ParamLabels.path(),
            postcard::to_allocvec(&ParamLabels::of(runbook))?,
        ),
        (DataFile::DrillListings.path(), postcard::to_allocvec(&listings)?),
    ];
    for w in &runbook.wizards {
        let file = WizardFile::of(runbook, &w.id).context("a wizard of this runbook")?;
        out.push((DataFile::Wizard(w.id.clone()).path(), postcard::to_allocvec(&file)?));
        out.push((
            DataFile::WizardTree(w.id.clone()).path(),
            postcard::to_allocvec(&diagram::drawing(w))?,
        ));
    }
    for g in &runbook.generators {
        out.push((DataFile::Generator(g.id.clone()).path(), postcard::to_allocvec(g)?));
    }
    for s in &runbook.drills {
        out.push((DataFile::Scenario(s.id.clone()).path(), postcard::to_allocvec(s)?));
    }
    for m in &runbook.messages {
        out.push((DataFile::Message(m.id.clone()).path(), postcard::to_allocvec(m)?));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use runbook::command::Generator;

    /// Each file decodes to its item, as far as it is written: compared as written, because a
    /// rendered text's plain text (`doc::Prose::text`) stays with the build.
    #[test]
    fn every_item_has_its_own_file_that_decodes_to_it() {
        let runbook = crate::pages::tests::real_runbook();
        let dist = std::env::temp_dir().join(format!("sitegen-data-files-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dist);
        let folder = write(&dist, &runbook).unwrap();
        assert!(folder.starts_with("data-") && folder.len() == "data-".len() + 16);
        let read = |f: DataFile| std::fs::read(dist.join(&folder).join(f.path())).unwrap();
        for w in &runbook.wizards {
            let file: WizardFile = postcard::from_bytes(&read(DataFile::Wizard(w.id.clone()))).unwrap();
            assert_eq!(
                postcard::to_allocvec(&file.wizard).unwrap(),
                postcard::to_allocvec(w).unwrap()
            );
            let tree: diagram::Drawing = postcard::from_bytes(&read(DataFile::WizardTree(w.id.clone()))).unwrap();
            assert_eq!(tree, diagram::drawing(w));
        }
        for g in &runbook.generators {
            let file: Generator = postcard::from_bytes(&read(DataFile::Generator(g.id.clone()))).unwrap();
            assert_eq!(postcard::to_allocvec(&file).unwrap(), postcard::to_allocvec(g).unwrap());
        }
        for s in &runbook.drills {
            let file: runbook::drill::Scenario = postcard::from_bytes(&read(DataFile::Scenario(s.id.clone()))).unwrap();
            assert_eq!(postcard::to_allocvec(&file).unwrap(), postcard::to_allocvec(s).unwrap());
        }
        for m in &runbook.messages {
            let file: runbook::message::Message = postcard::from_bytes(&read(DataFile::Message(m.id.clone()))).unwrap();
            assert_eq!(postcard::to_allocvec(&file).unwrap(), postcard::to_allocvec(m).unwrap());
        }
        let labels: ParamLabels = postcard::from_bytes(&read(DataFile::ParamLabels)).unwrap();
        assert_eq!(labels, ParamLabels::of(&runbook));
        let listings: Vec<runbook::drill::model::Listing> =
            postcard::from_bytes(&read(DataFile::DrillListings)).unwrap();
        assert_eq!(listings.len(), runbook.drills.len());
        // The same content names the same folder; other content another.
        assert_eq!(write(&dist, &runbook).unwrap(), folder);
        let mut other = runbook.clone();
        other.wizards[0].title.push('!');
        assert_ne!(write(&dist, &other).unwrap(), folder);
        let _ = std::fs::remove_dir_all(&dist);
    }
}
