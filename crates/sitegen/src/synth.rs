//! Synthetic content for the growth benchmarks: the real content folder with every doc page,
//! wizard, command generator and drill scenario copied `factor - 1` more times under new ids,
//! each doc copy listed in the navigation. The copies keep their links to the real pages,
//! wizards and generators, so the result compiles like the real thing.

use anyhow::{Context, Result};
use std::fmt::Write as _;
use std::path::Path;

/// Writes the multiplied content into `out` (replacing it). Returns the number of pages.
pub fn write(content: &Path, out: &Path, factor: usize) -> Result<usize> {
    let factor = factor.max(1);
    if out.exists() {
        std::fs::remove_dir_all(out).with_context(|| format!("clearing {}", out.display()))?;
    }
    copy_dir(content, out)?;
    let mut docs: Vec<_> = std::fs::read_dir(content.join("docs"))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    docs.sort();
    let mut nav = std::fs::read_to_string(content.join("nav.toml"))?;
    for copy in 2..=factor {
        let mut slugs = Vec::new();
        for doc in &docs {
            let stem = doc.file_stem().unwrap_or_default().to_string_lossy();
            let slug = format!("{stem}-copy-{copy}");
            let text = std::fs::read_to_string(doc)?;
            // Titles must differ so the copies are distinguishable in search and navigation.
            let text = text.replacen("title = \"", &format!("title = \"(Copy {copy}) "), 1);
            std::fs::write(out.join("docs").join(format!("{slug}.md")), text)?;
            slugs.push(format!("\"{slug}\""));
        }
        let _ = write!(
            nav,
            "\n[[section]]\ntitle = \"Synthetic copy {copy}\"\npages = [{}]\n",
            slugs.join(", ")
        );
    }
    std::fs::write(out.join("nav.toml"), nav)?;
    for kind in ["wizards", "commands", "drills"] {
        copy_items(&content.join(kind), &out.join(kind), factor)?;
    }
    Ok(docs.len() * factor)
}

/// Copies every TOML item of one kind (a wizard, generator or scenario) `factor - 1` times.
/// A wizard's id is its file name; a generator's and a scenario's is also their first
/// `id = "..."` line, which the copy renames the same way. One wizard may lead the home page
/// (`start-here`): the original stays that one.
fn copy_items(from: &Path, to: &Path, factor: usize) -> Result<()> {
    let mut items: Vec<_> = std::fs::read_dir(from)
        .with_context(|| format!("reading {}", from.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    items.sort();
    for item in &items {
        let stem = item.file_stem().unwrap_or_default().to_string_lossy();
        let text = std::fs::read_to_string(item)?;
        for copy in 2..=factor {
            let id = format!("{stem}-copy-{copy}");
            let text = text
                .replacen(&format!("id = \"{stem}\""), &format!("id = \"{id}\""), 1)
                .replacen("title = \"", &format!("title = \"(Copy {copy}) "), 1)
                .replacen("\nstart-here = true\n", "\n", 1);
            std::fs::write(to.join(format!("{id}.toml")), text)?;
        }
    }
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let path = entry?.path();
        let target = to.join(path.file_name().unwrap_or_default());
        if path.is_dir() {
            copy_dir(&path, &target)?;
        } else {
            std::fs::copy(&path, &target)?;
        }
    }
    Ok(())
}
