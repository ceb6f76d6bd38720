## Why a triage rule fired, addressed to the person: what they told us, then what it may mean
## and what to do. Short sentences (20 words or fewer where possible, never over 30).


## Cauda equina syndrome
rule-ces-saddle-numbness = You have numbness between your legs. The nerves at the base of your spine may be squeezed: { -go-to-emergency } now.
rule-ces-bladder-change = Your bladder has changed since the pain began. The nerves in your lower spine may be squeezed: { -go-to-emergency } now.
rule-ces-bowel-change = You have lost some bowel control or feeling. The nerves in your lower spine may be squeezed: { -go-to-emergency } now.
rule-ces-sexual-dysfunction = Your sexual function has changed since the pain began. The nerves in your lower spine may be squeezed: { -go-to-emergency } now.
rule-ces-both-legs-new = Both legs became affected in the last two weeks. The nerves in your lower spine may be squeezed: { -go-to-emergency } now.
rule-ces-both-legs-weakness-worsening = Both legs are affected and the weakness is getting worse. The nerves in your spine may be squeezed: { -go-to-emergency } now.
rule-ces-both-legs-walking-new = Both legs are affected and walking has recently become hard. The nerves in your spine may be squeezed: { -go-to-emergency } now.
rule-both-legs-longstanding = You have symptoms in both legs. A doctor should examine your legs and back in the coming days.

## Nerve damage that is getting worse
rule-progressive-leg-weakness = Your leg is getting weaker. A nerve may be squeezed harder and harder, so see a doctor today.
rule-foot-drop-new = You have new trouble lifting your foot, which can mean a badly squeezed nerve. See a doctor today for a quick specialist opinion.
rule-difficulty-walking-new = Walking has recently become hard because your legs feel weak, numb or unsteady. See a doctor today to check your spinal nerves.
rule-leg-weakness-stable = Your leg is a little weak but not getting worse. Have your nerves checked within days, or the same day if it gets worse.
rule-numbness-or-tingling-leg = Numbness or pins and needles in a leg often come from an irritated nerve. Have it checked within a few days.

## Spinal infection
rule-infection-fever-after-spinal-procedure = You have a fever after recent spine treatment or a serious infection. Your spine may be infected: { -go-to-emergency } now.
rule-infection-fever-with-leg-weakness = You have a fever and a weak leg. An infection may be pressing on the spinal nerves: { -go-to-emergency } now.
rule-infection-fever-immunosuppression = You have a fever and your body fights germs less well. Your spine may be infected, and that needs treatment fast: { -go-to-emergency } now.
rule-infection-fever-with-back-pain = You have back pain with a fever or chills. A doctor should check today that your spine is not infected.
rule-spinal-wound-after-procedure = The wound from your recent spine treatment is red, hot or leaking. It may be infected, so see a doctor today.
rule-infection-risk-night-or-worsening-pain = Your back pain is constant, wakes you at night or keeps getting worse, and your health history makes an infection more likely. A spine infection can start without a fever. See a doctor today and tell them about your health history.
rule-infection-risk-with-new-nerve-signs = Your legs are getting weaker or harder to walk on, and your health history makes an infection more likely. An infection may be pressing on the nerves in your spine, even without a fever: { -go-to-emergency } now.

## Infected joint
rule-septic-hip-fever-cannot-bear-weight = A fever with hip or thigh pain, and a limp or a leg that cannot take weight, can mean the hip is infected: { -go-to-emergency } now.
rule-septic-hot-joint-fever = You have a hot, swollen joint and a fever. The joint may be infected and can be damaged quickly: { -go-to-emergency } now.
rule-septic-hot-joint-cannot-bear-weight = You have a hot, swollen joint and cannot put weight on the leg. The joint may be infected: { -go-to-emergency } now.
rule-septic-hot-joint = A hot, red or swollen joint is not a sign of wear and tear. See a doctor today.
rule-hip-pain-with-fever = You have hip, groin or thigh pain with a fever. It can come from an infection in or near the hip, so see a doctor today.
rule-sickle-cell-fever = You have sickle cell disease, a fever, and pain in your bones or joints. This needs a quick check for infection: { -go-to-emergency } now.

