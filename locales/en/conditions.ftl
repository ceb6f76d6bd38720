# Conditions (data/conditions.toml): name, what it is, usual course and first-line care.
# Educational only: these describe patterns that symptoms can fit, never a diagnosis.

condition-muscle-strain = Muscle strain
    .summary = A strain is a small overstretch or tear in a muscle of the back or hip. It can follow heavy or unusual lifting, a fall, a burst of activity your body is not used to, or hours of sitting. Weak trunk muscles can add to it, because the back muscles then have to take up the slack. The area often feels tight, sore or goes into spasm, and the pain stays in the back or hip rather than running down the leg.
    .course = Strains usually start to ease within a few days and most settle within a few weeks. With new low back pain of any kind, most of the improvement tends to happen in the first six weeks.
    .first-line = Keep moving gently and carry on with your usual activities as far as you can, easing off only what clearly makes it worse; staying in bed does not help. A heat pack can relax tight muscles. If you need a painkiller, the usual choice is an anti-inflammatory (NSAID) from the pharmacy, if it is safe for you. Take the lowest dose for the shortest time. On its own, { -paracetamol } does little for back pain. Scans are not needed.

condition-lumbar-facet-osteoarthritis = Back pain that is worse when leaning back
    .summary = Some low back pain is worse when you lean back, stand for a long time or walk downhill, and eases when you sit or bend forward. It often comes with stiffness after rest that wears off as you get moving. No single joint or tissue can be named as the cause from symptoms alone; the changes seen on X-rays with age are common in people without pain too.
    .course = This kind of back pain often comes and goes, with flare-ups that settle over days to weeks. It rarely means that anything serious is wrong with the spine.
    .first-line = Regular exercise is the main treatment: stretching, strengthening and walking, ideally as a structured plan that a { -physio } can tailor for you. Stay active, change position often, and use heat for stiffness. If you need a painkiller, the usual choice is an anti-inflammatory (NSAID) from the pharmacy, if it is safe for you. Take the lowest dose for the shortest time. Taking { -paracetamol } alone is not recommended for back pain. Routine scans are not needed.

condition-hip-osteoarthritis = Hip osteoarthritis
    .summary = In hip osteoarthritis, the cartilage that cushions the ball-and-socket hip joint slowly changes and the joint works to repair itself. It typically causes aching in the groin, sometimes in the thigh or buttock, which is worse with activity. The hip also gets stiff and moves less, for example when you put on { -socks }. Doctors can usually name it without an X-ray in people aged 45 or over whose pain comes with activity and whose morning stiffness lasts no more than half an hour.
    .course = Hip pain often improves over time, though slowly: about a quarter of people who see their { -gp } about hip pain are free of it by three months. In most people hip osteoarthritis changes slowly over years rather than months, and many keep doing what they enjoy.
    .first-line = Exercise that strengthens the muscles around the hip, plus walking or other activity you enjoy, is the core treatment, and a { -physio } can set this up with you. If you carry extra weight, losing some of it eases the load on the hip, and losing more helps more. If you need a painkiller, ask a { -pharmacist } or your { -gp } which one is safe for you. Joint replacement is an option for some people whose hip still badly limits daily life after these steps.

condition-herniated-disc = Herniated disc
    .summary = The discs between the bones of the spine have a tough outer ring and a soft, gel-like core. With the usual changes of the spine over time, part of that core can bulge or push out and press on a nearby nerve. This causes sharp or burning leg pain, numbness, pins and needles or weakness. Depending on which nerve is touched, the pain may spread through the hip to the front of the thigh, or down the leg to the toes. It is often worse when bending forward, sitting, coughing or sneezing.
    .course = Most herniated discs get better over weeks to a few months without surgery, and many shrink on their own. In studies, close to two thirds had shrunk or gone on a later scan. Surgery is usually only discussed if severe leg pain lasts beyond about six to twelve weeks, or if there are warning signs.
    .first-line = Stay as active as your pain allows, keep walking and avoid bed rest; a { -physio } can guide exercises such as nerve glides. Heat may help. Anti-inflammatory painkillers from the pharmacy are often tried, at the lowest dose for the shortest time if they are safe for you, but they help leg pain only a little. Scans are only needed if surgery is being considered or there are warning signs.

