//! Polycom client certificates: each Polycom phone carries a factory certificate from the
//! Polycom CA naming its MAC. Where the box is given that CA (`polycom_ca`), the HTTPS
//! listener asks for the certificate and verifies its chain (rustls); here the verified
//! end-entity certificate's MAC (subject common name or a subjectAltName entry) must equal
//! the MAC of the file asked for.
//!
//! A small DER walk rather than an X.509 crate: only the subject and one extension are read
//! from a certificate rustls has already parsed and verified, and the box is a static binary
//! for small ARM boards (x509-parser would add asn1-rs, der-parser, nom and oid-registry).

use crate::Error;
use crate::mac;

const SEQUENCE: u8 = 0x30;
const SET: u8 = 0x31;
const OID: u8 = 0x06;
const OCTET_STRING: u8 = 0x04;
const VERSION: u8 = 0xa0;
const EXTENSIONS: u8 = 0xa3;
/// id-at-commonName, 2.5.4.3.
const COMMON_NAME: &[u8] = &[0x55, 0x04, 0x03];
/// id-ce-subjectAltName, 2.5.29.17.
const SUBJECT_ALT_NAME: &[u8] = &[0x55, 0x1d, 0x11];

/// One DER element: (tag, contents, the rest after it). None when malformed.
fn element(input: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&tag, rest) = input.split_first()?;
    let (&first, mut rest) = rest.split_first()?;
    let len = if first < 0x80 {
        usize::from(first)
    } else {
        let n = usize::from(first & 0x7f);
        if n == 0 || n > 4 || rest.len() < n {
            return None;
        }
        let (bytes, after) = rest.split_at(n);
        rest = after;
        bytes
            .iter()
            .fold(0usize, |acc, b| (acc << 8) | usize::from(*b))
    };
    if rest.len() < len {
        return None;
    }
    let (contents, after) = rest.split_at(len);
    Some((tag, contents, after))
}

/// The elements inside a constructed element's contents.
fn children(mut contents: &[u8]) -> impl Iterator<Item = (u8, &[u8])> {
    std::iter::from_fn(move || {
        let (tag, body, rest) = element(contents)?;
        contents = rest;
        Some((tag, body))
    })
}

/// The fields of tbsCertificate, from a DER certificate.
fn tbs_fields(der: &[u8]) -> Option<Vec<(u8, &[u8])>> {
    let (tag, cert, _) = element(der)?;
    if tag != SEQUENCE {
        return None;
    }
    let (tag, tbs, _) = element(cert)?;
    (tag == SEQUENCE).then(|| children(tbs).collect())
}

/// Common names in a Name (SEQUENCE of SET of SEQUENCE {type, value}).
fn common_names(name: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    for (tag, rdn) in children(name) {
        if tag != SET {
            continue;
        }
        for (tag, pair) in children(rdn) {
            let mut parts = children(pair);
            if let (SEQUENCE, Some((OID, COMMON_NAME)), Some((_, value))) =
                (tag, parts.next(), parts.next())
            {
                out.push(String::from_utf8_lossy(value).into_owned());
            }
        }
    }
    out
}

/// The text entries (DNS names, URIs, e-mail) of the subjectAltName extension.
fn alt_names(extensions: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    let Some((SEQUENCE, list, _)) = element(extensions) else {
        return out;
    };
    for (tag, ext) in children(list) {
        if tag != SEQUENCE {
            continue;
        }
        let mut parts = children(ext);
        if parts.next() != Some((OID, SUBJECT_ALT_NAME)) {
            continue;
        }
        // An optional `critical` BOOLEAN comes before the value.
        let Some((_, value)) = parts.find(|(t, _)| *t == OCTET_STRING) else {
            continue;
        };
        if let Some((SEQUENCE, names, _)) = element(value) {
            // [1] rfc822Name, [2] dNSName, [6] URI: IA5 strings.
            out.extend(
                children(names)
                    .filter(|(t, _)| matches!(t, 0x81 | 0x82 | 0x86))
                    .map(|(_, v)| String::from_utf8_lossy(v).into_owned()),
            );
        }
    }
    out
}

