//! DNS messages (RFC 1035) for the few lookups SIP needs (RFC 3263): a query for one name
//! and type, and the records of an answer (A, AAAA, SRV, NAPTR; others are skipped). Pure
//! bytes in, bytes out; `dns_client` does the sending.
//!
//! Our own rather than hickory-resolver: that crate runs on tokio (the box runs smol) and
//! brings a general resolver with caches and DNSSEC for what is four record types from
//! one thread that already caches; this is ~200 lines with tests.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QType {
    A = 1,
    Aaaa = 28,
    Srv = 33,
    Naptr = 35,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Record {
    Addr(IpAddr),
    Srv {
        priority: u16,
        weight: u16,
        port: u16,
        target: String,
    },
    Naptr {
        order: u16,
        preference: u16,
        flags: String,
        service: String,
        replacement: String,
    },
}

/// A recursive query for `name`'s `qtype` records, with message id `id`.
pub fn query(id: u16, name: &str, qtype: QType) -> Result<Vec<u8>, String> {
    let mut m = Vec::with_capacity(32 + name.len());
    m.extend_from_slice(&id.to_be_bytes());
    m.extend_from_slice(&[0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]); // RD; one question
    for label in name.trim_end_matches('.').split('.') {
        if label.is_empty() || label.len() > 63 {
            return Err(format!("{name} is not a DNS name"));
        }
        m.push(label.len() as u8);
        m.extend_from_slice(label.as_bytes());
    }
    m.push(0);
    m.extend_from_slice(&(qtype as u16).to_be_bytes());
    m.extend_from_slice(&[0, 1]); // class IN
    Ok(m)
}

struct Reader<'a> {
    msg: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn bytes(&mut self, n: usize) -> Result<&[u8], String> {
        let end = self.at.checked_add(n).filter(|e| *e <= self.msg.len());
        let end = end.ok_or("truncated DNS answer")?;
        let b = &self.msg[self.at..end];
        self.at = end;
        Ok(b)
    }

    fn u16(&mut self) -> Result<u16, String> {
        let b = self.bytes(2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }

    /// A possibly compressed name (RFC 1035 §4.1.4), pointers followed a bounded number
    /// of times.
    fn name(&mut self) -> Result<String, String> {
        let mut labels: Vec<String> = Vec::new();
        let mut at = self.at;
        let mut jumped = false;
        for _ in 0..128 {
            let len = *self.msg.get(at).ok_or("truncated DNS name")? as usize;
            if len & 0xC0 == 0xC0 {
                let low = *self.msg.get(at + 1).ok_or("truncated DNS name")? as usize;
                if !jumped {
                    self.at = at + 2;
                }
                jumped = true;
                at = ((len & 0x3F) << 8) | low;
                continue;
            }
            if len == 0 {
                if !jumped {
                    self.at = at + 1;
                }
                return Ok(labels.join("."));
            }
            let label = self
                .msg
                .get(at + 1..at + 1 + len)
                .ok_or("truncated DNS name")?;
            labels.push(String::from_utf8_lossy(label).to_ascii_lowercase());
            at += 1 + len;
        }
        Err("DNS name with a pointer loop".into())
    }

    fn text(&mut self) -> Result<String, String> {
        let len = self.bytes(1)?[0] as usize;
        Ok(String::from_utf8_lossy(self.bytes(len)?).into_owned())
    }
}

