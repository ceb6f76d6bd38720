# Constats : libellés courts utilisés dans les explications, et questions
# fermées (oui ou non) pour les constats demandés directement (voir data/findings.toml).

## Âge et sexe (tirés des réponses saisies, pas de question ici)

finding-age-8-to-16 = âge entre 8 et 16 ans
finding-age-under-45 = âge de moins de 45 ans
finding-age-50-or-over = âge de 50 ans ou plus
finding-age-70-or-over = âge de 70 ans ou plus
finding-female = sexe féminin

## Depuis quand et comment cela a commencé

finding-duration-over-6-weeks = douleur depuis plus de 6 semaines
finding-duration-over-12-weeks = douleur depuis plus de 12 semaines
finding-onset-sudden = douleur apparue d’un coup, sans port de charge ni chute
finding-onset-gradual = douleur installée petit à petit
finding-onset-after-lifting = douleur apparue en soulevant une charge ou lors d’un effort
finding-onset-after-fall = douleur apparue après une chute ou un accident

## Où se trouve la douleur

finding-pain-lower-back = douleur dans le bas du dos
finding-pain-hip = douleur sur le côté ou à l’arrière de la hanche
finding-pain-groin = douleur au pli de l’aine
finding-pain-buttock = douleur dans la fesse
finding-pain-thigh = douleur dans la cuisse
finding-pain-below-knee = douleur qui descend plus bas que le genou
finding-pain-foot = douleur ou sensations inhabituelles dans le pied
finding-pain-both-sides = douleur des deux côtés

## Intensité et évolution

finding-severe-pain = douleur très forte (8 sur 10 ou plus)
finding-getting-worse = symptômes qui s’aggravent
finding-getting-better = symptômes qui s’améliorent
finding-leg-weakness = faiblesse dans une jambe
finding-leg-weakness-progressive = faiblesse de la jambe qui s’aggrave
finding-trauma-any = une blessure, même une petite chute ou un choc léger
finding-trauma-major = un traumatisme important, comme une chute d’une hauteur ou un accident de la route
finding-morning-stiffness-brief = raideur du matin qui dure 30 minutes au plus
finding-morning-stiffness-long = raideur du matin qui dure plus de 30 minutes

## Questions posées directement

finding-interferes-with-daily-activities = douleur qui gêne la vie de tous les jours
    .question = La douleur vous empêche-t-elle de faire vos activités habituelles, ou les rend-elle difficiles ? Par exemple le travail, le ménage, la toilette ou l’habillage.
finding-numbness-or-tingling = engourdissement ou fourmillements dans une jambe ou un pied
    .question = Ressentez-vous un engourdissement, des picotements ou des fourmillements dans une jambe ou un pied ?

## Signes d’alerte d’une compression des nerfs au bas de la colonne.
## On en parle rarement de soi-même : les questions donnent donc des exemples concrets.

finding-saddle-numbness = perte de sensibilité entre les jambes
    .question = Avez-vous remarqué une perte de sensibilité ou une sensation bizarre entre les jambes, autour de l’anus ou des parties génitales ? Par exemple, le papier toilette vous fait une impression différente quand vous vous essuyez, ou vous sentez mal la lunette des toilettes quand vous vous asseyez.
finding-bladder-change = un changement récent dans le fonctionnement de la vessie
    .question = Depuis le début de cette douleur, avez-vous un nouveau problème avec votre vessie ? Par exemple : vous avez du mal à commencer à uriner, le jet est faible, vous ne sentez plus l’urine passer, vous ne savez plus si votre vessie est pleine ou vide, ou vous avez des fuites d’urine sans les sentir venir.
finding-bowel-change = une perte récente du contrôle ou de la sensation des selles
    .question = Depuis le début de cette douleur, avez-vous un nouveau problème avec vos selles ? Par exemple : vous ne sentez plus l’envie d’aller à la selle, vous n’arrivez plus à vous retenir, ou vous vous salissez sans vous en rendre compte.
finding-sexual-dysfunction = un changement récent de la fonction sexuelle
    .question = Depuis le début de cette douleur, avez-vous remarqué un changement dans votre vie sexuelle ? Par exemple : vous n’arrivez plus à avoir ou à garder une érection, vous ne pouvez plus éjaculer, ou vos parties génitales sont engourdies ou moins sensibles.
