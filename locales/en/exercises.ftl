## Exercises: names, purpose, steps and when to ease off.
## The number of .step-N attributes matches `steps` in data/exercises.toml.

## Shared messages

# Variables: $sets, $reps, $hold (seconds, 0 when not held), $days (days a week).
exercise-dosage =
    { $sets ->
        [one]
            { $reps ->
                [one] Once
               *[other] { $reps } repetitions
            }
       *[other]
            { $sets } sets of { $reps ->
                [one] 1 repetition
               *[other] { $reps } repetitions
            }
    }, { $hold ->
        [0]
            { $days ->
                [7] every day
                [1] once a week
               *[other] { $days } days a week
            }
       *[other]
            with a { $hold }-second hold, { $days ->
                [7] every day
                [1] once a week
               *[other] { $days } days a week
            }
    }

exercise-target-core = Core (deep belly and back muscles)
exercise-target-lower-back = Lower back
exercise-target-glutes = Buttocks
exercise-target-hips = Hips
exercise-target-hamstrings = Back of the thighs
exercise-target-hip-flexors = Front of the hips
exercise-target-pelvic-floor = Pelvic floor
exercise-target-nerves = Nerves of the leg
exercise-target-general = Whole body

## The four exercises from the source article

exercise-bent-knee-fallout = Bent knee fall-out
    .summary = Trains the deep belly muscles to hold your lower back and pelvis steady while one hip moves.
    .step-1 = Lie on your back with both knees bent and your feet flat on the floor, about hip-width apart.
    .step-2 = Gently pull your belly button in toward your spine and keep breathing normally.
    .step-3 = Slowly lower one knee out to the side, only as far as you can without your pelvis rolling, then bring it back up to the middle.
    .step-4 = Do the same with the other knee, and keep taking turns until you reach the count on each side.
    .caution = Stop if you feel sharp pain, pain that spreads down your leg, or new numbness or tingling. Begin with a few slow movements once or twice a week, and add more only as it starts to feel easy.

exercise-glute-stretch = Glute stretch
    .summary = Stretches the muscles of the buttock and the back of the hip, which often tighten up when your back or hip hurts.
    .step-1 = Lie on your back with both knees bent and your feet on the floor.
    .step-2 = Rest one ankle across the opposite knee, so your legs make the shape of a number four.
    .step-3 = Hold the back of the thigh of the leg on the floor with both hands. Pull it gently toward your chest until you feel a stretch deep in the buttock of the crossed leg.
    .step-4 = Breathe slowly while you hold, then lower your legs and switch sides.
    .caution = A stretch should feel like a gentle pull, never like pain. Ease off if you feel a pinch in the front of the hip or the groin. Stop if you feel sharp pain, pain that spreads down your leg, or new numbness.

exercise-childs-pose = Child's pose
    .summary = A restful stretch that lengthens your lower back and eases tension around the hips.
    .step-1 = Kneel on a soft surface with your big toes touching and your knees apart, about as wide as your hips or a little wider.
    .step-2 = Sink your bottom back toward your heels, as far as is comfortable.
    .step-3 = Slide your hands forward along the floor and let your chest and forehead sink down, resting your head on a cushion if it does not reach the floor.
    .step-4 = Breathe slowly into your lower back while you hold, then walk your hands back in and come up slowly.
    .caution = Leave this one out, or keep it short, if bending forward makes your pain worse. Stop if you feel sharp pain, pain that spreads down your leg, or new numbness. A folded towel behind your knees can help if kneeling is uncomfortable.

exercise-knee-rocking = Knee rocking
    .summary = A slow, easy movement that loosens a stiff lower back and hips.
    .step-1 = Lie on your back with your knees bent, your feet flat on the floor and your knees together.
    .step-2 = Keep your shoulders relaxed on the floor and let both knees sway slowly to one side, only as far as feels comfortable.
    .step-3 = Bring them back through the middle and let them sway to the other side.
    .step-4 = Keep a slow, steady rhythm, breathing out each time your knees move away from the middle.
    .caution = Make the movement smaller if it pulls too much. Stop if you feel sharp pain, pain that spreads down your leg, or new numbness.

## Other exercises

exercise-pelvic-tilt = Pelvic tilt
    .summary = Wakes up the deep belly muscles and gently moves a stiff lower back.
    .step-1 = Lie on your back with your knees bent and your feet flat on the floor.
    .step-2 = Tighten your belly and tip your pelvis so the small of your back presses lightly into the floor.
    .step-3 = Hold this position while you keep breathing.
    .step-4 = Relax and let your back return to its natural curve before the next one.
    .caution = Keep the movement small and smooth. Stop if you feel sharp pain, pain that spreads down your leg, or new numbness.

