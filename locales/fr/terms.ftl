# Termes partagés : les mots qui changent d’un pays à l’autre. Les messages utilisent ces termes,
# jamais les mots eux-mêmes, si bien qu’un fichier régional (fr-CA) ne remplace que des termes.
# Ce fichier de base est le français de France. Un terme qui commence par une minuscule n’ouvre
# jamais une phrase. Voir locales/README-regions.md.

-product-name = lowback

## Professionnels de santé
-physio = kinésithérapeute
-physios = kinésithérapeutes
-gp = médecin traitant
-pharmacist = pharmacien
-health-professional = professionnel de santé
-midwife = sage-femme
# En France, le massage thérapeutique est réservé aux masseurs-kinésithérapeutes.
-massage-therapist = masseur-kinésithérapeute
-exercise-professional = enseignant en activité physique adaptée (APA)
# Avec son article : « … encadrée par { -pelvic-floor-professional } ».
-pelvic-floor-professional = une { -midwife } ou un { -physio } formé à la rééducation du périnée
# Une phrase entière.
-pelvic-floor-self-referral = Les femmes peuvent consulter une { -midwife } directement ; chez le { -physio }, les séances sont en général remboursées sur ordonnance.

## Médicaments
-paracetamol = le paracétamol

## Urgences et soins le jour même
# Après « appelez » : « appelez { -emergency-number } ». Suivi de « ou », mettre une virgule avant.
-emergency-number = le 15 (SAMU) ou le 112
# Une consigne entière, en minuscule, jamais en début de phrase : « … : { -go-to-emergency } maintenant. »
-go-to-emergency = allez aux urgences
-same-day-line = le 116 117 (permanence des soins)
# Avec son article.
-walk-in-care = une maison médicale de garde
# Une consigne entière pour le jour même, quand votre médecin n’est pas joignable.
-same-day-help = appelez { -same-day-line }, ou adressez-vous à { -walk-in-care } ou à SOS Médecins

## Suivi de grossesse
-maternity-unit = maternité
# Avec son article.
-early-pregnancy-unit = les urgences gynécologiques

## Vie quotidienne
-socks = chaussettes
# Avec son article.
-shopping-trolley = un chariot de courses
# Avec son article : là où l’on cuisine debout. En France, le « comptoir » est plutôt celui d’un bar
# ou d’un magasin.
-kitchen-counter = un plan de travail

## Examens
-ct-scan = scanner

## Maladies
-ulcerative-colitis = rectocolite hémorragique

## Traitements
# Une psychothérapie, avec son sigle.
-cbt = thérapie cognitive et comportementale (TCC)
