# United States (en-US): overrides terms of en/terms.ftl only; everything else comes from en.
# There is no national same-day advice line: same-day care is an urgent care clinic.
# See locales/README-regions.md.

-physio = physical therapist
-physios = physical therapists
-gp = primary care doctor
-massage-therapist = licensed massage therapist
-exercise-professional = certified exercise professional
-pelvic-floor-self-referral = In most states you can book a { -physio } without a referral, but check what your insurance covers.
-paracetamol = acetaminophen (Tylenol)
-emergency-number = 911
-go-to-emergency = go to the ER
-walk-in-care = an urgent care clinic
-same-day-help = go to { -walk-in-care }
-maternity-unit = labor and delivery unit
-early-pregnancy-unit = OB-GYN office
-shopping-trolley = a shopping cart
-cbt = cognitive behavioral therapy (CBT)