exercise-glute-bridge = Glute bridge
    .summary = Strengthens the buttock and thigh muscles that support your lower back and hips.
    .step-1 = Lie on your back with your knees bent, your feet flat and hip-width apart, and your arms by your sides.
    .step-2 = Tighten your belly and squeeze your buttocks.
    .step-3 = Push through your heels to raise your hips until your shoulders, hips and knees form a straight line, without arching your back.
    .step-4 = Lower your hips slowly back down to the floor.
    .caution = Start with a small lift and raise your hips higher as you get stronger. Stop if you feel sharp pain, pain that spreads down your leg, or new numbness.

exercise-cat-cow = Cat and cow
    .summary = Moves your whole spine gently, rounding and then arching, to ease stiffness.
    .step-1 = Get onto your hands and knees, with your hands under your shoulders and your knees under your hips.
    .step-2 = Breathe out and round your back up toward the ceiling, letting your head hang down.
    .step-3 = Breathe in and let your belly sink slowly toward the floor as you look ahead, only as far as feels easy.
    .step-4 = Move slowly between the two positions without pushing to the end of either one.
    .caution = Keep the movement small if rounding or arching makes your pain worse. Stop if you feel sharp pain, pain that spreads down your leg, or new numbness. Put a cushion under your knees if kneeling hurts.

exercise-bird-dog = Bird dog
    .summary = Builds control of your trunk and buttock muscles while your arms and legs move.
    .step-1 = Get onto your hands and knees with your back flat, like a table top.
    .step-2 = Tighten your belly gently so your back stays still.
    .step-3 = Slowly reach one arm forward and the opposite leg back until both are in line with your body.
    .step-4 = Hold steady without letting your hips tip or your back sag, then bring them back down.
    .step-5 = Repeat with the other arm and leg, and keep taking turns.
    .caution = If balancing is hard at first, move only one leg or only one arm. Stop if you feel sharp pain, pain that spreads down your leg, or new numbness.

exercise-knee-to-chest = Knee to chest stretch
    .summary = A gentle stretch for the lower back and buttock.
    .step-1 = Lie on your back with both knees bent and your feet on the floor.
    .step-2 = Hold behind one knee and draw it slowly toward your chest.
    .step-3 = Hold while you breathe calmly, with your other foot on the floor and your head resting down.
    .step-4 = Lower the leg slowly and switch sides.
    .caution = Leave this one out if bending forward makes your pain worse, or if it pinches in your groin. Stop if you feel sharp pain, pain that spreads down your leg, or new numbness.

exercise-piriformis-stretch = Piriformis stretch
    .summary = Stretches the piriformis, a small muscle deep in the buttock that lies close to the sciatic nerve.
    .step-1 = Lie on your back with both knees bent and your feet on the floor.
    .step-2 = Bring one knee up and hold it with the opposite hand.
    .step-3 = Pull the knee gently across your body toward the opposite shoulder until you feel a stretch deep in the buttock.
    .step-4 = Hold, then let the leg come back slowly and switch sides.
    .caution = Ease off if you feel a pinch at the front of the hip or in the groin. Stop if you feel sharp pain, pain that shoots down your leg, or new numbness.

exercise-hip-flexor-stretch = Hip flexor stretch
    .summary = Stretches the muscles at the front of the hip, which tighten after long hours of sitting.
    .step-1 = Kneel on one knee on a cushion, with the other foot flat on the floor in front of you, and hold a chair or a wall for balance.
    .step-2 = Stand tall through your trunk and tuck your tailbone under a little, so your lower back does not arch.
    .step-3 = Shift your weight gently forward until you feel a stretch at the front of the hip of the kneeling leg.
    .step-4 = Hold while you keep breathing, then ease back.
    .step-5 = Switch legs and repeat.
    .caution = If kneeling hurts, do the stretch standing in a long stride instead. Stop if you feel sharp pain, pain that spreads down your leg, or new numbness.

exercise-clamshell = Clamshell
    .summary = Strengthens the muscles on the side of the hip that keep your pelvis level when you walk.
    .step-1 = Lie on your side with your hips and knees bent and your feet together, resting your head on your arm or a cushion.
    .step-2 = Keep your feet touching and lift your top knee as far as you can without rolling your pelvis back.
    .step-3 = Pause for a moment at the top, then lower the knee slowly.
    .step-4 = When you finish the count, roll over and work the other side.
    .caution = Put a pillow under your hip if lying on it is sore. Stop if you feel sharp pain, pain that spreads down your leg, or new numbness.

