//! The typed domain model: one file per entity.

pub(crate) mod care;
pub(crate) mod citations;
pub(crate) mod closest;
pub(crate) mod condition;
pub(crate) mod disposition;
pub(crate) mod exercise;
pub(crate) mod fact;
pub(crate) mod field;
pub(crate) mod finding;
pub(crate) mod finding_set;
pub(crate) mod id;
pub(crate) mod id_list;
pub(crate) mod list;
pub(crate) mod messages;
pub(crate) mod red_flag;
pub(crate) mod reference;
pub(crate) mod rule;
pub(crate) mod score;
pub(crate) mod set;
pub(crate) mod sorted_map;
pub(crate) mod table;

use std::sync::Arc;

use id::id_type;
use list::List;

id_type!(
    /// A [`Condition`](crate::Condition) id, such as `sciatica`.
    ConditionId, "a condition", "sciatica"
);
id_type!(
    /// A [`RedFlag`](crate::RedFlag) id, such as `cauda_equina`.
    RedFlagId, "a red flag", "cauda_equina"
);
id_type!(
    /// A [`Rule`](crate::Rule) id, such as `ces_saddle_numbness`.
    RuleId, "a rule", "ces_saddle_numbness"
);
id_type!(
    /// An [`Exercise`](crate::Exercise) id, such as `childs_pose`.
    ExerciseId, "an exercise", "childs_pose"
);
id_type!(
    /// A [`CareOption`](crate::CareOption) id, such as `ice_or_heat`.
    CareId, "a care option", "ice_or_heat"
);
id_type!(
    /// A [`Tip`](crate::Tip) id, such as `step_stool`.
    TipId, "a tip", "step_stool"
);
id_type!(
    /// A [`Fact`](crate::Fact) id, such as `si_joint_share`.
    FactId, "a fact", "si_joint_share"
);
id_type!(
    /// A [`Reference`](crate::Reference) id, such as `nice_ng59`.
    ReferenceId, "a reference", "nice_ng59"
);
id_type!(
    /// A [`Finding`](crate::Finding) id, such as `saddle_numbness`: a symptom, sign or risk
    /// factor of the vocabulary in `data/findings.toml`.
    FindingId, "a finding", "saddle_numbness"
);
id_type!(
    /// An advice tag, such as `nsaids` or `spinal_flexion`: what a rule's `withhold` names to
    /// keep a kind of exercise or care from being offered.
    TagId, "an advice tag", "nsaids"
);
id_type!(
    /// A caution id, such as `nsaids_over_65`: a short warning a fired rule adds to the report
    /// (message `caution-<id>` in `locales/*/cautions.ftl`).
    CautionId, "a caution", "nsaids_over_65"
);
id_type!(
    /// An answer value of an ordinal question, such as `long_standing` or `new`.
    LevelId, "an answer level", "long_standing"
);
id_type!(
    /// A checklist of findings asked together as one question, such as `cauda_equina`
    /// (message `checklist-<id>` in `locales/*/findings.ftl`).
    ChecklistId, "a checklist", "cauda_equina"
);

/// Whether a content item has been checked by a clinician.
///
/// ```
/// let c = lowback::Catalog::builtin().condition(lowback::ConditionId::SCIATICA).expect("builtin");
/// // Nobody has signed the builtin content yet: it says so.
/// assert_eq!(c.provenance.status, lowback::ReviewStatus::Draft);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ReviewStatus {
    /// Written from the cited sources, not yet signed by a clinician.
    Draft,
    /// Checked and signed by a named clinician (see [`Provenance::reviewer_role`]).
    Reviewed,
}

/// Where an item's content comes from, and who (if anyone) has checked it.
///
/// A catalog's items share their provenance's storage: the reference lists are parts of one
/// list, and equal texts (dates, roles) one string, so that loading a catalog does not make
/// an allocation per field per item.
///
/// ```
/// let c = lowback::Catalog::builtin().condition(lowback::ConditionId::SCIATICA).expect("builtin");
/// assert!(!c.provenance.references.is_empty());
/// assert_eq!(c.provenance.updated.len(), 10); // YYYY-MM-DD
/// assert!(c.provenance.reviewed.is_none()); // a draft claims no review
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct Provenance {
    /// The references behind the item (at least one).
    pub references: List<ReferenceId>,
    /// Draft or reviewed.
    pub status: ReviewStatus,
    /// The date of the last edit, `YYYY-MM-DD`.
    pub updated: Arc<str>,
    /// The date of the clinical review, `YYYY-MM-DD` (reviewed items only).
    pub reviewed: Option<Arc<str>>,
    /// The reviewer's role, such as "MSK physiotherapist" (reviewed items only).
    pub reviewer_role: Option<Arc<str>>,
    /// When the item is due for review again, `YYYY-MM-DD`.
    pub next_review: Option<Arc<str>>,
    /// The positions of `references` in the catalog, for the triage's citation list.
    #[serde(skip)]
    pub(crate) positions: List<u32>,
}

