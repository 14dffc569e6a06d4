//! First boot: the office account and its administrator, created once when the store is empty.

use serde_json::{Map, Value, json};

use crate::error::ApiError;
use crate::{Api, accounts, hooks};
use edgepbx_store::GLOBAL;

pub struct FirstBoot {
    pub account_id: String,
    /// The administrator password when it was generated (to be shown once), not when given.
    pub generated_password: Option<String>,
}

/// A password of 16 characters from an alphabet without look-alikes (0/O, 1/l/I).
fn generate_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).expect("OS random number generator failed");
    bytes
        .iter()
        .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
        .collect()
}

/// Creates the account and the `admin` user unless an account exists already.
pub fn first_boot(
    api: &Api,
    name: &str,
    realm: &str,
    admin_password: Option<&str>,
    now: u64,
) -> Result<Option<FirstBoot>, ApiError> {
    if !api.store().collection(GLOBAL, "accounts")?.is_empty() {
        return Ok(None);
    }
    let mut account = Map::new();
    account.insert("name".into(), json!(name));
    account.insert("realm".into(), json!(realm.to_lowercase()));
    account.insert("timezone".into(), json!("UTC"));
    account.insert("language".into(), json!("en-US"));
    hooks::before_save(api, GLOBAL, "accounts", &mut account, None)?;
    let account_id = accounts::create_account(api.store(), account, None, now)?;

    let generated = admin_password.is_none().then(generate_password);
    let password = admin_password
        .map(str::to_string)
        .or_else(|| generated.clone())
        .unwrap_or_default();
    let mut user = Map::new();
    user.insert("first_name".into(), json!("Office"));
    user.insert("last_name".into(), json!("Administrator"));
    user.insert("username".into(), json!("admin"));
    user.insert("password".into(), json!(password));
    user.insert("priv_level".into(), json!("admin"));
    // KAZOO's flag: the panel's first-boot wizard asks for a new password on the first login.
    user.insert("require_password_update".into(), json!(true));
    user.insert("appList".into(), json!(crate::misc::APP_IDS));
    hooks::before_save(api, &account_id, "users", &mut user, None)?;
    let greg = now + edgepbx_store::GREGORIAN_OFFSET;
    for (k, v) in [
        ("pvt_type", json!("user")),
        ("pvt_created", json!(greg)),
        ("pvt_modified", json!(greg)),
        ("pvt_account_id", json!(account_id)),
    ] {
        user.insert(k.into(), v);
    }
    let (acct, id, doc) = (
        account_id.clone(),
        edgepbx_store::new_id(),
        Value::Object(user),
    );
    api.store()
        .write(move |tx| tx.create(&acct, "users", &id, doc.clone()))?;
    Ok(Some(FirstBoot {
        account_id,
        generated_password: generated,
    }))
}
