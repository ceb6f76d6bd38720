//! How urgently a person should get care.

use std::fmt;

/// How urgently to get care: four ordered levels, `Emergency` the highest.
///
/// | level | meaning | Infermedica `/triage` | CDS Hooks `indicator` | NHS 111 (Dx) |
/// | --- | --- | --- | --- | --- |
/// | `Emergency` | emergency department or ambulance now | `emergency_ambulance` or `emergency` | `critical` | Dx01x, Dx02 |
/// | `Urgent` | see a clinician today | `consultation_24` | `warning` | Dx05–Dx08, Dx11–Dx15 |
/// | `SeeClinician` | routine appointment within days to weeks | `consultation` | `warning` | Dx75, Dx10, Dx09 |
/// | `SelfCare` | manage at home with safety-net advice | `self_care` | `info` | self-care |
///
/// Mappings from the clinical evidence notes (section e), after Infermedica's triage levels, NHS
/// Pathways dispositions and the CDS Hooks specification.
///
/// ```
/// use lowback::Disposition;
/// assert!(Disposition::Emergency > Disposition::Urgent);
/// assert!(Disposition::SeeClinician > Disposition::SelfCare);
/// assert_eq!(Disposition::Urgent.infermedica(), "consultation_24");
/// assert_eq!(Disposition::SelfCare.cds_hooks_indicator(), "info");
/// assert_eq!("see_clinician".parse::<Disposition>(), Ok(Disposition::SeeClinician));
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
#[allow(clippy::exhaustive_enums)] // the four levels are the crate's contract; a fifth would be a major version
pub enum Disposition {
    /// Manage at home, with safety-net advice.
    SelfCare,
    /// Book a routine appointment with a clinician within days to weeks.
    SeeClinician,
    /// See a clinician today (same day, within 24 hours).
    Urgent,
    /// Go to the emergency department or call an ambulance now.
    Emergency,
}

impl Disposition {
    /// All levels, lowest first.
    pub const ALL: [Disposition; 4] = [
        Disposition::SelfCare,
        Disposition::SeeClinician,
        Disposition::Urgent,
        Disposition::Emergency,
    ];

    /// The level's id in data and JSON.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Disposition::SelfCare => "self_care",
            Disposition::SeeClinician => "see_clinician",
            Disposition::Urgent => "urgent",
            Disposition::Emergency => "emergency",
        }
    }

    /// The closest of Infermedica's five triage levels (`Emergency` maps to `emergency`; use
    /// `emergency_ambulance` when the person cannot travel safely).
    #[must_use]
    pub const fn infermedica(self) -> &'static str {
        match self {
            Disposition::SelfCare => "self_care",
            Disposition::SeeClinician => "consultation",
            Disposition::Urgent => "consultation_24",
            Disposition::Emergency => "emergency",
        }
    }

    /// The CDS Hooks card indicator (`info`, `warning` or `critical`).
    #[must_use]
    pub const fn cds_hooks_indicator(self) -> &'static str {
        match self {
            Disposition::SelfCare => "info",
            Disposition::SeeClinician | Disposition::Urgent => "warning",
            Disposition::Emergency => "critical",
        }
    }

    /// The Fluent message of the report headline for this level.
    /// The level just below (self-care stays self-care).
    ///
    /// ```
    /// use lowback::Disposition;
    /// assert_eq!(Disposition::Emergency.one_below(), Disposition::Urgent);
    /// assert_eq!(Disposition::SelfCare.one_below(), Disposition::SelfCare);
    /// ```
    #[must_use]
    pub const fn one_below(self) -> Disposition {
        match self {
            Disposition::Emergency => Disposition::Urgent,
            Disposition::Urgent => Disposition::SeeClinician,
            Disposition::SeeClinician | Disposition::SelfCare => Disposition::SelfCare,
        }
    }

    /// The level's position in [`Disposition::ALL`].
    pub(crate) const fn index(self) -> usize {
        match self {
            Disposition::SelfCare => 0,
            Disposition::SeeClinician => 1,
            Disposition::Urgent => 2,
            Disposition::Emergency => 3,
        }
    }

    pub(crate) const fn report_message_id(self) -> &'static str {
        match self {
            Disposition::SelfCare => "report-level-self-care",
            Disposition::SeeClinician => "report-level-see-clinician",
            Disposition::Urgent => "report-level-urgent",
            Disposition::Emergency => "report-level-emergency",
        }
    }
}

impl fmt::Display for Disposition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A string that names no [`Disposition`].
///
/// ```
/// assert!("soon".parse::<lowback::Disposition>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown disposition {0:?}; expected emergency, urgent, see_clinician or self_care")]
pub struct UnknownDisposition(pub String);

impl std::str::FromStr for Disposition {
    type Err = UnknownDisposition;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Disposition::ALL
            .into_iter()
            .find(|d| d.as_str() == s)
            .ok_or_else(|| UnknownDisposition(s.chars().take(64).collect()))
    }
}