finding-symptoms-both-legs = douleur, engourdissement ou faiblesse dans les deux jambes
    .question = Avez-vous de la douleur, un engourdissement, des fourmillements ou une faiblesse dans les deux jambes ?
    .option-no = Non, une seule jambe ou aucune
    .option-long-standing = Oui, depuis plus de deux semaines, et cela ne change pas
    .option-new = Oui, et cela a commencé ou gagné l’autre jambe ces deux dernières semaines, ou s’aggrave vite
finding-symptoms-both-legs-new = symptômes dans les deux jambes, récents, qui s’étendent ou s’aggravent

## Signes qui peuvent évoquer autre chose qu’un simple faux mouvement

finding-fever-or-chills = fièvre, frissons ou sueurs nocturnes
    .question = Avez-vous eu de la fièvre, des frissons ou de fortes sueurs pendant la nuit ?
finding-unexplained-weight-loss = perte de poids sans l’avoir cherchée
    .question = Avez-vous perdu du poids ces derniers temps sans chercher à maigrir ?
finding-past-cancer = cancer actuel ou ancien
    .question = Avez-vous un cancer en ce moment, ou avez-vous déjà eu un cancer ?
finding-night-pain-unrelieved = douleur permanente, ou douleur nocturne que le repos ne calme pas
    .question = La douleur est-elle présente en permanence, ou vous empêche-t-elle de dormir même quand vous restez immobile ou changez de position ?
finding-immunosuppression-or-injected-drugs = défenses immunitaires affaiblies ou usage de drogues par injection
    .question = Vos défenses immunitaires sont-elles affaiblies, par exemple par des médicaments comme une chimiothérapie ou la cortisone, par le VIH, par un diabète ou après une greffe ? Ou vous injectez-vous des drogues ?
finding-recent-spinal-procedure-or-infection = intervention récente sur la colonne ou infection grave récente
    .question = Au cours des 3 derniers mois, avez-vous eu une opération, une infiltration ou un autre geste sur la colonne vertébrale, ou bien une infection grave ?
finding-steroids-or-osteoporosis = cortisone en comprimés au long cours ou os fragiles connus (ostéoporose)
    .question = Prenez-vous, ou avez-vous pris, de la cortisone en comprimés (comme la prednisone ou la prednisolone) pendant longtemps ? Ou vous a-t-on dit que vos os étaient fragiles (ostéoporose) ?
finding-unable-to-bear-weight = impossibilité de s’appuyer sur la jambe
    .question = Êtes-vous incapable de vous mettre debout, ou de vous appuyer sur la jambe douloureuse ?
finding-hot-swollen-joint = une articulation chaude, rouge ou gonflée
    .question = Votre hanche, ou une autre articulation, est-elle chaude, rouge ou gonflée ?
finding-sudden-severe-pain-with-faintness = douleur brutale et intense avec malaise
    .question = Une douleur très forte dans le dos ou le ventre est-elle apparue d’un seul coup, avec une sensation de malaise, des sueurs ou une perte de connaissance ?
finding-limp = une boiterie récente
    .question = Avez-vous commencé à boiter ?

## Ce qui soulage ou aggrave

finding-worse-sitting = douleur plus forte en position assise
    .question = La douleur est-elle plus forte quand vous êtes en position assise ?
finding-eased-by-leaning-forward = douleur soulagée en s’asseyant ou en se penchant en avant
    .question = La douleur se calme-t-elle quand vous vous asseyez ou quand vous vous penchez en avant, par exemple en vous appuyant sur un chariot de courses ?
finding-leg-pain-on-walking = douleur ou lourdeur des jambes à la marche, calmée par le repos
    .question = Quand vous marchez, vos jambes deviennent-elles douloureuses, lourdes ou engourdies, puis cela passe-t-il une fois que vous vous arrêtez pour vous reposer ?
finding-worse-bending-forward = douleur plus forte en se penchant en avant
    .question = La douleur augmente-t-elle quand vous vous penchez en avant ?
finding-worse-coughing-sneezing = douleur plus forte en toussant ou en éternuant
    .question = Le fait de tousser, d’éternuer ou de pousser rend-il la douleur du dos ou de la jambe plus forte ?
finding-worse-bending-backward = douleur plus forte en se penchant en arrière ou en restant longtemps debout
    .question = La douleur augmente-t-elle quand vous vous penchez en arrière ou que vous restez longtemps debout ?
