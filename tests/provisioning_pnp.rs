//! SIP plug-and-play through the real binary and SIPp: in a network namespace the test
//! creates (loopback with multicast on and the 224.0.0.0/4 route), the box listens on its
//! defaults, SIP on 0.0.0.0:5060 and PnP on 224.0.1.75:5060 side by side, and a SIPp phone's
//! multicast `SUBSCRIBE` (Event: ua-profile) gets exactly the 200 and the in-dialog NOTIFY
//! with the provisioning URL (tests/sipp/pnp_subscribe.xml); a second response from the SIP
//! listener would fail the scenario.

use std::process::Command;

const SCRIPT: &str = r#"
set -e
ip link set lo up
ip link set lo multicast on
ip route add 224.0.0.0/4 dev lo
"$EDGEPBX" run --data "$DIR/data" --http 127.0.0.1:18000 --https off --sip 0.0.0.0:5060 \
    --sips 127.0.0.1:5061 --rtp-ports 20000-20100 >"$DIR/out" 2>"$DIR/log" &
pbx=$!
trap 'kill $pbx 2>/dev/null; wait $pbx 2>/dev/null || true' EXIT
# Ready is a line in the log; bounded wait for it.
for _ in $(seq 600); do
    grep -q "edgepbx ready" "$DIR/log" && break
    kill -0 $pbx
    sleep 0.05
done
grep -q "answering ua-profile" "$DIR/log"
set +e
sipp 224.0.1.75:5060 -sf "$SCENARIO" -i 127.0.0.1 -p 5070 -m 1 -timeout 15 -timeout_error \
    -nostdin -trace_err -error_file "$DIR/sipp_errors.log" >"$DIR/sipp_out" 2>&1
rc=$?
cat "$DIR/sipp_errors.log" "$DIR/sipp_out" >&2 2>/dev/null
grep -q "pnp: phone pointed at the provisioning URL" "$DIR/log" || { cat "$DIR/log" >&2; exit 3; }
exit $rc
"#;

#[test]
fn a_multicast_subscribe_gets_the_200_and_the_provisioning_url() {
    let dir = tempfile::tempdir().expect("temp dir");
    let scenario = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/sipp/pnp_subscribe.xml");
    let out = Command::new("unshare")
        .args(["--user", "--map-root-user", "--net", "sh", "-c", SCRIPT])
        .env("EDGEPBX", env!("CARGO_BIN_EXE_edgepbx"))
        .env("EDGEPBX_ADMIN_PASSWORD", "pnp-test-admin-pw")
        .env("DIR", dir.path())
        .env("SCENARIO", scenario)
        .output()
        .expect("unshare (util-linux) runs");
    assert!(
        out.status.success(),
        "status {:?}\n{}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
