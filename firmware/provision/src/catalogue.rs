//! The model list a device picker shows, from the same catalogue the files are rendered from
//! (`templates/catalog.json`), in the shapes of KAZOO's provisioner API that Monster UI reads
//! under its `api.provisioner` root:
//!
//! - `phones`: brand -> `{id, name, families: {family -> {id, name, models: {model -> {id,
//!   name, line_keys}}}}}` (monster-ui `chooseModel`, SmartPBX's "add SIP phone" picker);
//! - `ui/{brand}/{family}/{model}`: `{..., template: {feature_keys: {iterate: n}}}` (SmartPBX's
//!   device editor shows `iterate` programmable keys).
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

/// The model's programmable keys besides key 1 (the line), which `provision.feature_keys`
/// fills (see keys.rs).
fn feature_keys(model: &Value) -> u64 {
    model["line_keys"].as_u64().unwrap_or(1).saturating_sub(1)
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
    let m = &catalog()["brands"][&brand]["families"][&family]["models"][&model];
    if !m.is_object() {
        return Err(Error::UnknownModel(format!("{brand}/{family}/{model}")));
    }
    Ok(json!({
        "id": template_id(&brand, &family, &model),
        "brand": brand,
        "family": family,
        "model": model,
        "name": name_of(m, &model),
        "template": {
            "lines": 1,
            "line_keys": m["line_keys"],
            "feature_keys": {"iterate": feature_keys(m)},
        },
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
                    assert_eq!(
                        ui["template"]["feature_keys"]["iterate"],
                        json!(m["line_keys"].as_u64().unwrap() - 1)
                    );
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
