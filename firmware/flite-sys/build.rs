//! Compiles flite 2.2 into a static library for the target (host or cross) with the `cc`
//! crate. The C sources are NOT in this repository: `EDGEPBX_FLITE_SRC` names an unpacked
//! upstream tree (scripts/flite-source.sh puts Debian's `flite` source tarball in a cache
//! outside the repo and prints its path). Only this build glue and the FFI are ours.
//!
//! What is built: the engine without audio output or sockets (flite's `--with-audio=none`),
//! the US English front end, the CMU lexicon and the `cmu_us_kal` diphone voice (native
//! 8 kHz). `cc` honours `CC_<target>` / `CFLAGS_<target>`, so cargo-zigbuild and other cross
//! compilers work unchanged.

use std::env;
use std::path::{Path, PathBuf};

/// Source files per directory of the flite tree, as its Makefiles list them for a build with
/// `--with-audio=none`, posix mmap and stdio files (the platform alternatives are left out).
const SOURCES: &[(&str, &[&str])] = &[
    (
        "src/audio",
        &[
            "auclient.c",
            "auserver.c",
            "audio.c",
            "au_streaming.c",
            "au_none.c",
        ],
    ),
    (
        "src/utils",
        &[
            "cst_alloc.c",
            "cst_error.c",
            "cst_string.c",
            "cst_wchar.c",
            "cst_tokenstream.c",
            "cst_val.c",
            "cst_features.c",
            "cst_endian.c",
            "cst_socket.c",
            "cst_val_const.c",
            "cst_val_user.c",
            "cst_args.c",
            "cst_url.c",
            "cst_mmap_posix.c",
            "cst_file_stdio.c",
        ],
    ),
    (
        "src/speech",
        &[
            "cst_wave.c",
            "cst_wave_io.c",
            "cst_track.c",
            "cst_track_io.c",
            "cst_wave_utils.c",
            "cst_lpcres.c",
            "rateconv.c",
            "g721.c",
            "g72x.c",
            "g723_24.c",
            "g723_40.c",
        ],
    ),
    (
        "src/hrg",
        &[
            "cst_utterance.c",
            "cst_relation.c",
            "cst_item.c",
            "cst_ffeature.c",
            "cst_rel_io.c",
        ],
    ),
    (
        "src/lexicon",
        &["cst_lexicon.c", "cst_lts.c", "cst_lts_rewrites.c"],
    ),
    ("src/regex", &["cst_regex.c", "regexp.c", "regsub.c"]),
    ("src/stats", &["cst_cart.c", "cst_viterbi.c", "cst_ss.c"]),
    (
        "src/synth",
        &[
            "cst_synth.c",
            "cst_utt_utils.c",
            "cst_voice.c",
            "cst_phoneset.c",
            "cst_ffeatures.c",
            "cst_ssml.c",
            "flite.c",
        ],
    ),
    (
        "src/wavesynth",
        &[
            "cst_units.c",
            "cst_clunits.c",
            "cst_diphone.c",
            "cst_sigpr.c",
            "cst_sts.c",
            "cst_reflpc.c",
        ],
    ),
    (
        "src/cg",
        &[
            "cst_cg.c",
            "cst_mlsa.c",
            "cst_mlpg.c",
            "cst_vc.c",
            "cst_cg_load_voice.c",
            "cst_cg_dump_voice.c",
            "cst_cg_map.c",
            "cst_spamf0.c",
        ],
    ),
    (
        "lang/usenglish",
        &[
            "us_int_accent_cart.c",
            "us_int_tone_cart.c",
            "us_f0_model.c",
            "us_dur_stats.c",
            "us_durz_cart.c",
            "us_f0lr.c",
            "us_phoneset.c",
            "us_ffeatures.c",
            "us_phrasing_cart.c",
            "us_gpos.c",
            "us_text.c",
            "us_expand.c",
            "us_nums_cart.c",
            "us_aswd.c",
            "usenglish.c",
            "us_pos_cart.c",
        ],
    ),
    (
        "lang/cmulex",
        &[
            "cmu_lts_rules.c",
            "cmu_lts_model.c",
            "cmu_lex.c",
            "cmu_lex_entries.c",
            "cmu_lex_data.c",
            "cmu_postlex.c",
        ],
    ),
    (
        "lang/cmu_us_kal",
        &[
            "cmu_us_kal_diphone.c",
            "cmu_us_kal.c",
            "cmu_us_kal_lpc.c",
            "cmu_us_kal_res.c",
            "cmu_us_kal_residx.c",
            "cmu_us_kal_ressize.c",
        ],
    ),
];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let root = source_tree();
    if !root.join("include/flite.h").is_file() {
        fail(&format!(
            "{} holds no flite 2.2 tree (include/flite.h missing)",
            root.display()
        ));
    }
    // A changed tree (another version unpacked in place) rebuilds.
    println!(
        "cargo:rerun-if-changed={}",
        root.join("include/flite_version.h").display()
    );

    let mut build = cc::Build::new();
    build
        .include(root.join("include"))
        .include(root.join("src/audio"))
        .include(root.join("lang/usenglish"))
        .include(root.join("lang/cmulex"))
        .define("CST_AUDIO_NONE", None)
        .define("CST_NO_SOCKETS", None)
        .opt_level(2)
        // flite's C is old-style: its warnings are not ours to fix.
        .warnings(false)
        .flag_if_supported("-w");
    if env::var("CARGO_CFG_TARGET_ENDIAN").as_deref() == Ok("big") {
        build.define("WORDS_BIGENDIAN", "1");
    }
    for (dir, files) in SOURCES {
        for file in *files {
            let path = root.join(dir).join(file);
            if !path.is_file() {
                fail(&format!(
                    "{} is missing from the flite tree",
                    path.display()
                ));
            }
            build.file(path);
        }
    }
    build.compile("edgepbx_flite");
    // flite's math (exp, log, pow) comes from libm.
    println!("cargo:rustc-link-lib=m");
    println!("cargo:root={}", root.display());
}

/// `EDGEPBX_FLITE_SRC`, else the cache scripts/flite-source.sh fills by default
/// (`${EDGEPBX_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/edgepbx}/flite-2.2`), so a plain
/// `cargo build` works on a machine where the script ran once.
fn source_tree() -> PathBuf {
    for var in [
        "EDGEPBX_FLITE_SRC",
        "EDGEPBX_CACHE",
        "XDG_CACHE_HOME",
        "HOME",
    ] {
        println!("cargo:rerun-if-env-changed={var}");
    }
    if let Some(dir) = env::var_os("EDGEPBX_FLITE_SRC") {
        return PathBuf::from(dir);
    }
    let cache = env::var_os("EDGEPBX_CACHE")
        .map(PathBuf::from)
        .or_else(|| env::var_os("XDG_CACHE_HOME").map(|d| Path::new(&d).join("edgepbx")))
        .or_else(|| env::var_os("HOME").map(|d| Path::new(&d).join(".cache/edgepbx")));
    match cache {
        Some(cache) => cache.join("flite-2.2"),
        None => fail("EDGEPBX_FLITE_SRC is not set (and there is no HOME for the default cache)"),
    }
}

fn fail(why: &str) -> ! {
    panic!(
        "\n{why}.\nedgepbx builds flite (text to speech) from its C sources, which are kept outside \
         the repository. Fetch them once with the repository's script and point the build at \
         them:\n\n    export EDGEPBX_FLITE_SRC=\"$(scripts/flite-source.sh)\"\n"
    );
}