macro_rules! documented_consts {
    ($ty:ident { $( $(#[$doc:meta])* $name:ident = $id:literal; )* }) => {
        impl $ty {
            $(
                $(#[$doc])*
                pub const $name: $ty = $ty::constant($id);
            )*
        }
    };
}

documented_consts!(ConditionId {
    /// Muscle strain of the lower back or hip (NICE NG59; Park 2021, AAOS).
    MUSCLE_STRAIN = "muscle_strain";
    /// Osteoarthritis of the lumbar facet joints (Park 2021, AAOS).
    LUMBAR_FACET_OSTEOARTHRITIS = "lumbar_facet_osteoarthritis";
    /// Osteoarthritis of the hip (NICE NG226; Foran 2021, AAOS).
    HIP_OSTEOARTHRITIS = "hip_osteoarthritis";
    /// Herniated lumbar disc (Dydyk 2022, StatPearls).
    HERNIATED_DISC = "herniated_disc";
    /// Pinched nerve, lumbar radiculopathy (Cleveland Clinic 2021).
    PINCHED_NERVE = "pinched_nerve";
    /// Sacroiliac joint pain (Buchanan 2022, StatPearls).
    SACROILIAC_JOINT_PAIN = "sacroiliac_joint_pain";
    /// Pelvic floor muscle dysfunction (NICE NG210; ACOG 2020).
    PELVIC_FLOOR_DYSFUNCTION = "pelvic_floor_dysfunction";
    /// Sciatica (NICE NG59; Park 2021, AAOS).
    SCIATICA = "sciatica";
    /// Piriformis syndrome (Abbasi 2021, Orthobullets; Hopayian 2010).
    PIRIFORMIS_SYNDROME = "piriformis_syndrome";
    /// Lumbar spinal stenosis (NASS 2013).
    SPINAL_STENOSIS = "spinal_stenosis";
    /// Scoliosis (Park 2021, AAOS).
    SCOLIOSIS = "scoliosis";
    /// Non-specific low back pain (Hartvigsen 2018; NICE NG59).
    NONSPECIFIC_LOW_BACK_PAIN = "nonspecific_low_back_pain";
});

documented_consts!(RedFlagId {
    /// Cauda equina syndrome: a spinal surgical emergency (CKS 2018; GIRFT 2023).
    CAUDA_EQUINA = "cauda_equina";
    /// Spinal infection: discitis, osteomyelitis, epidural abscess (IFOMPT 2020).
    SPINAL_INFECTION = "spinal_infection";
    /// Spinal malignancy or metastatic cord compression (Downie 2013; NICE NG234).
    SPINAL_MALIGNANCY = "spinal_malignancy";
    /// Vertebral fracture (Downie 2013).
    VERTEBRAL_FRACTURE = "vertebral_fracture";
    /// Hip (proximal femoral) fracture (Gloucestershire hip pathway).
    HIP_FRACTURE = "hip_fracture";
    /// Septic arthritis of the hip (Gloucestershire hip pathway; NICE NG226).
    SEPTIC_ARTHRITIS = "septic_arthritis";
    /// Abdominal aortic aneurysm presenting as back pain (NICE NG156).
    AORTIC_ANEURYSM = "aortic_aneurysm";
    /// Progressive neurological deficit (CKS sciatica red flags).
    PROGRESSIVE_NEUROLOGICAL_DEFICIT = "progressive_neurological_deficit";
    /// Slipped capital femoral epiphysis (RCH Melbourne; Peck 2017).
    SLIPPED_CAPITAL_FEMORAL_EPIPHYSIS = "slipped_capital_femoral_epiphysis";
});

documented_consts!(FindingId {
    /// Numbness between the legs, around the anus or genitals: a cauda equina sign (CKS 2018).
    SADDLE_NUMBNESS = "saddle_numbness";
    /// New trouble passing or feeling urine: a cauda equina sign (CKS 2018; GIRFT 2023).
    BLADDER_CHANGE = "bladder_change";
    /// Symptoms in both legs, an ordinal finding: long-standing or new (CKS 2018).
    SYMPTOMS_BOTH_LEGS = "symptoms_both_legs";
    /// Symptoms in both legs that are new or spreading: the cauda equina reading (CKS 2018).
    SYMPTOMS_BOTH_LEGS_NEW = "symptoms_both_legs_new";
    /// Fever, chills or night sweats (IFOMPT 2020).
    FEVER_OR_CHILLS = "fever_or_chills";
    /// Cancer now or before (Downie 2013; NICE NG234).
    PAST_CANCER = "past_cancer";
    /// Cannot stand or take weight on the leg (hip fracture and septic hip pathways).
    UNABLE_TO_BEAR_WEIGHT = "unable_to_bear_weight";
    /// Muscles of the back in spasm, tight and tender.
    MUSCLE_SPASM = "muscle_spasm";
});
