//! Who the party left after a transfer now talks to (RFC 3261 has no way to change a
//! dialog's From; phones show P-Asserted-Identity / Remote-Party-ID from an in-dialog
//! request): an UPDATE without a body when the party's Allow lists it (RFC 3311, no media
//! change), else a re-INVITE offering the same media.

use super::*;

/// How a party can be told of a new identity, from the Allow of its INVITE or 2xx.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) enum Refresh {
    /// No Allow header (or one listing neither method).
    #[default]
    Unknown,
    Reinvite,
    Update,
}

pub(super) fn refresh_method(msg: &Message) -> Refresh {
    let Some(allow) = msg.header_named("Allow") else {
        return Refresh::Unknown;
    };
    let lists = |method: &str| {
        allow
            .split(',')
            .any(|m| m.trim().eq_ignore_ascii_case(method))
    };
    if lists("UPDATE") {
        Refresh::Update
    } else if lists("INVITE") {
        Refresh::Reinvite
    } else {
        Refresh::Unknown
    }
}

/// `"name" <sip:number@realm>`, with what a display name may not hold dropped.
fn identity(name: &str, number: &str, realm: &str) -> String {
    let name: String = name
        .chars()
        .filter(|c| !matches!(c, '"' | '\\' | '\r' | '\n'))
        .collect();
    let user: String = number
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '*' | '#'))
        .collect();
    format!("\"{name}\" <sip:{user}@{realm}>")
}

impl Engine {
    /// The answered callee as the other party sees it: a device's caller ID, or for an
    /// outside line the number dialled.
    pub(in crate::engine) fn winner_identity(&self, call: &Call) -> (String, String) {
        match call.winner() {
            Some(leg) if leg.trunk.is_none() => {
                let c = self.device_caller(&call.account, &leg.device_id);
                (c.name, c.number)
            }
            _ => (String::new(), call.number.clone()),
        }
    }

    /// Tells the call's A side that it now talks to `name` / `number`.
    pub(in crate::engine) fn identity_update(
        &mut self,
        now: Now,
        call: &mut Call,
        name: &str,
        number: &str,
    ) {
        if number.is_empty() && name.is_empty() {
            return;
        }
        let who = identity(name, number, &call.realm);
        let headers = [
            ("P-Asserted-Identity", who.clone()),
            (
                "Remote-Party-ID",
                format!("{who};party=calling;screen=yes;privacy=off"),
            ),
        ];
        if call.a_refresh == Refresh::Update {
            let branch = self.ids.branch();
            let sent_by = self.sent_by_on(&call.a);
            let contact = self.contact_on("", &call.a);
            let mut w = call.a.request("UPDATE", &branch, &sent_by);
            w.header("Contact", contact)
                .header("User-Agent", &self.cfg.user_agent);
            for (name, value) in &headers {
                w.header(name, value);
            }
            // Its answer needs nothing from us (no ACK, no media change): the transaction
            // layer retransmits it and the engine ignores the response.
            self.tx
                .send_request(now.mono, call.a.peer, w.finish_empty());
        } else if call.a_refresh == Refresh::Reinvite && call.own_reinvite.is_none() {
            self.reinvite_a(now, call, &headers);
        } else {
            tracing::debug!(call = %call.a.call_id, refresh = ?call.a_refresh, "identity update not sent");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identities_are_quoted_and_cleaned() {
        assert_eq!(
            identity("Bob \"B\"", "+1 (415) 555", "office.local"),
            "\"Bob B\" <sip:+1415555@office.local>"
        );
    }
}
