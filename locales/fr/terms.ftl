# Termes partagés (France). Les variantes régionales les remplacent dans leur propre terms.ftl.

-product-name = lowback
-physio = kinésithérapeute
-physios = kinésithérapeutes
-gp = médecin traitant
-emergency-number = le 15 ou le 112
-paracetamol = le paracétamol
-midwife = sage-femme