condition-pinched-nerve = Pinched nerve (lumbar radiculopathy)
    .summary = A nerve root is "pinched" when bone, a disc or other tissue presses on it where it leaves the spine. This can cause pain, pins and needles, numbness or weakness in the back, hip, buttock or leg, along the path of that nerve. It has many possible causes, including a herniated disc, arthritis of the spine, a sports injury, repeated movements, pregnancy or carrying extra weight.
    .course = Many people improve within about four to six weeks, although some take three months or longer. Mild weakness or numbness that stays the same usually recovers as the nerve settles.
    .first-line = Keep moving gently rather than resting in bed, and use heat or cold, whichever feels better. A { -physio } can show you movements that ease the nerve. If you need a painkiller, ask a { -pharmacist } which one is safe for you, at the lowest dose for the shortest time. See your { -gp } within a few days if you notice weakness, and urgently if it is getting worse.

condition-sacroiliac-joint-pain = Sacroiliac joint pain
    .summary = The sacroiliac joints join the base of the spine to the pelvis, one on each side, just below the belt line. They can become painful or inflamed after an injury, with some kinds of arthritis, or with the changes of pregnancy. The pain may be sharp and stabbing or dull and aching, in the lower back, hip or buttock. This joint may be behind roughly one in ten to one in four cases of low back pain.
    .course = Like most low back pain, it often eases over weeks with activity and exercise, though it can flare up again. Only a { -health-professional } who examines you with their hands can say with some confidence that the pain comes from this joint.
    .first-line = Keep active and try exercises that strengthen the buttock and trunk muscles, ideally guided by a { -physio }. Heat can ease the ache. If you need a painkiller, the usual choice is an anti-inflammatory (NSAID) from the pharmacy, if it is safe for you. Take the lowest dose for the shortest time. Routine scans are not needed.

condition-pelvic-floor-dysfunction = Pelvic floor dysfunction
    .summary = The pelvic floor is a layer of muscles across the bottom of the pelvis, attached at the back to the tailbone, that supports the bladder, bowel and womb. When these muscles are too weak or stay too tight, they can cause a dull ache that is easily taken for back pain. They can also cause leaking when you cough or exercise, a heavy dragging feeling, or pain during sex. When the pelvic floor does not give enough support, the back muscles may work harder to make up for it and become sore.
    .course = It often starts or becomes noticeable during pregnancy or after giving birth. With regular, well-guided training, most people notice a gradual improvement over weeks to months.
    .first-line = The first step is pelvic floor muscle training, supervised by { -pelvic-floor-professional }. { -pelvic-floor-self-referral } Relaxed breathing and gentle movement help when the muscles are too tight. New leaking, new numbness between the legs or new trouble passing urine is a different matter and needs emergency care straight away.

condition-sciatica = Sciatica
    .summary = Sciatica is pain that runs along the sciatic nerve. It goes from the lower back or buttock down the back of the leg, often below the knee and into the calf or foot. It sometimes comes with numbness, pins and needles or weakness. It happens when a nerve root that forms the sciatic nerve is irritated or squeezed, most often by a herniated disc. Sciatica that spreads to both legs within days or weeks is a warning sign that needs emergency care straight away.
    .course = Leg pain often eases over weeks, though it can take longer. In one study of people seen by their { -gp }, just over half were clearly better after a year. Even among people with severe sciatica, nearly everyone felt recovered a year later, whether or not they had surgery.
    .first-line = Stay active, keep walking and avoid bed rest; exercise guided by a { -physio } helps. Medicines for nerve pain, steroid tablets and sedatives are not recommended for sciatica. Anti-inflammatory painkillers have limited evidence for leg pain. Ask a { -pharmacist } or your { -gp } what is safe for you. If severe pain persists, a specialist may discuss an injection or surgery.

condition-piriformis-syndrome = Piriformis syndrome
    .summary = The piriformis is a small, strap-like muscle deep in the buttock, close to the top of the hip joint, and the sciatic nerve runs right next to it. If the muscle becomes irritated or tight, it may press on the nerve. This can cause deep buttock pain, spasm, and numbness, tingling or pain down the back of the leg, sometimes into the foot. Experts still debate whether it is truly separate from sciatica; it typically gets worse with sitting and often comes without much low back pain.
    .course = There are few studies of how it progresses, but it usually settles over weeks with stretching and changes to how you sit and move.
    .first-line = Avoid long spells of sitting, especially on hard seats or on a wallet, and get up to move often. Gentle buttock and hip stretches and strengthening, ideally guided by a { -physio }, are the usual first step, and heat or massage may ease the muscle.

