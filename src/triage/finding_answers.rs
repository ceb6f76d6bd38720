//! [`FindingAnswers`]: the answers an assessment gives to findings, by id.

use crate::model::FindingId;
use crate::triage::assessment::Given;
use std::collections::BTreeMap;

/// The answers given to findings, each finding once, kept in id order in one vector: a triage
/// reads them all, in order, and a vector is the cheapest thing to walk. Many answers are
/// gathered in a [`BTreeMap`] first ([`FindingAnswers::from`]), so that building an
/// assessment of `n` answers stays `O(n log n)`; one answer is added in place.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct FindingAnswers(Vec<(FindingId, Given)>);

impl FindingAnswers {
    fn find(&self, id: &FindingId) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.cmp(id))
    }

    /// The answer given to `id`, if any.
    pub(crate) fn get(&self, id: &FindingId) -> Option<&Given> {
        self.find(id)
            .ok()
            .and_then(|i| self.0.get(i))
            .map(|(_, g)| g)
    }

    /// Whether `id` was answered.
    pub(crate) fn contains_key(&self, id: &FindingId) -> bool {
        self.find(id).is_ok()
    }

    /// Sets the answer to `id`, replacing any answer given before.
    pub(crate) fn insert(&mut self, id: FindingId, given: Given) {
        match self.find(&id) {
            Ok(i) => {
                if let Some(slot) = self.0.get_mut(i) {
                    slot.1 = given;
                }
            }
            Err(i) => self.0.insert(i, (id, given)),
        }
    }

    /// Sets the answer to `id` unless it was answered before.
    pub(crate) fn insert_if_absent(&mut self, id: FindingId, given: Given) {
        if let Err(i) = self.find(&id) {
            self.0.insert(i, (id, given));
        }
    }

    /// Whether no finding was answered.
    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The answers, in id order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&FindingId, &Given)> {
        self.0.iter().map(|(k, g)| (k, g))
    }
}

impl From<BTreeMap<FindingId, Given>> for FindingAnswers {
    fn from(map: BTreeMap<FindingId, Given>) -> Self {
        FindingAnswers(map.into_iter().collect())
    }
}

impl<'a> IntoIterator for &'a FindingAnswers {
    type Item = (&'a FindingId, &'a Given);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (FindingId, Given)>,
        fn(&'a (FindingId, Given)) -> (&'a FindingId, &'a Given),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, g)| (k, g))
    }
}

#[cfg(test)]
mod tests {
    use super::FindingAnswers;
    use crate::Answer;
    use crate::model::FindingId;
    use crate::triage::assessment::Given;
    use std::collections::BTreeMap;

    /// The vector answers as the ordered map it replaces would: same order, same replacements.
    #[test]
    fn answers_keep_the_order_and_the_last_answer_of_a_map() {
        let ids: Vec<FindingId> = [
            "muscle_spasm",
            "fever_or_chills",
            "saddle_numbness",
            "a",
            "zz",
        ]
        .iter()
        .map(|s| s.parse().unwrap())
        .collect();
        let mut map = BTreeMap::new();
        let mut answers = FindingAnswers::default();
        for (k, id) in ids.iter().chain(ids.iter().rev()).enumerate() {
            let given = Given::Answer(if k % 2 == 0 { Answer::Yes } else { Answer::No });
            map.insert(*id, given);
            answers.insert(*id, given);
        }
        let unknown = Given::Answer(Answer::Unknown);
        let new: FindingId = "new_one".parse().unwrap();
        map.entry(new).or_insert(unknown);
        answers.insert_if_absent(new, unknown);
        answers.insert_if_absent(ids[0], unknown);
        let expected: Vec<_> = map.iter().collect();
        assert_eq!(answers.iter().collect::<Vec<_>>(), expected);
        assert_eq!(FindingAnswers::from(map.clone()), answers);
        assert_eq!(answers.get(&ids[0]), map.get(&ids[0]));
        assert!(answers.contains_key(&new));
        assert!(!answers.contains_key(&"absent".parse().unwrap()));
        assert!(!answers.is_empty() && FindingAnswers::default().is_empty());
    }
}
