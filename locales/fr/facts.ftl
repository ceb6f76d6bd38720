# Chiffres et leurs sources (data/facts.toml). Chaque message tient en une ou quelques phrases courtes qui utilisent les valeurs entières du fait.

fact-si-joint-share = L’articulation sacro-iliaque relie la base de la colonne au bassin. Elle serait à l’origine de la douleur chez environ { $low } à { $high } % des personnes ayant mal au bas du dos.

fact-pinched-nerve-weeks = Un nerf comprimé dans le bas du dos se calme souvent en { $low } à { $high } semaines environ avec des soins simples. Certaines personnes mettent toutefois trois mois ou plus à récupérer.

fact-massage-studies = Une revue a regroupé { $studies } essais de bonne qualité chez des personnes ayant des douleurs. Le massage y soulageait mieux la douleur que l’absence de traitement ou qu’un traitement factice (simulé).

fact-diet-review-years = Une revue portant sur { $years } ans de recherches a associé certaines façons de manger à moins de douleurs chroniques et à une meilleure qualité de vie. Ces façons de manger sont riches en légumes, fruits, céréales complètes, poisson et huile d’olive.

fact-mbsr-sessions = Un essai a porté sur des adultes ayant mal au bas du dos depuis longtemps. Un programme de pleine conscience de { $sessions } séances de groupe hebdomadaires y a davantage soulagé la douleur et amélioré les activités quotidiennes que les soins habituels seuls.

fact-prt-pain-free = Dans un essai, des adultes qui avaient mal au dos depuis longtemps ont suivi pendant un mois une « thérapie de retraitement de la douleur ». Cette psychothérapie apprend au cerveau que la douleur n’est pas un signal de danger. À la fin, { $percent } % n’avaient plus mal, ou presque plus, contre { $placebo } % après une fausse injection (placebo) et { $usual } % avec les soins habituels.

fact-back-pain-prevalence = Selon une enquête menée en 2019 aux États-Unis, { $percent } % des adultes avaient eu mal au dos au cours des trois mois précédents.

fact-disc-regression = Quand des études ont suivi des personnes ayant une hernie discale douloureuse non opérée, environ { $percent } % des hernies avaient diminué ou disparu sur les examens d’imagerie suivants.

fact-acute-lbp-pain-course = Chez les personnes qui avaient depuis peu mal au bas du dos, le score moyen de douleur est passé de { $start } à { $six_weeks } sur { $scale } en six semaines. Il était de { $one_year } au bout d’un an.

fact-lbp-recovery-one-year = Dans une grande étude sur la douleur récente du bas du dos, la moitié des personnes n’avaient plus mal après environ { $days } jours. En un an, { $percent } % s’étaient complètement rétablies.

fact-ces-incidence = Le syndrome de la queue de cheval, une compression du faisceau de nerfs situé au bas de la colonne, est rare. Il touche chaque année environ { $low } à { $high } personnes sur 100 000.

fact-serious-pathology = Parmi les personnes qui consultent leur { -gp } pour une douleur du bas du dos, on trouve une cause grave chez moins de { $percent } sur 100. Il peut s’agir d’une fracture, d’une infection ou d’un cancer.

fact-hip-pain-resolution = Parmi les personnes qui consultent leur { -gp } pour une douleur de hanche, environ { $by_3_months } % n’ont plus mal après trois mois et { $by_12_months } % après un an.

fact-hip-oa-progression = Les symptômes de l’arthrose de la hanche s’aggravent chez environ { $by_3_years } % des personnes en trois ans et { $by_6_years } % en six ans. La plupart ne les voient donc pas nettement empirer pendant ces années.

fact-sciatica-improved = Dans une étude portant sur des personnes atteintes de sciatique suivies par leur { -gp }, { $percent } % allaient nettement mieux au quotidien un an plus tard.

fact-sciatica-recovery-one-year = Dans un essai mené chez des personnes ayant une sciatique sévère depuis six à douze semaines, { $percent } % se sentaient rétablies au bout d’un an, opérées tôt ou non. Parmi celles qui avaient commencé par un traitement sans chirurgie, seules { $surgery } % ont finalement été opérées.
