//! The RFC 4475 SIP torture corpus (and the RFC 5118 IPv6 corpus) run through
//! `message::parse`, case by case, against what each RFC section says.
//!
//! Three classes:
//! - `Valid`: must parse, and the fields the section is about must read right.
//! - `App(check)`: valid at the parser level; the section says a layer above must object (416,
//!   420, 483...). The parser must accept it and expose what that layer needs to decide.
//! - `Reject(status, word)`: the parser must refuse it with that status and a reason phrase
//!   naming the problem (asserted by a word in it). For responses the status is moot (a bad
//!   response is dropped, never answered), but the reason is still checked.
//!
//! Every message, valid or not, must also parse without a panic, and every accepted message
//! must survive a `Writer::response_to` round trip.
//!
//! The bytes are the RFC's own (Appendix A archives); see `corpus/rfc4475/README.md`.

use std::path::{Path, PathBuf};

use edgepbx_sip::message::writer::Writer;
use edgepbx_sip::message::{HeaderName, Message, Method, parse};

enum Expect {
    Valid,
    /// Parser accepts; the named application-level check answers (documented per case).
    App(&'static str),
    Reject(u16, &'static str),
    /// In the archive but referenced by no section: must not panic; we reject it.
    Unreferenced,
}

use Expect::*;

const RFC4475: &[(&str, Expect)] = &[
    // 3.1.1 valid messages
    ("wsinv", Valid),
    ("intmeth", Valid),
    ("esc01", Valid),
    ("escnull", Valid),
    ("esc02", Valid),
    ("lwsdisp", Valid),
    ("longreq", Valid),
    ("dblreq", Valid),
    ("semiuri", Valid),
    ("transports", Valid),
    ("mpart01", Valid),
    ("unreason", Valid),
    ("noreason", Valid),
    // 3.1.2 invalid messages
    ("badinv01", Reject(400, "Via")),
    ("clerr", Reject(400, "Content-Length")),
    ("ncl", Reject(400, "Content-Length")),
    ("scalar02", Reject(400, "CSeq")),
    ("scalarlg", Reject(400, "CSeq")),
    ("quotbal", Reject(400, "quoted")),
    ("ltgtruri", Reject(400, "Request-URI")),
    ("lwsruri", Reject(400, "Request-URI")),
    ("lwsstart", Reject(400, "Whitespace")),
    ("trws", Reject(400, "Whitespace")),
    ("escruri", Reject(400, "Headers")),
    ("baddate", Reject(400, "Date")),
    ("regbadct", Reject(400, "Contact")),
    ("badaspec", Reject(400, "To")),
    ("baddn", Reject(400, "Display Name")),
    ("badvers", Reject(505, "Version")),
    ("mismatch01", Reject(400, "CSeq")),
    ("mismatch02", Reject(400, "CSeq")),
    ("bigcode", Reject(400, "Status Code")),
    // 3.2 transaction layer
    (
        "badbranch",
        App("branch is only the magic cookie: the transaction layer matches it as given"),
    ),
    // 3.3 application layer
    ("insuf", Reject(400, "Missing")),
    (
        "unkscm",
        App("416 Unsupported URI Scheme (Request-URI scheme is not sip/sips/tel)"),
    ),
    ("novelsc", App("416 Unsupported URI Scheme (soap.beep)")),
    (
        "unksm2",
        App("registrar answers 400: To of a REGISTER must be a sip/sips AOR"),
    ),
    (
        "bext01",
        App("420 Bad Extension with Unsupported listing Require"),
    ),
    ("invut", App("415 Unsupported Media Type")),
    (
        "regaut01",
        App("registrar ignores the unknown scheme and challenges (401)"),
    ),
    ("multi01", Reject(400, "Multiple")),
    ("mcl01", Reject(400, "Content-Length")),
    (
        "bcast",
        App("response is consumed locally; never forwarded to a broadcast sent-by"),
    ),
    (
        "zeromf",
        App("483 Too Many Hops when forwarding; OPTIONS may be answered locally"),
    ),
    (
        "cparam01",
        App("registrar: unknownparam is a Contact header parameter"),
    ),
    (
        "cparam02",
        App("registrar: unknownparam is a URI parameter"),
    ),
    (
        "regescrt",
        App("registrar stores the Contact URI with its escaped header"),
    ),
    (
        "sdp01",
        App("406 Not Acceptable: the Accept header has no application/sdp"),
    ),
    // 3.4 backward compatibility
    (
        "inv2543",
        App("RFC 2543 peer: no branch (RFC 3261 17.2.3 matching), no tags, no Max-Forwards"),
    ),
    ("test", Unreferenced),
];

fn corpus_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(name)
}

fn load(name: &str) -> Vec<u8> {
    let path = corpus_dir("rfc4475").join(format!("{name}.dat"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The field checks for the cases whose section says what a parser must read.
fn check_fields(name: &str, m: &Message) {
    match name {
        "wsinv" => {
            assert_eq!(m.method(), Some(Method::Invite));
            assert_eq!(m.uri().unwrap().param("unknownparam"), Some(""));
            let to = m.to().unwrap();
            assert_eq!(to.uri.host, "chair-dnrc.example.com");
            assert_eq!(to.tag(), Some("1918181833n"));
            let from = m.from().unwrap();
            assert_eq!(from.display_name(), r#"J Rosenberg \""#);
            assert_eq!(from.uri.user, Some("jdrosen"));
            assert_eq!(from.tag(), Some("98asjd8"));
            assert_eq!(m.max_forwards(), Some(68));
            let cseq = m.cseq().unwrap();
            assert_eq!((cseq.number, cseq.method), (9, "INVITE"));
            // Folded values read as one line, without CR or LF.
            let nf = m.header_named("NewFangledHeader").unwrap();
            assert!(nf.starts_with("newfangled value"), "{nf:?}");
            assert!(nf.ends_with("continued newfangled value"), "{nf:?}");
            assert!(!nf.contains(['\r', '\n']));
            assert_eq!(m.header_named("s"), Some(""));
            assert_eq!(
                m.header_named("UnknownHeaderWithUnusualValue"),
                Some(";;,,;;,;")
            );
            let vias: Vec<_> = m.vias().map(|v| v.unwrap()).collect();
            assert_eq!(vias.len(), 3);
            assert_eq!(
                (vias[0].transport, vias[0].host, vias[0].branch()),
                ("UDP", "192.0.2.2", Some("390skdjuw"))
            );
            assert_eq!(
                (vias[1].transport, vias[1].host, vias[1].branch()),
                ("TCP", "spindle.example.com", Some("z9hG4bK9ikj8"))
            );
            assert_eq!(
                (vias[2].transport, vias[2].host, vias[2].branch()),
                ("UDP", "192.168.255.111", Some("z9hG4bK30239"))
            );
            let contacts: Vec<_> = m.contacts().collect();
            assert_eq!(contacts.len(), 1);
            assert_eq!(contacts[0].display_name(), r#"Quoted string """#);
            assert_eq!(contacts[0].param("newparam"), Some("newvalue"));
            assert_eq!(contacts[0].param("secondparam"), Some(""));
            assert_eq!(contacts[0].param("q"), Some("0.33"));
            let route: Vec<_> = m.list(HeaderName::Route).collect();
            assert_eq!(
                route,
                ["<sip:services.example.com;lr;unknownwith=value;unknown-no-value>"]
            );
            assert_eq!(m.body().len(), 150);
        }
        "intmeth" => {
            let method = "!interesting-Method0123456789_*+`.%indeed'~";
            assert_eq!(m.method(), Some(Method::Other));
            assert_eq!(m.method_str(), method);
            assert_eq!(m.cseq().unwrap().method, method);
            let uri = m.uri().unwrap();
            assert_eq!(
                uri.user,
                Some(
                    "1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*:&it+has=1,weird!*pas$wo~d_too.(doesn't-it)"
                )
            );
            assert_eq!(
                uri.user_unescaped().as_deref(),
                Some("1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*")
            );
            assert_eq!(uri.host, "example.com");
            let to = m.to().unwrap();
            assert_eq!(to.display_name(), "BEL:\x07 NUL:\0 DEL:\x7f");
            assert_eq!(to.uri.host, "example.com");
            let from = m.from().unwrap();
            assert_eq!(from.display_name(), "token1~` token2'+_ token3*%!.-");
            assert_eq!(from.tag(), Some("_token~1'+`*%!-."));
            assert!(from.param("fromParam''~+*_!.-%").is_some());
            assert_eq!(m.call_id(), "intmeth.word%ZK-!.*_+'@word`~)(><:\\/\"][?}{");
            assert_eq!(m.max_forwards(), Some(255));
            assert_eq!(
                m.header_named("extensionHeader-!.%*+_`'~"),
                Some("\u{feff}大停電")
            );
        }
        "esc01" => {
            let uri = m.uri().unwrap();
            assert_eq!(uri.host, "example.net");
            assert_eq!(
                uri.user_unescaped().as_deref(),
                Some("sips:user@example.com")
            );
            assert_eq!(
                m.to().unwrap().uri.user_unescaped().as_deref(),
                Some("user")
            );
            assert_eq!(
                m.from().unwrap().uri.user_unescaped().as_deref(),
                Some("I have spaces")
            );
            let contact = m.contacts().next().unwrap();
            assert_eq!(contact.uri.user_unescaped().as_deref(), Some("caller"));
            assert_eq!(m.header(HeaderName::ContentType), Some("application/sdp"));
            assert_eq!(m.body().len(), 150);
        }
        "escnull" => {
            assert_eq!(
                m.to().unwrap().uri.user_unescaped().as_deref(),
                Some("null-\0-null")
            );
            let users: Vec<_> = m
                .contacts()
                .map(|c| c.uri.user_unescaped().unwrap())
                .collect();
            assert_eq!(users, ["\0", "\0\0"]);
        }
        "esc02" => {
            assert_eq!(m.method(), Some(Method::Other));
            assert_eq!(m.method_str(), "RE%47IST%45R");
            assert_eq!(m.cseq().unwrap().method, "RE%47IST%45R");
            assert_eq!(m.to().unwrap().display_name(), "%Z%45");
            assert_eq!(m.top_via().unwrap().branch(), Some("z9hG4bK209%fzsnel234"));
            // C%6Fntact is an extension header, not Contact.
            let hosts: Vec<_> = m.contacts().map(|c| c.uri.host).collect();
            assert_eq!(hosts, ["host1.example.com", "host3.example.com"]);
            assert_eq!(
                m.header_named("C%6Fntact"),
                Some("<sip:alias2@host2.example.com>")
            );
        }
        "lwsdisp" => {
            let from = m.from().unwrap();
            assert_eq!(from.display_name(), "caller");
            assert_eq!(from.uri.user, Some("caller"));
            assert_eq!(from.tag(), Some("323"));
        }
        "longreq" => {
            let to = m.to().unwrap();
            assert!(to.display_name().contains("extremeextreme"));
            assert_eq!(to.uri.port, Some(6000));
            assert!(to.uri.param("unknownparam1").unwrap().len() > 50);
            let from = m.from().unwrap();
            assert!(from.uri.user.unwrap().len() > 100);
            assert!(from.tag().unwrap().len() > 100);
            assert!(m.call_id().starts_with("longreq.onereally"));
            let vias: Vec<_> = m.vias().map(|v| v.unwrap()).collect();
            assert_eq!(vias.len(), 34);
            assert_eq!(vias[0].host, "sip33.example.com");
            assert_eq!(vias[33].host, "host.example.com");
            assert!(vias[33].branch().unwrap().len() > 200);
            assert_eq!(vias[33].param("received"), Some("192.0.2.5"));
            let name = m
                .headers()
                .find(|(_, n, _)| n.starts_with("Unknown-LongLong"))
                .unwrap();
            assert!(name.1.len() > 80 && name.2.len() > 200);
            assert!(m.contacts().next().unwrap().uri.user.unwrap().len() > 100);
            assert_eq!(m.body().len(), 150);
        }
        "dblreq" => {
            assert_eq!(m.method(), Some(Method::Register));
            assert_eq!(m.body(), b"");
            assert_eq!(m.call_id(), "dblreq.0ha0isndaksdj99sdfafnl3lk233412");
            assert!(!m.as_bytes().windows(6).any(|w| w == b"INVITE"));
        }
        "semiuri" => {
            let uri = m.uri().unwrap();
            assert_eq!(uri.user, Some("user;par=u%40example.net"));
            assert_eq!(
                uri.user_unescaped().as_deref(),
                Some("user;par=u@example.net")
            );
            assert_eq!(uri.host, "example.com");
            assert_eq!(uri.params, "");
            let accept: Vec<_> = m
                .header_named("Accept")
                .map(|a| a.split(',').map(str::trim).collect())
                .unwrap();
            assert_eq!(accept.len(), 6);
        }
        "transports" => {
            let t: Vec<_> = m.vias().map(|v| v.unwrap().transport).collect();
            assert_eq!(t, ["UDP", "SCTP", "TLS", "UNKNOWN", "TCP"]);
            assert_eq!(m.call_id(), "transports.kijh4akdnaqjkwendsasfdj");
        }
        "mpart01" => {
            assert_eq!(m.method(), Some(Method::Message));
            assert_eq!(m.body().len(), 553);
            assert!(
                m.header(HeaderName::ContentType)
                    .unwrap()
                    .starts_with("multipart/mixed;boundary=")
            );
            assert!(m.body().ends_with(b"--7a9cbec02ceef655--\r\n"));
        }
        "unreason" => {
            assert_eq!(m.status(), Some(200));
            assert!(
                m.reason()
                    .starts_with("= 2**3 * 5**2 но сто девяносто девять")
            );
            assert!(m.reason().ends_with("простое"));
            assert_eq!(m.body().len(), 154);
        }
        "noreason" => {
            assert_eq!(m.status(), Some(100));
            assert_eq!(m.reason(), "");
        }
        "badbranch" => {
            let via = m.top_via().unwrap();
            assert_eq!(via.branch(), Some("z9hG4bK"));
        }
        "unkscm" => {
            let uri = m.uri().unwrap();
            assert_eq!(uri.scheme, "nobodyKnowsThisScheme");
            assert!(!uri.is_sip());
        }
        "novelsc" => assert_eq!(m.uri().unwrap().scheme, "soap.beep"),
        "unksm2" => {
            assert_eq!(m.to().unwrap().uri.scheme, "isbn");
            assert_eq!(m.from().unwrap().uri.scheme, "http");
            assert_eq!(m.contacts().next().unwrap().uri.scheme, "name");
        }
        "bext01" => {
            let req: Vec<_> = m.list(HeaderName::Require).collect();
            assert_eq!(req, ["nothingSupportsThis", "nothingSupportsThisEither"]);
            assert_eq!(m.list(HeaderName::ProxyRequire).count(), 2);
        }
        "invut" => assert_eq!(
            m.header(HeaderName::ContentType),
            Some("application/unknownformat")
        ),
        "regaut01" => assert!(
            m.header(HeaderName::Authorization)
                .unwrap()
                .starts_with("NoOneKnowsThisScheme ")
        ),
        "bcast" => {
            let vias: Vec<_> = m.vias().map(|v| v.unwrap()).collect();
            assert_eq!(vias[1].host, "255.255.255.255");
        }
        "zeromf" => assert_eq!(m.max_forwards(), Some(0)),
        "cparam01" => {
            let c = m.contacts().next().unwrap();
            assert_eq!(c.uri.params, "");
            assert_eq!(c.param("unknownparam"), Some(""));
        }
        "cparam02" => {
            let c = m.contacts().next().unwrap();
            assert_eq!(c.uri.param("unknownparam"), Some(""));
            assert_eq!(c.params, "");
        }
        "regescrt" => {
            let c = m.contacts().next().unwrap();
            assert_eq!(c.uri.headers, "Route=%3Csip:sip.example.com%3E");
            assert_eq!(c.uri.host, "example.com");
        }
        "sdp01" => assert_eq!(m.header_named("Accept"), Some("text/nobodyKnowsThis")),
        "inv2543" => {
            assert_eq!(m.top_via().unwrap().branch(), None);
            assert_eq!(m.from().unwrap().tag(), None);
            assert_eq!(m.max_forwards(), None);
            assert!(m.body().starts_with(b"v=0"));
        }
        _ => {}
    }
}

/// A response written from the parsed message parses again and keeps the dialog fields.
fn round_trip(name: &str, m: &Message) {
    let bytes = Writer::response_to(m, 200, "OK", Some("rt1")).finish_empty();
    let r = parse(&bytes).unwrap_or_else(|e| panic!("{name}: response_to does not parse: {e}"));
    assert_eq!(r.status(), Some(200));
    assert_eq!(r.call_id(), m.call_id(), "{name}");
    assert_eq!(r.cseq(), m.cseq(), "{name}");
    assert_eq!(r.vias().count(), m.vias().count(), "{name}");
    assert_eq!(
        r.from().map(|f| f.tag()),
        m.from().map(|f| f.tag()),
        "{name}"
    );
}

#[test]
fn rfc4475_table_covers_the_whole_archive() {
    let mut on_disk: Vec<String> = std::fs::read_dir(corpus_dir("rfc4475"))
        .unwrap()
        .filter_map(|e| {
            e.unwrap()
                .file_name()
                .to_str()?
                .strip_suffix(".dat")
                .map(str::to_owned)
        })
        .collect();
    on_disk.sort();
    let mut in_table: Vec<_> = RFC4475.iter().map(|(n, _)| n.to_string()).collect();
    in_table.sort();
    assert_eq!(on_disk, in_table);
    assert_eq!(on_disk.len(), 50);
}

#[test]
fn rfc4475_every_case_as_the_rfc_says() {
    let mut failures = Vec::new();
    let (mut valid, mut app, mut rejected) = (0, 0, 0);
    for (name, expect) in RFC4475 {
        let bytes = load(name);
        let result = std::panic::catch_unwind(|| {
            let parsed = parse(&bytes);
            match (expect, parsed) {
                (Valid | App(_), Ok(m)) => {
                    check_fields(name, &m);
                    round_trip(name, &m);
                    if let App(answer) = expect {
                        println!("{name:>10}: parsed; application answers: {answer}");
                    }
                    Ok(())
                }
                (Valid | App(_), Err(e)) => Err(format!("rejected a valid message: {e}")),
                (Reject(status, word), Err(e)) => {
                    if e.status != *status {
                        Err(format!("status {} (want {status}): {}", e.status, e.reason))
                    } else if !e.reason.to_lowercase().contains(&word.to_lowercase()) {
                        Err(format!("reason {:?} does not name {word:?}", e.reason))
                    } else {
                        println!("{name:>10}: {} {}", e.status, e.reason);
                        Ok(())
                    }
                }
                (Reject(..), Ok(_)) => Err("accepted an invalid message".into()),
                (Unreferenced, r) => {
                    println!(
                        "{name:>10}: {:?}",
                        r.as_ref().map(|_| "parsed").map_err(|e| e.to_string())
                    );
                    Ok(())
                }
            }
        });
        match result {
            Ok(Ok(())) => match expect {
                Valid => valid += 1,
                App(_) => app += 1,
                Reject(..) => rejected += 1,
                Unreferenced => {}
            },
            Ok(Err(e)) => failures.push(format!("{name}: {e}")),
            Err(_) => failures.push(format!("{name}: panicked")),
        }
    }
    let count = |f: fn(&Expect) -> bool| RFC4475.iter().filter(|(_, e)| f(e)).count();
    println!(
        "valid {valid}/{}, parser-valid with an application answer {app}/{}, rejected {rejected}/{}",
        count(|e| matches!(e, Valid)),
        count(|e| matches!(e, App(_))),
        count(|e| matches!(e, Reject(..))),
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// RFC 5118's archive has bare-LF line ends, two files without the closing blank line and
/// three wrong Content-Length values; this makes wire bytes of them (CRLF, a terminated header
/// block, the real body length) and touches nothing else.
fn rfc5118_wire(raw: &[u8]) -> Vec<u8> {
    let mut crlf = Vec::with_capacity(raw.len() + 64);
    for &b in raw {
        if b == b'\n' {
            crlf.push(b'\r');
        }
        crlf.push(b);
    }
    let split = match crlf.windows(4).position(|w| w == b"\r\n\r\n") {
        Some(p) => p + 4,
        None => {
            crlf.extend_from_slice(b"\r\n");
            crlf.len()
        }
    };
    let (head, body) = crlf.split_at(split);
    let head = String::from_utf8(head.to_vec()).unwrap();
    let mut out = String::new();
    for line in head.split_inclusive("\r\n") {
        if line.to_ascii_lowercase().starts_with("content-length:") {
            out.push_str(&format!("Content-Length: {}\r\n", body.len()));
        } else {
            out.push_str(line);
        }
    }
    let mut out = out.into_bytes();
    out.extend_from_slice(body);
    out
}

#[test]
fn rfc5118_ipv6_corpus() {
    let cases: &[(&str, Option<&str>)] = &[
        ("ipv6-good", None),
        ("ipv6-bad", Some("Request-URI")),
        ("port-ambiguous", None),
        ("port-unambiguous", None),
        ("via-received-param-with-delim", None),
        ("via-received-param-no-delim", None),
        ("ipv6-in-sdp", None),
        ("mult-ip-in-header", None),
        ("mult-ip-in-sdp", None),
        ("ipv4-mapped-ipv6", None),
        ("ipv6-bug-abnf-3-colons", None),
        ("ipv6-correct-abnf-2-colons", None),
    ];
    for (name, reject) in cases {
        let raw = std::fs::read(corpus_dir("rfc5118").join(name)).unwrap();
        let wire = rfc5118_wire(&raw);
        match (parse(&wire), reject) {
            (Ok(m), None) => {
                round_trip(name, &m);
                for via in m.vias() {
                    via.unwrap_or_else(|e| panic!("{name}: Via: {e}"));
                }
                match *name {
                    "ipv6-good" => {
                        let uri = m.uri().unwrap();
                        assert_eq!(
                            (uri.host, uri.host_bare(), uri.port),
                            ("[2001:db8::10]", "2001:db8::10", None)
                        );
                        assert_eq!(m.top_via().unwrap().host_bare(), "2001:db8::9:1");
                        assert_eq!(m.contacts().next().unwrap().uri.host_bare(), "2001:db8::1");
                    }
                    "port-ambiguous" => {
                        let uri = m.uri().unwrap();
                        assert_eq!((uri.host_bare(), uri.port), ("2001:db8::10:5070", None));
                    }
                    "port-unambiguous" => {
                        let uri = m.uri().unwrap();
                        assert_eq!((uri.host_bare(), uri.port), ("2001:db8::10", Some(5070)));
                    }
                    "via-received-param-with-delim" => {
                        assert_eq!(
                            m.top_via().unwrap().param("received"),
                            Some("[2001:db8::9:255]")
                        );
                    }
                    "via-received-param-no-delim" => {
                        assert_eq!(
                            m.top_via().unwrap().param("received"),
                            Some("2001:db8::9:255")
                        );
                    }
                    "mult-ip-in-header" => {
                        let hosts: Vec<_> = m.vias().map(|v| v.unwrap().host_bare()).collect();
                        assert_eq!(hosts, ["2001:db8::9:1", "192.0.2.1", "2001:db8::9:255"]);
                        assert_eq!(m.top_via().unwrap().port, Some(6050));
                    }
                    "ipv4-mapped-ipv6" => {
                        assert_eq!(m.top_via().unwrap().host_bare(), "::ffff:192.0.2.10");
                        assert_eq!(m.top_via().unwrap().port, Some(19823));
                        assert_eq!(
                            m.contacts().next().unwrap().uri.host_bare(),
                            "::ffff:192.0.2.2"
                        );
                    }
                    "ipv6-bug-abnf-3-colons" => {
                        assert_eq!(m.uri().unwrap().host_bare(), "2001:db8:::192.0.2.1");
                    }
                    "ipv6-in-sdp" | "mult-ip-in-sdp" => assert!(m.body().starts_with(b"v=0\r\n")),
                    _ => {}
                }
            }
            (Err(e), Some(word)) => {
                assert_eq!(e.status, 400, "{name}");
                assert!(e.reason.contains(word), "{name}: {}", e.reason);
            }
            (Ok(_), Some(_)) => panic!("{name}: accepted an invalid message"),
            (Err(e), None) => panic!("{name}: rejected a valid message: {e}"),
        }
    }
}

/// Inputs the fuzzers once broke the SIP or SDP parser with; each must parse or fail
/// cleanly (SDP inputs are bodies, and are fed to the SIP readers too).
#[test]
fn fuzz_regressions_replay() {
    let dir = corpus_dir("fuzz-regressions");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut n = 0;
    for entry in entries {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        if let Ok(m) = parse(&bytes) {
            edgepbx_sip::message::exercise(&m);
            edgepbx_sip::sdp::exercise(m.body());
        }
        edgepbx_sip::sdp::exercise(&bytes);
        let mut framer = edgepbx_sip::message::framer::Framer::new();
        for chunk in bytes.chunks(7) {
            framer.push(chunk);
            while let Ok(Some(_)) = framer.next_frame() {}
        }
        n += 1;
    }
    println!("replayed {n} fuzz regression inputs");
}

/// The SDP fuzz target's seeds (offers as phones and gateways write them) survive the
/// checks the target makes: filtered, written with our address and read back the same.
#[test]
fn sdp_seeds_round_trip() {
    let mut n = 0;
    for entry in std::fs::read_dir(corpus_dir("sdp")).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        let sdp = edgepbx_sip::sdp::Sdp::parse(&bytes).expect("a seed is a valid offer");
        assert!(sdp.audio().is_some());
        edgepbx_sip::sdp::exercise(&bytes);
        n += 1;
    }
    assert!(n >= 5, "{n} seeds");
}
