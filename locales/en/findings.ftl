# Findings: short labels used inside explanations, and the yes/no questions
# for the findings that are asked directly (see data/findings.toml).

## Age and sex (from the typed answers, no question here)

finding-age-8-to-16 = age between 8 and 16
finding-age-under-45 = age under 45
finding-age-50-or-over = age 50 or over
finding-age-70-or-over = age 70 or over
finding-female = female sex

## How long and how it started

finding-duration-over-6-weeks = pain for more than 6 weeks
finding-duration-over-12-weeks = pain for more than 12 weeks
finding-onset-sudden = pain that started suddenly, without lifting or a fall
finding-onset-gradual = pain that came on little by little
finding-onset-after-lifting = pain that started with lifting or straining
finding-onset-after-fall = pain that started after a fall or an accident

## Where it hurts

finding-pain-lower-back = pain in the lower back
finding-pain-hip = pain at the side or back of the hip
finding-pain-groin = pain in the groin
finding-pain-buttock = pain in the buttock
finding-pain-thigh = pain in the thigh
finding-pain-below-knee = pain that spreads below the knee
finding-pain-foot = pain or odd feelings in the foot
finding-pain-both-sides = pain on both sides

## How strong, and which way it is going

finding-severe-pain = very strong pain (8 out of 10 or more)
finding-getting-worse = symptoms that are getting worse
finding-getting-better = symptoms that are getting better
finding-leg-weakness = weakness in a leg
finding-leg-weakness-progressive = leg weakness that is getting worse
finding-trauma-any = an injury, even a minor fall or knock
finding-trauma-major = a serious injury, such as a fall from a height or a road accident
finding-morning-stiffness-brief = morning stiffness that lasts 30 minutes or less
finding-morning-stiffness-long = morning stiffness that lasts more than 30 minutes

## Asked directly

finding-interferes-with-daily-activities = pain that gets in the way of daily life
    .question = Does the pain stop you from doing your usual daily activities, or make them hard? For example work, housework, washing or getting dressed.
finding-numbness-or-tingling = numbness or pins and needles in a leg or foot
    .question = Do you have numbness, tingling or pins and needles in a leg or a foot?

## Warning signs of nerve pressure at the base of the spine.
## People rarely mention these on their own, so the questions give plain examples.

finding-saddle-numbness = numbness between the legs
    .question = Have you noticed numbness or a strange feeling between your legs, around your bottom (anus) or around your genitals? For example, toilet paper feels different when you wipe, or you cannot feel the toilet seat properly when you sit.
finding-bladder-change = a new change in how the bladder works
    .question = Since this pain began, have you had any new trouble with your bladder? For example: it is hard to start peeing, the flow is weak, you cannot feel the urine passing, you cannot tell if your bladder is full or empty, or you leak urine without warning.
finding-bowel-change = a new loss of bowel control or feeling
    .question = Since this pain began, have you had any new problem with your bowels? For example: you cannot feel when you need to poo, you cannot hold it in, or you soil yourself without noticing.
finding-sexual-dysfunction = a new change in sexual function
    .question = Since this pain began, have you noticed any new change in your sex life? For example: you cannot get or keep an erection, you cannot ejaculate, or your genitals feel numb or less sensitive.
finding-symptoms-both-legs = pain, numbness or weakness in both legs
    .question = Do you have pain, numbness, pins and needles or weakness in both legs?
    .option-no = No, only one leg or none
    .option-long-standing = Yes, for more than two weeks, and it is not changing
    .option-new = Yes, and it started or spread to the other leg in the last two weeks, or it is quickly getting worse
finding-symptoms-both-legs-new = symptoms in both legs that are new, spreading or getting worse

## Signs that something other than a strain may be going on

finding-fever-or-chills = fever, chills or night sweats
    .question = Have you had a fever, shivers (chills) or heavy sweating at night?
finding-unexplained-weight-loss = weight loss without trying
    .question = Have you lost weight recently without trying to?
finding-past-cancer = cancer now or in the past
    .question = Do you have cancer now, or have you ever had cancer?
finding-night-pain-unrelieved = constant pain, or night pain that rest does not ease
    .question = Is the pain there all the time, or does it keep you awake at night even when you lie still or change position?
finding-immunosuppression-or-injected-drugs = a weak immune system or injected drug use
    .question = Is your immune system weakened, for example by medicines such as chemotherapy or steroids, by HIV, by diabetes, or after a transplant? Or do you inject drugs?
finding-recent-spinal-procedure-or-infection = a recent spine procedure or serious infection
    .question = In the last 3 months, have you had surgery, an injection or another procedure on your spine, or a serious infection?
finding-steroids-or-osteoporosis = long-term steroid tablets or known weak bones (osteoporosis)
    .question = Have you taken steroid tablets (such as prednisone or prednisolone) for a long time, or have you been told that you have thin, weak bones (osteoporosis)?
