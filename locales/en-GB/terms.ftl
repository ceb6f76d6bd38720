# United Kingdom (en-GB): overrides terms of en/terms.ftl only; everything else comes from en.
# See locales/README-regions.md.

-gp = GP
-paracetamol = paracetamol
-emergency-number = 999
-go-to-emergency = go to A&E
-same-day-line = NHS 111
-walk-in-care = an urgent treatment centre
