//! Digest replay: a sniffed `Authorization` header replayed from another address gets a
//! fresh (stale) challenge and nothing else; a phone that reuses its nonce with a higher
//! nonce count is served; a digest `uri` that is not the Request-URI is a 400.

use super::*;

const MALLORY: u16 = 6066;

fn from_mallory(w: &mut World, text: &str) -> Vec<Message> {
    let attacker = Peer {
        transport: Transport::Udp,
        addr: SocketAddr::from(([192, 0, 2, 66], MALLORY)),
        conn: 0,
    };
    w.engine.handle_bytes(w.now, attacker, text.as_bytes());
    w.collect();
    w.take(MALLORY)
}

fn invites_to_bob(w: &mut World) -> usize {
    w.take(BOB)
        .iter()
        .filter(|m| m.method_str() == "INVITE")
        .count()
}

#[test]
fn a_replayed_register_adds_no_binding() {
    let mut w = World::new();
    let _ = call_bob(&mut w); // registers Bob with an authenticated REGISTER
    let uri = format!("sip:{REALM}");
    w.send(
        BOB,
        &request("REGISTER", &uri, "101", "reg9", 1, "r9", BOB, "", ""),
    );
    let challenge = w.last_to(BOB);
    let auth = answer_challenge(&challenge, "101", "REGISTER", &uri);
    let register = request(
        "REGISTER",
        &uri,
        "101",
        "reg9",
        2,
        "r10",
        BOB,
        &format!("Expires: 600\r\n{auth}"),
        "",
    );
    w.send(BOB, &register);
    assert_eq!(w.last_to(BOB).status(), Some(200));
    // The same header, from elsewhere, binding the attacker's contact.
    let replay = register
        .replace("192.0.2.10", "192.0.2.66")
        .replace(&format!(":{BOB}"), &format!(":{MALLORY}"))
        .replace("reg9", "evil1");
    let answer = from_mallory(&mut w, &replay);
    assert_eq!(answer.last().unwrap().status(), Some(401), "{answer:?}");
    let www = answer[0].header(HeaderName::WwwAuthenticate).unwrap();
    assert!(www.contains("stale=true"), "{www}");
    let contacts: Vec<String> = w
        .engine
        .registration_list()
        .into_iter()
        .map(|(_, b)| b.contact)
        .collect();
    assert!(
        contacts.iter().all(|c| !c.contains("192.0.2.66")),
        "{contacts:?}"
    );
}

#[test]
fn a_replayed_invite_is_challenged_and_never_routed() {
    let mut w = World::new();
    let _ = call_bob(&mut w);
    let uri = format!("sip:101@{REALM}");
    w.send(
        ALICE,
        &request(
            "INVITE",
            &uri,
            "100",
            "c2",
            1,
            "c2a",
            ALICE,
            "",
            &sdp(4000, ""),
        ),
    );
    let challenge = w.last_to(ALICE);
    let auth = answer_challenge(&challenge, "100", "INVITE", &uri);
    let invite = request(
        "INVITE",
        &uri,
        "100",
        "c2",
        2,
        "c2b",
        ALICE,
        &auth,
        &sdp(4000, ""),
    );
    w.send(ALICE, &invite);
    assert_eq!(invites_to_bob(&mut w), 1);
    // Unchanged header, new Call-ID and branch, another address.
    let replay = invite
        .replace("192.0.2.10", "192.0.2.66")
        .replace(&format!(":{ALICE}"), &format!(":{MALLORY}"))
        .replace("c2", "evil2");
    let answer = from_mallory(&mut w, &replay);
    assert!(answer.iter().any(|m| m.status() == Some(401)), "{answer:?}");
    assert_eq!(invites_to_bob(&mut w), 0);
    // The header sent to another number: the digest uri no longer names the request.
    let redirected = replay
        .replacen(&uri, "sip:011442071234567@pbx.test", 1)
        .replace("evil2", "evil3");
    let answer = from_mallory(&mut w, &redirected);
    let last = answer.last().unwrap();
    assert_eq!(
        (last.status(), last.reason()),
        (Some(400), "Digest URI Mismatch")
    );
    assert_eq!(invites_to_bob(&mut w), 0);
}

#[test]
fn a_phone_reusing_its_nonce_with_a_higher_count_is_served() {
    let mut w = World::new();
    let _ = call_bob(&mut w);
    let uri = format!("sip:101@{REALM}");
    w.send(
        ALICE,
        &request(
            "INVITE",
            &uri,
            "100",
            "c3",
            1,
            "c3a",
            ALICE,
            "",
            &sdp(4000, ""),
        ),
    );
    let challenge = w.last_to(ALICE);
    let auth = answer_challenge(&challenge, "100", "INVITE", &uri);
    w.send(
        ALICE,
        &request(
            "INVITE",
            &uri,
            "100",
            "c3",
            2,
            "c3b",
            ALICE,
            &auth,
            &sdp(4000, ""),
        ),
    );
    assert_eq!(invites_to_bob(&mut w), 1);
    // A second call, same nonce, nc 2 (computed afresh, as a phone does).
    let creds =
        crate::auth::Credentials::parse(auth.trim_start_matches("Authorization: ").trim()).unwrap();
    let mut next = creds.clone();
    next.nc = Some("00000002".into());
    next.response = crate::auth::response(crate::auth::Algorithm::Md5, &next, "INVITE", "s100");
    let header = format!(
        "Authorization: Digest username=\"100\", realm=\"{REALM}\", nonce=\"{}\", uri=\"{uri}\", response=\"{}\", algorithm=MD5, qop=auth, nc=00000002, cnonce=\"abc\"\r\n",
        next.nonce, next.response
    );
    w.send(
        ALICE,
        &request(
            "INVITE",
            &uri,
            "100",
            "c4",
            1,
            "c4a",
            ALICE,
            &header,
            &sdp(4000, ""),
        ),
    );
    assert_eq!(invites_to_bob(&mut w), 1, "{:?}", w.take(ALICE));
}