finding-groin-pain-on-hip-movement = douleur à l’aine quand la hanche tourne
    .question = Avez-vous mal au pli de l’aine quand vous tournez la jambe vers l’intérieur, ou quand vous enfilez vos chaussettes ou vos chaussures ?
finding-stiffness-after-rest = raideur après le repos qui passe en bougeant
    .question = Après un moment en position assise ou au repos, vous sentez-vous raide au début, avec une raideur qui disparaît après quelques minutes de mouvement ?

## Bassin et périnée

finding-pelvic-heaviness = sensation de lourdeur ou de pesanteur dans le bassin
    .question = Ressentez-vous une lourdeur ou une sensation de pesanteur dans le bassin, tout en bas du ventre, entre les hanches ?
finding-longstanding-bladder-leakage = fuites d’urine anciennes à la toux ou à l’effort
    .question = Depuis plusieurs mois au moins (il ne s’agit donc pas d’un problème récent), vous arrive-t-il de perdre un peu d’urine quand vous toussez, éternuez, riez ou faites du sport ?
finding-pain-with-intercourse = douleur pendant ou après les rapports sexuels
    .question = Avez-vous mal pendant ou après les rapports sexuels ?

## Forme de la colonne, muscles et articulations

finding-known-spinal-curve = courbure de la colonne sur le côté déjà connue (scoliose)
    .question = Un professionnel de santé vous a-t-il déjà dit que votre colonne vertébrale est courbée sur le côté (scoliose) ?
finding-uneven-shoulders-or-hips = une épaule ou une hanche plus haute que l’autre
    .question = L’une de vos épaules, ou l’une de vos hanches, est-elle nettement plus haute que l’autre ?
finding-muscle-spasm = muscles du dos tendus et sensibles, ou spasmes
    .question = Les muscles de votre dos se contractent-ils d’un coup (spasmes), ou sont-ils tendus et douloureux quand on les touche ?
finding-pain-over-si-joint = douleur sur la fossette à l’arrière du bassin
    .question = La douleur se situe-t-elle surtout d’un côté, juste sous la ceinture, sur la petite fossette à l’arrière du bassin ?
finding-worse-on-stairs-or-one-leg = douleur plus forte dans les escaliers ou en appui sur une jambe
    .question = La douleur augmente-t-elle quand vous montez des escaliers ou que vous tenez sur une seule jambe ?
finding-recent-overuse = activité inhabituelle ou longue position assise avant la douleur
    .question = Juste avant le début de la douleur, avez-vous fait quelque chose d’inhabituel pour vous ? Par exemple beaucoup de jardinage, un long trajet en voiture, de longues heures en position assise, ou le même geste répété encore et encore au travail.

## Mal de dos inflammatoire

finding-better-with-movement = mal de dos soulagé par l’exercice mais pas par le repos
    .question = Votre mal de dos s’améliore-t-il quand vous bougez ou faites de l’exercice, mais pas quand vous vous reposez ?
finding-wakes-second-half-night = réveils dus au mal de dos dans la seconde moitié de la nuit
    .question = Le mal de dos vous réveille-t-il dans la seconde moitié de la nuit, vers le petit matin ?
finding-inflammatory-history = psoriasis, inflammation de l’intestin ou de l’œil, ou spondyloarthrite dans la famille
    .question = Avez-vous déjà eu un psoriasis (plaques rouges qui pèlent sur la peau), une maladie inflammatoire de l’intestin (maladie de Crohn ou rectocolite hémorragique) ou une uvéite (œil rouge et douloureux) ? Ou bien l’un de vos parents, frères ou sœurs a-t-il une spondyloarthrite, comme la spondylarthrite ankylosante ?

## Constats ajoutés dans la version 0.2

finding-age-under-3 = moins de 3 ans
finding-age-under-16 = moins de 16 ans
finding-age-65-or-over = 65 ans ou plus
finding-duration-over-2-weeks = douleur depuis plus de deux semaines
finding-pain-upper-back = douleur dans le haut du dos
finding-pain-knee = douleur au genou
finding-pain-tailbone = douleur au coccyx
finding-pain-lower-belly = douleur dans le bas du ventre
finding-pain-loin = douleur sur le côté du dos, sous les côtes
finding-not-improving = douleur qui ne s’améliore pas
finding-pregnant = grossesse
finding-postpartum = accouchement au cours des 12 derniers mois
finding-pregnancy-20-weeks-or-more = grossesse de 20 semaines ou plus
finding-hip-replacement = prothèse de hanche
