//! The `documents` fuzz target's seeds and every input it once crashed on, replayed through
//! the same harness (`fuzz/harness.rs`): no 5xx, always a JSON answer.

use std::path::Path;

#[path = "../fuzz/harness.rs"]
mod harness;

fn replay(dir: &Path) -> usize {
    let h = harness::Harness::new();
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            continue;
        }
        h.run(&std::fs::read(&path).unwrap());
        n += 1;
    }
    n
}

#[test]
fn document_body_seeds_are_answered_without_a_server_error() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds/documents");
    assert!(replay(&seeds) >= 20);
}

#[test]
fn document_body_fuzz_regressions_replay() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/fuzz-regressions");
    println!("replayed {} fuzz regression inputs", replay(&dir));
}
