## Why a triage rule fired: one sentence addressed to the person (25 words at most).


## Cauda equina syndrome
rule-ces-saddle-numbness = You have numbness between your legs, so the nerves at the base of your spine may be squeezed: go to an emergency department now.
rule-ces-bladder-change = Your bladder has changed since the pain began, so the nerves in your lower spine may be squeezed: go to an emergency department now.
rule-ces-bowel-change = You have lost some bowel control or feeling, so the nerves in your lower spine may be squeezed: go to an emergency department now.
rule-ces-sexual-dysfunction = Your sexual function has changed since the pain began, so the nerves in your lower spine may be squeezed: go to an emergency department now.
rule-ces-both-legs-new = Both legs became affected in the last two weeks, so the nerves in your lower spine may be squeezed: go to an emergency department now.
rule-ces-both-legs-weakness-worsening = Both legs are affected and the weakness is getting worse, so the nerves in your spine may be squeezed: go to an emergency department now.
rule-ces-both-legs-walking-new = Both legs are affected and walking has newly become hard, so the nerves in your spine may be squeezed: go to an emergency department now.
rule-both-legs-longstanding = You have had symptoms in both legs for a while, so a doctor should examine your legs and back in the coming days.

## Nerve damage that is getting worse
rule-progressive-leg-weakness = Your leg is getting weaker, which can mean a nerve is squeezed harder and harder, so see a doctor today.
rule-foot-drop-new = You have new trouble lifting your foot, which can mean a nerve is badly squeezed, so see a doctor today for a quick specialist opinion.
rule-difficulty-walking-new = Walking has newly become hard because your legs feel weak, numb or unsteady, so see a doctor today to check your spinal nerves.
rule-leg-weakness-stable = Your leg is a little weak but not getting worse, so have your nerves checked within days, or the same day if it worsens.
rule-numbness-or-tingling-leg = Numbness or pins and needles in a leg often come from an irritated nerve, so have it checked within a few days.

## Spinal infection
rule-infection-fever-after-spinal-procedure = A fever after recent spine treatment or a serious infection can mean an infection in the spine: go to an emergency department now.
rule-infection-fever-with-leg-weakness = A fever with a weak leg can mean an infection pressing on the spinal nerves: go to an emergency department now.
rule-infection-fever-immunosuppression = You have a fever and your body fights germs less well, so an infection in the spine is more likely: see a doctor today.
rule-infection-fever-with-back-pain = You have back pain with a fever or chills, so a doctor should check today that your spine is not infected.
rule-spinal-wound-after-procedure = The wound from your recent spine treatment is red, hot or leaking and may be infected, so see a doctor today.

## Infected joint
rule-septic-hip-fever-cannot-bear-weight = Fever, hip or thigh pain, and limping or not standing on the leg may mean an infected hip: go to an emergency department now.
rule-septic-hot-joint-fever = A hot, swollen joint with a fever may be infected and can be damaged quickly: go to an emergency department now.
rule-septic-hot-joint-cannot-bear-weight = A hot, swollen joint that stops you putting weight on the leg may be infected: go to an emergency department now.
rule-septic-hot-joint = A hot, red or swollen joint is not how wear and tear looks, so see a doctor today.
rule-hip-pain-with-fever = Hip, groin or thigh pain with a fever can mean an infection in or near the hip, so see a doctor today.
rule-sickle-cell-fever = With sickle cell disease, a fever with bone or joint pain needs a quick check for infection: go to an emergency department now.

