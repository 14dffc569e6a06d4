//! An in-memory [`Data`] and a call driver for module tests: no store, no sockets, time
//! given by the test.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use edgepbx_media::session::PendingAudio;
use edgepbx_sip::engine::{CallFlow, Caller, FlowCommand, FlowEvent, Now};
use serde_json::{Value, json};

use super::context::CallInfo;
use super::data::{Data, Edit, Notice, Parked, Speech, SpeechRequest};
use super::interpreter::Interpreter;

pub const ACCOUNT: &str = "acct";

#[derive(Default)]
pub struct MemData {
    pub docs: Mutex<HashMap<(String, String), Value>>,
    pub account: Mutex<Value>,
    pub registered: Mutex<HashSet<String>>,
    pub saved: Mutex<Vec<(String, String, Value)>>,
    pub audio: Mutex<HashMap<String, Arc<[i16]>>>,
    pub parked: Mutex<HashMap<String, Parked>>,
    pub next_id: Mutex<u32>,
    pub notices: Mutex<Vec<Notice>>,
    /// While set, updates wait in `held` (as if the background writer were slow).
    pub hold_writes: Mutex<bool>,
    pub held: Mutex<Vec<(String, String, Edit)>>,
    /// Documents of accounts other than [`ACCOUNT`] (its parents), by (account, kind, id);
    /// an account document itself is kind `accounts`.
    pub others: Mutex<HashMap<(String, String, String), Value>>,
    pub speech: Mutex<FakeSpeech>,
    /// Language pack prompts by (language, prompt id).
    pub prompts: Mutex<HashMap<PackPrompt, Arc<[i16]>>>,
}

/// (language, prompt id) of a language pack's prompt.
pub type PackPrompt = (String, String);

/// The fake text-to-speech: texts asked for, and the ones "rendered".
#[derive(Default)]
pub struct FakeSpeech {
    /// Off: every text is `Unavailable` (a build without TTS). On: a text is `Pending` the
    /// first time it is asked for and `Ready` (100 ms of a constant) after.
    pub renders: bool,
    pub ready: HashMap<String, Arc<[i16]>>,
    pub asked: Vec<String>,
}

impl MemData {
    pub fn new() -> Arc<MemData> {
        let d = MemData::default();
        *d.account.lock().unwrap() = json!({"name": "Test", "timezone": "America/New_York"});
        Arc::new(d)
    }
    pub fn put(&self, kind: &str, id: &str, doc: Value) {
        self.docs
            .lock()
            .unwrap()
            .insert((kind.into(), id.into()), doc);
    }
    /// Stores a document of another account (`kind` `accounts` for the account itself).
    pub fn put_in(&self, account: &str, kind: &str, id: &str, doc: Value) {
        self.others
            .lock()
            .unwrap()
            .insert((account.into(), kind.into(), id.into()), doc);
    }
    fn other(&self, account: &str, kind: &str, id: &str) -> Option<Arc<Value>> {
        let key = (account.to_string(), kind.to_string(), id.to_string());
        self.others.lock().unwrap().get(&key).cloned().map(Arc::new)
    }
    pub fn register(&self, device: &str) {
        self.registered.lock().unwrap().insert(device.into());
    }
    /// Applies an update to the current document, as the runtime's writer does.
    fn apply(&self, kind: &str, id: &str, edit: &Edit) {
        let mut doc = self
            .docs
            .lock()
            .unwrap()
            .get(&(kind.into(), id.into()))
            .cloned()
            .unwrap_or(Value::Null);
        if edit(&mut doc) {
            self.put(kind, id, doc.clone());
            self.saved
                .lock()
                .unwrap()
                .push((kind.into(), id.into(), doc));
        }
    }
    /// Lets the held updates through, in order.
    pub fn release_writes(&self) {
        *self.hold_writes.lock().unwrap() = false;
        let held = std::mem::take(&mut *self.held.lock().unwrap());
        for (kind, id, edit) in held {
            self.apply(&kind, &id, &edit);
        }
    }
    pub fn saved(&self, kind: &str, id: &str) -> Option<Value> {
        self.saved
            .lock()
            .unwrap()
            .iter()
            .rev()
            .find(|(k, i, _)| k == kind && i == id)
            .map(|(_, _, d)| d.clone())
    }
}

