//! The typed domain model: one file per entity.

pub(crate) mod care;
pub(crate) mod condition;
pub(crate) mod disposition;
pub(crate) mod exercise;
pub(crate) mod fact;
pub(crate) mod finding;
pub(crate) mod id;
pub(crate) mod red_flag;
pub(crate) mod reference;
pub(crate) mod rule;

use id::id_type;

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

/// Where an item's content comes from and when it was last reviewed.
///
/// ```
/// let c = lowback::Catalog::builtin().condition(lowback::ConditionId::SCIATICA).expect("builtin");
/// assert!(!c.provenance.references.is_empty());
/// assert_eq!(c.provenance.reviewed.len(), 10); // YYYY-MM-DD
/// ```
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct Provenance {
    /// The references behind the item (at least one).
    pub references: Vec<ReferenceId>,
    /// The date of the last clinical review, `YYYY-MM-DD`.
    pub reviewed: String,
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
