//! The file names each vendor's firmware asks for, mapped to what the box serves. Anything
//! else is not a provisioning file: a clear error, never a path on disk.

use crate::Error;
use crate::brand::Brand;
use crate::mac;

/// What a file name asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Want {
    /// A file common to a brand or model family (no secrets, no device).
    Common(Brand),
    /// One device's file; the brand is known from the name, or (`{mac}.cfg`, shared by
    /// Yealink, Polycom and Fanvil) from the device document and the User-Agent.
    Device {
        mac: String,
        brand: Option<Brand>,
        part: Part,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The device's main file.
    Main,
    /// Polycom's `{mac}_reg.cfg` (named by the master file's CONFIG_FILES).
    PolycomReg,
    /// The office phone book: `{mac}-directory.xml` (Polycom asks for it by that name),
    /// `{mac}/phonebook.xml` (Grandstream appends `phonebook.xml` to the path its
    /// configuration gives) or `{mac}-phonebook.xml` (the URL the other brands are given).
    Phonebook,
}

/// Longest file name a phone asks for (`snomD785-000413AABBCC.htm` is 25).
const MAX_NAME: usize = 64;

/// Parses the path below `/provision/` (still percent-encoded as received).
pub fn parse(rest: &str) -> Result<Want, Error> {
    if rest.len() > MAX_NAME {
        return Err(Error::BadPath("the file name is too long".into()));
    }
    // The one name with a directory in it: Grandstream's phone book below its MAC.
    if let Some(m) = rest.strip_suffix("/phonebook.xml")
        && m.len() == 12
        && m.bytes().all(|b| b.is_ascii_hexdigit())
    {
        return mac::from_file_part(m)
            .map(|mac| Want::Device {
                mac,
                brand: Some(Brand::Grandstream),
                part: Part::Phonebook,
            })
            .ok_or_else(|| Error::BadMac(m.to_string()));
    }
    if rest.contains("..") || rest.contains('/') || rest.contains('\\') || rest.contains('%') {
        return Err(Error::BadPath(
            "provisioning files are plain names: no directories, dots-dots or escapes".into(),
        ));
    }
    if rest.is_empty()
        || !rest
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
    {
        return Err(Error::BadPath(
            "a provisioning file name has only letters, digits, '.', '_' and '-'".into(),
        ));
    }
    let lower = rest.to_ascii_lowercase();
    let device = |m: &str, brand, part| {
        mac::from_file_part(m)
            .map(|mac| Want::Device { mac, brand, part })
            .ok_or_else(|| Error::BadMac(m.to_string()))
    };
    if let Some(m) = lower.strip_suffix("-directory.xml") {
        return device(m, Some(Brand::Polycom), Part::Phonebook);
    }
    if let Some(m) = lower.strip_suffix("-phonebook.xml") {
        return device(m, None, Part::Phonebook);
    }
    if lower == "000000000000.cfg" {
        return Ok(Want::Common(Brand::Polycom));
    }
    if let Some(stem) = lower.strip_suffix(".cfg") {
        // Yealink's model-family common file: y0000000000XX.cfg.
        if stem.len() == 13
            && stem.starts_with('y')
            && stem[1..].bytes().all(|b| b.is_ascii_digit())
        {
            return Ok(Want::Common(Brand::Yealink));
        }
        if let Some(m) = stem.strip_suffix("_reg") {
            return device(m, Some(Brand::Polycom), Part::PolycomReg);
        }
        if stem.len() == 12 {
            return device(stem, None, Part::Main);
        }
    }
    if let Some(m) = lower.strip_prefix("cfg") {
        return device(
            m.strip_suffix(".xml").unwrap_or(m),
            Some(Brand::Grandstream),
            Part::Main,
        );
    }
    if let Some(m) = lower
        .strip_prefix("spa")
        .and_then(|r| r.strip_suffix(".xml"))
    {
        return device(m, Some(Brand::Cisco), Part::Main);
    }
    if let Some(stem) = lower
        .strip_prefix("snom")
        .and_then(|r| r.strip_suffix(".htm"))
    {
        return match stem.rsplit_once('-') {
            Some((_model, m)) => device(m, Some(Brand::Snom), Part::Main),
            None => Ok(Want::Common(Brand::Snom)),
        };
    }
    Err(Error::NotFound(format!(
        "{rest} is not a provisioning file the box serves"
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dev(mac: &str, brand: Option<Brand>, part: Part) -> Want {
        Want::Device {
            mac: mac.into(),
            brand,
            part,
        }
    }

    #[test]
    fn vendor_file_names() {
        assert_eq!(parse("y000000000123.cfg"), Ok(Want::Common(Brand::Yealink)));
        assert_eq!(
            parse("001565aabbcc.cfg"),
            Ok(dev("001565aabbcc", None, Part::Main))
        );
        assert_eq!(parse("000000000000.cfg"), Ok(Want::Common(Brand::Polycom)));
        assert_eq!(
            parse("0004F2AABBCC_reg.cfg"),
            Ok(dev("0004f2aabbcc", Some(Brand::Polycom), Part::PolycomReg))
        );
        assert_eq!(
            parse("cfg000b82aabbcc.xml"),
            Ok(dev("000b82aabbcc", Some(Brand::Grandstream), Part::Main))
        );
        assert_eq!(
            parse("cfg000b82aabbcc"),
            Ok(dev("000b82aabbcc", Some(Brand::Grandstream), Part::Main))
        );
        assert_eq!(
            parse("spa0018b9aabbcc.xml"),
            Ok(dev("0018b9aabbcc", Some(Brand::Cisco), Part::Main))
        );
        assert_eq!(
            parse("snomD785-000413AABBCC.htm"),
            Ok(dev("000413aabbcc", Some(Brand::Snom), Part::Main))
        );
        assert_eq!(parse("snomD785.htm"), Ok(Want::Common(Brand::Snom)));
        assert_eq!(
            parse("0004f2aabbcc-directory.xml"),
            Ok(dev("0004f2aabbcc", Some(Brand::Polycom), Part::Phonebook))
        );
        assert_eq!(
            parse("001565AABBCC-phonebook.xml"),
            Ok(dev("001565aabbcc", None, Part::Phonebook))
        );
        assert!(matches!(parse("0015-phonebook.xml"), Err(Error::BadMac(_))));
        assert_eq!(
            parse("000B82AABBCC/phonebook.xml"),
            Ok(dev(
                "000b82aabbcc",
                Some(Brand::Grandstream),
                Part::Phonebook
            ))
        );
        for bad in [
            "../000b82aabbcc/phonebook.xml",
            "000b82aabbcc/x.xml",
            "000b82aabbcz/phonebook.xml",
        ] {
            assert!(matches!(parse(bad), Err(Error::BadPath(_))), "{bad}");
        }
    }

    #[test]
    fn bad_names_are_refused() {
        for bad in [
            "../etc/passwd",
            "..%2f..%2fetc",
            "a/b.cfg",
            "",
            "x y.cfg",
            "a\\b",
        ] {
            assert!(matches!(parse(bad), Err(Error::BadPath(_))), "{bad}");
        }
        assert!(matches!(
            parse("cfg00zz82aabbcc.xml"),
            Err(Error::BadMac(_))
        ));
        assert!(matches!(parse("index.html"), Err(Error::NotFound(_))));
        assert!(matches!(parse(&"a".repeat(200)), Err(Error::BadPath(_))));
    }
}
