//! What the reader is told to keep: a [`Schema`] of [`Slot`]s and the member names read into
//! them.

/// A place the reader keeps one value in: an index into its schema's slots. Sets of slots are
/// `u32` bit sets, so there are at most 32.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Slot(u8);

impl Slot {
    /// The slot at `index` (below 32).
    pub(crate) const fn new(index: u8) -> Self {
        assert!(index < 32, "a slot set is a u32");
        Self(index)
    }

    /// Its index in the schema's slots.
    pub(crate) const fn index(self) -> usize {
        self.0 as usize
    }

    /// Its bit in a `u32` set of slots.
    pub(crate) const fn bit(self) -> u32 {
        1 << self.0
    }
}

/// What a slot holds, and so how its member's value is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SlotKind {
    /// A JSON string, decoded; any other value leaves the slot empty.
    Text,
    /// A code: a JSON string, decoded, or a number kept as sent (its text); any other value
    /// (`null`, `true`, an object, an array) leaves the slot empty. See [`code`](super::code).
    Code,
    /// A list of strings: each item decoded, items that are not strings dropped, at most
    /// [`LIST_LIMIT`](super::limits::LIST_LIMIT) kept; a lone string is a list of one.
    List,
    /// Written by the caller (an excerpt, a text of a body that is not JSON), never read from
    /// a member.
    Written,
}

/// What a member's name is read into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Key {
    /// A slot.
    Slot(Slot),
    /// An object read with keys of its own: the index of its [`Nested`] in the schema.
    Object(u8),
}

/// The names of the members of one object that the reader keeps: a table of names (for a key
/// sent with escapes) and a `match` over the same names (for the common, unescaped case).
/// Declared with [`key_set!`].
pub(crate) struct Keys {
    /// Every name and what it is read into.
    pub(crate) table: &'static [(&'static str, Key)],
    /// The same lookup as a `match`.
    pub(crate) lookup: fn(&str) -> Option<Key>,
}

/// Declares a [`Keys`] constant `$set` and its lookup function `$lookup` from one list of
/// names.
macro_rules! key_set {
    ($(#[$doc:meta])* $set:ident, $lookup:ident { $($name:literal => $key:expr,)* }) => {
        fn $lookup(name: &str) -> Option<$crate::read::Key> {
            match name {
                $($name => Some($key),)*
                _ => None,
            }
        }

        $(#[$doc])*
        const $set: $crate::read::Keys = $crate::read::Keys {
            table: &[$(($name, $key),)*],
            lookup: $lookup,
        };
    };
}

pub(crate) use key_set;

impl Keys {
    /// What the key whose text between its quotes is `raw` (possibly escaped) is read into.
    pub(crate) fn find_raw(&self, raw: &str) -> Option<Key> {
        if raw.contains('\\') {
            self.table
                .iter()
                .find(|(name, _)| super::scan::decodes_to(raw, name))
                .map(|&(_, key)| key)
        } else {
            (self.lookup)(raw)
        }
    }
}

/// An object member read with keys of its own.
pub(crate) struct Nested {
    /// Its members' names.
    pub(crate) keys: &'static Keys,
    /// The bit that marks it met in the reader's set of keys met (the first value of a key
    /// counts): past every slot's bit. Its keys must not lead back to it: the tolerant reader
    /// goes one level deeper per nested object.
    pub(crate) met: u32,
}

/// A type that stands for a [`Schema`] of `N` slots: the reader's code is then made for that
/// schema alone, as if it were written for its slots (every look-up in it folds away).
pub(crate) trait HasSchema<const N: usize>: 'static {
    /// The schema.
    const SCHEMA: &'static Schema<N>;
}

/// What the reader keeps of a body: `N` slots, each of a [`SlotKind`], and the member names
/// read into them.
pub(crate) struct Schema<const N: usize> {
    /// What each slot holds, by index.
    kinds: [SlotKind; N],
    /// The top-level members' names.
    pub(crate) top: &'static Keys,
    /// The objects read with keys of their own, by [`Key::Object`] index.
    pub(crate) nested: &'static [Nested],
    /// The two code slots whose integers serde_json reads are kept as numbers, not as text
    /// (read back with [`Draft::int`](super::texts::Draft::int)).
    numbers: [Slot; 2],
    /// The slots whose first one set is the body's lead text: when it is kept cut, the length
    /// of its whole text is kept too (for a message shown cut).
    pub(crate) lead: &'static [Slot],
    /// Bit sets of the slots of each kind.
    lists: u32,
    codes: u32,
    written: u32,
}

impl<const N: usize> Schema<N> {
    /// A schema of slots of `kinds`. Panics (at compile time, in a `const`) on more than 32
    /// slots, or a nested object's bit that is a slot's.
    pub(crate) const fn new(
        kinds: [SlotKind; N],
        top: &'static Keys,
        nested: &'static [Nested],
        numbers: [Slot; 2],
        lead: &'static [Slot],
    ) -> Self {
        assert!(N <= 32, "a slot set is a u32");
        let (mut lists, mut codes, mut written) = (0, 0, 0);
        let mut i = 0;
        while i < N {
            let bit = 1 << i;
            match kinds[i] {
                SlotKind::List => lists |= bit,
                SlotKind::Code => codes |= bit,
                SlotKind::Written => written |= bit,
                SlotKind::Text => {}
            }
            i += 1;
        }
        let mut j = 0;
        while j < nested.len() {
            let met = nested[j].met;
            assert!(met.is_power_of_two() && met.trailing_zeros() as usize >= N);
            j += 1;
        }
        assert!(
            numbers[0].index() < N && numbers[1].index() < N,
            "number slots are slots"
        );
        Self {
            kinds,
            top,
            nested,
            numbers,
            lead,
            lists,
            codes,
            written,
        }
    }

    /// What slot `i` holds.
    pub(crate) fn kind_at(&self, i: usize) -> SlotKind {
        self.kinds[i]
    }

    /// Whether `slot` holds a list.
    pub(crate) fn is_list(&self, slot: Slot) -> bool {
        self.lists & slot.bit() != 0
    }

    /// Whether `slot` holds a code (a number is kept as sent).
    pub(crate) fn is_code(&self, slot: Slot) -> bool {
        self.codes & slot.bit() != 0
    }

    /// The code slots, as a bit set.
    pub(crate) fn codes(&self) -> u32 {
        self.codes
    }

    /// The slots written by the caller, as a bit set.
    pub(crate) fn written(&self) -> u32 {
        self.written
    }

    /// Where `slot`'s integer is kept, for the two number slots.
    pub(crate) fn number_index(&self, slot: Slot) -> Option<usize> {
        if slot == self.numbers[0] {
            Some(0)
        } else if slot == self.numbers[1] {
            Some(1)
        } else {
            None
        }
    }
}
