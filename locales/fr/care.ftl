## Ce qui peut aider, regroupé par type, et conseils pratiques.

care-kind-self-care = Ce que vous pouvez faire vous-même
care-kind-lifestyle = Habitudes de vie
care-kind-professional = L’aide de professionnels

## Prise en charge personnelle

care-activity-modification = Adapter vos activités
    .summary = Gardez autant que possible votre rythme habituel, en ne modifiant que ce qui aggrave nettement la douleur.
    .detail = Continuer à bouger aide la plupart des maux de dos à se calmer plus vite que le repos au lit. Pendant un temps, vous pouvez porter des charges plus légères, passer moins de temps d’affilée sur une tâche ou remplacer une activité douloureuse par une autre plus facile. Reprenez vos habitudes peu à peu, à mesure que la douleur diminue.

care-ice-or-heat = Chaud ou froid
    .summary = Une poche chaude ou froide peut atténuer la douleur et aider les muscles contractés à se détendre.
    .detail = La chaleur, par exemple une bouillotte ou une ceinture chauffante, est ce qui a fait le mieux ses preuves pour un mal de dos récent. Certaines personnes préfèrent le froid dans les premiers jours après un faux mouvement : choisissez ce qui vous soulage le plus. Enveloppez la poche dans une serviette, appliquez-la 15 à 20 minutes environ à chaque fois et surveillez souvent votre peau. Ne l’utilisez pas sur une zone où la peau est engourdie, et ne vous endormez jamais sur un coussin chauffant.

care-otc-pain-relief = Antidouleurs sans ordonnance
    .summary = Un anti-inflammatoire comme l’ibuprofène peut calmer suffisamment la douleur pour vous aider à continuer de bouger.
    .detail = Si vous en prenez, choisissez la dose la plus faible qui vous soulage, pendant la durée la plus courte possible. Contre la lombalgie, prendre { -paracetamol } seul n’est pas recommandé, car il ne semble pas efficace. Demandez d’abord conseil à un { -pharmacist } si vous avez des problèmes d’estomac, de reins ou de cœur, ou de l’asthme. Faites de même si vous prenez d’autres médicaments ou si vous avez 65 ans ou plus. Pendant la grossesse, ne prenez pas d’anti-inflammatoire sans prescription d’un médecin.

care-pain-relief-in-pregnancy = Soulager la douleur pendant la grossesse
    .summary = Pendant la grossesse, l’antidouleur habituel est { -paracetamol } ; mieux vaut éviter les anti-inflammatoires comme l’ibuprofène.
    .detail = Prenez { -paracetamol } à la dose indiquée sur la boîte, le moins longtemps possible, et demandez conseil à votre { -midwife } ou à un { -pharmacist } en cas de doute. Ne prenez ni ibuprofène, ni naproxène, ni autre anti-inflammatoire sans prescription d’un médecin, surtout à partir de 20 semaines. Bouger doucement, un bain chaud et un { -physio } habitué à suivre des femmes enceintes peuvent aussi soulager le dos et le bassin.

care-gentle-movement = Bouger en douceur
    .summary = Bouger doucement et souvent est l’une des meilleures choses à faire contre les douleurs du dos et de la hanche.
    .detail = Vous pouvez bouger sans crainte, même si cela fait un peu mal : une gêne pendant le mouvement ne signifie généralement pas que vous abîmez quelque chose. Une courte marche fait circuler le sang vers les muscles et les nerfs douloureux et les aide à se calmer. Faites-en un peu plus chaque jour, sans aller jusqu’à déclencher une douleur vive.

care-change-positions = Changer souvent de position
    .summary = Garder longtemps la même position, surtout assise, peut fatiguer le dos et les hanches.
    .detail = Levez-vous, bougez et étirez-vous environ toutes les 30 minutes. Modifiez votre façon d’être assis ou debout dès que vous sentez une raideur, car aucune posture n’est idéale très longtemps. Une minuterie ou un rappel sur votre téléphone peut vous aider à y penser.