condition-spinal-stenosis = Lumbar spinal stenosis
    .summary = In spinal stenosis, the space inside the spinal canal in the lower back becomes narrower, usually from age-related thickening of the joints, ligaments and discs, which can squeeze the nerves. Besides low back pain and stiffness, it often brings pain, heaviness, tingling or numbness in one or both legs. This comes on with walking or standing and eases when you sit or lean forward. It mostly affects people over 50.
    .course = In many people it stays stable for years, and in about a third to a half of mild or moderate cases it gets better over time. Sudden serious worsening of the nerves is rare.
    .first-line = Stay active with exercise that suits you, such as walking, cycling or bending-forward stretches, and a { -physio } can build a plan with you. Resting by sitting or leaning forward, for example on { -shopping-trolley }, can let you walk further. If you need a painkiller, ask a { -pharmacist } or your { -gp } which is safe for you. If leg symptoms badly limit your life despite these steps, a specialist may discuss surgery.

condition-scoliosis = Scoliosis
    .summary = Scoliosis is a sideways curve of the spine, which may make one shoulder or hip sit higher than the other. A curve spreads the body's weight unevenly across the back, which can put extra load on the muscles of the lower back. Many people with a mild curve have no pain at all, and when back pain does occur the curve is not always the cause.
    .course = In adults, a curve usually changes slowly, if at all. Back pain in someone with scoliosis tends to behave like other back pain, with flare-ups that settle.
    .first-line = Keep active and strengthen the trunk muscles with exercises such as the bird dog and the side plank from the knees, ideally guided by a { -physio }. Vary your position through the day. See your { -gp } if the curve seems to be getting bigger or the pain keeps getting worse.

condition-nonspecific-low-back-pain = Nonspecific low back pain
    .summary = This is the most common kind of back pain: pain in the lower back with no single clear cause found, such as a trapped nerve or a fracture. It is real pain, often linked with strained soft tissues, stress, poor sleep or a sudden change in activity, and it is rarely a sign of anything serious. Working out exactly why it hurts matters less than finding what helps you feel better and keep moving.
    .course = Most people improve a lot within about six weeks, and more slowly after that. Pain often comes back from time to time, and a small number go on to have longer-lasting pain, which can still be eased with the right support.
    .first-line = Stay active and keep up your usual activities, with gentle movement and regular exercise as the core treatment; walking is a good start. Heat, massage alongside exercise, and mindfulness or a psychological therapy such as { -cbt } for long-lasting pain can also help. If you need a painkiller, the usual choice is an anti-inflammatory (NSAID) from the pharmacy, if it is safe for you. Take the lowest dose for the shortest time. Taking { -paracetamol } alone is not recommended. X-rays and scans are not needed unless a serious problem is suspected.

condition-greater-trochanteric-pain-syndrome = Pain at the side of the hip (gluteal tendinopathy)
    .summary = The tendons of the buttock muscles attach to a bony point at the side of the hip. When they are overloaded, they become sore. The side of the hip then hurts when you lie on it, climb stairs, stand on one leg or sit with your legs crossed. It is most common in women over 40.
    .course = It often settles slowly over months. In a large study, advice plus an exercise plan helped more people than an injection or waiting, and the benefit lasted a year.
    .first-line = Avoid positions that squash the tendons: crossing your legs, standing with your weight on one hip, and lying on the sore side. When you lie on the other side, put a pillow between your knees. Exercises that slowly build up the strength of the buttock muscles, guided by a { -physio }, are the main treatment. Avoid stretches that pull the leg across your body.

condition-femoroacetabular-impingement = Hip impingement (femoroacetabular impingement)
    .summary = In some people, the ball and the socket of the hip have a shape that makes them pinch against each other when the hip bends and turns. This can cause groin pain, clicking or catching, often in active young adults, and worse with long sitting, deep squats or sport.
    .course = Many people improve with changes in activity and an exercise plan over a few months. A specialist can confirm it with an examination and scans, and surgery is an option for some people who do not improve.
    .first-line = Cut down for a while on the movements that bring on the pain, such as deep squats or long sitting in low chairs. A { -physio } can guide exercises that strengthen the hip and trunk muscles. If you need a painkiller, ask a { -pharmacist } which one is safe for you.

