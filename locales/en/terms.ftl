# Shared terms. Regional variants override these in their own terms.ftl.

-product-name = lowback
-physio = physiotherapist
-physios = physiotherapists
-gp = family doctor
-emergency-number = your local emergency number
-paracetamol = paracetamol (acetaminophen)
-midwife = midwife