## Children
rule-child-fever-limp-or-joint-pain = A child with a fever and a limp, or hip, thigh or knee pain, may have an infected joint: go to an emergency department now.
rule-child-cannot-bear-weight = A child who cannot put weight on the leg needs a check for infection or a broken bone: go to an emergency department now.
rule-toddler-limp = A child under 3 who starts to limp needs to be seen by a doctor today.
rule-child-limp = A child who starts to limp should be examined by a doctor in the coming days.
rule-sufe-hip-or-knee-pain = At this age, hip, thigh or even knee pain can come from the hip's growth plate, so a doctor should examine the hip within days.
rule-sufe-limp = At this age, a limp with hip, thigh or knee pain can mean the hip's growth plate has slipped, so see a doctor today.
rule-sufe-cannot-bear-weight = At this age, not being able to stand on the leg can mean the hip's growth plate has slipped: go to an emergency department now.

## Hip replacement
rule-thr-dislocation = Your replaced hip clunked, the leg looks wrong or cannot take weight, so the hip may have come out: call { -emergency-number } now.
rule-thr-infection-fever = Hip pain with a fever when you have a hip replacement can mean the joint is infected: go to an emergency department now.
rule-thr-wound = The wound over your hip replacement is red, hot or leaking and may be infected, so contact your surgical team or a doctor today.
rule-thr-pain-worse-or-night = Pain in your replaced hip that gets worse or wakes you at night needs a check today for infection or loosening.
rule-thr-sudden-pain = Pain in your replaced hip started suddenly, so the joint may have moved or loosened: see a doctor today.
rule-thr-fall = Hip pain after a fall when you have a hip replacement can mean a break around the implant, so get an X-ray today.
rule-thr-new-limp = You have a new limp with your hip replacement, so ask your surgical team or doctor to check the hip in the coming days.

## Broken bone in the spine
rule-fracture-major-trauma = After a serious accident, such as a fall from a height or a road crash, call { -emergency-number } and keep still.
rule-fracture-fragile-bone-fall-or-sudden = Your bones may be fragile and the pain began with a fall, a knock or suddenly, so see a doctor today for an X-ray.
rule-fracture-fragile-bone-with-weakness = Fragile bones, pain that began suddenly or after a fall, and a weak leg can mean a broken bone: go to an emergency department now.
rule-fracture-age-70-minor-trauma = At 70 or older, pain after a fall or a knock can mean a cracked bone, so see a doctor today.
rule-fracture-age-70-sudden-back-pain = At 70 or older, back pain that starts suddenly without an injury can mean a cracked spine bone, so see a doctor today.
rule-sudden-severe-pain-age-50 = At 50 or older, very strong pain that starts suddenly without an injury needs a doctor today to rule out a serious cause.
rule-upper-back-sudden-pain-age-50 = At 50 or older, sudden upper back pain needs a doctor today to check for a cracked bone or a blood vessel problem.
rule-fused-spine-injury = A fused spine breaks easily, so pain after a fall or knock needs checking: go to an emergency department now.

## Broken hip
rule-hip-fracture-fall-cannot-bear-weight = You cannot put weight on your leg after a fall or injury, so the hip or pelvis may be broken: call { -emergency-number } now.
rule-hip-fracture-major-trauma = Hip, groin or thigh pain after a serious accident can mean a broken hip or thigh bone: call { -emergency-number } now.
rule-hip-older-cannot-bear-weight = At 70 or older, not being able to stand on a painful leg can mean a broken hip, even without a fall: call { -emergency-number } now.
rule-hip-fracture-older-fall = At 70 or older, hip or groin pain after a fall can hide a small break even if you walk, so get an X-ray today.
rule-hip-fracture-fragile-bone-fall = With fragile bones, hip or groin pain after a fall can hide a small break, so get an X-ray today.
rule-hip-cannot-bear-weight = You cannot put weight on your leg and your hip, groin or thigh hurts, so a doctor should check you today.
rule-hip-cannot-bear-weight-worsening = You cannot put weight on your leg and the pain is getting worse: go to an emergency department now.
rule-femoral-stress-fracture = Groin pain on standing or running after extra activity can be a stress crack in the thigh bone: rest it and see a doctor today.

