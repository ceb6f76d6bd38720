//! The known name closest to a misspelt one: the "did you mean" of an unknown field or finding.

/// The longest name compared, in bytes: longer input gets no suggestion, so the work on a
/// hostile input stays bounded (at most this many bytes against each candidate).
const MAX_COMPARED: usize = 64;

/// How many edits a name of `len` bytes may be away from a candidate and still count as a slip
/// of the keyboard: 1 up to 4 bytes, 2 up to 8, 3 beyond.
fn allowed_edits(len: usize) -> usize {
    match len {
        0..=4 => 1,
        5..=8 => 2,
        _ => 3,
    }
}

/// `s` written the way ids are: trimmed, lower case, with `_` for a space or a hyphen.
pub(crate) fn spelt_as_id(s: &str) -> String {
    s.trim()
        .chars()
        .map(|c| match c {
            ' ' | '-' => '_',
            _ => c.to_ascii_lowercase(),
        })
        .collect()
}

/// The number of single-byte insertions, deletions, substitutions and swaps of two neighbours
/// that turn `a` into `b` (optimal string alignment), or `None` when it is above `limit`.
fn edits(a: &[u8], b: &[u8], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    // Three rows of the table: two rows back (for a swap), the last one, and this one.
    let width = b.len() + 1;
    let mut before: Vec<usize> = vec![0; width];
    let mut last: Vec<usize> = (0..width).collect();
    let mut row: Vec<usize> = vec![0; width];
    for (i, &x) in a.iter().enumerate() {
        *row.first_mut()? = i + 1;
        let mut best = i + 1;
        for (j, &y) in b.iter().enumerate() {
            let cost = usize::from(x != y);
            let up = last.get(j + 1).copied().unwrap_or(usize::MAX);
            let diagonal = last.get(j).copied().unwrap_or(usize::MAX);
            let left = row.get(j).copied().unwrap_or(usize::MAX);
            let mut d = (up.saturating_add(1))
                .min(left.saturating_add(1))
                .min(diagonal.saturating_add(cost));
            let swapped =
                i > 0 && j > 0 && a.get(i - 1) == Some(&y) && b.get(j - 1) == Some(&x) && x != y;
            if swapped {
                if let Some(&two_back) = before.get(j - 1) {
                    d = d.min(two_back.saturating_add(1));
                }
            }
            if let Some(cell) = row.get_mut(j + 1) {
                *cell = d;
            }
            best = best.min(d);
        }
        if best > limit {
            return None;
        }
        std::mem::swap(&mut before, &mut last);
        std::mem::swap(&mut last, &mut row);
    }
    last.last().copied().filter(|&d| d <= limit)
}

/// The candidate closest to `given`, when one is near enough to be a slip (see
/// [`allowed_edits`]); the first of equally close candidates. Case, spaces and hyphens do not
/// count as edits ([`spelt_as_id`]). `None` for an input longer than 64 bytes.
pub(crate) fn closest<'a>(
    given: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    if given.is_empty() || given.len() > MAX_COMPARED {
        return None;
    }
    let given = spelt_as_id(given).into_bytes();
    let mut limit = allowed_edits(given.len());
    let mut found = None;
    for candidate in candidates {
        if candidate.len() > MAX_COMPARED {
            continue;
        }
        if let Some(d) = edits(&given, candidate.as_bytes(), limit) {
            if d == 0 {
                return Some(candidate);
            }
            // A later candidate must be strictly closer.
            found = Some(candidate);
            match d.checked_sub(1) {
                Some(closer) => limit = closer,
                None => break,
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::{closest, edits};
    use proptest::prelude::*;

    const FIELDS: [&str; 5] = [
        "age",
        "onset",
        "severity",
        "duration_days",
        "pain_locations",
    ];

    #[test]
    fn slips_of_the_keyboard_find_the_name() {
        assert_eq!(closest("agee", FIELDS), Some("age"));
        assert_eq!(closest("sevrity", FIELDS), Some("severity"));
        assert_eq!(closest("sevetiry", FIELDS), Some("severity"));
        assert_eq!(closest("Duration-Days", FIELDS), Some("duration_days"));
        assert_eq!(closest("pain location", FIELDS), Some("pain_locations"));
        assert_eq!(closest("onest", FIELDS), Some("onset")); // a swap is one edit
    }

    #[test]
    fn names_too_far_from_any_get_nothing() {
        assert_eq!(closest("neck_pain", FIELDS), None);
        assert_eq!(closest("x", FIELDS), None);
        assert_eq!(closest("", FIELDS), None);
        assert_eq!(closest(&"a".repeat(65), FIELDS), None);
    }

    #[test]
    fn the_first_of_equally_close_names_wins() {
        assert_eq!(
            closest("pain_hop", ["pain_hip", "pain_hap"]),
            Some("pain_hip")
        );
        assert_eq!(
            closest("pain_hop", ["pain_hap", "pain_hip"]),
            Some("pain_hap")
        );
        assert_eq!(
            closest("pain_hip", ["pain_hap", "pain_hip"]),
            Some("pain_hip")
        );
    }

    /// The reference: the full table of the optimal string alignment distance.
    #[allow(clippy::needless_range_loop)] // the textbook recurrence, indexed as it is written
    fn distance(a: &[u8], b: &[u8]) -> usize {
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                d[i][j] = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
                }
            }
        }
        d[a.len()][b.len()]
    }

    proptest! {
        /// The bounded distance is the full table's, whenever it is within the limit.
        #[test]
        fn bounded_edits_match_the_full_table(a in "[a-d_]{0,10}", b in "[a-d_]{0,10}", limit in 0usize..5) {
            let full = distance(a.as_bytes(), b.as_bytes());
            let bounded = edits(a.as_bytes(), b.as_bytes(), limit);
            prop_assert_eq!(bounded, Some(full).filter(|&d| d <= limit));
        }
    }
}
