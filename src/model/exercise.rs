//! Exercises: dosage, steps, cautions and contraindications.

use crate::model::set::Bits;
use crate::model::{ExerciseId, FindingId, Provenance, TagId};

/// What an [`Exercise`] works on.
///
/// ```
/// let ex = lowback::Catalog::builtin().exercise("pelvic_floor_contraction".parse()?).unwrap();
/// assert!(ex.targets.contains(&lowback::Target::PelvicFloor));
/// # Ok::<(), lowback::IdError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Target {
    /// Deep trunk muscles.
    Core,
    /// The lower back.
    LowerBack,
    /// The buttock muscles.
    Glutes,
    /// The hips.
    Hips,
    /// The back of the thighs.
    Hamstrings,
    /// The front of the hips.
    HipFlexors,
    /// The pelvic floor.
    PelvicFloor,
    /// Nerve mobility.
    Nerves,
    /// General fitness.
    General,
}

impl Target {
    pub(crate) const fn message_id(self) -> &'static str {
        match self {
            Target::Core => "exercise-target-core",
            Target::LowerBack => "exercise-target-lower-back",
            Target::Glutes => "exercise-target-glutes",
            Target::Hips => "exercise-target-hips",
            Target::Hamstrings => "exercise-target-hamstrings",
            Target::HipFlexors => "exercise-target-hip-flexors",
            Target::PelvicFloor => "exercise-target-pelvic-floor",
            Target::Nerves => "exercise-target-nerves",
            Target::General => "exercise-target-general",
        }
    }

    /// Every target.
    pub const ALL: [Target; 9] = [
        Target::Core,
        Target::LowerBack,
        Target::Glutes,
        Target::Hips,
        Target::Hamstrings,
        Target::HipFlexors,
        Target::PelvicFloor,
        Target::Nerves,
        Target::General,
    ];
}

/// The Fluent attribute names of exercise steps, `step-1` to `step-12`.
pub(crate) const STEP_ATTRIBUTES: [&str; 12] = [
    "step-1", "step-2", "step-3", "step-4", "step-5", "step-6", "step-7", "step-8", "step-9",
    "step-10", "step-11", "step-12",
];

/// How much of an exercise to do.
///
/// ```
/// let ex = lowback::Catalog::builtin().exercise("childs_pose".parse()?).expect("builtin");
/// assert!(ex.dosage.sets >= 1 && ex.dosage.days_per_week <= 7);
/// # Ok::<(), lowback::IdError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[non_exhaustive]
pub struct Dosage {
    /// Sets, 1 to 10.
    pub sets: u8,
    /// Repetitions per set, 1 to 50.
    pub reps: u8,
    /// Seconds to hold each repetition, 0 when not held.
    pub hold_seconds: u8,
    /// Days a week, 1 to 7.
    pub days_per_week: u8,
}

/// An exercise, with its dosage, steps, cautions and contraindications.
///
/// ```
/// let ex = lowback::Catalog::builtin().exercise("bent_knee_fallout".parse()?).expect("builtin");
/// assert!(ex.from_article);
/// assert!(ex.steps >= 2);
/// assert_eq!(ex.step_attribute(1), Some("step-1"));
/// # Ok::<(), lowback::IdError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct Exercise {
    /// Stable id.
    pub id: ExerciseId,
    /// What it works on.
    pub targets: Vec<Target>,
    /// How much to do.
    pub dosage: Dosage,
    /// Number of steps (`.step-1` … in `exercises.ftl`).
    pub steps: u8,
    /// Advice tags (`spinal_flexion`, `supine_exercise` …) that rules can withhold.
    pub tags: Vec<TagId>,
    /// Findings in whose presence the exercise is not advised.
    pub contraindications: Vec<FindingId>,
    /// Whether it is one of the source article's four exercises.
    pub from_article: bool,
    /// References and review date.
    pub provenance: Provenance,
    #[serde(skip)]
    pub(crate) contra: Bits,
    pub(crate) message_id: crate::model::id::MessageId,
}

impl Exercise {
    /// The Fluent message id of its name (`exercise-…`); attributes `summary`, `step-N`, `caution`.
    #[must_use]
    pub fn message_id(&self) -> &str {
        &self.message_id
    }

    /// The attribute name of step `n` (1-based), or `None` past the last step.
    #[must_use]
    pub fn step_attribute(&self, n: u8) -> Option<&'static str> {
        if n > self.steps {
            return None;
        }
        STEP_ATTRIBUTES.get(usize::from(n).checked_sub(1)?).copied()
    }
}