care-sitting-setup = Bien vous installer en position assise
    .summary = Quelques réglages dans votre façon de vous asseoir peuvent soulager le dos et les hanches.
    .detail = Asseyez-vous de sorte que les ischions, les os sur lesquels on s’assoit au bas du bassin, soient un peu plus hauts que les genoux. Un coussin ou une serviette roulée peut aider. Gardez les pieds à plat au sol et les coudes soutenus, pliés à peu près à angle droit (90 degrés). Placez l’écran de l’ordinateur à hauteur des yeux pour ne pas baisser la tête.

care-lifting-mechanics = Soulever sans se faire mal
    .summary = La façon de soulever et de porter les charges peut réduire le risque de vous froisser un muscle du dos ou de la hanche.
    .detail = Tenez la charge aussi près du corps que possible, écartez bien les pieds pour être stable et soufflez pendant l’effort. Évitez de soulever en cas de fatigue, ou de porter nettement plus lourd que ce dont vous avez l’habitude. Si c’est trop lourd, répartissez la charge ou demandez de l’aide.

## Habitudes de vie

care-healthy-eating = Bien manger
    .summary = L’alimentation peut influer sur les douleurs qui durent, notamment parce qu’elle peut réduire l’inflammation dans le corps.
    .detail = Une revue de dix ans de recherches a montré que certaines façons de manger diminuaient la douleur et amélioraient la qualité de vie. Essayez de réduire les sucres ajoutés, la charcuterie et les céréales raffinées comme le pain blanc. Privilégiez plutôt les fruits, les légumes, les céréales complètes, le poisson et l’huile d’olive.

care-stop-smoking = Arrêter de fumer
    .summary = Si vous fumez, cela vaut la peine d’arrêter : le tabac use plus vite les disques de la colonne, ce qui peut aggraver les douleurs du dos et de la hanche.
    .detail = Arrêter de fumer profite à votre colonne autant qu’à votre cœur et à vos poumons. Votre { -gp } ou un { -pharmacist } peut vous proposer des substituts nicotiniques, des médicaments et un accompagnement, qui augmentent vos chances d’arrêter pour de bon.

care-meditation = Pleine conscience et méditation
    .summary = La méditation de pleine conscience peut diminuer la douleur et vous aider à mieux la vivre.
    .detail = Une étude a porté sur des personnes souffrant de lombalgie de longue durée. Un programme de pleine conscience de huit semaines y a davantage réduit la douleur et amélioré les capacités au quotidien que les soins habituels. La pleine conscience consiste à porter une attention calme et curieuse à son corps et à sa respiration, sans juger ce que l’on remarque. Vous pouvez l’apprendre en groupe, avec une application ou grâce à des enregistrements.

care-return-to-work = Rester au travail ou y retourner
    .summary = Pour la plupart des gens, rester au travail ou y retourner tôt, avec quelques aménagements pendant un temps, aide à guérir.
    .detail = Il n’est pas nécessaire de ne plus avoir mal pour travailler. Demandez à votre responsable des tâches plus légères, des horaires réduits ou plus de pauses pendant quelques semaines. Votre { -gp } peut indiquer par écrit les aménagements qui vous aideraient. Si la douleur vous empêche de travailler plus de quelques semaines, demandez un programme qui associe exercice et aide à la reprise.

care-weight-management = Gérer votre poids
    .summary = Si vous avez des kilos en trop, en perdre une partie peut alléger la charge sur les hanches et la colonne.
    .detail = En cas d’arthrose de la hanche, perdre du poids peut diminuer la douleur et faciliter les mouvements, et perdre un dixième de son poids aide davantage qu’en perdre un vingtième. Une alimentation équilibrée et l’activité physique donnent les meilleurs résultats ensemble. Votre { -gp } peut vous orienter vers un accompagnement à la gestion du poids près de chez vous.

## Soins par des professionnels