## Children
rule-child-fever-limp-or-joint-pain = The child has a fever and a limp, or pain in the hip, thigh or knee. A joint may be infected: { -go-to-emergency } now.
rule-child-cannot-bear-weight = The child cannot put weight on the leg. This needs a check for an infection or a broken bone: { -go-to-emergency } now.
rule-toddler-limp = A child under 3 who starts to limp needs to see a doctor today.
rule-child-back-pain-over-3-weeks = A child's back pain that has lasted more than 3 weeks should be checked by a doctor in the coming days or weeks.
rule-child-limp = A child who starts to limp should be examined by a doctor in the coming days.
rule-sufe-hip-or-knee-pain = At this age, hip, thigh or even knee pain can come from the growth plate of the hip. A doctor should examine the hip within days.
rule-sufe-limp = At this age, a limp with hip, thigh or knee pain can mean the growth plate of the hip has slipped. See a doctor today.
rule-sufe-cannot-bear-weight = At this age, not being able to stand on the leg is a warning sign. The growth plate of the hip may have slipped: { -go-to-emergency } now.
rule-sufe-leg-shortened-or-turned = At this age, a leg that looks short or turned out, with hip, thigh or knee pain, is a sign that the growth plate of the hip may have slipped. Keep weight off the leg and { -go-to-emergency } now.
rule-child-night-pain = In a child, pain at night that rest does not ease needs a doctor's check. A doctor may arrange an X-ray or a blood test within two days. Contact a doctor today.
rule-child-looks-seriously-unwell = The child looks seriously ill. This can be a sign of a serious infection: call { -emergency-number } or { -go-to-emergency } now.
rule-child-limp-after-injury = The child started limping after a fall, a knock or an accident. A small break can hide in a child's leg: get the child checked by a doctor today.
rule-child-leg-deformity = The child's leg looks shorter, bent or turned. A bone may be broken or out of place: keep weight off the leg and { -go-to-emergency } now.
rule-child-limp-not-settling = The child's limp is not better after 2 days, or is getting worse. A doctor should examine the child today.
rule-child-refuses-to-walk = The child cannot stand or put weight on the leg. A doctor should check today for a hidden break, or an infection in a bone or the spine.
rule-child-hip-pain-persisting = A child's hip or groin pain that has lasted 2 days or more should be checked by a doctor in the coming days. An X-ray may be needed.
rule-child-weight-loss-with-pain = The child has lost weight without trying, and has pain or a limp. A doctor should see the child today.
rule-young-child-back-pain = Back pain is unusual in a child under 5. A doctor should examine the child in the coming days.
rule-child-inflammatory-pattern = The child's pain or limp comes with stiffness that lasts a long time in the morning. This can be a sign of inflamed joints: a doctor should examine the child in the coming days.

## Hip replacement
rule-thr-dislocation = Your replaced hip clunked, or the leg looks wrong or cannot take weight. The hip may have come out: call { -emergency-number } now.
rule-thr-infection-fever = You have a hip replacement, hip pain and a fever. The joint may be infected: { -go-to-emergency } now.
rule-thr-wound = The wound over your hip replacement is red, hot or leaking. It may be infected, so contact your surgical team or a doctor today.
rule-thr-night-pain = Pain in your replaced hip wakes you at night or does not ease with rest. Get it checked today for infection.
rule-thr-pain-worse-first-3-years = Pain in your replaced hip is getting worse, and the operation was less than 3 years ago, or you are not sure when. A slow infection can start this way, so get it checked today.
rule-thr-new-pain-worse = Pain in your replaced hip started in the last 3 weeks, or you are not sure when, and it is getting worse. An infection can reach the joint through the blood, so get it checked today.
rule-thr-pain-worse = Pain in your replaced hip is getting worse. Ask your doctor to refer you to the hip team within days, for an X-ray to check the joint is not wearing or loose. If it starts to wake you at night, get checked today. If you get a fever or cannot stand on the leg: { -go-to-emergency } now.
rule-thr-sudden-pain = Pain in your replaced hip started suddenly. The joint may have moved or loosened, so see a doctor today.
rule-thr-fall = You have a hip replacement and hip pain after a fall. The bone around the implant may be broken, so get an X-ray today.
rule-thr-new-limp = You have a new limp with your hip replacement. Ask your surgical team or a doctor to check the hip in the coming days.

