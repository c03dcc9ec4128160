//! Kakao Mobility > Driving direction API > Reference > **result_code**: the result code of
//! each route of a directions answer, the failures in the page's order and a catch-all; and
//! [`failed_routes`], which finds the failed routes of an answer that came with HTTP 200.
//!
//! Where the texts come from and the remedy rule are in the [module docs](super).

use crate::KakaoError;

/// Why Kakao Mobility found no route: the `result_code` of a route in a directions answer
/// (`routes[].result_code`), when it is not 0.
///
/// A directions answer comes with HTTP 200 even when some or all of its routes failed: each
/// route says how it fared in its own `result_code`, 0 for a route found. 0 is not an error,
/// so it is not a row: this table lists the failures, what a caller matches on, and
/// [`failed_routes`] never reports a route with 0 (`from_code(0)` is `Unknown(0)`, as for any
/// code the table does not list). The codes have no HTTP status. The texts are the reference
/// page's, in English; no Korean text is known.
///
/// ```
/// use kakao_errors::{KakaoError, Remedy};
/// use kakao_errors::mobility::RouteError;
///
/// let e = RouteError::from_code(104).unwrap();
/// assert_eq!(e, RouteError::SameOriginAndDestination);
/// assert_eq!(e.message(), "The origin and destination are set to the same location.");
/// assert_eq!((e.status(), e.remedy()), (None, Remedy::FixRequest));
/// assert_eq!(RouteError::from_code(999), Some(RouteError::Unknown(999)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, KakaoError)]
#[cfg_attr(feature = "serde", kakao(serde))]
#[non_exhaustive]
pub enum RouteError {
    /// No directions could be found.
    #[kakao(
        code = 1,
        remedy = Unknown,
        message = "Cannot retrieve any directions."
    )]
    NoRoute,

    /// No road was found near a waypoint.
    #[kakao(
        code = 101,
        remedy = FixRequest,
        message = "Cannot find any road near the waypoints."
    )]
    NoRoadNearWaypoint,

    /// No road was found near the origin.
    #[kakao(
        code = 102,
        remedy = FixRequest,
        message = "Cannot find any road near the origin."
    )]
    NoRoadNearOrigin,

    /// No road was found near the destination.
    #[kakao(
        code = 103,
        remedy = FixRequest,
        message = "Cannot find any road near the destination."
    )]
    NoRoadNearDestination,

    /// The origin and the destination are the same place.
    #[kakao(
        code = 104,
        remedy = FixRequest,
        message = "The origin and destination are set to the same location."
    )]
    SameOriginAndDestination,

    /// A traffic event on the road near the origin.
    #[kakao(
        code = 105,
        remedy = RetryLater,
        message = "Traffic road event occurs near the origin."
    )]
    RoadEventNearOrigin,

    /// A traffic event on the road near the destination.
    #[kakao(
        code = 106,
        remedy = RetryLater,
        message = "Traffic road event occurs near the destination."
    )]
    RoadEventNearDestination,

    /// A traffic event on the road near a waypoint; `result_message` names the waypoint.
    #[kakao(
        code = 107,
        remedy = RetryLater,
        message = "Traffic road event occurs near a waypoint. The waypoint number is indicated in result_message, starting from 1. Example: • result_code: 107 • result_message: Incident detected at a waypoint: Waypoint 1"
    )]
    RoadEventNearWaypoint,

    /// Multi-origin directions: an origin is not in the search area.
    #[kakao(
        code = 201,
        remedy = FixRequest,
        message = "Multi-origin: Origin not in search area"
    )]
    OriginNotInSearchArea,

    /// Multi-origin directions: too many origins to select roads for.
    #[kakao(
        code = 202,
        remedy = FixRequest,
        message = "Multi-origin: Failed to select road due to exceeding maximum number of origins"
    )]
    TooManyOrigins,

    /// Multi-origin directions: no road could be selected for the destination.
    #[kakao(
        code = 203,
        remedy = FixRequest,
        message = "Multi-origin: Failed to select destination road"
    )]
    MultiOriginNoDestinationRoad,

    /// Multi-origin directions: the route search ran out of processing time.
    #[kakao(
        code = 204,
        remedy = OutcomeUnknown,
        message = "Multi-origin: Route search processing time limit"
    )]
    SearchTimeLimit,

    /// Multi-origin directions: a road near an origin is blocked.
    #[kakao(
        code = 205,
        remedy = RetryLater,
        message = "Multi-origin: Unable to pass due to road blockage near origin"
    )]
    BlockedNearOrigin,

    /// Multi-origin directions: a road near the destination is blocked.
    #[kakao(
        code = 206,
        remedy = RetryLater,
        message = "Multi-origin: Unable to pass due to road blockage near destination"
    )]
    BlockedNearDestination,

    /// Multi-origin directions: an origin is outside the search radius.
    #[kakao(
        code = 207,
        remedy = FixRequest,
        message = "Multi-origin: Origin is outside the search radius"
    )]
    OriginOutsideRadius,

    /// Multi-destination directions: no road could be selected for the origin.
    #[kakao(
        code = 301,
        remedy = FixRequest,
        message = "Multi-destination: Failed to select origin road"
    )]
    MultiDestinationNoOriginRoad,

    /// Multi-destination directions: no road could be selected for a destination.
    #[kakao(
        code = 302,
        remedy = FixRequest,
        message = "Multi-destination: Failed to select destination road"
    )]
    MultiDestinationNoDestinationRoad,

    /// Multi-destination directions: too many destinations.
    #[kakao(
        code = 303,
        remedy = FixRequest,
        message = "Multi-destination: Route search failed due to exceeding maximum number of destinations"
    )]
    TooManyDestinations,

    /// Multi-destination directions: a destination is outside the search radius.
    #[kakao(
        code = 304,
        remedy = FixRequest,
        message = "Multi-destination: Destination is outside the search radius"
    )]
    DestinationOutsideRadius,

    /// A `result_code` this table does not list (0, a route found, included); the code is
    /// kept.
    #[kakao(other, message = "unknown Kakao Mobility route result code")]
    Unknown(i32),
}

