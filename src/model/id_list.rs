//! The traits every list of ids that a triage makes implements, as a slice of ids would:
//! comparison, hashing, printing, JSON, and conversion from and into a `Vec`.

/// Implements them for `$list`, a list of `$id` with `iter()` (yielding `&$id`), `len()` and
/// `from_vec(Vec<$id>)`.
macro_rules! id_list_traits {
    ($list:ident, $id:ty, $iter:ident) => {
        impl Default for $list {
            fn default() -> Self {
                $list::new()
            }
        }

        impl<'a> IntoIterator for &'a $list {
            type Item = &'a $id;
            type IntoIter = $iter<'a>;
            fn into_iter(self) -> $iter<'a> {
                self.iter()
            }
        }

        impl IntoIterator for $list {
            type Item = $id;
            type IntoIter = std::vec::IntoIter<$id>;
            fn into_iter(self) -> Self::IntoIter {
                self.to_vec().into_iter()
            }
        }

        impl std::fmt::Debug for $list {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_list().entries(self.iter()).finish()
            }
        }

        impl PartialEq for $list {
            fn eq(&self, other: &$list) -> bool {
                self.len() == other.len() && self.iter().eq(other.iter())
            }
        }

        impl Eq for $list {}

        impl PartialEq<[$id]> for $list {
            fn eq(&self, other: &[$id]) -> bool {
                self.len() == other.len() && self.iter().eq(other.iter())
            }
        }

        impl PartialEq<&[$id]> for $list {
            fn eq(&self, other: &&[$id]) -> bool {
                *self == **other
            }
        }

        impl<const N: usize> PartialEq<[$id; N]> for $list {
            fn eq(&self, other: &[$id; N]) -> bool {
                *self == *other.as_slice()
            }
        }

        impl PartialEq<Vec<$id>> for $list {
            fn eq(&self, other: &Vec<$id>) -> bool {
                *self == *other.as_slice()
            }
        }

        impl PartialEq<$list> for Vec<$id> {
            fn eq(&self, other: &$list) -> bool {
                *other == *self.as_slice()
            }
        }

        impl std::hash::Hash for $list {
            /// As the slice of its ids hashes: the length, then each id.
            fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
                state.write_usize(self.len());
                for id in self {
                    id.hash(state);
                }
            }
        }

        impl From<Vec<$id>> for $list {
            fn from(v: Vec<$id>) -> Self {
                $list::from_vec(v)
            }
        }

        impl From<&[$id]> for $list {
            fn from(s: &[$id]) -> Self {
                $list::from_vec(s.to_vec())
            }
        }

        impl From<$list> for Vec<$id> {
            fn from(list: $list) -> Self {
                list.to_vec()
            }
        }

        impl FromIterator<$id> for $list {
            fn from_iter<I: IntoIterator<Item = $id>>(iter: I) -> Self {
                $list::from_vec(iter.into_iter().collect())
            }
        }

        impl serde::Serialize for $list {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_seq(self.iter())
            }
        }

        impl<'de> serde::Deserialize<'de> for $list {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                Vec::<$id>::deserialize(d).map($list::from_vec)
            }
        }
    };
}

pub(crate) use id_list_traits;
