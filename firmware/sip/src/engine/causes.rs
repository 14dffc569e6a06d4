//! SIP status codes <-> KAZOO/FreeSWITCH hangup causes (after RFC 3398's table).

pub fn cause_for_status(code: u16) -> &'static str {
    match code {
        200..=299 => "NORMAL_CLEARING",
        300..=399 => "REDIRECTION_TO_NEW_DESTINATION",
        400 | 405 | 415 | 416 | 420 | 421 => "INVALID_MSG_UNSPECIFIED",
        401 | 402 | 403 | 407 | 603 => "CALL_REJECTED",
        404 | 604 => "UNALLOCATED_NUMBER",
        408 | 504 => "RECOVERY_ON_TIMER_EXPIRE",
        410 => "NUMBER_CHANGED",
        480 => "NO_USER_RESPONSE",
        484 => "INVALID_NUMBER_FORMAT",
        486 | 600 => "USER_BUSY",
        487 => "ORIGINATOR_CANCEL",
        488 | 606 => "INCOMPATIBLE_DESTINATION",
        482 | 483 => "EXCHANGE_ROUTING_ERROR",
        502 => "NETWORK_OUT_OF_ORDER",
        503 => "NORMAL_TEMPORARY_FAILURE",
        500 | 501 | 505 | 513 => "NORMAL_TEMPORARY_FAILURE",
        _ => "NORMAL_UNSPECIFIED",
    }
}

/// The response the caller gets when the call ends with `cause` before being answered.
pub fn status_for_cause(cause: &str) -> u16 {
    match cause {
        "USER_BUSY" => 486,
        "NO_ANSWER" | "NO_USER_RESPONSE" | "SUBSCRIBER_ABSENT" => 480,
        "UNALLOCATED_NUMBER" | "NO_ROUTE_DESTINATION" => 404,
        "CALL_REJECTED" => 603,
        // Q.850 52/54 (RFC 3398): call_restriction, outside calls sent back out.
        "OUTGOING_CALL_BARRED" | "INCOMING_CALL_BARRED" => 403,
        "ORIGINATOR_CANCEL" => 487,
        "INCOMPATIBLE_DESTINATION" => 488,
        "RECOVERY_ON_TIMER_EXPIRE" => 408,
        "EXCHANGE_ROUTING_ERROR" => 483,
        "NORMAL_TEMPORARY_FAILURE" | "NETWORK_OUT_OF_ORDER" => 503,
        _ => 480,
    }
}

/// Picks the response to pass back when every forked leg failed (RFC 3261 §16.7 step 6,
/// simplified): a 6xx wins, then busy, then the lowest class with a preference for
/// specific answers over 408/480.
pub fn best_failure(codes: &[u16]) -> u16 {
    if let Some(c) = codes.iter().find(|c| **c >= 600) {
        return *c;
    }
    if codes.contains(&486) {
        return 486;
    }
    codes
        .iter()
        .copied()
        .min_by_key(|c| (matches!(c, 408 | 480 | 487), *c))
        .unwrap_or(480)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mapping() {
        assert_eq!(cause_for_status(486), "USER_BUSY");
        assert_eq!(status_for_cause("USER_BUSY"), 486);
        assert_eq!(best_failure(&[480, 486, 404]), 486);
        assert_eq!(best_failure(&[480, 404]), 404);
        assert_eq!(best_failure(&[480, 603]), 603);
        assert_eq!(best_failure(&[]), 480);
    }
}