#[cfg(feature = "response")]
pub use self::answer::{
    FailedRoute, FailedRoutes, MAX_FAILED_ROUTES, MAX_ROUTE_MESSAGE_BYTES, RouteAnswerError,
    failed_routes,
};

/// Reading a directions answer: serde_json, behind the `response` feature.
#[cfg(feature = "response")]
mod answer {
    use core::fmt;

    use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

    use super::RouteError;
    use crate::redact::{SHOWN_ITEMS, SHOWN_TEXT, clean};
    use crate::utf8::floor_char_boundary;

    /// How many failed routes [`failed_routes`] keeps; the others are counted
    /// ([`FailedRoutes::failed`]).
    pub const MAX_FAILED_ROUTES: usize = 1_000;

    /// How many bytes of a route's `result_msg` are kept, cut at a character boundary.
    pub const MAX_ROUTE_MESSAGE_BYTES: usize = 512;

    /// A route of a directions answer that Kakao Mobility did not find. Its `Debug` shows the
    /// message by the [rule](crate::redact).
    #[derive(Clone, PartialEq, Eq)]
    pub struct FailedRoute {
        index: usize,
        code: Option<RouteError>,
        message: Option<String>,
    }

    impl FailedRoute {
        /// The route's position in the answer's `routes`, from 0.
        #[must_use]
        pub const fn index(&self) -> usize {
            self.index
        }

        /// Its `result_code`: a row of [`RouteError`], or [`RouteError::Unknown`] keeping a
        /// code the table does not list. `None` when the route has no `result_code` that is
        /// an integer in `i32` (missing, a fraction, out of range, not a number): such a route
        /// is reported too, since nothing says it was found.
        #[must_use]
        pub const fn code(&self) -> Option<RouteError> {
            self.code
        }

        /// Its `result_msg` (or `result_message`) as the answer gives it, at most
        /// [`MAX_ROUTE_MESSAGE_BYTES`] bytes of it; `None` when it has
        /// none. Text from a server: escape it before showing it in a terminal or a page
        /// ([`redact::clean`](crate::redact::clean) does).
        #[must_use]
        pub fn message(&self) -> Option<&str> {
            self.message.as_deref()
        }
    }

    /// The failed routes of a directions answer, from [`failed_routes`]. Its `Debug` shows the
    /// first 16 routes and counts the others.
    #[derive(Clone, Default, PartialEq, Eq)]
    pub struct FailedRoutes {
        kept: Vec<FailedRoute>,
        failed: usize,
        routes: usize,
    }

