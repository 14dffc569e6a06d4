//! `edgepbx health`: whether the PBX on this machine answers HTTP (exit 0) or not (exit 1, with
//! the reason). The appliance's watchdog kicker asks it before every kick; it needs no client
//! tools on the box (Debian's static busybox wget crashes on arm64).

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

pub fn check(addr: &str, timeout_ms: u64) -> Result<(), String> {
    let addr: SocketAddr = addr
        .parse()
        .map_err(|_| format!("--http: '{addr}' is not an ADDRESS:PORT"))?;
    let timeout = Duration::from_millis(timeout_ms.max(1));
    let mut stream =
        TcpStream::connect_timeout(&addr, timeout).map_err(|e| format!("{addr}: {e}"))?;
    stream
        .set_read_timeout(Some(timeout))
        .and_then(|()| stream.set_write_timeout(Some(timeout)))
        .and_then(|()| {
            stream.write_all(b"GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        })
        .map_err(|e| format!("{addr}: {e}"))?;
    let mut head = [0u8; 12];
    stream
        .read_exact(&mut head)
        .map_err(|e| format!("{addr}: no answer: {e}"))?;
    let status = std::str::from_utf8(&head[9..12])
        .ok()
        .and_then(|s| s.parse::<u16>().ok());
    match status {
        Some(code) if head.starts_with(b"HTTP/1.") && code < 500 => Ok(()),
        _ => Err(format!(
            "{addr}: answered {:?}",
            String::from_utf8_lossy(&head)
        )),
    }
}

#[cfg(test)]
mod tests {
    use std::io::{Read, Write};

    fn server(reply: &'static [u8]) -> String {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap().to_string();
        std::thread::spawn(move || {
            let (mut s, _) = listener.accept().unwrap();
            let mut buf = [0u8; 256];
            let _ = s.read(&mut buf);
            let _ = s.write_all(reply);
        });
        addr
    }

    #[test]
    fn healthy_only_when_http_answers_below_500() {
        assert!(super::check(&server(b"HTTP/1.1 200 OK\r\n\r\n"), 2000).is_ok());
        let e = super::check(&server(b"HTTP/1.1 503 Busy\r\n\r\n"), 2000).unwrap_err();
        assert!(e.contains("503"), "{e}");
        let closed = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap();
        assert!(super::check(&closed.to_string(), 500).is_err());
        assert!(
            super::check("localhost", 500)
                .unwrap_err()
                .contains("--http")
        );
    }
}
