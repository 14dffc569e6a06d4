//! The transaction table: matches messages to transactions (RFC 3261 §17.1.3, §17.2.3),
//! runs their timers and queues what must be sent.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, VecDeque};

use super::client::{ClientAction, ClientState, ClientTx};
use super::server::{ServerState, ServerTx};
use super::{Millis, Peer, Timers, Transmit, TxId};
use crate::compact::Compact;
use crate::message::{Message, Method};

/// What an incoming message means for the transaction user.
#[derive(Debug)]
pub enum Incoming {
    /// A new request; answer it with [`TransactionLayer::respond`] (ACKs for 2xx come as
    /// `Ack`, since they have no transaction of their own).
    Request(TxId),
    Ack,
    /// A response for one of our client transactions.
    Response(TxId),
    /// Handled inside the layer (retransmission, ACK of a non-2xx, stray response).
    Absorbed,
}

#[derive(Debug, PartialEq, Eq)]
pub enum TxEvent {
    /// Timer B/F: the peer never gave a final response (or the transport failed).
    ClientTimeout(TxId),
    /// Timer H or L: our final response to an INVITE was never acknowledged.
    ServerTimeout(TxId),
}

pub struct TransactionLayer {
    timers: Timers,
    next_id: u64,
    clients: HashMap<TxId, ClientTx>,
    client_keys: HashMap<(String, String), TxId>,
    servers: HashMap<TxId, ServerTx>,
    server_keys: HashMap<String, TxId>,
    /// (Call-ID, CSeq) of INVITEs answered with 2xx, to stop their retransmission on ACK.
    accepted: HashMap<(String, u32), TxId>,
    heap: BinaryHeap<Reverse<(Millis, TxId)>>,
    out: VecDeque<Transmit>,
    events: VecDeque<TxEvent>,
}

/// RFC 3261 §17.2.3 server key: branch + sent-by + method (ACK matches its INVITE). For
/// RFC 2543 peers without the magic cookie, Call-ID + CSeq + From tag stand in.
fn server_key(msg: &Message) -> Option<String> {
    let via = msg.top_via()?;
    let method = match msg.method()? {
        Method::Ack => "INVITE",
        _ => msg.method_str(),
    };
    let sent_by = format!("{}:{}", via.host, via.port.unwrap_or(0));
    if via.is_rfc3261_branch() {
        Some(format!("{}|{sent_by}|{method}", via.branch()?))
    } else {
        let cseq = msg.cseq()?;
        let tag = msg.from().and_then(|f| f.tag()).unwrap_or("");
        Some(format!(
            "2543|{}|{}|{tag}|{sent_by}|{method}",
            msg.call_id(),
            cseq.number
        ))
    }
}

fn client_key(msg: &Message) -> Option<(String, String)> {
    let branch = msg.top_via()?.branch()?.to_string();
    Some((branch, msg.cseq()?.method.to_string()))
}

impl TransactionLayer {
    pub fn new(timers: Timers) -> TransactionLayer {
        TransactionLayer {
            timers,
            next_id: 1,
            clients: HashMap::new(),
            client_keys: HashMap::new(),
            servers: HashMap::new(),
            server_keys: HashMap::new(),
            accepted: HashMap::new(),
            heap: BinaryHeap::new(),
            out: VecDeque::new(),
            events: VecDeque::new(),
        }
    }

    fn id(&mut self) -> TxId {
        self.next_id += 1;
        TxId(self.next_id)
    }

    pub fn transactions(&self) -> (usize, usize) {
        (self.clients.len(), self.servers.len())
    }

    /// Slots held by the tables (the largest of them): what a burst left behind until
    /// [`TransactionLayer::compact`] gives it back.
    pub fn capacity(&self) -> usize {
        [
            self.clients.capacity(),
            self.client_keys.capacity(),
            self.servers.capacity(),
            self.server_keys.capacity(),
            self.accepted.capacity(),
            self.heap.capacity(),
            self.out.capacity(),
        ]
        .into_iter()
        .max()
        .unwrap_or(0)
    }

    /// Gives back what a burst left: timer entries of finished transactions (each timer
    /// change pushes one, and the stale ones would stay until their time), then the
    /// capacity of every table far below its size. Returns true if memory was released.
    pub fn compact(&mut self) -> bool {
        let live = self.clients.len() + self.servers.len();
        let mut released = false;
        if self.heap.len() > 2 * live + 64 {
            let (clients, servers) = (&self.clients, &self.servers);
            self.heap
                .retain(|Reverse((_, id))| clients.contains_key(id) || servers.contains_key(id));
            released = true;
        }
        released |= self.clients.compact();
        released |= self.client_keys.compact();
        released |= self.servers.compact();
        released |= self.server_keys.compact();
        released |= self.accepted.compact();
        released |= self.heap.compact();
        released |= self.out.compact();
        released |= self.events.compact();
        released
    }

    /// Classifies an incoming message.
    pub fn on_message(&mut self, now: Millis, msg: &Message, peer: Peer) -> Incoming {
        if msg.is_request() {
            self.on_request(now, msg, peer)
        } else {
            self.on_response(now, msg)
        }
    }