## Cancer
rule-cancer-history-leg-symptoms = After cancer, new leg weakness, numbness, leg pain or trouble walking can mean pressure on the spinal cord: go to an emergency department now.
rule-cancer-history-upper-back = You have had cancer and now have upper back pain, so contact your cancer team or a doctor today.
rule-cancer-history-night-pain = You have had cancer and your pain is constant or not eased by rest, so see a doctor today.
rule-cancer-history-age-50-or-over = You have had cancer and you are 50 or older, so new back or hip pain should be checked by a doctor today.
rule-cancer-history-weight-loss = You have had cancer and have lost weight without trying, so see a doctor today.
rule-cancer-history-over-6-weeks = You have had cancer and this pain has lasted more than 6 weeks, so see a doctor today.
rule-weight-loss-night-pain-age-50 = At 50 or older, weight loss without trying plus pain that rest does not ease need a doctor today.
rule-cancer-history-new-pain = You have had cancer and this pain is not settling; it is usually harmless, but see your { -gp } within a few days.
rule-weight-loss-with-other-flag = You have lost weight without trying and have another warning sign, so ask your { -gp } to check this in the coming days.

## Blood vessels
rule-aaa-sudden-pain-faintness = Sudden, very bad back or belly pain with feeling faint can come from the main artery: call { -emergency-number } now and lie down.
rule-aaa-known-with-pain = New back or belly pain with a known swelling of the main artery can mean it is leaking: call { -emergency-number } now.
rule-chest-or-tearing-pain = Chest pain, or a tearing pain between the shoulder blades, can come from the heart or the main artery: call { -emergency-number } now.
rule-limb-ischaemia = A leg that suddenly turns cold, pale, numb or weak may have lost its blood supply: call { -emergency-number } now.
rule-walking-leg-pain = Leg pain that comes on with walking can come from squeezed nerves or narrowed arteries, so a doctor should check it in the coming days.

## Pregnancy
rule-pregnancy-belly-or-groin-pain = You are pregnant and have belly, groin or side pain, so contact your midwife, maternity unit or early pregnancy unit today.
rule-ectopic-pain-with-bleeding = You are pregnant and have pain with bleeding: go to an emergency department or your maternity unit now.
rule-ectopic-shoulder-tip-or-faint = Shoulder-tip pain or feeling faint in pregnancy can mean bleeding inside the belly: call { -emergency-number } now.
rule-pregnancy-bleeding-labour-or-waters = You are pregnant with bleeding, leaking fluid or regular tightenings: call your maternity unit now, or { -emergency-number } if you cannot reach them.
rule-pregnancy-pelvic-pain = You are pregnant or had a baby recently and have pelvic pain, so ask your midwife, { -gp } or a { -physio } to examine you.

## Kidneys
rule-kidney-loin-urinary-or-colic = Pain in your side under the ribs with burning urine or waves of pain can come from the kidney, so see a doctor today.
rule-kidney-colic = Pain that comes in strong waves can come from a kidney stone, so see a doctor today.
rule-kidney-loin-fever = Pain in your side under the ribs with a fever can be a kidney infection, so see a doctor today.
rule-kidney-infection-with-fever = Kidney pain with a fever and burning urine or waves of pain can mean an infected, blocked kidney: go to an emergency department now.
rule-kidney-colic-fever = Pain in waves with a fever can mean a blocked, infected kidney: go to an emergency department now.

## Women's health
rule-ovarian-torsion = Sudden low belly or groin pain with vomiting can mean a twisted ovary: go to an emergency department now.
rule-pelvic-infection = Low belly pain with a fever can be an infection of the womb or tubes, so see a doctor today.

## Groin lump
rule-strangulated-hernia = A painful groin lump with vomiting or very bad pain can be a trapped hernia: go to an emergency department now.
rule-groin-lump = A painful lump in the groin should be examined by a doctor in the coming days.

