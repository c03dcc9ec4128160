//! A `tracing` subscriber that keeps everything it is given: each event's level, target and
//! fields, each span's fields as they are recorded, and which span each event was in. Written
//! here (not tracing-subscriber's) so that what a test sees is exactly what the crate emitted.
#![allow(
    dead_code,
    reason = "each test uses a part of it, and some only with some features"
)]

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};

use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::subscriber::{DefaultGuard, Interest};
use tracing::{Event, Level, Metadata, Subscriber};
use tracing_core::span::Current;

/// A field's value, as the subscriber was given it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Str(String),
    Int(i128),
    Bool(bool),
    /// A value given through `Debug` (the message, or a value recorded with `?`).
    Debug(String),
}

impl Value {
    /// The value as text: what a log line or an exporter would write.
    pub fn text(&self) -> String {
        match self {
            Self::Str(s) | Self::Debug(s) => s.clone(),
            Self::Int(n) => n.to_string(),
            Self::Bool(b) => b.to_string(),
        }
    }
}

/// `Value::Str`.
pub fn s(text: &str) -> Value {
    Value::Str(text.to_owned())
}

/// `Value::Int`.
pub fn int(n: i128) -> Value {
    Value::Int(n)
}

pub type Fields = BTreeMap<String, Value>;

/// The fields of `pairs`, for comparing with an event's.
pub fn fields(pairs: &[(&str, Value)]) -> Fields {
    pairs
        .iter()
        .map(|(name, value)| ((*name).to_owned(), value.clone()))
        .collect()
}

/// One event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Captured {
    pub level: Level,
    pub target: String,
    /// Its fields, the message (`message`) among them, as text.
    pub fields: Fields,
    /// The name of the span it was recorded in, if any.
    pub span: Option<String>,
}

impl Captured {
    pub fn message(&self) -> String {
        self.fields
            .get("message")
            .map(Value::text)
            .unwrap_or_default()
    }

    pub fn get(&self, name: &str) -> Option<&Value> {
        self.fields.get(name)
    }

    /// Every field's value as text, the message too.
    pub fn texts(&self) -> impl Iterator<Item = (&str, String)> {
        self.fields
            .iter()
            .map(|(name, value)| (name.as_str(), value.text()))
    }
}

#[derive(Default)]
struct State {
    events: Vec<Captured>,
    spans: HashMap<u64, SpanData>,
    next_id: u64,
    /// The spans entered, innermost last.
    entered: Vec<u64>,
}

struct SpanData {
    metadata: &'static Metadata<'static>,
    fields: Fields,
}

/// The capturing subscriber; clones share what it captured.
#[derive(Clone, Default)]
pub struct Capture {
    state: Arc<Mutex<State>>,
}

impl Capture {
    /// A new subscriber, the default of this thread until the guard is dropped.
    pub fn install() -> (Self, DefaultGuard) {
        let capture = Self::default();
        let guard = tracing::subscriber::set_default(capture.clone());
        (capture, guard)
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The events captured so far, in order; and forgets them.
    pub fn take(&self) -> Vec<Captured> {
        core::mem::take(&mut self.state().events)
    }

    /// The fields of the span named `name` (the last one made), as recorded so far.
    pub fn span_fields(&self, name: &str) -> Option<Fields> {
        let state = self.state();
        state
            .spans
            .iter()
            .filter(|(_, span)| span.metadata.name() == name)
            .max_by_key(|(id, _)| **id)
            .map(|(_, span)| span.fields.clone())
    }
}

/// Writes each field it visits into a map.
struct Into<'a>(&'a mut Fields);

impl Visit for Into<'_> {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0
            .insert(field.name().to_owned(), Value::Str(value.to_owned()));
    }

    fn record_i64(&mut self, field: &Field, value: i64) {
        self.0
            .insert(field.name().to_owned(), Value::Int(value.into()));
    }

    fn record_u64(&mut self, field: &Field, value: u64) {
        self.0
            .insert(field.name().to_owned(), Value::Int(value.into()));
    }

    fn record_i128(&mut self, field: &Field, value: i128) {
        self.0.insert(field.name().to_owned(), Value::Int(value));
    }

    fn record_u128(&mut self, field: &Field, value: u128) {
        let value = i128::try_from(value).expect("a u128 that fits i128");
        self.0.insert(field.name().to_owned(), Value::Int(value));
    }

    fn record_bool(&mut self, field: &Field, value: bool) {
        self.0.insert(field.name().to_owned(), Value::Bool(value));
    }

    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        let text = format!("{value:?}");
        let value = if field.name() == "message" {
            // The message is given as `format_args!`: its `Debug` is the text.
            Value::Str(text)
        } else {
            Value::Debug(text)
        };
        self.0.insert(field.name().to_owned(), value);
    }
}

impl Subscriber for Capture {
    fn register_callsite(&self, _: &'static Metadata<'static>) -> Interest {
        // Asked again for each event, so that a thread without this subscriber is not
        // deciding for one with it.
        Interest::sometimes()
    }

    /// Every span (the caller's), and the crate's events: not those of the HTTP stack
    /// (hyper-util's), which are not the crate's to test.
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        metadata.is_span() || metadata.target().starts_with("kakao_errors")
    }

    fn max_level_hint(&self) -> Option<tracing::level_filters::LevelFilter> {
        Some(tracing::level_filters::LevelFilter::TRACE)
    }

    fn new_span(&self, attributes: &Attributes<'_>) -> Id {
        let mut fields = Fields::new();
        attributes.record(&mut Into(&mut fields));
        let mut state = self.state();
        state.next_id += 1;
        let id = state.next_id;
        state.spans.insert(
            id,
            SpanData {
                metadata: attributes.metadata(),
                fields,
            },
        );
        Id::from_u64(id)
    }

    fn record(&self, span: &Id, values: &Record<'_>) {
        let mut state = self.state();
        if let Some(span) = state.spans.get_mut(&span.into_u64()) {
            values.record(&mut Into(&mut span.fields));
        }
    }

    fn record_follows_from(&self, _: &Id, _: &Id) {}

    fn event(&self, event: &Event<'_>) {
        let mut fields = Fields::new();
        event.record(&mut Into(&mut fields));
        let mut state = self.state();
        let span = state
            .entered
            .last()
            .and_then(|id| state.spans.get(id))
            .map(|span| span.metadata.name().to_owned());
        state.events.push(Captured {
            level: *event.metadata().level(),
            target: event.metadata().target().to_owned(),
            fields,
            span,
        });
    }

    fn enter(&self, span: &Id) {
        self.state().entered.push(span.into_u64());
    }

    fn exit(&self, span: &Id) {
        let mut state = self.state();
        let id = span.into_u64();
        if let Some(at) = state.entered.iter().rposition(|entered| *entered == id) {
            state.entered.remove(at);
        }
    }

    fn current_span(&self) -> Current {
        let state = self.state();
        match state.entered.last() {
            Some(id) => Current::new(Id::from_u64(*id), state.spans[id].metadata),
            None => Current::none(),
        }
    }
}
