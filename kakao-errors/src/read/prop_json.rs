//! JSON objects for property tests of the reader and of the rules read over it.

use proptest::prelude::*;
use serde_json::{Map, Value};

/// A member name: mostly one of `names` (a schema's), sometimes any string.
pub(crate) fn key(names: Vec<&'static str>) -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(names).prop_map(str::to_owned),
        1 => any::<String>(),
    ]
}

/// A JSON value up to three levels deep: every scalar, numbers written as text, strings that
/// are one of `texts` as often as each of them is any string, and objects whose members are
/// named one of `nested` or anything.
pub(crate) fn value(
    texts: &'static [&'static str],
    nested: [&'static str; 2],
) -> impl Strategy<Value = Value> {
    let text = if texts.is_empty() {
        any::<String>().boxed()
    } else {
        prop_oneof![
            u32::try_from(texts.len()).unwrap() => prop::sample::select(texts).prop_map(str::to_owned),
            1 => any::<String>(),
        ]
        .boxed()
    };
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        (-1000i64..1000).prop_map(|n| Value::from(n.to_string())),
        text.prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 16, 5, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec(
                (
                    prop_oneof![
                        Just(nested[0].to_owned()),
                        Just(nested[1].to_owned()),
                        any::<String>()
                    ],
                    inner
                ),
                0..5
            )
            .prop_map(|e| Value::Object(e.into_iter().collect::<Map<_, _>>())),
        ]
    })
}
