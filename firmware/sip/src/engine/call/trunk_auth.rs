//! Outside calls: a carrier that challenges our INVITE gets it again with credentials
//! (once per leg; a second challenge is a failure).

use super::*;
use crate::auth::{ClientAuth, authorization, parse_challenge};

impl Engine {
    /// True when the leg was re-sent with credentials (the challenge is then not a failure).
    pub(in crate::engine) fn retry_with_credentials(
        &mut self,
        now: Now,
        call: &mut Call,
        i: usize,
        msg: &Message,
    ) -> bool {
        let code = msg.status().unwrap_or(0);
        let leg = &call.legs[i];
        let Some(trunk) = leg.trunk.clone() else {
            return false;
        };
        let (Some(username), Some(password)) = (trunk.username, trunk.password) else {
            return false;
        };
        if leg.auth_tried {
            return false;
        }
        let (challenge_header, answer_header) = if code == 407 {
            (HeaderName::ProxyAuthenticate, "Proxy-Authorization")
        } else {
            (HeaderName::WwwAuthenticate, "Authorization")
        };
        let Some(challenge) = msg.header(challenge_header).and_then(parse_challenge) else {
            return false;
        };
        let cnonce = self.ids.tag();
        let value = authorization(&ClientAuth {
            realm: &challenge.realm,
            nonce: &challenge.nonce,
            algorithm: &challenge.algorithm,
            username: &username,
            password: &password,
            method: "INVITE",
            uri: &trunk.uri,
            cnonce: &cnonce,
            qop: challenge.qop_auth,
        });
        let mut dialog = call.legs[i].dialog.clone();
        let port = call.legs[i]
            .own_media
            .map_or(call.port(Side::B), |m| m.a_port);
        let cid_number = call.legs[i].cid_number.clone();
        let bytes = self.leg_invite(
            call,
            &mut dialog,
            port,
            &cid_number,
            call.legs[i].srtp,
            Some((answer_header, value)),
        );
        let Some(tx) = self.tx.send_request(now.mono, dialog.peer, bytes.clone()) else {
            return false;
        };
        self.client_tx.insert(tx, call.id);
        let leg = &mut call.legs[i];
        leg.dialog = dialog;
        leg.invite_tx = tx;
        leg.invite = bytes;
        leg.auth_tried = true;
        leg.state = LegState::Trying;
        true
    }
}
