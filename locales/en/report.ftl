## The rendered report of a triage.

report-title = Your low back and hip pain: what your answers suggest
report-level-emergency = Get emergency care now
    .detail = Call { $emergency }, or { -go-to-emergency } straight away. Do not drive yourself and do not wait to see if it settles.
    .call-detail = Call { $emergency } now and wait for help where you are. Do not travel on your own and do not wait to see if it settles.
report-level-urgent = See a doctor or nurse today
    .detail = Contact your { -gp } or another doctor today (within 24 hours at the latest). Otherwise, { $urgent }. If things get worse while you wait, call { $emergency }.
report-level-see-clinician = Book an appointment with a { -health-professional }
    .detail = Arrange to see { $see_clinician } or a { -physio } in the next few days or weeks. Meanwhile the advice below can help, and the warning signs further down tell you when not to wait.
report-level-self-care = You can look after this at home for now
    .detail = Your answers show no warning signs. Most back and hip pain of this kind settles with time, movement and simple home measures. Keep an eye on the warning signs below. Ask { $self_care } if you need advice on pain relief.
# The self-care action while questions are still open: no "no warning signs" before they are answered.
report-self-care-open = None of your answers so far shows a warning sign. Most back and hip pain of this kind settles with time, movement and simple home measures. Answer the questions still open, and keep an eye on the warning signs below. Ask { $self_care } if you need advice on pain relief.
report-incomplete = Some important safety questions are still unanswered, so this result cannot be a firm all-clear. If this result says to get emergency care, do that first. Otherwise, answer the questions or speak to a { -health-professional }.
report-heading-why = Why this advice
# The title of the reasons a red flag fired: $name is its name (red-flag-<id>). Said as something
# to check, not as a diagnosis.
report-why-red-flag = For a doctor or nurse to check: { $name }
report-no-flags = None of the warning signs you were asked about are present.
report-heading-unanswered = Questions still to answer
report-heading-conditions = What it may be
report-no-conditions = Your answers do not point clearly to one cause. That is common with back pain, and it does not change what helps.
report-for = Fits: { $list }
report-against = Does not fit so well: { $list }
report-heading-do-now = What you can do now
report-no-advice = Keep moving gently within what is comfortable until you have been seen.
report-heading-exercises = Exercises to try
report-heading-tips = Everyday tips
report-heading-seek-help = When to get help
report-safety-net-intro = Call { $emergency }, or { -go-to-emergency } at once, if you notice any of these:
report-safety-net-worse = If the pain gets much worse, spreads down a leg, or has not begun to ease within a few weeks, see your { -gp } or a { -physio }.
report-heading-references = Sources
report-disclaimer = This guidance is for education only. It is not a diagnosis and does not replace a consultation with a { -health-professional } who can examine you.
report-list-separator = {"; "}

## Headings of the catalog listing.

catalog-title = Everything this guide draws on
catalog-findings = Findings, and the questions that ask about them
catalog-finding-question = { $finding }: { $question }
catalog-conditions = Conditions
catalog-red-flags = Warning signs of a serious problem
catalog-rules = Triage rules
catalog-exercises = Exercises
catalog-care = Care options
catalog-tips = Tips
catalog-facts = Facts and figures
catalog-icd10 = ICD-10 { $codes }
catalog-snomed = SNOMED CT { $codes }

report-flags-without-rule = You answered yes to: { $list }. Tell a doctor or nurse about it, even if you feel well otherwise.
report-heading-cautions = Take care

report-no-flags-yet = None of the warning signs you were asked about so far are present.
report-act-now-unanswered = Do not wait until every question is answered before you do this.
report-heading-self-check = Check these signs now
report-self-check-intro = Some questions about serious signs are still unanswered. If you have any of these, call { $emergency } or { -go-to-emergency } now:
report-heading-conditions-brief = What it may be (a doctor will check)
report-absent = From your answers: { $list }
report-safety-net-same-day = If you notice any of the signs below, contact your { -gp } the same day. If you cannot reach them, { $urgent }:

## Care settings (data/care_settings.toml): the words for each service, formatted with the
## setting's { $number } when it has one. How each disposition's words read: see the header of
## data/care_settings.toml. They say what the regional terms say (tests/care_settings.rs).

# Emergency: a number to call, after "Call".
care-setting-local-emergency-number = your local emergency number
care-setting-emergency-number = { $number }
care-setting-samu = { $number } (SAMU) or 112
# Urgent: a whole instruction, lowercase, after "Otherwise,".
care-setting-local-health-line = call your local health advice line or go to an urgent care or walk-in service
care-setting-nhs-111 = call NHS { $number } or go to an urgent treatment centre
care-setting-urgent-care-clinic = go to an urgent care clinic
care-setting-health-line-811 = call { $number } (health line) or go to a walk-in clinic
care-setting-permanence-des-soins = call { $number } (out-of-hours doctors) or go to an out-of-hours medical centre
care-setting-info-sante = go to a walk-in clinic or call Info-Santé { $number }
# See a clinician: who to see, with "your".
care-setting-family-doctor = your { -gp }
# Self-care: who can advise, with its article.
care-setting-pharmacist = a { -pharmacist }
report-why-unanswered = Some questions about signs of a serious problem are still unanswered. Until a { -health-professional } has asked you about them, this advice plays it safe.
