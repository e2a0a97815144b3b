//! The benchmarks build the site from the real content multiplied (`sitegen synth`): the
//! copies must compile as the original does, or `make bench` stops before it measures.

use std::path::Path;

#[test]
fn the_real_content_multiplied_compiles_without_a_problem() {
    let out = std::env::temp_dir().join(format!("runbook-synth-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    sitegen::synth::write(&content, &out, 3).expect("the copies are written");
    let compiled = sitegen::load_content(&out);
    let _ = std::fs::remove_dir_all(&out);
    if let Err(problems) = compiled {
        panic!("the multiplied content does not compile:\n{problems:#?}");
    }
}
