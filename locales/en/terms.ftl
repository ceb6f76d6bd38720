# Shared terms: words that change from one country to another. Messages use these terms, never
# the words themselves, so a regional file (en-GB, en-US, en-CA) only overrides terms.
# This base file is a neutral default in British-neutral English. Terms that start with a
# lowercase word never open a sentence. See locales/README-regions.md.

-product-name = lowback

## Health professionals
-physio = physiotherapist
-physios = physiotherapists
-gp = family doctor
-pharmacist = pharmacist
-health-professional = health professional
-midwife = midwife
-massage-therapist = trained, registered massage therapist
-exercise-professional = trained exercise instructor
# With its article: "… supervised by { -pelvic-floor-professional }".
-pelvic-floor-professional = a { -physio } trained in pelvic health
# A whole sentence.
-pelvic-floor-self-referral = In some areas you can book this yourself, without a referral.

## Medicines
-paracetamol = paracetamol (acetaminophen)

## Emergencies and same-day care
# After "call": "call { -emergency-number }".
-emergency-number = your local emergency number
# A whole instruction, lowercase, never at the start of a sentence: "…: { -go-to-emergency } now."
-go-to-emergency = go to an emergency department
-same-day-line = your local health advice line
# With its article.
-walk-in-care = an urgent care or walk-in service
# A whole instruction for same-day care when your own doctor cannot be reached.
-same-day-help = call { -same-day-line } or go to { -walk-in-care }

## Pregnancy care
-maternity-unit = maternity unit
-early-pregnancy-unit = early pregnancy unit

## Everyday things
-socks = socks
# With its article.
-shopping-trolley = a shopping trolley
# With its article. French needs it (« un plan de travail » in France, « un comptoir » in Québec);
# "a counter" is said in every English-speaking region, so English messages say it as it is.
-kitchen-counter = a counter

## Tests
-ct-scan = CT scan

## Conditions
-ulcerative-colitis = ulcerative colitis

## Treatments
# A talking therapy, with its short name; US spelling in en-US.
-cbt = cognitive behavioural therapy (CBT)