    fn on_request(&mut self, now: Millis, msg: &Message, peer: Peer) -> Incoming {
        let Some(key) = server_key(msg) else {
            return Incoming::Absorbed;
        };
        let is_ack = msg.method() == Some(Method::Ack);
        if let Some(&id) = self.server_keys.get(&key) {
            let tx = self.servers.get_mut(&id).expect("keys and table agree");
            if is_ack {
                if tx.state == ServerState::Completed {
                    // ACK of our non-2xx: stop G/H, wait in Confirmed for timer I.
                    tx.state = ServerState::Confirmed;
                    tx.retransmit_at = None;
                    tx.last_response = None;
                    let wait = if tx.peer.transport.is_reliable() {
                        0
                    } else {
                        self.timers.t4
                    };
                    tx.deadline = Some(now + wait);
                    self.heap.push(Reverse((now + wait, id)));
                    return Incoming::Absorbed;
                }
                if tx.state != ServerState::Accepted {
                    return Incoming::Absorbed;
                }
                // An ACK for a 2xx that reuses the INVITE's branch (RFC 2543 style):
                // treat it as the dialog's ACK below.
            } else {
                if let Some(resp) = &tx.last_response
                    && tx.state != ServerState::Accepted
                {
                    self.out.push_back(Transmit {
                        peer: tx.peer,
                        bytes: resp.clone(),
                    });
                    // Keep answering while the client still retransmits.
                    if tx.state == ServerState::Completed && !tx.invite {
                        tx.deadline = tx.deadline.map(|d| d.max(now + self.timers.t4));
                    }
                }
                return Incoming::Absorbed;
            }
        }
        if is_ack {
            if let Some(cseq) = msg.cseq()
                && let Some(id) = self
                    .accepted
                    .remove(&(msg.call_id().to_string(), cseq.number))
                && let Some(tx) = self.servers.get_mut(&id)
            {
                tx.state = ServerState::Terminated;
                tx.retransmit_at = None;
                tx.last_response = None;
                tx.deadline = Some(now);
                self.heap.push(Reverse((now, id)));
            }
            return Incoming::Ack;
        }
        let id = self.id();
        let invite = msg.method() == Some(Method::Invite);
        let mut tx = ServerTx::new(invite, peer, key.clone());
        if invite {
            tx.dialog_key = msg.cseq().map(|c| (msg.call_id().to_string(), c.number));
        }
        self.servers.insert(id, tx);
        self.server_keys.insert(key, id);
        Incoming::Request(id)
    }

    fn on_response(&mut self, now: Millis, msg: &Message) -> Incoming {
        let Some(key) = client_key(msg) else {
            return Incoming::Absorbed;
        };
        let Some(&id) = self.client_keys.get(&key) else {
            return Incoming::Absorbed;
        };
        let tx = self.clients.get_mut(&id).expect("keys and table agree");
        match tx.on_response(msg, now, &self.timers) {
            ClientAction::Deliver => {
                // Entering Completed on a non-2xx final: the transaction ACKs it itself.
                if tx.invite
                    && tx.state == ClientState::Completed
                    && let Some(ack) = &tx.ack
                {
                    self.out.push_back(Transmit {
                        peer: tx.peer,
                        bytes: ack.clone(),
                    });
                }
                self.heap.push(Reverse((tx.next_deadline(), id)));
                Incoming::Response(id)
            }
            ClientAction::Absorb(ack) => {
                if let Some(bytes) = ack {
                    self.out.push_back(Transmit {
                        peer: tx.peer,
                        bytes,
                    });
                }
                Incoming::Absorbed
            }
        }
    }

    /// Sends a request in a new client transaction. `bytes` must carry a unique Via branch.
    pub fn send_request(&mut self, now: Millis, peer: Peer, bytes: Vec<u8>) -> Option<TxId> {
        let msg = crate::message::parse(&bytes).ok()?;
        let key = client_key(&msg)?;
        let invite = msg.method() == Some(Method::Invite);
        let id = self.id();
        let tx = ClientTx::new(invite, peer, bytes.clone(), key.clone(), now, &self.timers);
        self.heap.push(Reverse((tx.next_deadline(), id)));
        self.clients.insert(id, tx);
        self.client_keys.insert(key, id);
        self.out.push_back(Transmit { peer, bytes });
        Some(id)
    }

    /// The runtime's connection to `addr` over `transport` failed: every client transaction
    /// sent there (on the pooled connection, `conn` 0) that still waits for its final answer
    /// ends now with [`TxEvent::ClientTimeout`] (RFC 3261 §17.1.4 treats a transport error as
    /// a timeout).
    pub fn transport_failed(&mut self, transport: super::Transport, addr: std::net::SocketAddr) {
        let mut failed: Vec<TxId> = self
            .clients
            .iter()
            .filter(|(_, tx)| {
                tx.peer.transport == transport
                    && tx.peer.addr == addr
                    && tx.peer.conn == 0
                    && matches!(tx.state, ClientState::Calling | ClientState::Proceeding)
            })
            .map(|(id, _)| *id)
            .collect();
        failed.sort();
        for id in failed {
            self.events.push_back(TxEvent::ClientTimeout(id));
            self.remove_client(id);
        }
    }

