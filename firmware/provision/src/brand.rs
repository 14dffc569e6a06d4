//! Brands, and what a User-Agent says about the phone.

use crate::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Brand {
    Yealink,
    Polycom,
    Grandstream,
    Cisco,
    Snom,
    Fanvil,
}

impl Brand {
    /// The name KAZOO stores in `provision.endpoint_brand`.
    pub fn name(self) -> &'static str {
        match self {
            Brand::Yealink => "yealink",
            Brand::Polycom => "polycom",
            Brand::Grandstream => "grandstream",
            Brand::Cisco => "cisco",
            Brand::Snom => "snom",
            Brand::Fanvil => "fanvil",
        }
    }

    pub fn from_name(name: &str) -> Option<Brand> {
        Some(match name.to_ascii_lowercase().as_str() {
            "yealink" => Brand::Yealink,
            "polycom" | "poly" => Brand::Polycom,
            "grandstream" => Brand::Grandstream,
            "cisco" | "linksys" => Brand::Cisco,
            "snom" => Brand::Snom,
            "fanvil" => Brand::Fanvil,
            _ => return None,
        })
    }

    /// The `Event` header of the SIP NOTIFY that makes this brand's phones fetch again.
    pub fn check_sync_event(self) -> &'static str {
        match self {
            Brand::Cisco | Brand::Snom => "check-sync;reboot=false",
            _ => "check-sync",
        }
    }
}

/// Longest User-Agent accepted (real ones are under 120 bytes).
pub const MAX_USER_AGENT: usize = 256;

/// What a phone's User-Agent tells: brand and model, where it names them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Agent {
    pub brand: Option<Brand>,
    pub model: Option<String>,
}

/// Reads a User-Agent; an oversized one or one with control characters is refused.
pub fn agent(ua: &str) -> Result<Agent, Error> {
    if ua.len() > MAX_USER_AGENT {
        return Err(Error::BadUserAgent(format!(
            "the User-Agent is longer than {MAX_USER_AGENT} bytes"
        )));
    }
    if ua.chars().any(char::is_control) {
        return Err(Error::BadUserAgent(
            "the User-Agent contains control characters".into(),
        ));
    }
    let words: Vec<&str> = ua.split_whitespace().collect();
    let after = |key: &str| {
        words
            .iter()
            .position(|w| *w == key)
            .and_then(|i| words.get(i + 1))
            .map(|w| w.to_string())
    };
    let lower = ua.to_ascii_lowercase();
    let (brand, model) = if lower.starts_with("yealink") {
        let model = words
            .iter()
            .find_map(|w| w.strip_prefix("SIP-").or_else(|| w.strip_prefix("SIP")))
            .map(str::to_string);
        (Some(Brand::Yealink), model)
    } else if lower.contains("polycom") {
        // FileTransport PolycomVVX-VVX_450-UA/6.4.3.5018
        let model = words
            .iter()
            .find(|w| w.starts_with("Polycom"))
            .and_then(|w| w.split('-').nth(1))
            .map(str::to_string);
        (Some(Brand::Polycom), model)
    } else if lower.starts_with("grandstream") {
        (Some(Brand::Grandstream), after("HW"))
    } else if lower.starts_with("cisco/") || lower.starts_with("linksys/") {
        let model = ua
            .split_once('/')
            .and_then(|(_, r)| r.split('-').next())
            .map(str::to_string);
        (Some(Brand::Cisco), model)
    } else if lower.starts_with("snom") {
        let model = words
            .first()
            .and_then(|w| w.get(4..))
            .and_then(|w| w.split('-').next())
            .map(str::to_string);
        (Some(Brand::Snom), model)
    } else if lower.starts_with("fanvil") {
        (Some(Brand::Fanvil), words.get(1).map(|w| w.to_string()))
    } else {
        (None, None)
    };
    Ok(Agent {
        brand,
        model: model.filter(|m| !m.is_empty()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_user_agents() {
        let a = agent("Yealink SIP-T54W 96.86.0.100 00:15:65:aa:bb:cc").unwrap();
        assert_eq!(
            (a.brand, a.model.as_deref()),
            (Some(Brand::Yealink), Some("T54W"))
        );
        let a = agent("FileTransport PolycomVVX-VVX_450-UA/6.4.3.5018").unwrap();
        assert_eq!(
            (a.brand, a.model.as_deref()),
            (Some(Brand::Polycom), Some("VVX_450"))
        );
        let a = agent("Grandstream Model HW GXP2170 SW 1.0.11.3 DevId 000b82aabbcc").unwrap();
        assert_eq!(
            (a.brand, a.model.as_deref()),
            (Some(Brand::Grandstream), Some("GXP2170"))
        );
        let a = agent("Cisco/SPA504G-7.6.2 (0018B9AABBCC)(CBT123456)").unwrap();
        assert_eq!(
            (a.brand, a.model.as_deref()),
            (Some(Brand::Cisco), Some("SPA504G"))
        );
        let a = agent("snomD785-SIP 10.1.54.13 000413AABBCC").unwrap();
        assert_eq!(
            (a.brand, a.model.as_deref()),
            (Some(Brand::Snom), Some("D785"))
        );
        assert_eq!(agent("curl/8.0").unwrap(), Agent::default());
    }

    #[test]
    fn odd_user_agents_are_refused() {
        assert!(agent(&"Y".repeat(1000)).is_err());
        assert!(agent("Yealink\r\nX: y").is_err());
    }
}
