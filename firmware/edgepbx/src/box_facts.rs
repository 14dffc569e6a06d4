//! Facts about the box the dashboard shows to its administrator (`GET /v2/system_status`):
//! how full the data partition is, when the last backup was taken, and when the TLS
//! certificate expires. Each is read when asked (a statvfs, two small files): nothing polls.

use std::path::Path;

use serde_json::{Value, json};

/// Where the last successful backup is recorded, in the data directory.
const BACKUP_RECORD: &str = "last-backup.json";

/// The file system holding the data directory: `{total_bytes, free_bytes}` (free as an
/// unprivileged writer sees it), or None when it cannot be read.
pub fn storage(data: &Path) -> Option<Value> {
    use std::os::unix::ffi::OsStrExt;
    let path = std::ffi::CString::new(data.as_os_str().as_bytes()).ok()?;
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: a NUL-terminated path and a zeroed statvfs the call fills in.
    if unsafe { libc::statvfs(path.as_ptr(), &mut st) } != 0 {
        return None;
    }
    let block = st.f_frsize as u64;
    Some(json!({
        "total_bytes": st.f_blocks as u64 * block,
        "free_bytes": st.f_bavail as u64 * block,
    }))
}

/// Notes a backup just written to `file` (`time` in Unix seconds), named `label` (its path,
/// or the name a download was given); the dashboard shows it.
pub fn record_backup(data: &Path, file: &Path, label: &str, now_unix: u64) {
    let bytes = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
    let record = json!({"time_unix": now_unix, "file": label, "bytes": bytes});
    if let Err(e) = crate::atomic_file::write(data, BACKUP_RECORD, record.to_string().as_bytes()) {
        tracing::warn!(%e, "could not record the backup");
    }
}

/// The last backup recorded: `{time_unix, file, bytes}`, or None if there never was one.
pub fn last_backup(data: &Path) -> Option<Value> {
    let text = std::fs::read(data.join(BACKUP_RECORD)).ok()?;
    serde_json::from_slice(&text).ok()
}

/// The box's TLS certificate (`tls/cert.pem`, the first in the chain) as the dashboard and
/// Settings show it: `{expires_unix, days_left, subject, issuer}` (the names' common names,
/// null when they have none), at `now_unix`.
pub fn certificate(data: &Path, now_unix: u64) -> Option<Value> {
    let pem = std::fs::read(data.join("tls/cert.pem")).ok()?;
    let der = rustls_pemfile::certs(&mut pem.as_slice()).next()?.ok()?;
    let expires = not_after(&der)?;
    let (issuer, subject) = names(&der).unwrap_or_default();
    Some(json!({
        "expires_unix": expires,
        "days_left": (expires - now_unix as i64).div_euclid(86_400),
        "subject": subject,
        "issuer": issuer,
    }))
}

/// The TBSCertificate's fields from the serial number on: Certificate { tbsCertificate {
/// [0] version?, serial, signature, issuer, validity, subject ... } ... }.
fn tbs_fields(cert: &[u8]) -> Option<&[u8]> {
    let (_, cert, _) = element(cert)?;
    let (_, mut tbs, _) = element(cert)?;
    if tbs.first() == Some(&0xa0) {
        tbs = element(tbs)?.2;
    }
    Some(tbs)
}

/// The common names (OID 2.5.4.3) of the issuer and the subject.
fn names(cert: &[u8]) -> Option<(Option<String>, Option<String>)> {
    let tbs = tbs_fields(cert)?;
    let (_, _serial, tbs) = element(tbs)?;
    let (_, _signature, tbs) = element(tbs)?;
    let (_, issuer, tbs) = element(tbs)?;
    let (_, _validity, tbs) = element(tbs)?;
    let (_, subject, _) = element(tbs)?;
    Some((common_name(issuer), common_name(subject)))
}

/// Name ::= SEQUENCE OF SET OF SEQUENCE { type OID, value string }.
fn common_name(mut name: &[u8]) -> Option<String> {
    const CN: &[u8] = &[0x55, 0x04, 0x03];
    while !name.is_empty() {
        let (_, set, rest) = element(name)?;
        name = rest;
        let (_, pair, _) = element(set)?;
        let (_, oid, value) = element(pair)?;
        if oid == CN {
            let (_, text, _) = element(value)?;
            return Some(String::from_utf8_lossy(text).into_owned());
        }
    }
    None
}

