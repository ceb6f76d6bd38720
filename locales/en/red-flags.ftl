## Red flags: serious problems behind the triage rules.
## red-flag-<id> = name; .summary = what it is; .action = what to do now.

red-flag-cauda-equina = Cauda equina syndrome
    .summary = The bundle of nerves at the bottom of the spine, which runs the bladder, bowel, sex organs and legs, may be squeezed. If the pressure is not relieved quickly, the harm can be lasting.
    .action = Call { -emergency-number } or { -go-to-emergency } now. Say that you may have cauda equina syndrome and need an urgent MRI scan. Do not wait to see whether it passes.

red-flag-progressive-neurological-deficit = Worsening nerve damage
    .summary = A nerve leaving the spine is pressed so hard that the leg or foot is losing strength. For example, the foot drags or slaps down when you walk.
    .action = See a doctor today so that a spine specialist can give an opinion quickly. If both legs are affected, call { -emergency-number }. Do the same if you notice numbness between your legs or changes in your bladder or bowel.

red-flag-spinal-infection = Spine infection
    .summary = Germs can infect the bones, the discs or the space around the nerves in the spine. It is rare, but it can harm the nerves if it is not treated early.
    .action = Some signs cannot wait. One is a fever if you recently had spine treatment, if you inject drugs, or if your body fights germs less well. Others are feeling very unwell or legs getting weak. In that case, call { -emergency-number } or { -go-to-emergency } now. Otherwise, get seen by a doctor today.

red-flag-spinal-malignancy = Cancer in the spine
    .summary = Some cancers can spread to the bones of the spine and press on the spinal cord or nerves. A past cancer makes this more likely, although most back pain has a harmless cause.
    .action = Some signs cannot wait: legs turning weak or numb, walking getting hard, or changes in your bladder or bowel. In that case, call { -emergency-number } now. Otherwise, see a doctor today and mention your cancer.

red-flag-vertebral-fracture = Broken bone in the spine
    .summary = A bone of the spine (a vertebra) can crack after a hard fall or a crash. When bones are thin or the spine is fused, a small knock or even no injury at all can do it.
    .action = After a serious accident, call { -emergency-number } and keep still until help arrives. Otherwise, see a doctor today so that an X-ray or scan can be arranged.
    .action-urgent = See a doctor today so that an X-ray or scan can be arranged. If your legs turn weak or numb, or your bladder or bowel change, call { -emergency-number }.

red-flag-hip-fracture = Broken hip or pelvis
    .summary = The top of the thigh bone or a bone of the pelvis can break, often in a fall from standing. It happens above all in older people or people with thin bones.
    .action = If you cannot stand, or cannot put weight on the leg, call { -emergency-number }. Do not try to walk. If you can still walk, see a doctor today for an X-ray.

red-flag-septic-arthritis = Infected joint (septic arthritis)
    .summary = Germs inside a joint, such as the hip, can damage it within days. A deep joint like the hip may not look red or swollen, and children may only limp.
    .action = With a fever, or if the leg cannot take weight, { -go-to-emergency } now or call { -emergency-number }. Otherwise see a doctor today.

red-flag-prosthetic-hip-complication = Problem with a hip replacement
    .summary = A replaced hip can come out of its socket (dislocate), work loose, or become infected, sometimes years after the operation.
    .action = Call { -emergency-number } if the hip clunked, the leg looks short or turned, or you cannot stand. Do not try to put the hip back. For a fever, { -go-to-emergency }. Otherwise, contact your surgical team today.

red-flag-aortic-aneurysm = Problem with the main artery (aortic aneurysm or tear)
    .summary = The main artery of the body (the aorta) can swell like a balloon and then leak or burst, or its wall can tear. This causes sudden, severe pain in the back, belly or chest and is life-threatening.
    .action = Call { -emergency-number } now. Lie down, stay where you are while you wait, and do not drive yourself.

red-flag-limb-ischaemia = Blocked artery in the leg
    .summary = A clot can suddenly block the main artery of a leg, which then turns cold, pale, numb and weak. Without treatment within hours, the leg can be lost.
    .action = Call { -emergency-number } now. Do not wait to see whether the feeling comes back.

