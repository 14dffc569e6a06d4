//! Builds the update public key into the binary.
//!
//! `EDGEPBX_UPDATE_PUBLIC_KEY` names the public key file of the release key
//! (`edgepbx update keygen` makes one). Without it, a throw-away development key pair is
//! generated once per build directory; its secret half stays in the build directory (never in
//! the source tree) and its path is given to the tests as `EDGEPBX_DEV_UPDATE_SECRET_KEY`, so
//! they can sign bundles this binary accepts.

use std::path::PathBuf;

use edgepbx_update::{PublicKey, SecretKey};

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=EDGEPBX_UPDATE_PUBLIC_KEY");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let public_path = out.join("update-key.pub");
    let (public, kind, dev_secret) = match std::env::var_os("EDGEPBX_UPDATE_PUBLIC_KEY") {
        Some(path) => {
            let path = PathBuf::from(path);
            println!("cargo:rerun-if-changed={}", path.display());
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("EDGEPBX_UPDATE_PUBLIC_KEY {}: {e}", path.display()));
            let key = PublicKey::parse(&text)
                .unwrap_or_else(|e| panic!("EDGEPBX_UPDATE_PUBLIC_KEY {}: {e}", path.display()));
            (key, "release", String::new())
        }
        None => {
            let secret_path = out.join("dev-update-key.sec");
            let secret = match std::fs::read_to_string(&secret_path) {
                Ok(text) => SecretKey::parse(&text).expect("the dev key written earlier parses"),
                Err(_) => {
                    let key = SecretKey::generate(&ring::rand::SystemRandom::new())
                        .expect("randomness for the dev update key");
                    std::fs::write(&secret_path, key.to_text()).expect("write the dev update key");
                    key
                }
            };
            (
                secret.public(),
                "development",
                secret_path.display().to_string(),
            )
        }
    };
    std::fs::write(&public_path, public.to_text()).expect("write the update public key");
    println!("cargo:rustc-env=EDGEPBX_UPDATE_KEY_KIND={kind}");
    println!("cargo:rustc-env=EDGEPBX_DEV_UPDATE_SECRET_KEY={dev_secret}");
}
