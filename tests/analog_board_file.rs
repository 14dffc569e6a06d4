//! `edgepbx run --board FILE` with line hardware that is not there: a board file naming SPI
//! devices and GPIO chips that do not exist. The box starts, logs an error naming each port,
//! shows the ports down (with that error) in `GET /v2/accounts/{A}/analog_ports`, and its
//! SIP side answers.

mod common;

use std::net::UdpSocket;
use std::time::Duration;

use common::Pbx;
use serde_json::json;

fn board_file(dir: &std::path::Path) -> std::path::PathBuf {
    let absent = format!("edgepbx-test-absent-{}", std::process::id());
    let text = format!(
        r#"
        country = "de"
        [pcm]
        device = "hw:97,3"
        slots = 2
        [[port]]
        name = "fxs1"
        chip = "si3215"
        spi = "/dev/spidev-{absent}.0"
        reset = {{ chip = "/dev/gpiochip-{absent}", line = 1 }}
        pcm_slot = 0
        [[port]]
        name = "fxo1"
        chip = "si3050"
        spi = "/dev/spidev-{absent}.1"
        reset = {{ chip = "/dev/gpiochip-{absent}", line = 2 }}
        pcm_slot = 1
        "#
    );
    let path = dir.join("board.toml");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn missing_line_hardware_leaves_its_ports_down_and_the_box_running() {
    let dir = tempfile::tempdir().unwrap();
    let board = board_file(dir.path());
    let spec = format!("{},did1=5551000", board.display());
    let pbx = Pbx::start_with(&dir.path().join("data"), &["--board", &spec]);

    for port in ["fxs1", "fxo1"] {
        let wanted = format!("port {port}: cannot open SPI device /dev/spidev-");
        assert!(
            pbx.startup_log.iter().any(|l| l.contains(&wanted)),
            "no start-up error naming {port}: {:#?}",
            pbx.startup_log
        );
    }

    let admin = pbx.admin();
    let reply = admin.get(&admin.url("analog_ports"));
    assert_eq!(reply.status, 200, "{}", reply.text());
    let rows = reply.data();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 2, "{rows:?}");
    for (row, (name, kind)) in rows.iter().zip([("fxs1", "fxs"), ("fxo1", "fxo")]) {
        assert_eq!(row["name"], name);
        assert_eq!(row["kind"], kind);
        assert_eq!(row["state"], "down", "{row}");
        let alarm = row["alarm"].as_str().unwrap_or_default();
        assert!(
            alarm.starts_with(&format!("port {name}: cannot open SPI device")),
            "{row}"
        );
    }

    // A sub-account's administrator sees none of the box's ports (no device of its own
    // names one); a wrong method is refused.
    let child = common::id_of(&admin.put(&admin.url(""), json!({"name": "tenant"})));
    let reply = admin.get(&format!("/v2/accounts/{child}/analog_ports"));
    assert_eq!(reply.status, 200, "{}", reply.text());
    assert_eq!(reply.data(), json!([]));
    let reply = admin.put(&admin.url("analog_ports"), json!({}));
    assert_eq!(reply.status, 405, "{}", reply.text());
    // A user who is not an administrator may not look.
    let user = pbx.user_client(&admin, "plainuser", "user");
    assert_eq!(user.get(&user.url("analog_ports")).status, 403);

    // The SIP side runs: an OPTIONS gets an answer.
    let sock = UdpSocket::bind("127.0.0.1:0").unwrap();
    sock.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let local = sock.local_addr().unwrap();
    let options = format!(
        "OPTIONS sip:{sip} SIP/2.0\r\nVia: SIP/2.0/UDP {local};branch=z9hG4bK-board1\r\n\
         Max-Forwards: 70\r\nFrom: <sip:probe@127.0.0.1>;tag=b1\r\nTo: <sip:{sip}>\r\n\
         Call-ID: board-file-probe\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n",
        sip = pbx.sip
    );
    sock.send_to(options.as_bytes(), pbx.sip).unwrap();
    let mut buf = [0u8; 4096];
    let (len, _) = sock.recv_from(&mut buf).expect("no SIP answer");
    assert!(
        buf[..len].starts_with(b"SIP/2.0 "),
        "{}",
        String::from_utf8_lossy(&buf[..len])
    );
}
