//! Flat memory: after a burst of authenticated REGISTERs the transaction table, its timer
//! heap and the used-nonce table give their room back at housekeeping, in virtual time.

use super::*;

const BURST: u32 = 3000;

fn register_once(w: &mut World, n: u32) {
    let uri = format!("sip:{REALM}");
    let call_id = format!("burst{n}");
    w.send(
        ALICE,
        &request(
            "REGISTER",
            &uri,
            "100",
            &call_id,
            1,
            &format!("a{n}"),
            ALICE,
            "",
            "",
        ),
    );
    let challenge = w.last_to(ALICE);
    assert_eq!(challenge.status(), Some(401));
    let auth = answer_challenge(&challenge, "100", "REGISTER", &uri);
    w.send(
        ALICE,
        &request(
            "REGISTER",
            &uri,
            "100",
            &call_id,
            2,
            &format!("b{n}"),
            ALICE,
            &format!("Expires: 600\r\n{auth}"),
            "",
        ),
    );
    assert_eq!(w.last_to(ALICE).status(), Some(200));
}

#[test]
fn tables_shrink_after_a_register_burst() {
    let mut w = World::new();
    let idle = w.engine.table_capacity();
    for n in 0..BURST {
        register_once(&mut w, n);
    }
    let peak = w.engine.table_capacity();
    let (_, servers) = w.engine.transactions();
    assert_eq!(
        servers,
        2 * BURST as usize,
        "all answered, none finished yet"
    );
    assert!(peak.transactions >= 2 * BURST as usize, "{peak:?}");
    assert!(peak.nonces >= BURST as usize, "{peak:?}");
    let compactions = w.engine.compactions();

    // The answers are kept for T4 (5 s); housekeeping runs every second.
    w.advance(10_000);
    assert_eq!(w.engine.transactions(), (0, 0));
    let after = w.engine.table_capacity();
    assert!(
        after.transactions <= 64.max(idle.transactions),
        "transaction tables keep {} slots after the burst ({peak:?})",
        after.transactions
    );
    assert!(w.engine.compactions() > compactions);
    assert!(w.engine.is_registered("acc", "d100", w.now.mono));

    // Used nonces are kept as long as the nonces are valid (5 minutes).
    w.advance(302_000);
    let after = w.engine.table_capacity();
    assert!(
        after.nonces <= 64,
        "the used-nonce table keeps {} slots ({peak:?})",
        after.nonces
    );
}