## Inflamed arteries and muscles
rule-gca-symptoms = After 50, a new headache, jaw pain when chewing or a change in eyesight needs a doctor today to protect your sight.
rule-gca-with-pmr-features = A new headache, jaw pain or eyesight change with stiff shoulders or long morning stiffness can threaten your sight: go to an emergency department now.
rule-pmr-pattern = After 50, stiff aching shoulders with long morning stiffness can come from inflamed muscles, so see a doctor within a few days.
rule-pmr-hip-girdle-pattern = After 50, pain on both sides with long morning stiffness can come from inflamed muscles, so see a doctor within a few days.

## Inflammatory back pain
rule-axial-spa-pattern = Your back pain began young, has lasted over 3 months and shows signs of inflammation, so ask your { -gp } about a joint specialist.

## Hip bone blood supply and sickle cell
rule-avascular-necrosis-pattern = Groin pain on walking, with steroids, alcohol or sickle cell, can mean poor blood supply to the hip bone, so see a doctor within days.
rule-sickle-cell-pain = You have sickle cell disease and bone or hip pain, so contact your sickle cell team or a doctor today.

## Pain that is severe, disabling or not settling
rule-severe-pain-uncontrolled = Your pain is very strong, getting worse and stops you sleeping or standing, so see a doctor today to bring it under control.
rule-severe-pain-not-settling = Your pain is very strong and not getting better, so book an appointment with a doctor or { -physio } who can help you control it.
rule-disabling-pain-not-settling = The pain has stopped your usual activities for over two weeks without improving, so book an appointment with your { -gp } or a { -physio }.
rule-fall-or-minor-injury = Your pain began with a fall or a knock and is not getting better, so see your { -gp } within a few days.
rule-pain-over-6-weeks = Your pain has lasted more than 6 weeks without getting better, so a review with your { -gp } or a { -physio } can help.
rule-hip-pain-over-12-weeks = Your hip or groin pain has lasted more than 3 months without getting better, so a review with your { -gp } or a { -physio } can guide you.
rule-pelvic-floor-symptoms = Long-standing leaks or a heavy feeling in the pelvis often improve with guided exercises, so talk to your { -gp } or a pelvic health { -physio }.
rule-spinal-asymmetry = One shoulder or hip sits higher while the spine is still growing, so a clinician should check for a sideways curve.

## Advice safety (these change which advice is shown, not where to go)
rule-advice-pregnancy = Because you are pregnant, anti-inflammatory painkillers and exercises lying flat on your back are left out.
rule-advice-pelvic-girdle = Because of your pelvic pain, exercises that spread the legs apart or load them unevenly are left out.
rule-advice-child = For under-16s, adult exercise plans and anti-inflammatory painkillers are left out, and a doctor or { -physio } will choose what fits.
rule-advice-nsaid-health-risk = Because of your health or your medicines, anti-inflammatory painkillers such as ibuprofen are left out.
rule-advice-nsaid-age-65 = At 65 or older, anti-inflammatory painkillers need extra care, so ask a pharmacist before taking one.
rule-advice-fragile-spine = Because your bones may be fragile, deep forward bends and twisting stretches are left out.
rule-advice-hip-replacement = Because you have a hip replacement, deep hip bends, leg-crossing and hip-turning stretches are left out: follow your surgical team's advice.
rule-advice-heat-numbness = Because part of your leg is numb, heat packs are left out, as numb skin can burn without you feeling it.
rule-advice-stress-fracture = Until a doctor has checked for a stress crack, the walking plan and standing exercises are left out.

rule-aaa-sudden-belly-and-back-pain-65 = At 65 or older, sudden very strong pain in the belly or side can come from the main blood vessel. Call { -emergency-number } now.
rule-pregnancy-late-severe-belly-pain = You are 20 weeks pregnant or more and have strong or sudden belly pain. Go to your maternity unit now, even without bleeding.
rule-long-standing-pain-worse = Your long-standing pain is getting worse, stopping you doing things or very strong, so ask your { -gp } or a { -physio } for a review.
