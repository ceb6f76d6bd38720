## Mises en garde ajoutées aux conseils par les règles de sécurité : une ou deux phrases courtes.

caution-pregnancy-pain-relief = Pendant la grossesse, ne prenez pas d’anti-inflammatoire comme l’ibuprofène sans prescription d’un médecin. Le choix habituel est { -paracetamol } : demandez conseil à votre { -midwife } ou à un { -pharmacist }.
caution-pregnancy-positions = Évitez de rester longtemps allongée sur le dos, surtout après les trois premiers mois. Faites plutôt les exercices couchée sur le côté, assise ou à quatre pattes.
caution-pelvic-girdle-loading = Gardez les genoux serrés pour vous retourner au lit ou sortir de voiture, et montez l’escalier une marche à la fois. Évitez les grands pas et les fentes.
caution-child-advice = Pour un enfant, les conseils d’exercices, de médicaments et de gestes du quotidien doivent venir d’un médecin ou d’un { -physio } qui l’a examiné.
caution-nsaids-health-risk = Les anti-inflammatoires peuvent abîmer les reins, l’estomac ou le cœur, ou aggraver un saignement ou un asthme. Demandez à un { -pharmacist } ou à votre { -gp } quel antidouleur vous convient.
caution-nsaids-over-65 = À partir de 65 ans, les anti-inflammatoires touchent plus souvent l’estomac, les reins ou le cœur. Demandez conseil à un { -pharmacist } et prenez la dose la plus faible le moins longtemps possible.
caution-spine-sparing = Avec des os fragiles, évitez les flexions profondes vers l’avant, les redressements assis, les mouvements pour toucher vos pieds et les torsions du buste, surtout en portant une charge. Pliez plutôt les hanches et les genoux, le dos droit.
caution-hip-replacement-precautions = Suivez les consignes de mouvement de votre équipe chirurgicale : elles dépendent de la façon dont la hanche a été opérée. Demandez-leur avant de faire des étirements de hanche.
caution-heat-numb-skin = Ne mettez ni poche chaude ni bouillotte sur une peau engourdie : elle peut brûler sans que vous le sentiez.
caution-keep-weight-off = Arrêtez la course et les sauts, et appuyez le moins possible sur la jambe jusqu’à l’avis d’un médecin. Des béquilles aident.
