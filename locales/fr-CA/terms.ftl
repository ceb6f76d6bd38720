# Termes du Québec (fr-CA) : ne remplacent que des termes de fr/terms.ftl. Tout le reste vient
# de fr. Voir locales/README-regions.md.

## Professionnels de santé
-physio = physiothérapeute
-physios = physiothérapeutes
-gp = médecin de famille
-health-professional = professionnel de la santé
-massage-therapist = massothérapeute membre d’une association reconnue
-exercise-professional = kinésiologue
-pelvic-floor-professional = un { -physio } formé en rééducation périnéale et pelvienne
-pelvic-floor-self-referral = En clinique privée, vous pouvez consulter un { -physio } directement, sans recommandation médicale.

## Médicaments
-paracetamol = l’acétaminophène (p. ex. Tylenol)

## Urgences et soins le jour même
-emergency-number = le 911
-go-to-emergency = allez à l’urgence
-same-day-line = Info-Santé 811
-walk-in-care = une clinique sans rendez-vous
-same-day-help = allez dans { -walk-in-care } ou appelez { -same-day-line }

## Suivi de grossesse
-maternity-unit = unité des naissances
-early-pregnancy-unit = Info-Santé 811

## Examens
-ct-scan = scan (tomodensitométrie)

## Maladies
-ulcerative-colitis = colite ulcéreuse

## Vie quotidienne
-socks = bas
-shopping-trolley = un panier d’épicerie
-kitchen-counter = un comptoir