impl Data for MemData {
    fn doc(&self, account: &str, kind: &str, id: &str) -> Option<Arc<Value>> {
        if account != ACCOUNT {
            return self.other(account, kind, id);
        }
        self.docs
            .lock()
            .unwrap()
            .get(&(kind.into(), id.into()))
            .cloned()
            .map(Arc::new)
    }
    fn docs(&self, account: &str, kind: &str) -> Vec<(String, Arc<Value>)> {
        if account != ACCOUNT {
            let others = self.others.lock().unwrap();
            let mut v: Vec<_> = others
                .iter()
                .filter(|((a, k, _), _)| a == account && k == kind)
                .map(|((_, _, id), d)| (id.clone(), Arc::new(d.clone())))
                .collect();
            v.sort_by(|a, b| a.0.cmp(&b.0));
            return v;
        }
        let mut v: Vec<_> = self
            .docs
            .lock()
            .unwrap()
            .iter()
            .filter(|((k, _), _)| k == kind)
            .map(|((_, id), d)| (id.clone(), Arc::new(d.clone())))
            .collect();
        v.sort_by(|a, b| a.0.cmp(&b.0));
        v
    }
    fn account(&self, account: &str) -> Option<Arc<Value>> {
        if account != ACCOUNT {
            return self.other(account, "accounts", account);
        }
        Some(Arc::new(self.account.lock().unwrap().clone()))
    }
    fn lookup(&self, account: &str, number: &str) -> Option<(Arc<Value>, Vec<String>)> {
        let flows = self.docs(account, "callflows");
        let has = |cf: &Value, n: &str| {
            cf.get("numbers")
                .and_then(Value::as_array)
                .is_some_and(|ns| ns.iter().any(|x| x.as_str() == Some(n)))
        };
        if let Some((_, cf)) = flows.iter().find(|(_, cf)| has(cf, number)) {
            return Some((cf.clone(), Vec::new()));
        }
        let mut best: Option<(usize, Arc<Value>, Vec<String>)> = None;
        for (_, cf) in &flows {
            for p in cf
                .get("patterns")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let Some(re) = p.as_str().and_then(|p| regex_lite::Regex::new(p).ok()) else {
                    continue;
                };
                if let Some(c) = re.captures(number) {
                    let groups: Vec<String> = c
                        .iter()
                        .skip(1)
                        .flatten()
                        .map(|m| m.as_str().to_string())
                        .collect();
                    let score = groups.iter().map(String::len).max().unwrap_or(c[0].len());
                    if best.as_ref().is_none_or(|(s, _, _)| score > *s) {
                        best = Some((score, cf.clone(), groups));
                    }
                }
            }
        }
        best.map(|(_, cf, g)| (cf, g)).or_else(|| {
            flows
                .iter()
                .find(|(_, cf)| has(cf, "no_match"))
                .map(|(_, cf)| (cf.clone(), Vec::new()))
        })
    }
    fn owns_number(&self, account: &str, number: &str) -> bool {
        let n = edgepbx_store::numbers::normalize(number.trim());
        let number_of_a_callflow = self.docs(account, "callflows").iter().any(|(_, cf)| {
            cf.get("numbers")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .any(|x| edgepbx_store::numbers::normalize(x) == n)
        });
        !n.is_empty() && (number_of_a_callflow || self.doc(account, "phone_numbers", &n).is_some())
    }
    fn is_registered(&self, _account: &str, device_id: &str) -> bool {
        self.registered.lock().unwrap().contains(device_id)
    }
    fn update(&self, _account: &str, kind: &str, id: &str, edit: Edit) {
        if *self.hold_writes.lock().unwrap() {
            self.held
                .lock()
                .unwrap()
                .push((kind.into(), id.into(), edit));
            return;
        }
        self.apply(kind, id, &edit);
    }
    fn media(&self, _account: &str, id: &str) -> Option<PendingAudio> {
        let audio = self.audio.lock().unwrap().get(id).cloned()?;
        Some(PendingAudio::ready(Some(audio)))
    }
    fn prompt(&self, language: &str, id: &str) -> Option<PendingAudio> {
        let key = (language.to_string(), id.to_string());
        let audio = self.prompts.lock().unwrap().get(&key).cloned()?;
        Some(PendingAudio::ready(Some(audio)))
    }
    fn has_prompt(&self, language: &str, id: &str) -> bool {
        let key = (language.to_string(), id.to_string());
        self.prompts.lock().unwrap().contains_key(&key)
    }
    fn store_audio(&self, _account: &str, id: &str, audio: Arc<[i16]>) {
        self.audio.lock().unwrap().insert(id.into(), audio);
    }
    fn copy_audio(&self, _account: &str, from: &str, to: &str) {
        let mut audio = self.audio.lock().unwrap();
        if let Some(a) = audio.get(from).cloned() {
            audio.insert(to.into(), a);
        }
    }
    fn tts(&self, request: &SpeechRequest) -> Speech {
        let mut speech = self.speech.lock().unwrap();
        speech.asked.push(request.text.to_string());
        match speech.ready.get(request.text) {
            Some(audio) => Speech::Ready(audio.clone()),
            None if speech.renders => {
                // Rendered "in the background": ready the next time it is asked for.
                speech
                    .ready
                    .insert(request.text.to_string(), Arc::from(vec![1000i16; 800]));
                Speech::Pending
            }
            None => Speech::Unavailable,
        }
    }
    fn park(&self, _account: &str, slot: &str, call: Parked) -> bool {
        let mut p = self.parked.lock().unwrap();
        if p.contains_key(slot) {
            return false;
        }
        p.insert(slot.into(), call);
        true
    }
    fn unpark(&self, _account: &str, slot: &str) -> Option<Parked> {
        self.parked.lock().unwrap().remove(slot)
    }
    fn parked(&self, _account: &str) -> Vec<(String, Parked)> {
        self.parked
            .lock()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }
    fn resolve(&self, host: &str, port: u16) -> Option<std::net::SocketAddr> {
        host.parse::<std::net::IpAddr>()
            .ok()
            .map(|ip| std::net::SocketAddr::new(ip, port))
    }
    fn notify(&self, _account: &str, notice: Notice) {
        self.notices.lock().unwrap().push(notice);
    }
    fn new_id(&self) -> String {
        let mut n = self.next_id.lock().unwrap();
        *n += 1;
        format!("{:032x}", *n)
    }
}