red-flag-slipped-capital-femoral-epiphysis = Slipped growth plate at the hip (slipped upper femoral epiphysis)
    .summary = In children and teenagers, the ball at the top of the thigh bone can slip at its growth plate. It often shows up as a limp with hip, groin, thigh or even knee pain.
    .action = If the child or teenager cannot put any weight on the leg, { -go-to-emergency } now or call { -emergency-number }. Otherwise, get them seen by a doctor today, and keep weight off the leg until then.

red-flag-child-limp = A child's limp that needs checking
    .summary = Most limps in children come from a passing inflammation of the hip after a virus. Some come from an infection, a hidden break or a hip problem that needs treatment.
    .action = If the child has a fever or will not stand on the leg, or if the leg looks bent or out of shape, { -go-to-emergency } now. Otherwise, get the child seen by a doctor.
    .action-urgent = Get the child seen by a doctor today, at a place that can do an X-ray if needed. If the child looks very unwell, gets a fever, or the leg looks bent or out of shape, { -go-to-emergency } now.

red-flag-child-serious-illness = A child who looks seriously ill
    .summary = Pale or grey skin, a floppy body, being hard to wake, or a rash that does not fade can be signs of a serious infection in the blood or around the brain (sepsis or meningitis).
    .action = Call { -emergency-number } or { -go-to-emergency } now. Do not wait to see whether it passes.

red-flag-femoral-stress-fracture = Stress crack in the thigh bone
    .summary = Repeated loading, for example a lot of running, can crack the neck of the thigh bone near the hip. If it is missed, the crack can break through completely.
    .action = Stop running and keep weight off the leg, using crutches if you have them. See a doctor today.

red-flag-ectopic-pregnancy = Ectopic pregnancy
    .summary = A pregnancy can grow outside the womb, most often in a tube. It can burst and bleed inside the belly, which is life-threatening.
    .action = With bleeding and pain, shoulder-tip pain or feeling faint, call { -emergency-number } now. With pain alone, contact your { -early-pregnancy-unit }, { -maternity-unit } or a doctor today.

red-flag-blood-clot = Possible blood clot in a leg vein
    .summary = In pregnancy and in the weeks after birth, blood clots more easily. A clot in a deep leg vein can make the leg swollen and painful, and can travel to the lungs.
    .action = Contact your { -maternity-unit }, { -midwife } or { -gp } today to be checked. If you are short of breath or have chest pain, call { -emergency-number } now.

red-flag-pregnancy-complication = Pregnancy problem needing the maternity team
    .summary = Bleeding, leaking fluid or regular tightenings can mean the baby is coming early, the waters have broken or the placenta is coming away.
    .action = Call your { -maternity-unit } or { -midwife } now. If you cannot reach them, or the bleeding is heavy or you feel faint, call { -emergency-number }.

red-flag-kidney-problem = Kidney stone or kidney infection
    .summary = A stone can block the tube from the kidney and cause waves of severe pain; the kidney can also become infected. A blocked kidney with a fever is dangerous.
    .action = With a fever, shivers or feeling very unwell, { -go-to-emergency } now. Otherwise, see a doctor today.

red-flag-gynaecological-emergency = Twisted ovary or pelvic infection
    .summary = An ovary can twist and lose its blood supply, or the womb and tubes can become infected. Both can harm fertility if not treated quickly.
    .action = For sudden pain with vomiting, { -go-to-emergency } now. For pain with a fever, see a doctor today.

red-flag-testicular-torsion = Twisted testicle (testicular torsion)
    .summary = A testicle can twist and cut off its own blood supply. The pain is often felt low in the belly or in the groin, not only in the testicle. Surgery within hours can save it.
    .action = Call { -emergency-number } or { -go-to-emergency } now. Do not wait to see whether the pain settles. Do not eat or drink until you have been seen.

red-flag-strangulated-hernia = Trapped hernia
    .summary = Part of the bowel can get stuck in a hernia in the groin and lose its blood supply.
    .action = This needs care now: { -go-to-emergency }. Do not eat or drink until you have been seen, and do not push the lump back by force.

red-flag-giant-cell-arteritis = Inflamed arteries (giant cell arteritis)
    .summary = In people over 50, arteries of the head can become inflamed. It can suddenly take away sight, and it often comes with aching, stiff shoulders and hips.
    .action = If your eyesight changes, { -go-to-emergency } now. Otherwise, see a doctor today, and say you are worried about giant cell arteritis.
