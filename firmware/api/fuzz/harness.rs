//! One document body through the whole API as a client's PUT (create), POST (replace) or
//! PATCH (merge) sends it: `Api::handle` checks the token, reads the JSON envelope, applies
//! the kind's validation and save hooks, and writes to a real store. The `documents` fuzz
//! target feeds it arbitrary bytes; `tests/fuzz_bodies.rs` replays the seeds and the
//! committed crash inputs. Included with `#[path]` by both (it is not part of the library).
//!
//! An input is one selector byte (the kind, and the method) and the body. Whatever the body,
//! the answer must be a JSON envelope with a status below 500; a document created is deleted
//! again, so the store stays the size of the setup.

use std::sync::Arc;

use edgepbx_api::{Api, ApiConfig, ApiRequest, NoLiveState, bootstrap, credentials_hash};
use serde_json::{Value, json};

/// The document types fed, each with a valid document to start from.
const KINDS: [(&str, &str); 5] = [
    (
        "devices",
        r#"{"name":"desk","sip":{"username":"fuzz1","password":"secret1"}}"#,
    ),
    (
        "users",
        r#"{"first_name":"A","last_name":"B","username":"fuzzuser","password":"Secret123!"}"#,
    ),
    (
        "callflows",
        r#"{"numbers":["1234"],"flow":{"module":"voicemail","data":{}}}"#,
    ),
    ("vmboxes", r#"{"name":"box","mailbox":"4321"}"#),
    (
        "resources",
        r#"{"name":"carrier","gateways":[{"server":"198.51.100.7"}]}"#,
    ),
];
const METHODS: [&str; 3] = ["PUT", "POST", "PATCH"];
const NOW: u64 = 1_800_000_000;

pub struct Harness {
    api: Api,
    token: String,
    account: String,
    /// The id of the document of each kind that POST and PATCH change.
    existing: Vec<String>,
}

fn request(method: &str, path: &str, token: Option<&str>, body: &[u8]) -> ApiRequest {
    let mut headers = vec![("content-type".to_string(), "application/json".to_string())];
    if let Some(t) = token {
        headers.push(("x-auth-token".into(), t.into()));
    }
    ApiRequest {
        method: method.into(),
        path: path.into(),
        query: String::new(),
        headers,
        body: body.to_vec(),
        peer: "127.0.0.1".parse().unwrap(),
    }
}

fn json_of(body: &[u8]) -> Value {
    serde_json::from_slice(body).unwrap_or_else(|e| {
        panic!(
            "the answer is not JSON ({e}): {}",
            String::from_utf8_lossy(body)
        )
    })
}

impl Harness {
    /// A box after its first boot, the admin logged in, one document of each kind.
    pub fn new() -> Harness {
        // The store file is opened, then its directory removed: redb keeps working on the
        // open file and nothing is left behind when the fuzzer stops (or crashes).
        let dir = tempfile::tempdir().unwrap();
        let store = edgepbx_store::Store::open(&dir.path().join("db")).unwrap();
        drop(dir);
        let api = Api::new(store, ApiConfig::default(), Arc::new(NoLiveState)).unwrap();
        let account = bootstrap::first_boot(&api, "office", "office.local", Some("pw"), NOW)
            .unwrap()
            .unwrap()
            .account_id;
        let login = json!({"data": {"credentials": credentials_hash("admin", "pw"),
            "account_name": "office"}});
        let r = api.handle(
            &request("PUT", "/v2/user_auth", None, login.to_string().as_bytes()),
            NOW,
        );
        assert_eq!(r.status, 201, "login");
        let token = json_of(&r.body)["auth_token"].as_str().unwrap().to_string();
        let mut h = Harness {
            api,
            token,
            account,
            existing: Vec::new(),
        };
        for (kind, doc) in KINDS {
            let body = format!(r#"{{"data":{doc}}}"#);
            let r = h.send("PUT", &h.url(kind, None), body.as_bytes());
            assert_eq!(r.0, 201, "{kind}: {}", r.1);
            h.existing
                .push(r.1["data"]["id"].as_str().unwrap().to_string());
        }
        h
    }

    fn url(&self, kind: &str, id: Option<&str>) -> String {
        let base = format!("/v2/accounts/{}/{kind}", self.account);
        id.map_or(base.clone(), |id| format!("{base}/{id}"))
    }

    fn send(&self, method: &str, path: &str, body: &[u8]) -> (u16, Value) {
        let r = self
            .api
            .handle(&request(method, path, Some(&self.token), body), NOW);
        (r.status, json_of(&r.body))
    }

    /// Sends `input` (selector byte, body); panics when the API answers 5xx or not JSON.
    pub fn run(&self, input: &[u8]) {
        let Some((&select, body)) = input.split_first() else {
            return;
        };
        let k = usize::from(select) % KINDS.len();
        let method = METHODS[usize::from(select) / KINDS.len() % METHODS.len()];
        let kind = KINDS[k].0;
        let id = (method != "PUT").then(|| self.existing[k].as_str());
        let (status, answer) = self.send(method, &self.url(kind, id), body);
        assert!(
            status < 500,
            "{method} {kind} answered {status}: {answer}\nbody: {}",
            String::from_utf8_lossy(body)
        );
        if method == "PUT" && status == 201 {
            let created = answer["data"]["id"].as_str().expect("a created id");
            let (status, answer) = self.send("DELETE", &self.url(kind, Some(created)), b"");
            assert_eq!(status, 200, "deleting what was created: {answer}");
        }
    }
}