/// The caller of every test call: device `dev-alice` owned by user `alice`, ext 1001.
pub fn alice() -> Caller {
    Caller {
        account: ACCOUNT.into(),
        device_id: "dev-alice".into(),
        owner_id: Some("alice".into()),
        name: "Alice".into(),
        number: "1001".into(),
        outside: false,
    }
}

/// One call through the interpreter, with a settable clock.
pub struct TestCall {
    pub flow: Interpreter,
    pub now: Now,
}

impl TestCall {
    /// Looks `number` up as the runtime would and starts the call at `unix`.
    pub fn dial(data: &Arc<MemData>, number: &str, unix: u64) -> (TestCall, FlowCommand) {
        Self::dial_with(data, number, unix, false)
    }

    /// [`TestCall::dial`] as a call that came in from a carrier.
    pub fn dial_from_outside(
        data: &Arc<MemData>,
        number: &str,
        unix: u64,
    ) -> (TestCall, FlowCommand) {
        Self::dial_with(data, number, unix, true)
    }

    fn dial_with(
        data: &Arc<MemData>,
        number: &str,
        unix: u64,
        from_outside: bool,
    ) -> (TestCall, FlowCommand) {
        let (cf, captures) = data
            .lookup(ACCOUNT, number)
            .expect("a callflow for the number");
        let mut call = CallInfo::new(alice(), number, captures);
        call.from_outside = from_outside;
        let shared: Arc<dyn Data> = data.clone();
        let mut t = TestCall {
            flow: Interpreter::new(shared, call, &cf),
            now: Now { mono: 0, unix },
        };
        let first = t.flow.start(t.now);
        (t, first)
    }

    pub fn feed(&mut self, event: FlowEvent) -> FlowCommand {
        self.now.mono += 1000;
        self.flow.event(self.now, event)
    }

    /// The call ends (the caller hung up, or the flow did).
    pub fn end(&mut self) {
        self.now.mono += 1000;
        self.flow.ended(self.now);
    }
}
