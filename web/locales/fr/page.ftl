# Les mots propres à la page de démonstration (web/index.html, web/app.js). Les questions,
# les réponses, « Je ne sais pas », la progression et tout le rapport sont les messages de
# la bibliothèque (locales/ à la racine). Chaque identifiant commence par « page- ». Les mots
# qui changent d’un pays à l’autre sont les termes de la bibliothèque
# ({ -health-professional }) : fr-CA n’a donc pas de fichier à lui ici.
# Typographie : espace insécable avant « : ; ! ? » et à l’intérieur des guillemets.

## Haut de la page

page-skip = Aller aux questions
page-brand = { -product-name }
page-tagline = Douleurs du dos et de la hanche : quand consulter
page-language = Langue
page-privacy = Cette page fonctionne uniquement sur votre appareil. Vos réponses ne sont envoyées nulle part.

## Une question

page-next = Suivant
page-back = Retour
page-several = Vous pouvez en choisir plusieurs.
page-your-answer = Votre réponse
page-choose = Choisissez une réponse, ou appuyez sur « { answer-unknown } ».
page-choose-number = Saisissez un nombre entier, ou appuyez sur « { answer-unknown } ».

## Le rapport

page-sources = Sources
# L’intitulé lu pour un lien vers une source de la liste finale, comme [3].
page-source = Source { $number }
page-restart = Recommencer
page-print = Imprimer
page-save-markdown = Enregistrer le rapport (Markdown)
page-save-fhir = Exporter pour un { -health-professional } (FHIR, JSON)

## Bas de la page

page-footer = Ces informations vous aident à comprendre votre douleur ; elles ne remplacent pas un diagnostic.
page-content-version = Version du contenu

## L’onglet du navigateur, et une page qui ne fonctionne plus

# $title est le titre des questions, ou le titre principal du rapport.
page-document-title = { $title } · { -product-name }
# $detail est la raison technique, pour qui répare la page.
page-failed = Un problème est survenu. Rechargez la page. ({ $detail })

## Le menu des langues : chaque langue dans ses propres mots, les mêmes partout

page-language-en = English
page-language-en-CA = English (Canada)
page-language-en-GB = English (UK)
page-language-en-US = English (US)
page-language-fr = Français (France)
page-language-fr-CA = Français (Québec)