    impl FailedRoutes {
        /// The failed routes, in the answer's order: all of them, or the first
        /// [`MAX_FAILED_ROUTES`] of an answer with more ([`is_complete`](Self::is_complete)).
        pub fn iter(&self) -> core::slice::Iter<'_, FailedRoute> {
            self.kept.iter()
        }

        /// How many routes failed, kept or not.
        #[must_use]
        pub const fn failed(&self) -> usize {
            self.failed
        }

        /// How many routes the answer has, found or not.
        #[must_use]
        pub const fn routes(&self) -> usize {
            self.routes
        }

        /// Whether every failed route is kept.
        #[must_use]
        pub fn is_complete(&self) -> bool {
            self.kept.len() == self.failed
        }

        /// Whether every route was found (no route failed).
        #[must_use]
        pub const fn all_found(&self) -> bool {
            self.failed == 0
        }
    }

    impl fmt::Debug for FailedRoute {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.debug_struct("FailedRoute")
                .field("index", &self.index)
                .field("code", &self.code)
                .field(
                    "message",
                    &self
                        .message
                        .as_deref()
                        .map(|m| clean(m).max_bytes(SHOWN_TEXT)),
                )
                .finish()
        }
    }

    impl fmt::Debug for FailedRoutes {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            /// The first routes kept, and how many more there are.
            struct Kept<'a>(&'a [FailedRoute]);

            impl fmt::Debug for Kept<'_> {
                fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    let mut list = f.debug_list();
                    list.entries(self.0.iter().take(SHOWN_ITEMS));
                    if let Some(more) = self.0.len().checked_sub(SHOWN_ITEMS).filter(|&n| n > 0) {
                        list.entry(&format_args!("… ({more} more)"));
                    }
                    list.finish()
                }
            }

            f.debug_struct("FailedRoutes")
                .field("kept", &Kept(&self.kept))
                .field("failed", &self.failed)
                .field("routes", &self.routes)
                .finish()
        }
    }

    impl<'a> IntoIterator for &'a FailedRoutes {
        type Item = &'a FailedRoute;
        type IntoIter = core::slice::Iter<'a, FailedRoute>;

        fn into_iter(self) -> Self::IntoIter {
            self.iter()
        }
    }

    /// Why [`failed_routes`] could not read an answer.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum RouteAnswerError {
        /// The body is not a JSON object (or not JSON at all).
        NotJson,
        /// The body is a JSON object without a `routes` array.
        NoRoutes,
    }

    impl fmt::Display for RouteAnswerError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(match self {
                Self::NotJson => "the directions answer is not a JSON object",
                Self::NoRoutes => "the directions answer has no routes array",
            })
        }
    }

    impl core::error::Error for RouteAnswerError {}

    /// The failed routes of a Kakao Mobility directions answer that came with HTTP 200: every
    /// route of `routes` whose `result_code` is not 0, with its index, its code and its
    /// `result_msg`.
    ///
    /// The answer is read as `{"trans_id": ..., "routes": [{"result_code": 0, "result_msg":
    /// ..., ...}, ...]}`: only `routes` and, in each route, `result_code` and `result_msg`
    /// are read; every other field is skipped unread. The reference page names the message
    /// field `result_message` (in the row of 107); answers are known to name it
    /// `result_msg`. Both are read (the first one a route has). A `result_code` written as
    /// a string of digits (`"104"`) is read as its number.
    ///
    /// Bounded on any input: at most [`MAX_FAILED_ROUTES`] failed routes are kept and at most
    /// [`MAX_ROUTE_MESSAGE_BYTES`] bytes of each message, with the number of failed routes
    /// counted whole; the reading goes no deeper than a route's fields, and what it does not
    /// read, however deeply nested, serde_json skips without recursion. It never panics. A
    /// `routes` given twice is read once, the first time.
    ///
    /// # Errors
    ///
    /// [`RouteAnswerError::NotJson`] when the body is not a JSON object (an HTML page from a
    /// gateway, an empty body, a malformed or truncated answer), and
    /// [`RouteAnswerError::NoRoutes`] when it has no `routes` array.
    ///
    /// ```
    /// use kakao_errors::mobility::{RouteError, failed_routes};
    ///
    /// // The shape of an answer; its values are made up for the example.
    /// let body = br#"{"trans_id": "018e3d7f", "routes": [
    ///     {"result_code": 0, "result_msg": "found", "summary": {}},
    ///     {"result_code": 104, "result_msg": "origin and destination too close"}
    /// ]}"#;
    /// let failed = failed_routes(body).unwrap();
    /// assert_eq!((failed.routes(), failed.failed()), (2, 1));
    /// let route = failed.iter().next().unwrap();
    /// assert_eq!(route.index(), 1);
    /// assert_eq!(route.code(), Some(RouteError::SameOriginAndDestination));
    /// assert_eq!(route.message(), Some("origin and destination too close"));
    /// ```
    pub fn failed_routes(body: &[u8]) -> Result<FailedRoutes, RouteAnswerError> {
        let mut deserializer = serde_json::Deserializer::from_slice(body);
        let routes = de::Deserializer::deserialize_any(&mut deserializer, AnswerVisitor)
            .map_err(|_| RouteAnswerError::NotJson)?;
        // Trailing bytes after the object: not one answer.
        deserializer.end().map_err(|_| RouteAnswerError::NotJson)?;
        routes.ok_or(RouteAnswerError::NoRoutes)
    }

    /// The top-level object: `Some` routes, or `None` without a `routes` array.
    struct AnswerVisitor;

    impl<'de> Visitor<'de> for AnswerVisitor {
        type Value = Option<FailedRoutes>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a directions answer object")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut routes = None;
            while let Some(key) = map.next_key::<Key>()? {
                if key == Key::Routes && routes.is_none() {
                    routes = map.next_value_seed(RoutesSeed)?;
                } else {
                    map.next_value::<IgnoredAny>()?;
                }
            }
            Ok(routes)
        }
    }

    /// The keys read: `routes` at the top, `result_code` and the message in a route.
    #[derive(PartialEq, Eq)]
    enum Key {
        Routes,
        ResultCode,
        ResultMessage,
        Other,
    }

    impl<'de> de::Deserialize<'de> for Key {
        fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            struct KeyVisitor;
            impl Visitor<'_> for KeyVisitor {
                type Value = Key;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("a field name")
                }
                fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
                    Ok(match key {
                        "routes" => Key::Routes,
                        "result_code" => Key::ResultCode,
                        "result_msg" | "result_message" => Key::ResultMessage,
                        _ => Key::Other,
                    })
                }
            }
            deserializer.deserialize_str(KeyVisitor)
        }
    }

    /// `routes`: `Some` for an array, `None` for anything else.
    struct RoutesSeed;

    impl<'de> DeserializeSeed<'de> for RoutesSeed {
        type Value = Option<FailedRoutes>;

        fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_any(self)
        }
    }

    impl<'de> Visitor<'de> for RoutesSeed {
        type Value = Option<FailedRoutes>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("the routes array")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut found = FailedRoutes::default();
            while let Some(route) = seq.next_element::<Route>()? {
                let index = found.routes;
                found.routes += 1;
                if route.code == Some(Code::Number(0)) {
                    continue;
                }
                found.failed += 1;
                if found.kept.len() < MAX_FAILED_ROUTES {
                    found.kept.push(FailedRoute {
                        index,
                        code: match route.code {
                            Some(Code::Number(code)) => RouteError::from_code(code),
                            _ => None,
                        },
                        message: route.message,
                    });
                }
            }
            Ok(Some(found))
        }

        // Anything but an array is no routes array: skipped unread.
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            Ok(None)
        }

        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
    }

    /// A route's `result_code` as read: an `i32`, or something else.
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Code {
        Number(i32),
        NotANumber,
    }

    /// What is read of one route.
    #[derive(Default)]
    struct Route {
        code: Option<Code>,
        message: Option<String>,
    }

    impl<'de> de::Deserialize<'de> for Route {
        fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_any(RouteVisitor)
        }
    }

    struct RouteVisitor;

    impl<'de> Visitor<'de> for RouteVisitor {
        type Value = Route;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a route")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Route, A::Error> {
            let mut route = Route::default();
            while let Some(key) = map.next_key::<Key>()? {
                match key {
                    Key::ResultCode if route.code.is_none() => {
                        route.code = Some(map.next_value::<CodeValue>()?.0);
                    }
                    Key::ResultMessage if route.message.is_none() => {
                        route.message = map.next_value::<MessageValue>()?.0;
                    }
                    _ => {
                        map.next_value::<IgnoredAny>()?;
                    }
                }
            }
            Ok(route)
        }

        // A route that is not an object has no result_code: reported as failed, without one.
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Route, A::Error> {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            Ok(Route::default())
        }

        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Route, E> {
            Ok(Route::default())
        }

        fn visit_i64<E: de::Error>(self, _: i64) -> Result<Route, E> {
            Ok(Route::default())
        }

        fn visit_u64<E: de::Error>(self, _: u64) -> Result<Route, E> {
            Ok(Route::default())
        }

        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Route, E> {
            Ok(Route::default())
        }

        fn visit_str<E: de::Error>(self, _: &str) -> Result<Route, E> {
            Ok(Route::default())
        }

        fn visit_unit<E: de::Error>(self) -> Result<Route, E> {
            Ok(Route::default())
        }
    }

    /// A `result_code` value: an integer in `i32`, or digits in a string; anything else is
    /// [`Code::NotANumber`].
    struct CodeValue(Code);

    impl<'de> de::Deserialize<'de> for CodeValue {
        fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_any(CodeVisitor)
        }
    }

    struct CodeVisitor;

    impl CodeVisitor {
        fn number<T: TryInto<i32>>(value: T) -> CodeValue {
            CodeValue(value.try_into().map_or(Code::NotANumber, Code::Number))
        }
    }

    impl<'de> Visitor<'de> for CodeVisitor {
        type Value = CodeValue;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a result code")
        }

        fn visit_i64<E: de::Error>(self, value: i64) -> Result<CodeValue, E> {
            Ok(Self::number(value))
        }

        fn visit_u64<E: de::Error>(self, value: u64) -> Result<CodeValue, E> {
            Ok(Self::number(value))
        }

        fn visit_str<E: de::Error>(self, value: &str) -> Result<CodeValue, E> {
            let code = value
                .trim()
                .parse::<i32>()
                .map_or(Code::NotANumber, Code::Number);
            Ok(CodeValue(code))
        }

        fn visit_f64<E: de::Error>(self, _: f64) -> Result<CodeValue, E> {
            Ok(CodeValue(Code::NotANumber))
        }

        fn visit_bool<E: de::Error>(self, _: bool) -> Result<CodeValue, E> {
            Ok(CodeValue(Code::NotANumber))
        }

        fn visit_unit<E: de::Error>(self) -> Result<CodeValue, E> {
            Ok(CodeValue(Code::NotANumber))
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<CodeValue, A::Error> {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            Ok(CodeValue(Code::NotANumber))
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<CodeValue, A::Error> {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            Ok(CodeValue(Code::NotANumber))
        }
    }

    /// A message value: a string, cut to [`MAX_ROUTE_MESSAGE_BYTES`]; anything else is no message.
    struct MessageValue(Option<String>);

    impl<'de> de::Deserialize<'de> for MessageValue {
        fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_any(MessageVisitor)
        }
    }

    struct MessageVisitor;

    impl<'de> Visitor<'de> for MessageVisitor {
        type Value = MessageValue;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a result message")
        }

        fn visit_str<E: de::Error>(self, value: &str) -> Result<MessageValue, E> {
            let end = floor_char_boundary(value, MAX_ROUTE_MESSAGE_BYTES);
            Ok(MessageValue(Some(value[..end].to_owned())))
        }

        fn visit_bool<E: de::Error>(self, _: bool) -> Result<MessageValue, E> {
            Ok(MessageValue(None))
        }

        fn visit_i64<E: de::Error>(self, _: i64) -> Result<MessageValue, E> {
            Ok(MessageValue(None))
        }

        fn visit_u64<E: de::Error>(self, _: u64) -> Result<MessageValue, E> {
            Ok(MessageValue(None))
        }

        fn visit_f64<E: de::Error>(self, _: f64) -> Result<MessageValue, E> {
            Ok(MessageValue(None))
        }

        fn visit_unit<E: de::Error>(self) -> Result<MessageValue, E> {
            Ok(MessageValue(None))
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<MessageValue, A::Error> {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            Ok(MessageValue(None))
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<MessageValue, A::Error> {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            Ok(MessageValue(None))
        }
    }
}
