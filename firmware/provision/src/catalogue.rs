//! The model list a device picker shows, from the same catalogue the files are rendered from
//! (`templates/catalog.json`), in the shapes of KAZOO's provisioner API that Monster UI reads
//! under its `api.provisioner` root:
//!
//! - `phones`: brand -> `{id, name, families: {family -> {id, name, models: {model -> {id,
//!   name, line_keys}}}}}` (monster-ui `chooseModel`, SmartPBX's "add SIP phone" picker);
//! - `ui/{brand}/{family}/{model}`: `{..., template: {combo_keys: {iterate: n}}}` or
//!   `{feature_keys: {iterate: n}}` (SmartPBX's device editor shows a section of `iterate`
//!   keys for each kind whose `iterate` is above 0; monster-ui-voip `getKeyTypes`).
//!
//! Phones whose keys are set one by one (line, BLF, park or speed dial per key: Yealink,
//! Cisco, Grandstream, Snom, Fanvil) get combo keys, one per key, key 1 included. Polycom
//! puts its line keys first and its monitored keys after them (`attendant.resourceList`),
//! so it gets feature keys: the keys after the line (brand `"combo_keys": false` in
//! `catalog.json`). keys.rs renders both.
//!
//! A device created from the picker stores `provision.endpoint_brand/family/model` as these
//! ids and `provision.id` as the model's `id`; [`crate::find_model`] finds it again.

use serde_json::{Map, Value, json};

use crate::Error;
use crate::settings::catalog;

/// `{brand}_{family}_{model}`: the template id KAZOO stores in `provision.id`.
fn template_id(brand: &str, family: &str, model: &str) -> String {
    format!("{brand}_{family}_{model}")
}

fn name_of(doc: &Value, fallback: &str) -> String {
    doc["name"]
        .as_str()
        .map_or_else(|| fallback.to_ascii_uppercase(), str::to_string)
}

/// The key sections the device editor shows for a model of this brand.
fn key_template(brand: &Value, model: &Value) -> Value {
    let keys = model["line_keys"].as_u64().unwrap_or(1);
    if brand["combo_keys"].as_bool().unwrap_or(true) {
        json!({"combo_keys": {"iterate": keys}})
    } else {
        json!({"feature_keys": {"iterate": keys.saturating_sub(1)}})
    }
}

/// Every brand, family and model the box renders files for.
pub fn phones() -> Value {
    let mut brands = Map::new();
    for (brand, b) in catalog()["brands"].as_object().into_iter().flatten() {
        let mut families = Map::new();
        for (family, f) in b["families"].as_object().into_iter().flatten() {
            let models: Map<String, Value> = f["models"]
                .as_object()
                .into_iter()
                .flatten()
                .map(|(model, m)| {
                    let entry = json!({
                        "id": template_id(brand, family, model),
                        "name": name_of(m, model),
                        "line_keys": m["line_keys"],
                    });
                    (model.clone(), entry)
                })
                .collect();
            families.insert(
                family.clone(),
                json!({"id": family, "name": name_of(f, family), "models": models}),
            );
        }
        brands.insert(
            brand.clone(),
            json!({"id": brand, "name": name_of(b, brand), "families": families}),
        );
    }
    Value::Object(brands)
}

/// One model's page: what the device editor needs to lay out its keys.
pub fn model_ui(brand: &str, family: &str, model: &str) -> Result<Value, Error> {
    let lower = |s: &str| s.to_ascii_lowercase();
    let (brand, family, model) = (lower(brand), lower(family), lower(model));
    let b = &catalog()["brands"][&brand];
    let m = &b["families"][&family]["models"][&model];
    if !m.is_object() {
        return Err(Error::UnknownModel(format!("{brand}/{family}/{model}")));
    }
    let mut template = key_template(b, m);
    template["lines"] = json!(1);
    template["line_keys"] = m["line_keys"].clone();
    Ok(json!({
        "id": template_id(&brand, &family, &model),
        "brand": brand,
        "family": family,
        "model": model,
        "name": name_of(m, &model),
        "template": template,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Brand, find_model};

    #[test]
    fn every_listed_model_is_found_by_its_ids() {
        let phones = phones();
        let mut count = 0;
        for (brand, b) in phones.as_object().unwrap() {
            assert_eq!(b["id"], json!(brand));
            assert!(b["name"].is_string());
            for (family, f) in b["families"].as_object().unwrap() {
                for (model, m) in f["models"].as_object().unwrap() {
                    let found =
                        find_model(Brand::from_name(brand).unwrap(), Some(family), model).unwrap();
                    assert_eq!((&found.family, &found.model), (family, model));
                    assert_eq!(m["id"], json!(format!("{brand}_{family}_{model}")));
                    let ui = model_ui(brand, family, model).unwrap();
                    let keys = m["line_keys"].as_u64().unwrap();
                    let template = &ui["template"];
                    if brand == "polycom" {
                        assert_eq!(template["feature_keys"]["iterate"], json!(keys - 1));
                        assert!(template.get("combo_keys").is_none());
                    } else {
                        assert_eq!(template["combo_keys"]["iterate"], json!(keys));
                        assert!(template.get("feature_keys").is_none());
                    }
                    count += 1;
                }
            }
        }
        assert!(count >= 30, "{count} models");
        assert_eq!(
            phones["polycom"]["families"]["vvx"]["models"]["vvx_450"]["name"],
            "VVX 450"
        );
    }

    #[test]
    fn unknown_models_name_the_path() {
        let err = model_ui("yealink", "t5x", "t99x").unwrap_err();
        assert_eq!(err.status(), 404);
        assert!(err.to_string().contains("yealink/t5x/t99x"), "{err}");
        assert!(model_ui("acme", "x", "y").is_err());
    }
}
