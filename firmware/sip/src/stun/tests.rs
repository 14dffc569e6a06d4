use super::*;

/// The transaction id of RFC 5769's sample responses.
const TX: [u8; 12] = [
    0xb7, 0xe7, 0xa7, 0x01, 0xbc, 0x34, 0xd6, 0x86, 0xfa, 0x87, 0xdf, 0xae,
];

fn hex(s: &str) -> Vec<u8> {
    let s: String = s.split_whitespace().collect();
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

/// RFC 5769 §2.2: SOFTWARE, XOR-MAPPED-ADDRESS 192.0.2.1:32853, MESSAGE-INTEGRITY and
/// FINGERPRINT (the last two are not checked by the box: it trusts its own server).
fn rfc5769_ipv4() -> Vec<u8> {
    hex("0101 003c 2112a442 b7e7a701 bc34d686 fa87dfae
         8022 000b 74657374 20766563 746f7220
         0020 0008 0001 a147 e112a643
         0008 0014 2b91f599 fd9e90c3 8c7489f9 2af9ba53 f06be7d7
         8028 0004 c07d4c96")
}

/// A success with only XOR-MAPPED-ADDRESS 2001:db8:1234:5678:11:2233:4455:6677:32853
/// (the attribute of RFC 5769 §2.3).
fn ipv6_answer() -> Vec<u8> {
    hex("0101 0018 2112a442 b7e7a701 bc34d686 fa87dfae
         0020 0014 0002 a147 0113a9fa a5d3f179 bc25f4b5 bed2b9d9")
}

fn answer_with(ip: [u8; 4], tx: [u8; 12]) -> Vec<u8> {
    let mut m = vec![0x01, 0x01, 0x00, 0x0c];
    m.extend(MAGIC_COOKIE.to_be_bytes());
    m.extend(tx);
    m.extend([0x00, 0x20, 0x00, 0x08, 0x00, 0x01, 0xa1, 0x47]);
    let cookie = MAGIC_COOKIE.to_be_bytes();
    m.extend(ip.iter().zip(cookie).map(|(b, c)| b ^ c));
    m
}

#[test]
fn a_request_is_a_binding_with_the_cookie_and_the_transaction() {
    let r = binding_request(TX);
    assert_eq!(&r[..8], &hex("0001 0000 2112a442")[..]);
    assert_eq!(&r[8..], &TX);
}

#[test]
fn the_rfc_5769_responses_give_their_mapped_addresses() {
    assert_eq!(
        parse_answer(&rfc5769_ipv4(), &TX),
        Ok(Answer::Mapped("192.0.2.1:32853".parse().unwrap()))
    );
    assert_eq!(
        parse_answer(&ipv6_answer(), &TX),
        Ok(Answer::Mapped(
            "[2001:db8:1234:5678:11:2233:4455:6677]:32853"
                .parse()
                .unwrap()
        ))
    );
}

#[test]
fn an_error_response_gives_its_code_and_reason() {
    let mut m = hex("0111 0010 2112a442 b7e7a701 bc34d686 fa87dfae 0009 000b 0000 0400");
    m.extend(b"Bad Req\0");
    assert_eq!(
        parse_answer(&m, &TX),
        Ok(Answer::Error(400, "Bad Req".into()))
    );
}

#[test]
fn foreign_truncated_and_malformed_packets_are_not_answers() {
    let good = rfc5769_ipv4();
    let mut other_tx = TX;
    other_tx[0] ^= 1;
    assert!(parse_answer(&good, &other_tx).is_err());
    assert!(
        parse_answer(&good[..30], &TX).is_err(),
        "length past the end"
    );
    assert!(parse_answer(b"SIP/2.0 200 OK\r\n\r\n", &TX).is_err());
    let mut no_cookie = good.clone();
    no_cookie[4] = 0;
    assert!(parse_answer(&no_cookie, &TX).is_err());
    // An attribute claiming more than the message holds.
    let mut long_attr = hex("0101 0008 2112a442 b7e7a701 bc34d686 fa87dfae 0020 0040 0001 a147");
    long_attr.truncate(28);
    assert!(parse_answer(&long_attr, &TX).is_err());
    // A success without any mapped address.
    let empty = hex("0101 0000 2112a442 b7e7a701 bc34d686 fa87dfae");
    assert!(parse_answer(&empty, &TX).is_err());
    // An address of an unknown family.
    let bad_family =
        hex("0101 000c 2112a442 b7e7a701 bc34d686 fa87dfae 0020 0008 0003 a147 e112a643");
    assert!(parse_answer(&bad_family, &TX).is_err());
}

#[test]
fn an_unanswered_query_is_sent_seven_times_on_the_rfc_schedule_then_retried_later() {
    let mut c = StunClient::new(0);
    let mut sent_at = Vec::new();
    let mut now = 0;
    while now <= 100_000 && c.poll_event().is_none() {
        if c.poll_transmit(now, TX).is_some() {
            sent_at.push(now);
        }
        now += 10;
    }
    assert_eq!(sent_at, [0, 500, 1500, 3500, 7500, 15500, 31500]);
    // Given up 16 RTOs after the last send; the next query waits RETRY_MS.
    assert_eq!(now, 39_510);
    assert_eq!(c.next_timeout(), 39_500 + RETRY_MS);
    assert!(c.poll_transmit(39_500 + RETRY_MS - 10, TX).is_none());
    assert!(c.poll_transmit(39_500 + RETRY_MS, TX).is_some());
}

#[test]
fn the_address_is_reported_when_found_and_when_it_changes_only() {
    let mut c = StunClient::new(0);
    let tx2 = [7u8; 12];
    assert!(c.poll_transmit(0, TX).is_some());
    // An answer to another transaction is ignored.
    c.handle_input(10, &answer_with([198, 51, 100, 7], tx2));
    assert_eq!(c.poll_event(), None);
    c.handle_input(20, &answer_with([198, 51, 100, 7], TX));
    assert_eq!(c.poll_event(), Some(Event::Found([198, 51, 100, 7].into())));
    assert_eq!(c.next_timeout(), 20 + REFRESH_MS);
    // The refresh finds the same address: nothing to report.
    let t = 20 + REFRESH_MS;
    assert!(c.poll_transmit(t, tx2).is_some());
    c.handle_input(t + 5, &answer_with([198, 51, 100, 7], tx2));
    assert_eq!(c.poll_event(), None);
    // The router got a new address.
    let t = t + 5 + REFRESH_MS;
    assert!(c.poll_transmit(t, TX).is_some());
    c.handle_input(t + 5, &answer_with([198, 51, 100, 8], TX));
    assert_eq!(c.poll_event(), Some(Event::Found([198, 51, 100, 8].into())));
    assert_eq!(c.found(), Some([198, 51, 100, 8].into()));
}

#[test]
fn an_error_answer_fails_the_query_and_keeps_the_last_address() {
    let mut c = StunClient::new(0);
    assert!(c.poll_transmit(0, TX).is_some());
    c.handle_input(5, &answer_with([198, 51, 100, 7], TX));
    let _ = c.poll_event();
    let t = 5 + REFRESH_MS;
    assert!(c.poll_transmit(t, TX).is_some());
    let mut m = hex("0111 000c 2112a442 b7e7a701 bc34d686 fa87dfae 0009 0008 0000 0500");
    m.extend(b"Oops");
    c.handle_input(t + 1, &m);
    assert_eq!(
        c.poll_event(),
        Some(Event::Failed("STUN error 500 Oops".into()))
    );
    assert_eq!(c.found(), Some([198, 51, 100, 7].into()));
    assert_eq!(c.next_timeout(), t + 1 + RETRY_MS);
}