finding-unable-to-bear-weight = not being able to stand on the leg
    .question = Are you unable to stand up, or to put your weight on the painful leg?
finding-hot-swollen-joint = a hot, red or swollen joint
    .question = Is your hip, or another joint, hot, red or swollen?
finding-sudden-severe-pain-with-faintness = sudden, severe pain with feeling faint
    .question = Did very bad pain in your back or belly start all of a sudden, together with feeling faint, breaking out in a sweat or collapsing?
finding-limp = a new limp
    .question = Have you started to limp?

## What makes it better or worse

finding-worse-sitting = pain that is worse when sitting
    .question = Is the pain worse when you sit?
finding-eased-by-leaning-forward = pain that eases when sitting or leaning forward
    .question = Does the pain ease when you sit down or lean forward, for example when you lean on a shopping trolley?
finding-leg-pain-on-walking = leg pain or heaviness that comes on with walking and eases with rest
    .question = When you walk, do your legs start to hurt, feel heavy or go numb, and then get better once you stop and rest?
finding-worse-bending-forward = pain that is worse when bending forward
    .question = Is the pain worse when you bend forward?
finding-worse-coughing-sneezing = pain that is worse when coughing or sneezing
    .question = Does coughing, sneezing or straining make your back or leg pain worse?
finding-worse-bending-backward = pain that is worse when leaning back or standing for long
    .question = Is the pain worse when you lean backward or stand for a long time?
finding-groin-pain-on-hip-movement = groin pain when the hip turns
    .question = Do you feel pain in your groin when you turn your leg inward, or when you put on socks or shoes?
finding-stiffness-after-rest = stiffness after rest that eases once you move
    .question = After a while sitting or resting, do you feel stiff at first, with the stiffness easing within a few minutes of moving?

## Pelvis and pelvic floor

finding-pelvic-heaviness = a heavy or dragging feeling in the pelvis
    .question = Do you have a heavy or dragging feeling low down in your pelvis, in the lower belly between the hips?
finding-longstanding-bladder-leakage = long-standing urine leaks when coughing or exercising
    .question = For several months or more (so not something new), have you leaked a little urine when you cough, sneeze, laugh or exercise?
finding-pain-with-intercourse = pain during or after sex
    .question = Do you have pain during or after sex?

## Spine shape, muscles and joints

finding-known-spinal-curve = a known sideways curve of the spine (scoliosis)
    .question = Has a health professional ever told you that your spine curves to the side (scoliosis)?
finding-uneven-shoulders-or-hips = one shoulder or hip higher than the other
    .question = Does one of your shoulders, or one of your hips, look clearly higher than the other?
finding-muscle-spasm = tight, tender back muscles or spasms
    .question = Do the muscles in your back go into spasm, or feel tight and sore to touch?
finding-pain-over-si-joint = pain over the dimple at the back of the pelvis
    .question = Is the pain mostly on one side, just below the belt line, over the small dimple at the back of your pelvis?
finding-worse-on-stairs-or-one-leg = pain that is worse on stairs or standing on one leg
    .question = Is the pain worse when you climb stairs or stand on one leg?
finding-recent-overuse = unusual activity or long sitting before the pain began
    .question = Just before the pain started, did you do something you do not usually do? For example a lot of gardening, a long drive, many hours of sitting, or the same movement again and again at work.

## Inflammatory back pain

finding-better-with-movement = back pain that eases with exercise but not with rest
    .question = Does your back pain get better when you move or exercise, but not when you rest?
finding-wakes-second-half-night = being woken by back pain in the second half of the night
    .question = Does back pain wake you up in the second half of the night, in the early morning hours?
finding-inflammatory-history = psoriasis, inflamed bowel or eye, or a family history of spondyloarthritis
    .question = Have you ever had psoriasis (a skin problem with red, scaly patches), an inflammatory bowel disease (Crohn's disease or ulcerative colitis) or uveitis (a painful red eye)? Or does a parent, brother or sister have spondyloarthritis, such as ankylosing spondylitis?

## Findings added in version 0.2

finding-age-under-3 = age under 3
finding-age-under-16 = age under 16
finding-age-65-or-over = age 65 or over
finding-duration-over-2-weeks = pain for more than two weeks
finding-pain-upper-back = pain in the upper back
finding-pain-knee = pain in the knee
finding-pain-tailbone = pain at the tailbone
finding-pain-lower-belly = pain in the lower belly
finding-pain-loin = pain in the side of the back, under the ribs
finding-not-improving = pain that is not getting better
finding-pregnant = pregnancy
finding-postpartum = a birth in the last 12 months
finding-pregnancy-20-weeks-or-more = pregnancy of 20 weeks or more
finding-hip-replacement = a hip replacement