care-structured-exercise = Programme d’exercices
    .summary = Un programme d’exercices structuré, seul ou en groupe, est le principal traitement recommandé pour le mal de dos.
    .detail = Il peut associer étirements, renforcement, activité d’endurance, yoga ou tai-chi : le meilleur est celui qui vous plaît et que vous pratiquez dans la durée. Un { -physio } ou un { -exercise-professional } peut régler le niveau et vous aider à progresser. L’exercice régulier est aussi un traitement de base de l’arthrose de la hanche.

care-physical-therapy = Consulter un { -physio }
    .summary = Un { -physio } peut construire un programme d’exercices adapté à votre corps, à votre douleur et à vos objectifs.
    .detail = Il peut vous montrer comment renforcer, étirer et stabiliser les muscles et les articulations du dos et des hanches. En vous guidant jusqu’à la limite de la douleur, puis un peu plus loin à chaque séance, il aide votre système nerveux à comprendre que bouger est sans danger. Beaucoup de { -physios } proposent des séances en vidéo en plus des rendez-vous en personne.

care-massage = Massage
    .summary = Le massage peut soulager la douleur et détendre les muscles contractés, surtout en complément de l’exercice.
    .detail = Une vaste revue de 60 études a montré que le massage soulageait mieux la douleur que des traitements simulés ou placebo. Il agirait en relâchant les tensions musculaires et en diminuant le stress et l’inquiétude qui accompagnent souvent la douleur. Choisissez un { -massage-therapist }, et voyez le massage comme un complément à vos exercices, pas comme un remplacement.

care-pain-counselling = Accompagnement psychologique de la douleur
    .summary = Une psychothérapie, par exemple une { -cbt }, peut changer la façon dont le cerveau et les nerfs traitent la douleur, et soulager une douleur qui dure.
    .detail = Une douleur qui se prolonge peut rendre le système nerveux plus sensible, si bien qu’il continue d’envoyer des signaux de douleur une fois les tissus guéris. Dans une étude menée auprès de personnes ayant mal au dos depuis longtemps, environ deux sur trois n’avaient plus mal, ou presque plus, après un programme de huit séances. Ce programme leur apprenait à voir la douleur comme un signal sans danger plutôt que comme le signe d’une lésion. Cette approche fonctionne mieux associée à l’exercice, et votre { -gp } peut vous indiquer ce qui existe près de chez vous.

care-pelvic-floor-therapy = Rééducation du périnée
    .summary = Si les muscles du fond du bassin sont trop faibles ou trop tendus, { -pelvic-floor-professional } peut vous aider.
    .detail = Un problème de ces muscles peut donner des douleurs du bas du dos, de la hanche ou du bassin, des fuites urinaires ou des douleurs pendant les rapports sexuels. Le traitement comprend en général un programme d’exercices encadré d’au moins trois mois, qui peut apprendre aux muscles à se relâcher autant qu’à se renforcer. { -pelvic-floor-self-referral }

## Conseils pratiques

tip-step-stool = Surélevez un pied quand vous êtes debout
    .detail = Vous restez longtemps debout devant { -kitchen-counter }, pour cuisiner ou faire la vaisselle par exemple ? Posez un pied sur un petit tabouret, comme pour monter une marche. Le bassin bascule alors légèrement et le dos retrouve une position plus neutre, ce qui vous permet de rester debout plus longtemps en ayant moins mal. Pas de tabouret ? Une boîte solide ou un gros livre fera l’affaire.

tip-log-roll = Sortir du lit : rouler, puis se redresser
    .detail = Pliez les genoux et roulez sur le côté d’un seul bloc, épaules et hanches alignées. Laissez glisser les jambes hors du lit tout en vous redressant en position assise à l’aide des bras. Pour vous coucher, faites les mêmes gestes dans l’ordre inverse.

tip-pacing = Dosez vos efforts
    .detail = Les bons jours, il est tentant de tout faire d’un coup, ce qui peut réveiller la douleur le lendemain. Découpez les grosses tâches, alternez travaux lourds et légers, et faites de courtes pauses avant que la douleur ne s’installe. Gardez un niveau d’activité régulier d’un jour à l’autre et augmentez-le petit à petit.
