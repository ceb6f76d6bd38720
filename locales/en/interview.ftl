# Interview: the questions for the typed fields of an assessment, their
# answer options, and the shared answers for yes/no questions.

interview-title = Questions about your back and hip pain
interview-intro = Please answer as honestly as you can, say "I don't know" whenever you are not sure, and keep in mind that this is not a diagnosis.
interview-done = There are no more questions. Thank you for your answers.
interview-invalid-answer = Sorry, that answer was not understood. You can answer with: { $expected }
# After a refused answer that looks like a slip of the keyboard: the option it is closest to.
interview-did-you-mean = Did you mean "{ $option }"?
interview-multi-hint = You can give more than one answer: separate them with commas.

## Shared answers for yes/no questions

answer-yes = Yes
answer-no = No
answer-unknown = I don't know
# A "yes" to a question that asks which kind, when the person cannot say which (health-record forms offer it).
answer-yes-kind-unknown = Yes, but I cannot say which

## Typed fields

question-age = How old are you?
    .hint = Type your age in years, as a whole number (for example 42).

question-sex = What was your sex at birth?
option-sex-female = Female
option-sex-male = Male

question-duration = How long have you had this pain?
    .hint = Type a number of days, or of weeks or months (for example 10, 3 weeks or 2 months).

question-onset = How did the pain start?
option-onset-sudden = Suddenly, without lifting anything and without a fall
option-onset-gradual = Little by little, over days or weeks
option-onset-after-lifting = While or after lifting, carrying or straining
option-onset-after-fall-or-accident = After a fall or an accident

question-pain-locations = Where do you feel the pain?
option-pain-locations-lower-back = Lower back
option-pain-locations-upper-back = Upper back, between or below the shoulder blades
option-pain-locations-hip = Side or back of the hip
option-pain-locations-groin = Groin (where the thigh meets the belly)
option-pain-locations-buttock = Buttock
option-pain-locations-thigh = Thigh
option-pain-locations-knee = Knee
option-pain-locations-below-knee = Below the knee (calf or shin)
option-pain-locations-foot = Foot
option-pain-locations-tailbone = Tailbone, at the very bottom of the spine
option-pain-locations-lower-belly = Lower belly
option-pain-locations-loin = Side of the back, just under the ribs

question-pain-sides = Is the pain on one side of your body or on both sides?
option-pain-sides-one = One side
option-pain-sides-both = Both sides

question-severity = How strong is your pain right now, on a scale from 0 to 10?
    .hint = 0 means no pain at all and 10 means the worst pain you can imagine. Type a whole number.

question-trend = Over the last few days, is the pain getting better, staying about the same, or getting worse?
option-trend-better = Getting better
option-trend-same = About the same
option-trend-worse = Getting worse

question-leg-weakness = Does either of your legs feel weak? For example, your foot catches or drags when you walk, or your knee gives way.
option-leg-weakness-none = No weakness
option-leg-weakness-stable = Some weakness, but it is not getting worse
option-leg-weakness-progressive = Weakness that is getting worse

question-trauma = Did the pain start after a fall, a knock or an accident?
option-trauma-none = No fall, knock or accident
option-trauma-minor = A minor one, such as a fall from standing height or a bump
option-trauma-major = A major one, such as a fall from a height, a road accident or a hard hit during sport

question-morning-stiffness = When you get up in the morning, how long does it take for the stiffness in your back or hip to wear off?
    .hint = Type the number of minutes. Type 0 if you do not feel stiff in the morning.

question-pregnancy = Are you pregnant now, or have you given birth in the last 12 months?
option-pregnancy-not-pregnant = No
option-pregnancy-pregnant = I am pregnant
option-pregnancy-postpartum = I gave birth in the last 12 months

question-pregnancy-weeks = How many weeks pregnant are you?
    .hint = Type the number of weeks, as a whole number (for example 24).

question-hip-replacement = Have you had a hip replacement?
option-hip-replacement-none = No
option-hip-replacement-one-side = Yes, one hip
option-hip-replacement-both = Yes, both hips

question-hip-replacement-years = How many years ago was your most recent hip replacement?
    .hint = Type a whole number of years. Type 0 if it was less than a year ago.

interview-none-of-these = None of these
interview-stopped-early = You stopped before the end. The result below uses only the answers you gave, so some questions are still open.
interview-nothing-answered = You did not answer any question, so there is no result to show.
interview-progress = Question { $asked }. { $left ->
        [0] Depending on your answers, this may be the last one.
       *[other] Depending on your answers, up to { $left } more.
    }
interview-moved-on = That answer was not understood, so this question is marked "I don't know" and the interview moves on.
