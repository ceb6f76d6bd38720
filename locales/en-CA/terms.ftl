# Canada, English (en-CA): overrides terms of en/terms.ftl only; everything else comes from en.
# See locales/README-regions.md.

-massage-therapist = registered massage therapist (RMT)
-exercise-professional = kinesiologist
-pelvic-floor-self-referral = You can usually book a { -physio } directly, without a referral.
-paracetamol = acetaminophen (Tylenol)
-emergency-number = 911
-go-to-emergency = go to the emergency department
-same-day-line = 811 (health line)
-walk-in-care = a walk-in clinic
-maternity-unit = labour and delivery unit
-early-pregnancy-unit = early pregnancy clinic
-shopping-trolley = a shopping cart