## Broken bone in the spine
rule-fracture-major-trauma = You had a serious accident, such as a fall from a height or a road crash. Call { -emergency-number } and keep still.
rule-fracture-fragile-bone-fall-or-sudden = Your bones may be fragile, and the pain began with a fall, a knock or suddenly. See a doctor today for an X-ray.
rule-fracture-fragile-bone-with-weakness = Your bones may be fragile, the pain began suddenly or after a fall, and a leg is weak. A bone may be broken: { -go-to-emergency } now.
rule-fracture-age-70-minor-trauma = At 70 or older, pain after a fall or a knock can mean a cracked bone. See a doctor today.
rule-fracture-age-70-sudden-back-pain = At 70 or older, back pain that starts suddenly without an injury can mean a cracked spine bone. See a doctor today.
rule-sudden-severe-pain-age-50 = At 50 or older, very strong pain that starts suddenly without an injury can have a serious cause. See a doctor today.
rule-upper-back-sudden-pain-age-50 = At 50 or older, sudden pain in the upper back can come from a cracked bone or a blood vessel. See a doctor today.
rule-fused-spine-injury = A fused spine breaks easily, and your pain began after a fall or a knock. It needs checking: { -go-to-emergency } now.

## Broken hip
rule-hip-fracture-fall-cannot-bear-weight = You cannot put weight on your leg after a fall or an injury. The hip or pelvis may be broken: call { -emergency-number } now.
rule-hip-fracture-major-trauma = You have hip, groin or thigh pain after a serious accident. The hip or thigh bone may be broken: call { -emergency-number } now.
rule-hip-older-cannot-bear-weight = You are 70 or older and cannot stand on a painful leg. The hip may be broken, even without a fall: call { -emergency-number } now.
rule-hip-fracture-older-fall = At 70 or older, hip or groin pain after a fall can hide a small break. Even if you can walk, get an X-ray today.
rule-hip-fracture-fragile-bone-fall = With fragile bones, hip or groin pain after a fall can hide a small break. Get an X-ray today.
rule-hip-cannot-bear-weight = You cannot put weight on your leg, and your hip, groin or thigh hurts. A doctor should check you today.
rule-hip-cannot-bear-weight-worsening = You cannot put weight on your leg and the pain is getting worse: { -go-to-emergency } now.
rule-femoral-stress-fracture = You have groin pain when standing or running, after more activity than usual. The thigh bone may have a stress crack: rest the leg and see a doctor today.

## Cancer
rule-cancer-history-leg-symptoms = You have had cancer, and now a leg is weak, numb or painful, or walking is hard. The spinal cord may be squeezed: { -go-to-emergency } now.
rule-cancer-history-upper-back = You have had cancer and now have pain in your upper back. Contact your cancer team or a doctor today.
rule-cancer-history-night-pain = You have had cancer, and your pain is constant or not eased by rest. See a doctor today.
rule-cancer-history-age-50-or-over = You have had cancer and you are 50 or older. A doctor should check this new back or hip pain today.
rule-cancer-history-weight-loss = You have had cancer and have lost weight without trying. See a doctor today.
rule-cancer-history-over-6-weeks = You have had cancer and this pain has lasted more than 6 weeks. See a doctor today.
rule-weight-loss-night-pain-age-50 = You are 50 or older, you have lost weight without trying, and rest does not ease the pain. See a doctor today.
rule-cancer-history-new-pain = You have had cancer and this pain is not settling. It is usually harmless, but see your { -gp } within a few days.
rule-weight-loss-with-other-flag = You have lost weight without trying and have another warning sign. Ask your { -gp } to check this in the coming days.

