//! Small, copyable sets of vocabulary values.
//!
//! Written here rather than taken from a bit-set crate: [`EnumSet`] is
//! public (steps, conditions and standards hand it out), so its type, its
//! order (a vocabulary's declared order) and its document form (a list of
//! the vocabulary's spellings) belong to this crate's sealed
//! [`Vocabulary`], which no such crate knows.

use std::{fmt, marker::PhantomData};

use crate::vocabulary::Vocabulary;

/// A set of values of one [`Vocabulary`], stored as bits: `Copy`, no heap,
/// iterated in the vocabulary's declared order whatever the order of insertion.
///
/// Steps hold their channels and characteristics in sets, so the same step
/// written in another order is the same step, and a duplicate is harmless.
///
/// # Examples
///
/// ```
/// use service_standards::{Channel, model::EnumSet};
///
/// let set: EnumSet<Channel> = [Channel::Email, Channel::Telephone, Channel::Email].into_iter().collect();
/// assert_eq!(set.len(), 2);
/// assert!(set.contains(Channel::Email));
/// assert_eq!(set.iter().collect::<Vec<_>>(), [Channel::Telephone, Channel::Email]);
/// ```
pub struct EnumSet<T> {
    bits: u64,
    marker: PhantomData<fn() -> T>,
}

impl<T: Vocabulary> EnumSet<T> {
    /// The empty set.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Channel, model::EnumSet};
    ///
    /// assert!(EnumSet::<Channel>::new().is_empty());
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        Self { bits: 0, marker: PhantomData }
    }

    /// The set of every value of the vocabulary.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::EnumSet, ServiceLevel};
    ///
    /// assert_eq!(EnumSet::<ServiceLevel>::all().len(), 3);
    /// ```
    #[must_use]
    pub fn all() -> Self {
        T::ALL.iter().copied().collect()
    }

    fn bit(value: T) -> u64 {
        // `Vocabulary` impls assert at compile time that there are at most 64 values.
        1 << (value.index() as u32 & 63)
    }

    /// Adds `value`; returns whether it was new.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Channel, model::EnumSet};
    ///
    /// let mut set = EnumSet::new();
    /// assert!(set.insert(Channel::Chat));
    /// assert!(!set.insert(Channel::Chat));
    /// ```
    pub fn insert(&mut self, value: T) -> bool {
        let new = !self.contains(value);
        self.bits |= Self::bit(value);
        new
    }

    /// Removes `value`; returns whether it was there.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Channel, model::EnumSet};
    ///
    /// let mut set = EnumSet::from([Channel::Chat]);
    /// assert!(set.remove(Channel::Chat));
    /// assert!(set.is_empty());
    /// ```
    pub fn remove(&mut self, value: T) -> bool {
        let was = self.contains(value);
        self.bits &= !Self::bit(value);
        was
    }

    /// Whether `value` is in the set.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Channel, model::EnumSet};
    ///
    /// assert!(EnumSet::from([Channel::Fax]).contains(Channel::Fax));
    /// ```
    #[must_use]
    pub fn contains(&self, value: T) -> bool {
        self.bits & Self::bit(value) != 0
    }

    /// How many values the set holds.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Channel, model::EnumSet};
    ///
    /// assert_eq!(EnumSet::from([Channel::Fax, Channel::Letter]).len(), 2);
    /// ```
    #[must_use]
    pub const fn len(&self) -> usize {
        self.bits.count_ones() as usize
    }

    /// Whether the set is empty.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Channel, model::EnumSet};
    ///
    /// assert!(EnumSet::<Channel>::default().is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.bits == 0
    }

    /// The values in the set, in declared order.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Channel, model::EnumSet};
    ///
    /// let set = EnumSet::from([Channel::Letter, Channel::FaceToFace]);
    /// assert_eq!(set.iter().next(), Some(Channel::FaceToFace));
    /// ```
    #[must_use]
    pub fn iter(&self) -> Iter<T> {
        Iter { bits: self.bits, marker: PhantomData }
    }

    /// The first value in declared order, if any.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Channel, model::EnumSet};
    ///
    /// assert_eq!(EnumSet::from([Channel::Letter, Channel::Chat]).first(), Some(Channel::Chat));
    /// ```
    #[must_use]
    pub fn first(&self) -> Option<T> {
        self.iter().next()
    }

    /// The values in either set.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Channel, model::EnumSet};
    ///
    /// let both = EnumSet::from([Channel::Chat]).union(EnumSet::from([Channel::Fax]));
    /// assert_eq!(both.len(), 2);
    /// ```
    #[must_use]
    pub const fn union(self, other: Self) -> Self {
        Self { bits: self.bits | other.bits, marker: PhantomData }
    }

    /// The values in both sets.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Channel, model::EnumSet};
    ///
    /// let a = EnumSet::from([Channel::Chat, Channel::Fax]);
    /// assert_eq!(a.intersection(EnumSet::from([Channel::Fax])), EnumSet::from([Channel::Fax]));
    /// ```
    #[must_use]
    pub const fn intersection(self, other: Self) -> Self {
        Self { bits: self.bits & other.bits, marker: PhantomData }
    }

    /// The values of `self` that are not in `other`.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Channel, model::EnumSet};
    ///
    /// let a = EnumSet::from([Channel::Chat, Channel::Fax]);
    /// assert_eq!(a.difference(EnumSet::from([Channel::Fax])), EnumSet::from([Channel::Chat]));
    /// ```
    #[must_use]
    pub const fn difference(self, other: Self) -> Self {
        Self { bits: self.bits & !other.bits, marker: PhantomData }
    }

    /// Whether every value of `self` is in `other`.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Channel, model::EnumSet};
    ///
    /// assert!(EnumSet::from([Channel::Fax]).is_subset(EnumSet::from([Channel::Fax, Channel::Chat])));
    /// ```
    #[must_use]
    pub const fn is_subset(self, other: Self) -> bool {
        self.bits & !other.bits == 0
    }

    /// Whether the sets share no value.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Channel, model::EnumSet};
    ///
    /// assert!(EnumSet::from([Channel::Fax]).is_disjoint(EnumSet::from([Channel::Chat])));
    /// ```
    #[must_use]
    pub const fn is_disjoint(self, other: Self) -> bool {
        self.bits & other.bits == 0
    }
}

