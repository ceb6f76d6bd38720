## Care options, grouped by kind, and practical tips.

care-kind-self-care = Things you can do yourself
care-kind-lifestyle = Everyday habits
care-kind-professional = Help from professionals

## Self-care

care-activity-modification = Adjusting your activities
    .summary = Keep up your normal day as much as you can, changing only the parts that make the pain much worse.
    .detail = Staying active helps most back pain settle sooner than resting in bed does. For a while, you might carry lighter loads, spend less time at a time on a task, or swap a painful activity for an easier one. Return to your usual routine step by step as the pain eases.

care-ice-or-heat = Heat or cold
    .summary = A warm or cold pack can take the edge off the pain and help tight muscles relax.
    .detail = Heat, such as a heat pack or a heat wrap, has the best evidence for back pain of recent onset. Some people prefer cold in the first few days after a strain, so use whichever feels better to you. Wrap the pack in a towel, use it for about 15 to 20 minutes at a time, and check your skin often. Do not use it on skin that feels numb, and never fall asleep on a heating pad.

care-otc-pain-relief = Pain relief from the pharmacy
    .summary = An anti-inflammatory medicine such as ibuprofen can ease the pain enough to help you keep moving.
    .detail = If you take one, use the lowest dose that helps, for the shortest time you need it. Taking { -paracetamol } on its own is not recommended for low back pain, as it does not seem to help. Ask a { -pharmacist } first if you have stomach, kidney or heart problems or asthma, take other medicines, or are 65 or older. In pregnancy, do not take anti-inflammatories unless a doctor prescribes them.

care-pain-relief-in-pregnancy = Pain relief in pregnancy
    .summary = In pregnancy, { -paracetamol } is the usual painkiller; anti-inflammatories such as ibuprofen are best avoided.
    .detail = Take { -paracetamol } at the dose on the label, for the shortest time you need it, and ask your { -midwife } or a { -pharmacist } if you are unsure. Do not take ibuprofen, naproxen or other anti-inflammatories unless a doctor prescribes them, above all from 20 weeks. Gentle movement, a warm bath and a { -physio } used to treating pregnant women can also ease back and pelvic pain.

care-gentle-movement = Gentle movement
    .summary = Moving gently and often is one of the best things you can do for back and hip pain.
    .detail = It is safe to move even when it hurts a little: some discomfort while moving does not usually mean you are doing damage. A short walk gets blood flowing to sore muscles and nerves and helps them calm down. Do a little more each day, stopping short of anything that brings on sharp pain.

care-change-positions = Changing position often
    .summary = Staying in one position for a long time, especially sitting, can strain your back and hips.
    .detail = Get up, move around and stretch about every 30 minutes. Shift the way you sit or stand whenever you start to feel stiff, because no single posture is perfect for long. A timer or a reminder on your phone can help you remember.

care-sitting-setup = Setting up where you sit
    .summary = A few changes to the way you sit can take pressure off your back and hips.
    .detail = Sit so that your sit bones, at the bottom of your pelvis, are a little higher than your knees; a cushion or a rolled-up towel can help. Keep your feet flat on the floor and your elbows supported and bent to about a right angle (90 degrees). Raise your computer screen to eye level so you are not looking down at it.

care-lifting-mechanics = Lifting safely
    .summary = The way you lift and carry things can lower the chance of straining your back or hips.
    .detail = Hold the load as close to your body as you can, stand with your feet wide apart for balance, and breathe out as you lift. Don't lift when you feel worn out, or take on much heavier loads than you usually handle. If something is too heavy, split the load or ask someone to help.

## Lifestyle

care-healthy-eating = Healthy eating
    .summary = What you eat may affect long-lasting pain, partly by calming inflammation in the body.
    .detail = A review of ten years of research found that some ways of eating eased pain and improved quality of life. Try to cut down on added sugar, processed meats and refined grains such as white bread. Instead, build your meals around plenty of fruit and vegetables, along with whole grains, fish and olive oil.

care-stop-smoking = Stopping smoking
    .summary = If you smoke, it is worth stopping: smoking makes the discs of the spine wear out faster, which can add to back and hip pain.
    .detail = Quitting is good for your spine as well as for your heart and lungs. Your { -gp } or a { -pharmacist } can offer nicotine replacement, medicines and support services, which make it more likely that you stop for good.