## Blood vessels
rule-aaa-sudden-pain-faintness = Sudden, very bad pain in the back or belly with feeling faint can come from the main artery. Call { -emergency-number } now and lie down.
rule-aaa-known-with-pain = You have a known swelling of the main artery and new back or belly pain. It may be leaking: call { -emergency-number } now.
rule-chest-or-tearing-pain = Chest pain, or a tearing pain between the shoulder blades, can come from the heart or the main artery. Call { -emergency-number } now.
rule-limb-ischaemia = A leg that suddenly turns cold, pale, numb or weak may have lost its blood supply. Call { -emergency-number } now.
rule-walking-leg-pain = Leg pain that comes on with walking can come from squeezed nerves or narrowed arteries. A doctor should check it in the coming days.

## Pregnancy
rule-pregnancy-belly-or-groin-pain = You are pregnant and have pain in your belly, groin or side. Contact your { -midwife }, { -maternity-unit } or { -early-pregnancy-unit } today.
rule-pregnancy-belly-pain = You are pregnant and have pain in your belly or side. Contact your { -midwife }, { -gp } or { -maternity-unit } today.
rule-pregnancy-groin-pain-warning-signs = You are pregnant and have groin pain that started suddenly or is very strong, or comes with vomiting, or burning or blood when you pee. Contact your { -midwife }, { -gp } or { -maternity-unit } today.
rule-pregnancy-leg-clot = You are pregnant or had a baby recently, and one leg has become swollen or painful. This can be a blood clot: get checked today.
rule-ectopic-pain-with-bleeding = You are pregnant and have pain with bleeding: { -go-to-emergency } or your { -maternity-unit } now.
rule-ectopic-shoulder-tip-or-faint = In pregnancy, pain at the tip of the shoulder or feeling faint can mean bleeding inside the belly. Call { -emergency-number } now.
rule-pregnancy-bleeding-labour-or-waters = You are pregnant and have bleeding, leaking fluid or regular tightenings. Call your { -maternity-unit } now. If you cannot reach them, call { -emergency-number }.
rule-pregnancy-pelvic-pain = You are pregnant or had a baby recently, and you have pelvic pain. Ask your { -midwife }, { -gp } or a { -physio } to examine you.

## Kidneys
rule-kidney-loin-urinary-or-colic = You have pain in your side under the ribs, with burning urine or waves of pain. It can come from the kidney, so see a doctor today.
rule-kidney-colic = Pain that comes in strong waves can come from a kidney stone. See a doctor today.
rule-kidney-loin-fever = You have pain in your side under the ribs and a fever. It can be a kidney infection, so see a doctor today.
rule-kidney-infection-with-fever = You have pain in your side under the ribs, a fever, and burning urine or waves of pain. The kidney may be blocked and infected: { -go-to-emergency } now.
rule-kidney-colic-fever = You have waves of pain and a fever. The kidney may be blocked and infected: { -go-to-emergency } now.
rule-urinary-symptoms-with-back-pain = You have back pain with burning, more frequent peeing or blood in your pee. This can be a bladder or kidney infection, so see a doctor or nurse today.

## Women's health
rule-ovarian-torsion = You have sudden pain low in the belly or groin, with vomiting. An ovary may be twisted: { -go-to-emergency } now.
rule-testicular-torsion = You have sudden pain low in the belly or groin, with vomiting. A testicle may be twisted, even if it does not hurt there: { -go-to-emergency } now.
rule-testicle-pain-sudden = Pain in a testicle that started suddenly, or comes with vomiting, can mean the testicle has twisted. It needs surgery within hours: { -go-to-emergency } now.
rule-testicle-pain-new = New pain or swelling in a testicle should be checked by a doctor today, to rule out a twisted testicle or an infection.
rule-pelvic-infection = You have pain low in the belly and a fever. It can be an infection of the womb or tubes, so see a doctor today.

## Groin lump
rule-strangulated-hernia = You have a painful lump in the groin with vomiting or very bad pain. It may be a trapped hernia: { -go-to-emergency } now.
rule-groin-lump = A painful lump in the groin should be examined by a doctor in the coming days.