/// Iterator over an [`EnumSet`], in declared order.
///
/// # Examples
///
/// ```
/// use service_standards::{Channel, model::EnumSet};
///
/// let mut it = EnumSet::from([Channel::Chat]).iter();
/// assert_eq!(it.next(), Some(Channel::Chat));
/// assert_eq!(it.next(), None);
/// ```
#[derive(Clone)]
pub struct Iter<T> {
    bits: u64,
    marker: PhantomData<fn() -> T>,
}

impl<T: Vocabulary> Iterator for Iter<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        while self.bits != 0 {
            let at = self.bits.trailing_zeros() as usize;
            self.bits &= self.bits - 1;
            if let Some(value) = T::ALL.get(at) {
                return Some(*value);
            }
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.bits.count_ones() as usize;
        (n, Some(n))
    }
}

impl<T: Vocabulary> ExactSizeIterator for Iter<T> {}

impl<T: Vocabulary> fmt::Debug for Iter<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

impl<T: Vocabulary> IntoIterator for EnumSet<T> {
    type Item = T;
    type IntoIter = Iter<T>;

    fn into_iter(self) -> Iter<T> {
        self.iter()
    }
}

impl<T: Vocabulary> IntoIterator for &EnumSet<T> {
    type Item = T;
    type IntoIter = Iter<T>;

    fn into_iter(self) -> Iter<T> {
        self.iter()
    }
}

impl<T: Vocabulary> FromIterator<T> for EnumSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut set = Self::new();
        set.extend(iter);
        set
    }
}

impl<T: Vocabulary> Extend<T> for EnumSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I) {
        for value in iter {
            self.insert(value);
        }
    }
}

impl<T: Vocabulary, const N: usize> From<[T; N]> for EnumSet<T> {
    fn from(values: [T; N]) -> Self {
        values.into_iter().collect()
    }
}

impl<T> Clone for EnumSet<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for EnumSet<T> {}

impl<T> Default for EnumSet<T> {
    fn default() -> Self {
        Self { bits: 0, marker: PhantomData }
    }
}

impl<T> PartialEq for EnumSet<T> {
    fn eq(&self, other: &Self) -> bool {
        self.bits == other.bits
    }
}

impl<T> Eq for EnumSet<T> {}

impl<T> std::hash::Hash for EnumSet<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.bits.hash(state);
    }
}

impl<T: Vocabulary> fmt::Debug for EnumSet<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

#[cfg(feature = "schemars")]
impl<T: Vocabulary + schemars::JsonSchema> schemars::JsonSchema for EnumSet<T> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("Set_of_{}", T::schema_name()).into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "array",
            "items": generator.subschema_for::<T>(),
            "uniqueItems": true,
        })
    }
}

#[cfg(feature = "serde")]
impl<T: Vocabulary + serde::Serialize> serde::Serialize for EnumSet<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

#[cfg(feature = "serde")]
impl<'de, T: Vocabulary + serde::Deserialize<'de>> serde::Deserialize<'de> for EnumSet<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor<T>(PhantomData<T>);
        impl<'de, T: Vocabulary + serde::Deserialize<'de>> serde::de::Visitor<'de> for Visitor<T> {
            type Value = EnumSet<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "a list of {} values", T::WHAT)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut set = EnumSet::new();
                while let Some(value) = seq.next_element::<T>()? {
                    set.insert(value);
                }
                Ok(set)
            }
        }
        d.deserialize_seq(Visitor(PhantomData))
    }
}
