//! Reads the content folder and compiles it with the core crate. The only place that knows
//! where content lives on disk.

use runbook::bundle::{compile_all, Runbook, Sources};
use runbook::content::SourceFile;
use runbook::Diagnostic;
use std::path::{Path, PathBuf};

/// Everything the site embeds, compiled and validated.
#[derive(Debug, Clone)]
pub struct Compiled {
    pub runbook: Runbook,
    /// Every file and folder that was read, so a build script can ask to be re-run when one
    /// changes.
    pub inputs: Vec<PathBuf>,
}

/// Compiles the content folder `dir`. Paths in diagnostics are shown relative to the project
/// (`content/docs/x.md`) whatever folder was read, so messages match what editors see.
pub fn load_content(dir: &Path) -> Result<Compiled, Vec<Diagnostic>> {
    let mut inputs = vec![dir.to_path_buf(), dir.join("site.toml"), dir.join("nav.toml")];
    let mut problems = Vec::new();
    let mut folder = |name: &str, ext: &str| {
        read_dir(&dir.join(name), ext, &format!("content/{name}"), &mut inputs).unwrap_or_else(|mut p| {
            problems.append(&mut p);
            Vec::new()
        })
    };
    let docs = folder("docs", "md");
    let commands = folder("commands", "toml");
    let wizards = folder("wizards", "toml");
    let drills = folder("drills", "toml");
    let messages = folder("messages", "toml");
    let nav = read(&dir.join("nav.toml"), "content/nav.toml").unwrap_or_else(|mut p| {
        problems.append(&mut p);
        SourceFile::new("content/nav.toml", "")
    });
    let service = read(&dir.join("site.toml"), "content/site.toml").unwrap_or_else(|mut p| {
        problems.append(&mut p);
        SourceFile::new("content/site.toml", "")
    });
    if !problems.is_empty() {
        return Err(problems);
    }
    let sources = Sources {
        service,
        nav,
        docs,
        commands,
        wizards,
        drills,
        messages,
    };
    let runbook = compile_all(&sources)?;
    Ok(Compiled { runbook, inputs })
}

fn read(path: &Path, shown_as: &str) -> Result<SourceFile, Vec<Diagnostic>> {
    std::fs::read_to_string(path)
        .map(|text| SourceFile::new(shown_as, text))
        .map_err(|e| vec![Diagnostic::new(shown_as, 1, format!("The file cannot be read ({e})."))])
}

/// Every file with extension `ext` in `dir`, sorted by name so builds are reproducible. A
/// missing folder is simply empty.
fn read_dir(
    dir: &Path,
    ext: &str,
    shown_as: &str,
    inputs: &mut Vec<PathBuf>,
) -> Result<Vec<SourceFile>, Vec<Diagnostic>> {
    inputs.push(dir.to_path_buf());
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(Vec::new());
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .collect();
    paths.sort();
    let mut files = Vec::with_capacity(paths.len());
    let mut problems = Vec::new();
    for path in paths {
        let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
        match read(&path, &format!("{shown_as}/{name}")) {
            Ok(file) => files.push(file),
            Err(mut p) => problems.append(&mut p),
        }
        inputs.push(path);
    }
    if problems.is_empty() {
        Ok(files)
    } else {
        Err(problems)
    }
}