    /// Sends a message outside any transaction (the ACK of a 2xx).
    pub fn send_stateless(&mut self, peer: Peer, bytes: Vec<u8>) {
        self.out.push_back(Transmit { peer, bytes });
    }

    /// Sends a response in server transaction `id`. Returns false if it is gone or final.
    pub fn respond(&mut self, now: Millis, id: TxId, code: u16, bytes: Vec<u8>) -> bool {
        let Some(tx) = self.servers.get_mut(&id) else {
            return false;
        };
        let bytes = super::via_stamp::stamp(bytes, tx.peer.addr);
        if !tx.on_send(code, bytes.clone(), now, &self.timers) {
            return false;
        }
        if code >= 200 {
            if tx.state == ServerState::Accepted
                && let Some(key) = tx.dialog_key.clone()
            {
                self.accepted.insert(key, id);
            }
            if let Some(d) = tx.next_deadline() {
                self.heap.push(Reverse((d, id)));
            }
        }
        self.out.push_back(Transmit {
            peer: tx.peer,
            bytes,
        });
        true
    }

    /// The peer a server transaction answers to.
    pub fn server_peer(&self, id: TxId) -> Option<Peer> {
        self.servers.get(&id).map(|t| t.peer)
    }

    /// True while server transaction `id` still waits for its final response.
    pub fn is_pending(&self, id: TxId) -> bool {
        self.servers
            .get(&id)
            .is_some_and(|t| t.state == ServerState::Proceeding)
    }

    /// Looks up the INVITE server transaction a CANCEL refers to (same branch).
    pub fn invite_for_cancel(&self, cancel: &Message) -> Option<TxId> {
        let key = server_key(cancel)?;
        let invite_key = format!("{}INVITE", key.strip_suffix("CANCEL")?);
        self.server_keys.get(&invite_key).copied()
    }

    pub fn next_timeout(&self) -> Option<Millis> {
        self.heap.peek().map(|Reverse((t, _))| *t)
    }

    pub fn poll_transmit(&mut self) -> Option<Transmit> {
        self.out.pop_front()
    }

    pub fn poll_event(&mut self) -> Option<TxEvent> {
        self.events.pop_front()
    }

    /// Runs every timer due at `now`.
    pub fn handle_timeout(&mut self, now: Millis) {
        while let Some(&Reverse((at, id))) = self.heap.peek() {
            if at > now {
                break;
            }
            self.heap.pop();
            if self.clients.contains_key(&id) {
                self.client_timer(now, id);
            } else if self.servers.contains_key(&id) {
                self.server_timer(now, id);
            }
        }
    }

    fn client_timer(&mut self, now: Millis, id: TxId) {
        let t2 = self.timers.t2;
        let tx = self.clients.get_mut(&id).expect("checked");
        if now >= tx.deadline {
            if matches!(tx.state, ClientState::Calling | ClientState::Proceeding) {
                self.events.push_back(TxEvent::ClientTimeout(id));
            }
            tx.state = ClientState::Terminated;
            self.remove_client(id);
            return;
        }
        if let Some(at) = tx.retransmit_at
            && now >= at
        {
            self.out.push_back(Transmit {
                peer: tx.peer,
                bytes: tx.request.clone(),
            });
            tx.interval = if tx.invite {
                tx.interval * 2
            } else {
                (tx.interval * 2).min(t2)
            };
            tx.retransmit_at = Some(now + tx.interval);
        }
        self.heap.push(Reverse((tx.next_deadline(), id)));
    }

    fn server_timer(&mut self, now: Millis, id: TxId) {
        let t2 = self.timers.t2;
        let tx = self.servers.get_mut(&id).expect("checked");
        if tx.deadline.is_some_and(|d| now >= d) {
            if matches!(tx.state, ServerState::Completed | ServerState::Accepted) && tx.invite {
                self.events.push_back(TxEvent::ServerTimeout(id));
            }
            self.remove_server(id);
            return;
        }
        if let Some(at) = tx.retransmit_at
            && now >= at
            && let Some(resp) = &tx.last_response
        {
            self.out.push_back(Transmit {
                peer: tx.peer,
                bytes: resp.clone(),
            });
            tx.interval = (tx.interval * 2).min(t2);
            tx.retransmit_at = Some(now + tx.interval);
        }
        if let Some(d) = tx.next_deadline() {
            self.heap.push(Reverse((d, id)));
        }
    }

    fn remove_client(&mut self, id: TxId) {
        if let Some(tx) = self.clients.remove(&id) {
            self.client_keys.remove(&tx.key);
        }
    }

    fn remove_server(&mut self, id: TxId) {
        if let Some(tx) = self.servers.remove(&id) {
            self.server_keys.remove(&tx.key);
            if let Some(key) = tx.dialog_key {
                self.accepted.remove(&key);
            }
        }
    }
}
