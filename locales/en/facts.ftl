# Figures with their sources (data/facts.toml). Each message is one or a few short sentences using the fact's integer values.

fact-si-joint-share = The sacroiliac joint, where the base of the spine meets the pelvis, may be the source of pain in roughly { $low } to { $high }% of people with low back pain.

fact-pinched-nerve-weeks = A pinched nerve in the lower back often settles within about { $low } to { $high } weeks with simple care, although some people need three months or longer.

fact-massage-studies = A review that pooled { $studies } good-quality trials in people living with pain found that massage eased pain more than no treatment or a pretend (sham) treatment.

fact-diet-review-years = A review covering { $years } years of research linked some ways of eating with less long-lasting pain and a better quality of life. These ways of eating are rich in vegetables, fruit, whole grains, fish and olive oil.

fact-mbsr-sessions = In a trial of adults with long-lasting low back pain, a mindfulness course of { $sessions } weekly group sessions helped pain and daily activities more than usual care alone.

fact-prt-pain-free = In a trial, adults with long-lasting back pain had one month of pain reprocessing therapy. This psychological therapy teaches the brain that the pain is not a sign of danger. At the end, { $percent }% had no pain or almost none, compared with { $placebo }% after a placebo injection and { $usual }% with usual care.

fact-back-pain-prevalence = In a 2019 United States survey, { $percent }% of adults said they had had back pain in the previous three months.

fact-disc-regression = When studies followed people with a painful disc herniation who did not have surgery, about { $percent }% of the herniations had shrunk or disappeared on later scans.

fact-acute-lbp-pain-course = In people with new low back pain, the average pain score dropped from { $start } to { $six_weeks } out of { $scale } over the first six weeks, and to { $one_year } after one year.

fact-lbp-recovery-one-year = In a large study of new low back pain, half of the people were free of pain after about { $days } days, and { $percent }% had fully recovered within a year.

fact-ces-incidence = Cauda equina syndrome, a squeeze on the bundle of nerves at the bottom of the spine, is rare: about { $low } to { $high } people in every 100,000 develop it each year.

fact-serious-pathology = Among people who see a { -gp } for low back pain, fewer than { $percent } in 100 turn out to have a serious cause. Such causes include a broken bone, an infection or cancer.

fact-hip-pain-resolution = Among people who consult their { -gp } about hip pain, about { $by_3_months }% are free of it after three months and { $by_12_months }% after a year.

fact-hip-oa-progression = Hip osteoarthritis symptoms get worse in about { $by_3_years }% of people within three years and { $by_6_years }% within six years, so most people do not see them clearly worsen over those years.

fact-sciatica-improved = In a study of people with sciatica seen by their { -gp }, { $percent }% had improved a year later, enough to make a real difference to daily life.

fact-sciatica-recovery-one-year = In a trial of people with severe sciatica lasting six to twelve weeks, { $percent }% felt recovered after one year whether or not they had early surgery. Only { $surgery }% of those who started with care without surgery went on to have an operation.
