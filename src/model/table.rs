//! [`Table`]: a catalog's list of ids that its results point into.

use std::ops::Deref;
use std::sync::Arc;

/// The ids of a catalog's items in catalog order (its vocabulary, its bibliography), shared
/// with the results that name items by position ([`FindingSet`](crate::FindingSet),
/// [`Citations`](crate::Citations)). Those of the process-wide builtin catalog live as long as
/// the process, so sharing them counts no references; any other catalog's are counted.
#[derive(Debug, Clone)]
pub(crate) enum Table<T: 'static> {
    Static(&'static [T]),
    Shared(Arc<[T]>),
}

impl<T> Table<T> {
    /// The same ids, kept for the rest of the process: for the builtin catalog only, which
    /// itself lives as long as the process (one copy, made once).
    pub(crate) fn for_the_process(&self) -> Table<T>
    where
        T: Clone,
    {
        match self {
            Table::Static(ids) => Table::Static(ids),
            Table::Shared(ids) => Table::Static(Vec::leak(ids.to_vec())),
        }
    }
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table::Static(&[])
    }
}

impl<T> From<Vec<T>> for Table<T> {
    fn from(ids: Vec<T>) -> Self {
        Table::Shared(ids.into())
    }
}

impl<T> Deref for Table<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        match self {
            Table::Static(ids) => ids,
            Table::Shared(ids) => ids,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Table;
    use crate::Catalog;

    /// The builtin catalog's tables live for the process; a catalog loaded by an app counts
    /// its references, and both hold the same ids.
    #[test]
    fn only_the_builtin_catalog_keeps_its_tables_for_the_process() {
        let builtin = Catalog::builtin();
        assert!(matches!(builtin.index.finding_ids, Table::Static(_)));
        assert!(matches!(builtin.index.reference_ids, Table::Static(_)));
        let own = Catalog::load_builtin().unwrap();
        assert!(matches!(own.index.finding_ids, Table::Shared(_)));
        assert!(matches!(own.index.reference_ids, Table::Shared(_)));
        assert_eq!(*own.index.finding_ids, *builtin.index.finding_ids);
        assert_eq!(*own.index.reference_ids, *builtin.index.reference_ids);
        assert_eq!(builtin.findings().len(), builtin.index.finding_ids.len());
        let again = builtin.index.finding_ids.for_the_process();
        assert!(
            matches!(again, Table::Static(ids) if ids.as_ptr() == builtin.index.finding_ids.as_ptr())
        );
    }
}
