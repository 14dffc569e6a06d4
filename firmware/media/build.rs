//! Link directives for the optional `tts` feature (flite, dynamically linked on the host).
//! Without the feature this emits nothing, so the default build needs no C library.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var_os("CARGO_FEATURE_TTS").is_none() {
        return;
    }
    // Order matters for static archives: voice → language → lexicon → core.
    for lib in [
        "flite_cmu_us_kal",
        "flite_usenglish",
        "flite_cmulex",
        "flite",
    ] {
        println!("cargo:rustc-link-lib={lib}");
    }
    println!("cargo:rustc-link-lib=m");
}