/// One DER element: (tag, contents, what follows).
fn element(der: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&tag, rest) = der.split_first()?;
    let (&first, rest) = rest.split_first()?;
    let (len, rest) = if first < 0x80 {
        (first as usize, rest)
    } else {
        let n = (first & 0x7f) as usize;
        if n == 0 || n > 4 || rest.len() < n {
            return None;
        }
        let len = rest[..n]
            .iter()
            .fold(0usize, |acc, &b| (acc << 8) | b as usize);
        (len, &rest[n..])
    };
    (rest.len() >= len).then(|| (tag, &rest[..len], &rest[len..]))
}

/// `notAfter` of an X.509 certificate (validity { notBefore, notAfter }), in Unix seconds.
pub fn not_after(cert: &[u8]) -> Option<i64> {
    let tbs = tbs_fields(cert)?;
    let (_, _serial, tbs) = element(tbs)?;
    let (_, _signature, tbs) = element(tbs)?;
    let (_, _issuer, tbs) = element(tbs)?;
    let (_, validity, _) = element(tbs)?;
    let (_, _not_before, validity) = element(validity)?;
    let (tag, time, _) = element(validity)?;
    let time = std::str::from_utf8(time).ok()?;
    // UTCTime is YYMMDDhhmmssZ (years 1950-2049), GeneralizedTime YYYYMMDDhhmmssZ.
    let full = match tag {
        0x17 if time.len() == 13 => {
            let century = if time[..2].parse::<u8>().ok()? < 50 {
                "20"
            } else {
                "19"
            };
            format!("{century}{time}")
        }
        0x18 if time.len() == 15 => time.to_string(),
        _ => return None,
    };
    let n = |a: usize, b: usize| full.get(a..b)?.parse::<i16>().ok();
    let at = jiff::civil::datetime(
        n(0, 4)?,
        n(4, 6)? as i8,
        n(6, 8)? as i8,
        n(8, 10)? as i8,
        n(10, 12)? as i8,
        n(12, 14)? as i8,
        0,
    );
    Some(
        at.to_zoned(jiff::tz::TimeZone::UTC)
            .ok()?
            .timestamp()
            .as_second(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_expiry_of_a_generated_certificate() {
        let mut params = rcgen::CertificateParams::new(vec!["pbx.example".into()]).unwrap();
        params.not_after = rcgen::date_time_ymd(2031, 6, 30);
        let key = rcgen::KeyPair::generate().unwrap();
        let cert = params.self_signed(&key).unwrap();
        let expected = jiff::civil::date(2031, 6, 30)
            .to_zoned(jiff::tz::TimeZone::UTC)
            .unwrap()
            .timestamp()
            .as_second();
        assert_eq!(not_after(cert.der()), Some(expected));
        // GeneralizedTime from 2050 on.
        params.not_after = rcgen::date_time_ymd(2051, 1, 2);
        let cert = params.self_signed(&key).unwrap();
        assert!(not_after(cert.der()).unwrap() > expected);
    }

    #[test]
    fn reads_the_common_names_of_subject_and_issuer() {
        let mut params = rcgen::CertificateParams::new(vec!["pbx.example".into()]).unwrap();
        params.distinguished_name = rcgen::DistinguishedName::new();
        params
            .distinguished_name
            .push(rcgen::DnType::OrganizationName, "Office");
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "pbx.example");
        let key = rcgen::KeyPair::generate().unwrap();
        let cert = params.self_signed(&key).unwrap();
        let name = Some("pbx.example".to_string());
        assert_eq!(names(cert.der()), Some((name.clone(), name)));
        params.distinguished_name = rcgen::DistinguishedName::new();
        let cert = params.self_signed(&key).unwrap();
        assert_eq!(names(cert.der()), Some((None, None)));
    }

    #[test]
    fn truncated_or_foreign_bytes_give_none() {
        assert_eq!(not_after(&[]), None);
        assert_eq!(not_after(&[0x30, 0x82, 0xff]), None);
        assert_eq!(not_after(b"not a certificate at all"), None);
        assert_eq!(names(&[0x30, 0x03, 0x30, 0x01]), None);
    }

    #[test]
    fn a_backup_record_round_trips_and_storage_is_read() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(last_backup(dir.path()), None);
        let file = dir.path().join("b.redb");
        std::fs::write(&file, b"12345").unwrap();
        record_backup(
            dir.path(),
            &file,
            &file.display().to_string(),
            1_800_000_000,
        );
        let rec = last_backup(dir.path()).unwrap();
        assert_eq!(rec["time_unix"], 1_800_000_000);
        assert_eq!(rec["bytes"], 5);
        let s = storage(dir.path()).unwrap();
        assert!(s["total_bytes"].as_u64().unwrap() >= s["free_bytes"].as_u64().unwrap());
    }
}
