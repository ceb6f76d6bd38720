## Red flags: serious problems behind the triage rules.
## red-flag-<id> = name; .summary = what it is; .action = what to do now.

red-flag-cauda-equina = Cauda equina syndrome
    .summary = The bundle of nerves at the bottom of the spine, which runs the bladder, bowel, sex organs and legs, may be squeezed. If the pressure is not relieved quickly, the harm can be lasting.
    .action = Go to an emergency department now or call { -emergency-number }. Say that you may have cauda equina syndrome and need an urgent MRI scan. Do not wait to see whether it passes.

red-flag-spinal-infection = Spine infection
    .summary = Germs can infect the bones, the discs or the space around the nerves in the spine. It is rare, but it can harm the nerves if it is not treated early.
    .action = Get seen by a doctor today. If you recently had a spine operation or injection, feel very unwell, or your legs are weak, call { -emergency-number } or go to an emergency department now; otherwise ask your { -gp } for a same-day visit or go to an urgent care clinic.

red-flag-spinal-malignancy = Cancer in the spine
    .summary = Some cancers can spread to the bones of the spine and cause back pain. A past cancer makes this more likely, although most back pain has a harmless cause.
    .action = See a doctor today or within 24 hours: ask your { -gp } for a same-day visit and mention your cancer history. If your legs turn weak or numb, walking gets hard, or your bladder or bowel changes, call { -emergency-number } now.

red-flag-vertebral-fracture = Broken bone in the spine
    .summary = A bone of the spine (a vertebra) can crack after a hard fall or a crash, or, when bones are thin, after a small knock or even a sudden movement.
    .action = After a serious accident, call { -emergency-number } and keep still until help arrives. After a small fall, or sudden pain when your bones are fragile, see a doctor today so that an X-ray can be arranged.

red-flag-hip-fracture = Broken hip or pelvis
    .summary = The top of the thigh bone or a bone of the pelvis can break, often in a fall from standing, above all in older people or people with thin bones.
    .action = If you cannot stand or put weight on the leg, call { -emergency-number } and do not try to walk. If you can still walk, see a doctor today for an X-ray.

red-flag-septic-arthritis = Infected joint (septic arthritis)
    .summary = Germs inside a joint, such as the hip, make it hot, swollen and very painful. Without treatment the joint can be damaged within days.
    .action = Get seen today. If you have a fever, feel very unwell or cannot put weight on the leg, go to an emergency department now or call { -emergency-number }; otherwise see your { -gp } or an urgent care clinic the same day.

red-flag-aortic-aneurysm = Leaking aortic aneurysm
    .summary = The main artery in the belly (the aorta) can balloon out and then leak or burst. This causes sudden, severe back or belly pain with faintness, and it is life-threatening.
    .action = Call { -emergency-number } now. Lie down, stay where you are while you wait, and do not drive yourself.

red-flag-progressive-neurological-deficit = Worsening nerve damage
    .summary = A nerve leaving the spine is pressed so hard that the leg or foot is losing strength, for example a foot that drags or slaps down when you walk.
    .action = See a doctor today so that a spine specialist can give an opinion quickly. If both legs are affected, or you notice numbness between your legs or changes in your bladder or bowel, call { -emergency-number }.

red-flag-slipped-capital-femoral-epiphysis = Slipped growth plate at the hip (SUFE)
    .summary = In children and teenagers, the ball at the top of the thigh bone can slip at its growth plate. It often shows up as a limp with hip, groin, thigh or even knee pain.
    .action = Get the child or teenager seen by a doctor today, and keep weight off the leg until then. If they cannot put any weight on it, go to an emergency department now or call { -emergency-number }.