condition-axial-spondyloarthritis = Inflammatory back pain (axial spondyloarthritis)
    .summary = Axial spondyloarthritis is a long-term inflammation of the joints of the spine and pelvis. It usually starts before 45 and causes back or buttock pain with long morning stiffness. It wakes people in the second half of the night and gets better with exercise rather than rest. It often runs in families and can go with psoriasis, bowel inflammation or a painful red eye.
    .course = It is a long-term condition with good and bad spells. Early diagnosis by a joint specialist (rheumatologist) matters, because treatment controls symptoms well and protects the spine.
    .first-line = Ask your { -gp } to refer you to a rheumatologist. Regular exercise and stretching, ideally in a plan led by a { -physio }, help a lot. Anti-inflammatory painkillers are often the first medicine when they are safe for you. Stopping smoking helps the treatment work.

condition-pelvic-girdle-pain = Pelvic girdle pain in pregnancy
    .summary = During pregnancy or after a birth, the joints of the pelvis, at the front (the pubic bone) and at the back (the sacroiliac joints), can become painful. It hurts when you turn over in bed, climb stairs, stand on one leg or part your legs. About one pregnant woman in five has it.
    .course = It usually improves after the birth, and most women are free of it within a few months. Early treatment makes it easier to cope during pregnancy.
    .first-line = A { -physio } used to treating pregnant women can give you exercises, advice and sometimes a support belt. Keep active within comfort, keep your knees together when you turn over or get out of a car, and take stairs one step at a time. Ask your { -midwife } or a { -pharmacist } about pain relief: { -paracetamol } is the usual choice in pregnancy.

condition-coccydynia = Tailbone pain (coccydynia)
    .summary = Coccydynia is pain at the very bottom of the spine, the tailbone. It is worse when sitting, above all when leaning back, and when standing up from sitting. It often follows a fall on the bottom or childbirth, and is more common in women.
    .course = Most people get better within weeks to a few months with simple measures; about nine in ten need nothing more.
    .first-line = Use a cushion with a cut-out at the back, or a soft ring, and lean slightly forward when you sit. Get up and move often. Heat, cold or a painkiller that is safe for you can help. If it lasts, a { -physio } trained in pelvic health can help.

condition-spondylolisthesis = Slipped vertebra (spondylolisthesis)
    .summary = In spondylolisthesis, one bone of the lower spine slides a little forward on the one below. In teenagers who do sports with a lot of backward bending, a small crack (spondylolysis) can cause back pain that is worse when leaning back. In older adults, wear of the joints can let a vertebra slip and narrow the space for the nerves.
    .course = Most people improve without surgery. In teenagers, rest from the sport that causes it and a guided return usually work. Only an X-ray or scan can confirm it.
    .first-line = Ease off activities that bend the back backward for a while, and build up trunk strength with exercises guided by a { -physio }. A teenager with this pattern should see a doctor or sports { -physio } before going back to sport.

condition-osteoporotic-vertebral-fracture = Crush fracture of the spine from thin bones
    .summary = When bones are thin (osteoporosis), a bone of the spine can squash down after a small fall, a lift, a cough, or with no injury at all. It often causes sudden, sharp back pain, sometimes in the upper back, and a loss of height over time.
    .course = The pain usually eases over 6 to 12 weeks. Treating the thin bones lowers the chance of more fractures.
    .first-line = See a doctor to confirm it and to check and treat your bones. Keep gently active, walking little and often, and ask a { -physio } for safe back-strengthening and balance exercises. Avoid bending forward with a round back, sit-ups and twisting, above all when lifting.

condition-polymyalgia-rheumatica = Polymyalgia rheumatica
    .summary = Polymyalgia rheumatica is an inflammation that causes aching and stiffness in both shoulders, the neck and the hips or thighs. It affects people over 50, is worst in the morning, and can make it hard to get out of bed or dress. It sometimes comes with giant cell arteritis, which can affect the eyes.
    .course = It responds quickly to treatment prescribed by a doctor, usually within days, and the treatment is then reduced slowly over a year or two.
    .first-line = See a doctor within a few days for blood tests. If you get a new headache, jaw pain when chewing or any change in your eyesight, get help the same day. Keep moving gently while you wait.

