use super::*;
use aes::cipher::KeyInit;

fn hex(s: &str) -> Vec<u8> {
    let s: String = s.split_whitespace().collect();
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

fn master(s: &str) -> [u8; MASTER_LEN] {
    hex(s).try_into().unwrap()
}

const KEY: &str = "e1f97a0d3e018be0d64fa32c06de4139 0ec675ad498afeebb6960b3aabe6";

#[test]
fn key_derivation_matches_rfc3711_b3() {
    let m = master(KEY);
    let (mk, ms) = (m[..16].try_into().unwrap(), m[16..].try_into().unwrap());
    let mut enc = [0u8; 16];
    kdf::derive(mk, ms, 0, &mut enc);
    assert_eq!(enc.to_vec(), hex("C61E7A93744F39EE10734AFE3FF7A087"));
    let mut salt = [0u8; 14];
    kdf::derive(mk, ms, 2, &mut salt);
    assert_eq!(salt.to_vec(), hex("30CBBC08863D8C85D49DB34A9AE1"));
    let mut auth = [0u8; 20];
    kdf::derive(mk, ms, 1, &mut auth);
    assert_eq!(
        auth.to_vec(),
        hex("CEBE321F6FF7716B6FD4AB49AF256A156D38BAA4")
    );
}

#[test]
fn counter_mode_matches_rfc3711_b2() {
    let cipher = Aes128::new(GenericArray::from_slice(&hex(
        "2B7E151628AED2A6ABF7158809CF4F3C",
    )));
    let iv: [u8; 16] = hex("F0F1F2F3F4F5F6F7F8F9FAFBFCFD0000").try_into().unwrap();
    let mut ks = [0u8; 48];
    kdf::keystream_xor(&cipher, iv, &mut ks);
    assert_eq!(
        ks.to_vec(),
        hex(
            "E03EAD0935C95E80E166B16DD92B4EB4 D23513162B02D0F72A43A2FE4A5F97AB
             41E95B3BB0A2E8DD477901E4FCA894C0"
        )
    );
}

/// The packet libsrtp's own driver protects with this key (srtp_driver.c), byte for byte.
#[test]
fn protects_like_libsrtp() {
    let mut c = Context::new(Suite::AesCm128HmacSha1_80, &master(KEY));
    let plain = hex("800f1234decafbadcafebabeabababababababababababababababab");
    let mut buf = [0u8; 64];
    buf[..plain.len()].copy_from_slice(&plain);
    let n = c.protect_rtp(&mut buf, plain.len()).unwrap();
    assert_eq!(
        buf[..n].to_vec(),
        hex("800f1234decafbadcafebabe4e55dc4ce79978d88ca4d215949d2402b78d6acc99ea179b8dbb")
    );
    let mut rx = Context::new(Suite::AesCm128HmacSha1_80, &master(KEY));
    assert_eq!(rx.unprotect_rtp(&mut buf, n), Ok(plain.len()));
    assert_eq!(buf[..plain.len()].to_vec(), plain);
}

fn rtp(seq: u16, ssrc: u32, payload: &[u8], buf: &mut [u8]) -> usize {
    buf[..12].copy_from_slice(&[0x80, 0, 0, 0, 0, 0, 0, 160, 0, 0, 0, 0]);
    buf[2..4].copy_from_slice(&seq.to_be_bytes());
    buf[8..12].copy_from_slice(&ssrc.to_be_bytes());
    buf[12..12 + payload.len()].copy_from_slice(payload);
    12 + payload.len()
}

#[test]
fn round_trip_across_a_sequence_wrap_with_both_suites() {
    for suite in [Suite::AesCm128HmacSha1_80, Suite::AesCm128HmacSha1_32] {
        let key = master(KEY);
        let (mut tx, mut rx) = (Context::new(suite, &key), Context::new(suite, &key));
        let mut buf = [0u8; 256];
        for k in 0..200u32 {
            let seq = 65500u16.wrapping_add(k as u16);
            let payload = [k as u8; 160];
            let n = rtp(seq, 7, &payload, &mut buf);
            let sealed = tx.protect_rtp(&mut buf, n).unwrap();
            assert_eq!(sealed, n + suite.rtp_tag_len());
            assert_ne!(buf[12..172], payload);
            assert_eq!(rx.unprotect_rtp(&mut buf, sealed), Ok(n), "{suite:?} {k}");
            assert_eq!(buf[12..172], payload);
        }
    }
}

#[test]
fn altered_replayed_and_wrong_key_packets_are_refused() {
    let key = master(KEY);
    let mut tx = Context::new(Suite::AesCm128HmacSha1_80, &key);
    let mut rx = Context::new(Suite::AesCm128HmacSha1_80, &key);
    let mut buf = [0u8; 256];
    let n = rtp(1, 9, &[1; 20], &mut buf);
    let sealed = tx.protect_rtp(&mut buf, n).unwrap();
    let copy = buf;
    buf[20] ^= 1;
    assert_eq!(
        rx.unprotect_rtp(&mut buf, sealed),
        Err(SrtpError::AuthFailed)
    );
    buf = copy;
    assert_eq!(rx.unprotect_rtp(&mut buf, sealed), Ok(n));
    buf = copy;
    assert_eq!(rx.unprotect_rtp(&mut buf, sealed), Err(SrtpError::Replayed));
    let mut other = key;
    other[0] ^= 1;
    let mut stranger = Context::new(Suite::AesCm128HmacSha1_80, &other);
    let mut buf2 = [0u8; 256];
    let n = rtp(2, 9, &[1; 20], &mut buf2);
    let sealed = tx.protect_rtp(&mut buf2, n).unwrap();
    assert_eq!(
        stranger.unprotect_rtp(&mut buf2, sealed),
        Err(SrtpError::AuthFailed)
    );
    assert_eq!(rx.unprotect_rtp(&mut buf2, 5), Err(SrtpError::Malformed));
    let mut full = [0u8; 30];
    let n = rtp(3, 9, &[0; 18], &mut full);
    assert_eq!(tx.protect_rtp(&mut full, n), Err(SrtpError::NoRoom));
}

#[test]
fn late_packets_within_the_window_pass_once() {
    let key = master(KEY);
    let mut tx = Context::new(Suite::AesCm128HmacSha1_32, &key);
    let mut rx = Context::new(Suite::AesCm128HmacSha1_32, &key);
    let mut sealed = Vec::new();
    for seq in 100..110u16 {
        let mut buf = [0u8; 64];
        let n = rtp(seq, 1, &[seq as u8; 8], &mut buf);
        let m = tx.protect_rtp(&mut buf, n).unwrap();
        sealed.push((buf, m));
    }
    for i in [0usize, 5, 3, 9, 1] {
        let (mut b, m) = sealed[i];
        assert!(rx.unprotect_rtp(&mut b, m).is_ok(), "{i}");
        let (mut b, m) = sealed[i];
        assert_eq!(rx.unprotect_rtp(&mut b, m), Err(SrtpError::Replayed));
    }
}

#[test]
fn srtcp_round_trip_and_refusals() {
    let key = master(KEY);
    let mut tx = Context::new(Suite::AesCm128HmacSha1_32, &key);
    let mut rx = Context::new(Suite::AesCm128HmacSha1_32, &key);
    // A receiver report with one block.
    let rr = hex("81c90007 00000001 00000002 00000000 00000000 00000000 00000000 00000000");
    let mut buf = [0u8; 128];
    buf[..rr.len()].copy_from_slice(&rr);
    let n = tx.protect_rtcp(&mut buf, rr.len()).unwrap();
    assert_eq!(n, rr.len() + 14);
    assert_ne!(buf[8..rr.len()], rr[8..]);
    let copy = buf;
    assert_eq!(rx.unprotect_rtcp(&mut buf, n), Ok(rr.len()));
    assert_eq!(buf[..rr.len()], rr[..]);
    let mut again = copy;
    assert_eq!(rx.unprotect_rtcp(&mut again, n), Err(SrtpError::Replayed));
    let mut bad = copy;
    bad[9] ^= 0x80;
    assert_eq!(rx.unprotect_rtcp(&mut bad, n), Err(SrtpError::AuthFailed));
    assert_eq!(rx.unprotect_rtcp(&mut bad, 20), Err(SrtpError::Malformed));
}

#[test]
fn suite_names() {
    assert_eq!(
        Suite::from_name("aes_cm_128_hmac_sha1_32"),
        Some(Suite::AesCm128HmacSha1_32)
    );
    assert_eq!(Suite::from_name("AEAD_AES_256_GCM"), None);
}