/// A MAC in a name: the whole name once `:`, `-` and `.` are dropped, 12 hex digits.
fn mac_in(name: &str) -> Option<String> {
    let bare: String = name
        .trim()
        .chars()
        .filter(|c| !matches!(c, ':' | '-' | '.'))
        .collect();
    mac::from_file_part(&bare)
}

/// The MACs a DER certificate names in its subject common name and subjectAltName; empty
/// for a certificate that names none (or is not DER).
pub fn macs(der: &[u8]) -> Vec<String> {
    let Some(fields) = tbs_fields(der) else {
        return Vec::new();
    };
    // version? serial, signature, issuer, validity, subject, spki, [1]? [2]? [3] extensions
    let skip = usize::from(fields.first().is_some_and(|(t, _)| *t == VERSION));
    let mut names = fields
        .get(skip + 4)
        .filter(|(t, _)| *t == SEQUENCE)
        .map(|(_, subject)| common_names(subject))
        .unwrap_or_default();
    if let Some((_, ext)) = fields.iter().find(|(t, _)| *t == EXTENSIONS) {
        names.extend(alt_names(ext));
    }
    let mut out: Vec<String> = names.iter().filter_map(|n| mac_in(n)).collect();
    out.dedup();
    out
}

/// Whether a file for `mac` may go out: `cert` is the client certificate the HTTPS listener
/// verified against the vendor CA (None: the phone sent none).
pub fn check(cert: Option<&[u8]>, mac: &str) -> Result<(), Error> {
    let Some(der) = cert else {
        return Err(Error::ClientCert(
            "a client certificate from the vendor CA is required for this phone's files".into(),
        ));
    };
    let found = macs(der);
    if found.iter().any(|m| m == mac) {
        return Ok(());
    }
    Err(Error::ClientCert(match found.first() {
        Some(other) => format!("the client certificate is for MAC {other}, the file for {mac}"),
        None => "the client certificate names no MAC".into(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cert(cn: &str, sans: &[&str]) -> Vec<u8> {
        let mut params =
            rcgen::CertificateParams::new(sans.iter().map(|s| s.to_string()).collect::<Vec<_>>())
                .unwrap();
        params.distinguished_name = rcgen::DistinguishedName::new();
        params
            .distinguished_name
            .push(rcgen::DnType::OrganizationName, "Polycom Inc.");
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, cn);
        let key = rcgen::KeyPair::generate().unwrap();
        params.self_signed(&key).unwrap().der().to_vec()
    }

    #[test]
    fn macs_from_the_common_name_and_alt_names() {
        assert_eq!(macs(&cert("0004F2AABBCC", &[])), vec!["0004f2aabbcc"]);
        assert_eq!(
            macs(&cert("Polycom phone", &["00-04-f2-aa-bb-cd", "x.example"])),
            vec!["0004f2aabbcd"]
        );
        assert_eq!(
            macs(&cert("00:04:f2:aa:bb:ce", &["0004f2aabbce"])),
            vec!["0004f2aabbce"]
        );
        assert!(macs(&cert("phone.example", &["phone.example"])).is_empty());
    }

    #[test]
    fn the_mac_must_match_the_file() {
        let der = cert("0004f2aabbcc", &[]);
        assert_eq!(check(Some(&der), "0004f2aabbcc"), Ok(()));
        let err = check(Some(&der), "0004f2000001").unwrap_err();
        assert_eq!(err.status(), 403);
        assert!(err.to_string().contains("0004f2aabbcc"), "{err}");
        assert_eq!(check(None, "0004f2aabbcc").unwrap_err().status(), 403);
        let err = check(Some(&cert("nobody", &[])), "0004f2aabbcc").unwrap_err();
        assert!(err.to_string().contains("names no MAC"), "{err}");
    }

    #[test]
    fn malformed_der_names_nothing() {
        let der = cert("0004f2aabbcc", &[]);
        for cut in [0, 1, 2, 5, 40, der.len() - 1] {
            assert!(macs(&der[..cut]).is_empty(), "cut at {cut}");
        }
        assert!(macs(&[0x30, 0x84, 0xff, 0xff, 0xff, 0xff]).is_empty());
        assert!(macs(&[0x30, 0x80]).is_empty());
        assert!(macs(b"not a certificate").is_empty());
    }
}
