## Why a triage rule fired: one sentence addressed to the person.

rule-ces-saddle-numbness = You report numbness or an odd feeling between your legs, around your bottom or genitals; this can mean the nerves at the base of your spine are being squeezed, which needs checking in hospital straight away.

rule-ces-bladder-change = You report a new change in how your bladder works, such as trouble starting to pee or not feeling it; this can be a sign that the nerves at the base of your spine are squeezed and needs hospital care straight away.

rule-ces-bowel-change = You report a new loss of bowel control or of the feeling that your bowel is full; this can mean the nerves at the base of your spine are squeezed, which needs checking in hospital now.

rule-ces-sexual-dysfunction = You report a new problem with erections, ejaculation or feeling in your genitals; along with back or leg symptoms this can point to squeezed nerves at the base of your spine, which need hospital checks now.

rule-ces-both-legs-new = You have new or spreading symptoms in both legs. This can mean the nerves at the base of the spine are squeezed, which needs hospital checks now.

rule-progressive-leg-weakness = You report leg weakness that is getting worse; a leg that keeps losing strength means a nerve is being squeezed harder, and it needs a doctor's opinion today so that the pressure can be relieved before the damage lasts.

rule-infection-fever-after-spinal-procedure = You report fever or chills after recent spine surgery, a spinal injection or a serious infection; this can be a sign of an infection in the spine, which needs emergency care now.

rule-infection-fever-with-leg-weakness = You report fever or chills together with weakness in a leg; an infection pressing on the nerves in the spine can look like this and needs emergency care now.

rule-infection-fever-immunosuppression = You report fever or chills along with a weaker immune system or injected drug use; this raises the chance of an infection in the spine, so a doctor should see you today.

rule-infection-fever-with-back-pain = You report back pain with fever, chills or night sweats; most often this is a passing illness, but an infection in the spine has to be ruled out, so a doctor should see you today.

rule-septic-hot-joint-fever = You report a hot, red or swollen joint along with fever or chills; this can be an infected joint, which can be harmed within days, so go for emergency care now.

rule-septic-hot-joint-cannot-bear-weight = You report a hot, red or swollen joint and you cannot put weight on your leg; an infected joint has to be ruled out, which needs emergency care now.

rule-septic-hot-joint = You report a hot, red or swollen joint; this is not how everyday wear and tear looks, and an infection or inflammation needs a doctor's check today.

rule-hip-pain-with-fever = You report hip or groin pain with fever, chills or night sweats; an infection in or near the hip joint has to be ruled out, so a doctor should see you today.

rule-cancer-history-night-pain = You report a past or current cancer and pain that is constant or not eased by rest at night; together these can point to cancer reaching the bones, so a doctor should see you today or within 24 hours.

rule-cancer-history-age-50-or-over = You report a past or current cancer and you are 50 or older; with new back or hip pain, this pairing calls for a doctor's check today or within 24 hours to rule out spread to the bones.

rule-cancer-history-weight-loss = You report a past or current cancer and weight loss without trying; together these need a doctor's check today or within 24 hours to rule out cancer reaching the spine.

rule-cancer-history-over-6-weeks = You report a past or current cancer and pain lasting more than 6 weeks; pain that lingers after a cancer should be checked by a doctor today or within 24 hours.

rule-cancer-history-leg-symptoms = You report a past or current cancer along with leg weakness or symptoms in both legs; this can mean the spinal cord or nerves are being pressed on, which needs emergency care now.

rule-weight-loss-night-pain-age-50 = You report weight loss without trying and pain that rest does not ease at night, and you are 50 or older; each sign alone means little, but together they call for a doctor's check today or within 24 hours.

rule-cancer-history-new-pain = You report a past or current cancer; most back and hip pain is still harmless, but with this history your { -gp } should check new pain within a few days.

rule-fracture-major-trauma = You report a serious accident, such as a fall from a height or a road crash; a broken bone in the spine has to be ruled out, so you need emergency care now.

rule-fracture-fragile-bone-fall-or-sudden = You report long-term steroid tablets or thin bones (osteoporosis), and pain that began with a fall, a knock or out of the blue; fragile bones can crack this way, so a doctor should see you today for an X-ray.

rule-fracture-fragile-bone-with-weakness = You report fragile bones, pain that began with a fall, a knock or out of the blue, and weakness in a leg; a cracked bone in the spine pressing on nerves can look like this and needs emergency care now.

rule-fracture-age-70-minor-trauma = You are 70 or older and your pain followed a fall or a knock; at this age even a small fall can crack a bone in the spine, so a doctor should see you today.