/// The records of answer `msg` to query `id` (answer and additional sections: a server may
/// put an SRV target's addresses in the latter), each with its owner name. NXDOMAIN or no
/// data is an empty list; a server failure or refusal is an error.
pub fn answers(id: u16, msg: &[u8]) -> Result<Vec<(String, Record)>, String> {
    let mut r = Reader { msg, at: 0 };
    if r.u16()? != id {
        return Err("DNS answer to another query".into());
    }
    let flags = r.u16()?;
    if flags & 0x8000 == 0 {
        return Err("not a DNS answer".into());
    }
    let (qd, an, ns, ar) = (r.u16()?, r.u16()?, r.u16()?, r.u16()?);
    match flags & 0x000F {
        0 | 3 => {}
        rcode => return Err(format!("DNS server answered rcode {rcode}")),
    }
    for _ in 0..qd {
        r.name()?;
        r.bytes(4)?;
    }
    let mut out = Vec::new();
    for i in 0..(an as usize + ns as usize + ar as usize) {
        let owner = r.name()?;
        let rtype = r.u16()?;
        r.bytes(6)?; // class, TTL
        let len = r.u16()? as usize;
        let end = r.at + len;
        if end > msg.len() {
            return Err("truncated DNS answer".into());
        }
        let authority = (an as usize..an as usize + ns as usize).contains(&i);
        let record = match rtype {
            _ if authority => None,
            1 if len == 4 => {
                let b = r.bytes(4)?;
                Some(Record::Addr(Ipv4Addr::new(b[0], b[1], b[2], b[3]).into()))
            }
            28 if len == 16 => {
                let b: [u8; 16] = r.bytes(16)?.try_into().map_err(|_| "bad AAAA")?;
                Some(Record::Addr(Ipv6Addr::from(b).into()))
            }
            33 => Some(Record::Srv {
                priority: r.u16()?,
                weight: r.u16()?,
                port: r.u16()?,
                target: r.name()?,
            }),
            35 => Some(Record::Naptr {
                order: r.u16()?,
                preference: r.u16()?,
                flags: r.text()?.to_ascii_lowercase(),
                service: r.text()?.to_ascii_uppercase(),
                replacement: {
                    r.text()?; // regexp: not used by SIP (RFC 3263 §4.1)
                    r.name()?
                },
            }),
            _ => None,
        };
        out.extend(record.map(|rec| (owner, rec)));
        r.at = end;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An answer as a server writes it: the question echoed, records after it with the
    /// owner name compressed to a pointer to the question's name (offset 12).
    fn answer(id: u16, rcode: u8, question: &[u8], records: &[(u16, Vec<u8>)]) -> Vec<u8> {
        let mut m = id.to_be_bytes().to_vec();
        m.extend_from_slice(&[0x81, 0x80 | rcode, 0, 1, 0, records.len() as u8, 0, 0, 0, 0]);
        m.extend_from_slice(&question[12..]);
        for (rtype, rdata) in records {
            m.extend_from_slice(&[0xC0, 12]);
            m.extend_from_slice(&rtype.to_be_bytes());
            m.extend_from_slice(&[0, 1, 0, 0, 0, 60]);
            m.extend_from_slice(&(rdata.len() as u16).to_be_bytes());
            m.extend_from_slice(rdata);
        }
        m
    }

    #[test]
    fn reads_srv_naptr_and_address_records_with_compressed_names() {
        let q = query(7, "_sip._tcp.Provider.test", QType::Srv).unwrap();
        assert_eq!(&q[..2], &[0, 7]);
        assert_eq!(&q[q.len() - 4..], &[0, 33, 0, 1]);
        // SRV 10 60 5080 -> sip1 + pointer to "provider.test" inside the question.
        let mut srv = vec![0, 10, 0, 60, 0x13, 0xD8, 4];
        srv.extend_from_slice(b"sip1");
        srv.extend_from_slice(&[0xC0, 12 + 10]);
        let mut naptr = vec![0, 50, 0, 10, 1, b'S', 7];
        naptr.extend_from_slice(b"SIP+D2T");
        naptr.push(0);
        naptr.extend_from_slice(&[0xC0, 12]);
        let a = vec![192, 0, 2, 7];
        let aaaa = "2001:db8::7".parse::<Ipv6Addr>().unwrap().octets().to_vec();
        let msg = answer(
            7,
            0,
            &q,
            &[(33, srv), (35, naptr), (1, a), (28, aaaa), (99, vec![1])],
        );
        let got = answers(7, &msg).unwrap();
        assert_eq!(
            got,
            vec![
                (
                    "_sip._tcp.provider.test".to_string(),
                    Record::Srv {
                        priority: 10,
                        weight: 60,
                        port: 5080,
                        target: "sip1.provider.test".into()
                    }
                ),
                (
                    "_sip._tcp.provider.test".to_string(),
                    Record::Naptr {
                        order: 50,
                        preference: 10,
                        flags: "s".into(),
                        service: "SIP+D2T".into(),
                        replacement: "_sip._tcp.provider.test".into()
                    }
                ),
                (
                    "_sip._tcp.provider.test".to_string(),
                    Record::Addr("192.0.2.7".parse().unwrap())
                ),
                (
                    "_sip._tcp.provider.test".to_string(),
                    Record::Addr("2001:db8::7".parse().unwrap())
                ),
            ]
        );
    }

    #[test]
    fn bad_answers_are_errors_and_nxdomain_is_empty() {
        let q = query(9, "nx.provider.test", QType::A).unwrap();
        assert_eq!(answers(9, &answer(9, 3, &q, &[])), Ok(Vec::new()));
        assert!(
            answers(9, &answer(9, 2, &q, &[]))
                .unwrap_err()
                .contains("rcode 2")
        );
        assert!(answers(8, &answer(9, 0, &q, &[])).is_err(), "another id");
        assert!(answers(9, &q).is_err(), "a query is not an answer");
        let full = answer(9, 0, &q, &[(1, vec![192, 0, 2, 1])]);
        for cut in 0..full.len() {
            assert!(answers(9, &full[..cut]).is_err(), "cut at {cut}");
        }
        // A pointer to itself ends as an error, not a hang.
        let mut looped = answer(9, 0, &q, &[(1, vec![192, 0, 2, 1])]);
        let at = 12 + q.len() - 12;
        looped[at] = 0xC0;
        looped[at + 1] = at as u8;
        assert!(answers(9, &looped).is_err());
        assert!(query(1, "a..b", QType::A).is_err());
    }
}
