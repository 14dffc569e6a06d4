//! Which country profile (tones, ring cadence, caller-ID standard) and extension length each
//! FXS port follows: a country the board file (or `sim:country=`) names for the port wins;
//! else the owning account's `edgepbx.country` (or its parent's), when that country has an
//! analog profile; else the board's default. The extension length is the owning account's.

use edgepbx_board::profile::{Profile, profile};
use edgepbx_store::Store;
use edgepbx_store::office_settings::{country, extension_length, inherited};

pub struct LineProfiles {
    /// For ports with no owner, and owners whose country has no analog profile.
    pub default: Profile,
    /// By port index: the profile the board file fixes for the port, if any.
    pub fixed: Vec<Option<Profile>>,
}

impl LineProfiles {
    /// Every one of `ports` ports with `profile`, fixed to it when the operator named it.
    pub fn uniform(profile: Profile, ports: usize, named: bool) -> LineProfiles {
        LineProfiles {
            default: profile,
            fixed: vec![named.then_some(profile); ports],
        }
    }

    /// Port `port`'s profile and extension length, when `account` owns it.
    pub fn for_port(
        &self,
        port: usize,
        store: &Store,
        account: Option<&str>,
    ) -> (Profile, Option<usize>) {
        let length = account.and_then(|a| inherited(store, a, extension_length));
        if let Some(fixed) = self.fixed.get(port).copied().flatten() {
            return (fixed, length);
        }
        let from_account = account
            .and_then(|a| inherited(store, a, |doc| country(doc).map(str::to_string)))
            .and_then(|code| profile(&code));
        (from_account.unwrap_or(self.default), length)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use edgepbx_store::GLOBAL;
    use serde_json::json;

    #[test]
    fn a_named_country_wins_then_the_account_then_the_default() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db")).unwrap();
        store
            .write(|tx| {
                let accounts = [
                    (
                        "uk",
                        json!({"edgepbx": {"country": "uk", "extension_length": 3}}),
                    ),
                    ("sub", json!({"pvt_tree": ["uk"]})),
                    ("jp", json!({"edgepbx": {"country": "jp"}})),
                ];
                for (id, doc) in accounts {
                    tx.create(GLOBAL, "accounts", id, doc)?;
                }
                Ok(())
            })
            .unwrap();
        let us = profile("us").unwrap();
        let mut lines = LineProfiles::uniform(us, 2, false);
        let code = |port, account| {
            let (p, length) = lines.for_port(port, &store, account);
            (p.code, length)
        };
        assert_eq!(code(0, None), ("us", None));
        assert_eq!(code(0, Some("uk")), ("uk", Some(3)));
        // A sub-account follows its office; a country without an analog profile does not
        // change the line.
        assert_eq!(code(0, Some("sub")), ("uk", Some(3)));
        assert_eq!(code(0, Some("jp")), ("us", None));
        lines.fixed[1] = profile("de");
        assert_eq!(lines.for_port(1, &store, Some("uk")).0.code, "de");
        assert_eq!(
            LineProfiles::uniform(us, 1, true)
                .for_port(0, &store, Some("uk"))
                .0
                .code,
            "us"
        );
    }
}