care-meditation = Mindfulness and meditation
    .summary = Mindfulness meditation can ease pain and help you cope with it.
    .detail = In a study of people with long-lasting low back pain, an eight-week mindfulness course eased pain and helped people do more than usual care did. Mindfulness means paying calm, curious attention to your body and your breathing, without judging what you notice. You can learn it in a class, with an app or from recordings.

care-return-to-work = Staying at work or going back
    .summary = For most people, staying at work or going back early, with some changes for a while, helps recovery.
    .detail = You do not need to be free of pain to work. Ask your manager about lighter tasks, shorter hours or more breaks for a few weeks. Your { -gp } can write down the changes that would help you work. If pain keeps you off work for more than a few weeks, ask about a plan that combines exercise with support to return.

care-weight-management = Managing your weight
    .summary = If you carry extra weight, losing some of it can ease the load on your hips and spine.
    .detail = For hip osteoarthritis, losing weight can ease pain and make moving easier, and losing a tenth of your body weight helps more than losing a twentieth. Eating well and staying active work best together. Your { -gp } can point you to weight-management support near you.

## Professional care

care-structured-exercise = Exercise plan
    .summary = A planned exercise routine, alone or in a group, is the main treatment recommended for back pain.
    .detail = It can mix stretching, strengthening, aerobic exercise, yoga or tai chi: the best kind is the one you enjoy and keep doing. A { -physio } or a { -exercise-professional } can set the right level and help you build up. Regular exercise is also a core treatment for hip osteoarthritis.

care-physical-therapy = Seeing a { -physio }
    .summary = A { -physio } can build an exercise plan that fits your body, your pain and your goals.
    .detail = They can show you how to strengthen, stretch and steady the muscles and joints of your back and hips. By guiding you to move up to the edge of your pain, and a little further each time, they help your nervous system learn that movement is safe. Many { -physios } offer video appointments as well as visits in person.

care-massage = Massage
    .summary = Massage can ease pain and loosen tight muscles, and it works best alongside exercise.
    .detail = A large review of 60 studies found that massage relieved pain better than sham or placebo treatments. It may help by easing muscle tension and by lowering stress and the worry that often comes with pain. Choose a { -massage-therapist }, and use massage as an extra to an exercise plan rather than instead of one.

care-pain-counselling = Pain counselling
    .summary = A psychological therapy, such as { -cbt }, can change the way your brain and nerves handle pain, and can ease long-lasting pain.
    .detail = Pain that goes on for a long time can make the nervous system more sensitive, so it keeps sending pain signals after the tissues have healed. In one study of people with long-lasting back pain, about two in three were free or nearly free of pain after an eight-session course. The course taught them to see their pain as a safe signal rather than a sign of damage. This kind of therapy works best alongside exercise, and your { -gp } can tell you what is available near you.

care-pelvic-floor-therapy = Pelvic floor therapy
    .summary = When the muscles at the base of the pelvis are too weak or too tense, { -pelvic-floor-professional } can help.
    .detail = Problems with these muscles can show up as low back, hip or pelvic pain, leaking urine, or pain during sex. Treatment usually includes a supervised training plan lasting at least three months, which may teach the muscles to relax as well as to get stronger. { -pelvic-floor-self-referral }

## Tips

tip-step-stool = Rest one foot up when you stand
    .detail = When you stand at a counter for a long time, to cook or wash dishes for example, rest one foot on a low stool. Keep it there as if you were about to step up. This tilts your pelvis and lets your back settle into a more neutral position, so you can stand for longer with less pain. No stool? A sturdy box or a thick book will do.

tip-log-roll = Getting out of bed: roll, then push up
    .detail = Bend your knees and roll onto your side in one piece, keeping your shoulders and hips in line. Let your legs slide over the edge of the bed while you push yourself up to sitting with your arms. To lie down, do the same steps in reverse.

tip-pacing = Pace yourself
    .detail = On a good day it is tempting to do everything at once, which can bring on a flare the next day. Break big jobs into smaller parts, mix heavier and lighter tasks, and take short breaks before the pain builds up. Keep your activity level steady from day to day and raise it a little at a time.
