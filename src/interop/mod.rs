//! Interoperability: the versioned JSON contract (schema version, JSON Schemas), errors as data,
//! FHIR R4 resources and CDS Hooks cards.
//!
//! Everything here is built from the same language-neutral [`Triage`](crate::Triage) and
//! [`Assessment`](crate::Assessment) as the rest of the crate, with no dependency beyond
//! `serde_json`: the FHIR resources and CDS Hooks cards are plain [`serde_json::Value`]s.

pub mod cds_hooks;
mod errors;
#[cfg(feature = "fhir")]
pub mod fhir;
pub mod schema;

/// The system of the codes this crate defines itself, as URNs (`urn:lowback:…`): see the table
/// in the `fhir` module (with the `fhir` feature) and `docs/health-systems.md`.
pub(crate) mod urn {
    #[cfg(feature = "fhir")]
    /// Answers to findings (`yes`, `no`, `unknown`, levels) and "I don't know" for any question.
    pub const ANSWER: &str = "urn:lowback:answer";
    #[cfg(feature = "fhir")]
    /// Prefix of a field's values: `urn:lowback:field:<field>`.
    pub const FIELD: &str = "urn:lowback:field:";
    /// Dispositions (`emergency`, `urgent`, `see_clinician`, `self_care`).
    pub const DISPOSITION: &str = "urn:lowback:disposition";
    #[cfg(feature = "fhir")]
    /// The content version a triage was decided with.
    pub const CONTENT_VERSION: &str = "urn:lowback:content-version";
}

/// A 128-bit FNV-1a hash: deterministic ids and UUIDs derived from content (not for security).
pub(crate) fn hash128(parts: &[&str]) -> u128 {
    const OFFSET: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013B;
    let mut h = OFFSET;
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            // A separator no UTF-8 text contains, so ["ab", "c"] and ["a", "bc"] differ.
            h = (h ^ 0xff).wrapping_mul(PRIME);
        }
        for b in p.bytes() {
            h = (h ^ u128::from(b)).wrapping_mul(PRIME);
        }
    }
    h
}

/// A UUID (RFC 9562 version 8, "custom": the bits are the content hash) derived from content,
/// so the same content always gets the same UUID.
pub(crate) fn uuid(parts: &[&str]) -> String {
    let h = hash128(parts);
    // Version 8 in bits 48..52, variant 0b10 in bits 64..66.
    let h = (h & !(0xf << 76) & !(0x3 << 62)) | (0x8 << 76) | (0x2 << 62);
    let hex = format!("{h:032x}");
    let mut s = String::with_capacity(36);
    for (i, c) in hex.chars().enumerate() {
        if matches!(i, 8 | 12 | 16 | 20) {
            s.push('-');
        }
        s.push(c);
    }
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn uuids_are_well_formed_and_deterministic() {
        let u = super::uuid(&["a", "b"]);
        assert_eq!(u.len(), 36);
        assert_eq!(u.as_bytes()[14], b'8');
        assert!(matches!(u.as_bytes()[19], b'8' | b'9' | b'a' | b'b'));
        assert_eq!(u, super::uuid(&["a", "b"]));
        assert_ne!(u, super::uuid(&["ab"]));
        assert_ne!(super::uuid(&["ab", "c"]), super::uuid(&["a", "bc"]));
    }
}