rule-aaa-sudden-pain-faintness = You report sudden, severe back or belly pain with feeling faint, sweaty or collapsing; this can come from a leak in the main artery of the belly, which is life-threatening, so call for emergency help now.

rule-hip-fracture-fall-cannot-bear-weight = You report a fall or injury and you cannot put weight on your leg; this can mean a broken hip or pelvis, which needs emergency care now.

rule-hip-fracture-major-trauma = You report a serious accident and pain in the hip, groin or thigh; a broken hip or thigh bone has to be ruled out, which needs emergency care now.

rule-hip-fracture-older-fall = You are 70 or older and have hip or groin pain after a fall; even if you can walk, a small break in the hip or pelvis can hide this way, so a doctor should see you today for an X-ray.

rule-hip-fracture-fragile-bone-fall = You report bones made fragile by steroids or osteoporosis, and hip or groin pain after a fall; a small break can be missed even when you can walk, so a doctor should see you today for an X-ray.

rule-hip-cannot-bear-weight = You report that you cannot put weight on your leg, with pain in the hip, groin or thigh; a hidden break, an infection or damage to the hip joint needs to be ruled out by a doctor today.

rule-hip-cannot-bear-weight-worsening = You report that you cannot put weight on your leg and that your hip, groin or thigh pain is getting worse; a turn for the worse like this needs emergency care now.

rule-sufe-limp = You are between 8 and 16 years old and report a limp with hip, groin or thigh pain; at this age the top of the thigh bone can slip at its growth plate, so a doctor should see you today.

rule-sufe-cannot-bear-weight = You are between 8 and 16 years old, have hip, groin or thigh pain and cannot put weight on the leg; the top of the thigh bone may have slipped in an unstable way, which needs emergency care now.

rule-leg-weakness-stable = You report weakness in a leg that is not getting worse; a doctor or { -physio } should check the nerves within a few days, and any worsening needs care the same day.

rule-numbness-or-tingling-leg = You report numbness or pins and needles in a leg or foot; this often comes from an irritated nerve and usually settles, but it is worth a check with your { -gp } or a { -physio } within a few days.

rule-severe-or-limiting-pain = You report pain that is severe or that stops you doing your usual daily activities; a doctor or { -physio } can help you bring it under control, so book an appointment in the coming days.

rule-severe-pain-getting-worse = You report severe pain that is getting worse; pain that keeps climbing despite care should be looked at by a doctor today.

rule-fall-or-minor-injury = You report that your pain began with a fall or a knock; even a minor injury is worth a check with your { -gp } within a few days to make sure nothing is broken.

rule-pain-over-6-weeks = You report back or leg pain for more than 6 weeks; most of the recovery usually happens in the first 6 weeks, so pain that lasts longer deserves a review with your { -gp } or a { -physio }.

rule-inflammatory-back-pain-pattern = You are under 45, have had back pain for more than 3 months and report at least two signs such as long morning stiffness, pain eased by exercise, waking in the second half of the night or a linked health or family history; this pattern can fit an inflammatory back condition, so ask your { -gp } about seeing a joint specialist (rheumatologist).

rule-avascular-necrosis-pattern = You report groin pain and a limp while taking long-term steroids or having fragile bones; this pattern can fit a poor blood supply to the ball of the hip joint, so see your { -gp } within days for an X-ray or scan.

rule-pelvic-floor-symptoms = You report urine leaks that have gone on for months or a heavy, dragging feeling in your pelvis; these can fit a weak or overtight pelvic floor, which often improves with guided exercises, so talk to your { -gp } or a pelvic health { -physio }.

rule-hip-pain-over-12-weeks = You report hip or groin pain for more than 3 months; only about a quarter of hip pain has settled by then, so a review with your { -gp } or a { -physio } can guide the next steps.
rule-unexplained-weight-loss-alone = You have lost weight without trying. On its own this rarely points to a problem in the spine, but it is worth having it checked by your { -gp }.
rule-spinal-asymmetry = One shoulder or hip sits higher than the other while the spine is still growing. This can come from a sideways curve of the spine, which a clinician can examine and measure.
rule-pregnancy-pelvic-pain = You are pregnant or had a baby in the last year and have pain around the pelvis. This is common and treatable; your midwife, your { -gp } or a { -physio } can check it and show you what helps.

rule-both-legs-long-standing = You have had symptoms in both legs for a while. This is rarely an emergency, but a clinician should examine you.