## Inflamed arteries and muscles
rule-gca-symptoms = You are 50 or older and have a new headache, jaw pain when chewing or a change in eyesight. See a doctor today to protect your sight.
rule-gca-with-pmr-features = You have a new headache, jaw pain or a change in eyesight. You also have stiff shoulders or long morning stiffness. Your sight may be at risk: { -go-to-emergency } now.
rule-pmr-pattern = At 50 or older, stiff, aching shoulders with long morning stiffness can come from inflamed muscles. See a doctor within a few days.
rule-pmr-hip-girdle-pattern = At 50 or older, pain on both sides with long morning stiffness can come from inflamed muscles. See a doctor within a few days.

## Inflammatory back pain
rule-axial-spa-pattern = Your back pain began before 45, has lasted over 3 months and has signs of inflammation. Ask your { -gp } to refer you to a joint specialist (rheumatologist).

## Hip bone blood supply and sickle cell
rule-avascular-necrosis-pattern = You have groin pain when you walk or stand, and you take steroids, drink a lot or have sickle cell disease. The hip bone may lack blood, so see a doctor within days.
rule-sickle-cell-pain = You have sickle cell disease and pain in your bones or hip. Contact your sickle cell team or a doctor today.

## Pain that is severe, disabling or not settling
rule-severe-pain-uncontrolled = Your pain is very strong, getting worse, and stops you sleeping or standing. See a doctor today to bring it under control.
rule-severe-pain-not-settling = Your pain is very strong and not getting better. Book an appointment with a doctor or { -physio } who can help you control it.
rule-disabling-pain-not-settling = For over two weeks, the pain has stopped your usual activities without getting better. Book an appointment with your { -gp } or a { -physio }.
rule-fall-or-minor-injury = Your pain began with a fall or a knock and is not getting better. See your { -gp } within a few days.
rule-pain-over-6-weeks = Your pain has lasted more than 6 weeks without getting better. A review with your { -gp } or a { -physio } can help.
rule-hip-pain-over-12-weeks = Your hip or groin pain has lasted more than 3 months without getting better. A review with your { -gp } or a { -physio } can guide you.
rule-pelvic-floor-symptoms = Long-standing leaks or a heavy feeling in the pelvis often get better with guided exercises. Talk to your { -gp } or { -pelvic-floor-professional }.
rule-spinal-asymmetry = One shoulder or hip sits higher while the spine is still growing. A doctor or { -physio } should check for a sideways curve.

## Advice safety (these change which advice is shown, not where to go)
rule-advice-pregnancy = Because you are pregnant, anti-inflammatory painkillers and exercises lying flat on your back are left out.
rule-advice-pelvic-girdle = Because of your pelvic pain, exercises that spread the legs apart or load them unevenly are left out.
rule-advice-child = For under-16s, adult exercise plans and anti-inflammatory painkillers are left out. A doctor or { -physio } will choose what fits.
rule-advice-nsaid-health-risk = Because of your health or your medicines, anti-inflammatory painkillers such as ibuprofen are left out.
rule-advice-nsaid-age-65 = At 65 or older, anti-inflammatory painkillers need extra care. Ask a { -pharmacist } before taking one.
rule-advice-fragile-spine = Because your bones may be fragile, deep forward bends and twisting stretches are left out.
rule-advice-hip-replacement = Because you have a hip replacement, deep hip bends, leg crossing and hip-turning stretches are left out. Follow your surgical team's advice.
rule-advice-heat-numbness = Because part of your leg is numb, heat packs are left out: numb skin can burn without you feeling it.
rule-advice-stress-fracture = Until a doctor has checked for a stress crack, the walking plan and standing exercises are left out.

rule-aaa-sudden-belly-and-back-pain-65 = At 65 or older, sudden, very strong pain in the belly or side can come from the main blood vessel. Call { -emergency-number } now.
rule-pregnancy-late-severe-belly-pain = You are 20 weeks pregnant or more and have strong or sudden belly pain. Go to your { -maternity-unit } now, even without bleeding.
rule-long-standing-pain-worse = Your long-standing pain is getting worse, stopping you doing things, or very strong. Ask your { -gp } or a { -physio } for a review.