exercise-sciatic-nerve-glide = Sciatic nerve glide
    .summary = Helps the sciatic nerve slide freely along the back of the leg, which can ease leg pain and tingling.
    .step-1 = Sit up straight on a firm chair with your feet on the floor.
    .step-2 = Slowly straighten one knee while you tip your head back to look up.
    .step-3 = Bend the knee back down while you bring your chin toward your chest.
    .step-4 = Keep the movement smooth and easy, and do the same with the other leg if it is also affected.
    .caution = This should feel like gentle movement, not a strong stretch. Stop if tingling or numbness gets worse or lasts after you finish, if you feel sharp pain, or if the pain spreads further down your leg.

exercise-prone-press-up = Press-up on your stomach
    .summary = Gently arches your lower back, which can ease pain for some people whose back hurts more when they bend forward.
    .step-1 = Lie on your stomach with your hands flat under your shoulders.
    .step-2 = Let your hips and legs stay relaxed on the floor.
    .step-3 = Straighten your arms slowly to lift your chest, only as far as feels comfortable.
    .step-4 = Pause briefly at the top, then lower yourself slowly.
    .caution = Not for use in pregnancy. Leave it out if leaning back makes your pain worse. Stop if you feel sharp pain, pain that spreads further down your leg, or new numbness.

exercise-pelvic-floor-contraction = Pelvic floor squeeze
    .summary = Strengthens the muscles at the base of the pelvis that support the bladder, the bowel and the lower back.
    .step-1 = Sit, stand or lie comfortably with your thighs, buttocks and belly relaxed.
    .step-2 = Squeeze and lift the muscles you would use to hold in gas and to stop yourself passing urine.
    .step-3 = Hold the squeeze while you keep breathing normally, then let go completely and rest for a few seconds.
    .step-4 = When the slow squeezes feel easier, add a few quick, strong squeezes, relaxing fully after each one.
    .caution = Start with shorter holds and build up over several weeks; it usually takes at least three months of regular practice to see results. Spread the sets out over the day, and do not stop your urine midstream as an exercise. If squeezing hurts, or if sex is painful, see { -pelvic-floor-professional } first, because your muscles may need to learn to relax rather than tighten.

exercise-diaphragmatic-breathing = Belly breathing
    .summary = Calms a tense body and helps the pelvic floor and deep belly muscles let go.
    .step-1 = Sit comfortably, or lie on your side or your back with your knees bent, with one hand on your chest and one on your belly.
    .step-2 = Breathe in slowly through your nose and let your belly rise under your hand while your chest stays fairly still.
    .step-3 = Notice the area between your legs softening and dropping a little as you breathe in.
    .step-4 = Breathe out slowly through your mouth and let your belly fall back.
    .caution = If you feel dizzy or light-headed, breathe more gently and take a break. Stop if you feel sharp pain or new numbness.

exercise-walking-program = Walking plan
    .summary = Builds up your fitness step by step; walking gets blood flowing to sore muscles and nerves and helps them settle.
    .step-1 = Start with a walk short enough to finish comfortably, even if that is only five or ten minutes.
    .step-2 = Walk at an easy pace on level ground, in comfortable, supportive shoes.
    .step-3 = Every few days, add a few minutes if your pain has not flared up.
    .step-4 = Build up toward about thirty minutes on most days, split into shorter walks if that suits you better.
    .caution = If your legs feel heavy, numb or painful as you walk, stop and sit down or lean forward until it passes, then carry on. Go easier if your pain is worse the next day. Stop and get advice if walking causes sharp pain in the hip or groin, or new numbness.

exercise-side-plank-from-knees = Side plank from the knees
    .summary = Strengthens the muscles along the side of your trunk and hip.
    .step-1 = Lie on your side propped up on your forearm, with your elbow under your shoulder and your knees bent behind you.
    .step-2 = Tighten your belly gently.
    .step-3 = Lift your hips off the floor so your body forms a straight line from your head to your knees.
    .step-4 = Hold, lower slowly, then turn over and work the other side.
    .caution = Keep the holds short at first and lengthen them as you get stronger. Stop if your shoulder or hip hurts, or if you feel sharp pain, pain that spreads down your leg, or new numbness.

exercise-sit-to-stand = Sit to stand
    .summary = Strengthens your legs and buttocks for everyday tasks like getting up from a chair.
    .step-1 = Sit near the front of a firm chair with your feet flat on the floor, a little apart.
    .step-2 = Lean forward slightly from your hips and stand up by pushing through your feet, using your hands only if you need to.
    .step-3 = Stand up tall for a moment.
    .step-4 = Sit back down slowly and with control.
    .caution = If it is too hard, use a higher chair or push on the armrests. Stop if you feel sharp pain, pain that spreads down your leg, or new numbness.
