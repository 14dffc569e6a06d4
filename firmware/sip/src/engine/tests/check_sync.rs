//! check-sync: the box tells a registered phone to fetch its provisioning files again.

use super::*;

#[test]
fn a_registered_phone_gets_the_check_sync_notify() {
    let mut w = World::new();
    assert_eq!(w.engine.check_sync(w.now, "acc", "d101", "check-sync"), 0);
    register_bob(&mut w);
    let sent = w
        .engine
        .check_sync(w.now, "acc", "d101", "check-sync;reboot=false");
    assert_eq!(sent, 1);
    w.collect();
    let notify = w.last_to(BOB);
    assert_eq!(notify.method_str(), "NOTIFY");
    assert_eq!(
        notify.header_named("Event"),
        Some("check-sync;reboot=false")
    );
    assert_eq!(
        notify.header_named("Subscription-State"),
        Some("terminated")
    );
    // Another device of the account, or of another account, is not told.
    assert_eq!(w.engine.check_sync(w.now, "acc", "d102", "check-sync"), 0);
    assert_eq!(w.engine.check_sync(w.now, "other", "d101", "check-sync"), 0);
}
