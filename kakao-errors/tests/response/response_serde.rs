//! The serialized form of a parsed response (the `serde` feature): the documented object,
//! every key always present, raw members embedded as JSON.
#![cfg(all(feature = "serde", feature = "response"))]

use kakao_errors::oauth::OAuthError;
use kakao_errors::response::{BodyKind, parse, parse_as};
use kakao_errors::share::TalkShareError;
use serde_json::{Value, json};

fn form(status: u16, body: &[u8]) -> Value {
    serde_json::to_value(parse(status, body)).unwrap()
}

/// The -402 body of the type's documentation, serialized exactly as documented, keys in order.
#[test]
fn a_402_body_serializes_to_the_documented_form() {
    let body = br#"{"msg":"[talk_message] scope is required.","code":-402,"api_type":"TALK_MEMO_DEFAULT_SEND","allowed_scopes":["profile_nickname"],"required_scopes":["talk_message"],"request_id":"8f2e"}"#;
    let documented = json!({
        "status": 403,
        "kind": "rest",
        "code": -402,
        "unparsed_code": null,
        "name": "InsufficientScope",
        "documented": true,
        "case": null,
        "remedy": {"name": "request_consent", "after": null},
        "retry_after": null,
        "request_id": null,
        "message": "[talk_message] scope is required.",
        "required_scopes": ["talk_message"],
        "allowed_scopes": ["profile_nickname"],
        "api_type": "TALK_MEMO_DEFAULT_SEND",
        "oauth_error": null,
        "koe_code": null,
        "kae_code": null,
        "error_type": null,
        "js_error_name": null,
        "extras": null,
        "other_fields": {"request_id": "8f2e"},
        "excerpt": null,
        "complete": true,
        "body_len": body.len(),
    });
    assert_eq!(form(403, body), documented);
    // The keys come in the documented order.
    const ORDER: [&str; 24] = [
        "status",
        "kind",
        "code",
        "unparsed_code",
        "name",
        "documented",
        "case",
        "remedy",
        "retry_after",
        "request_id",
        "message",
        "required_scopes",
        "allowed_scopes",
        "api_type",
        "oauth_error",
        "koe_code",
        "kae_code",
        "error_type",
        "js_error_name",
        "extras",
        "other_fields",
        "excerpt",
        "complete",
        "body_len",
    ];
    assert_eq!(documented.as_object().unwrap().len(), ORDER.len());
    let text = serde_json::to_string(&parse(403, body)).unwrap();
    let positions: Vec<usize> = ORDER
        .iter()
        .map(|key| text.find(&format!("\"{key}\":")).unwrap())
        .collect();
    assert!(positions.is_sorted(), "{text}");
}

#[test]
fn enums_serialize_as_their_strings() {
    assert_eq!(
        serde_json::to_value(BodyKind::JavaScript).unwrap(),
        "javascript"
    );
    assert_eq!(serde_json::to_value(BodyKind::OAuth).unwrap(), "oauth");
    assert_eq!(
        serde_json::to_value(OAuthError::InvalidGrant).unwrap(),
        "invalid_grant"
    );
    assert_eq!(
        serde_json::to_value(OAuthError::from("slow_down")).unwrap(),
        "slow_down"
    );
}

#[test]
fn oauth_body() {
    let v = form(
        400,
        br#"{"error":"invalid_grant","error_description":"authorization code not found for code=x","error_code":"KOE320"}"#,
    );
    assert_eq!(v["kind"], "oauth");
    assert_eq!(v["oauth_error"], "invalid_grant");
    assert_eq!(v["koe_code"], "KOE320");
    // The authorization code Kakao echoes is redacted; `message()` has it.
    assert_eq!(
        v["message"],
        "authorization code not found for code=<redacted>"
    );
    assert_eq!(v["remedy"], json!({"name": "relogin", "after": null}));
    assert_eq!(
        (
            v["code"].clone(),
            v["name"].clone(),
            v["documented"].clone()
        ),
        (Value::Null, Value::Null, json!(false))
    );
    assert_eq!(v["other_fields"], json!({}));
}

#[test]
fn extras_and_unknown_members_are_embedded_as_json() {
    let v = form(
        400,
        r#"{"code": -813, "msg": "KakaoMomentException", "extras": {"detailCode": 21006, "detailMsg": "존재하지 않는 광고계정입니다."}, "receiver_ids": ["a"], "trace": {"id": 1}, "msg": "second"}"#.as_bytes(),
    );
    assert_eq!(
        v["extras"],
        json!({"detailCode": 21006, "detailMsg": "존재하지 않는 광고계정입니다."})
    );
    // The second `msg` is not the kept one, and the typed keys show the first.
    assert_eq!(
        v["other_fields"],
        json!({"receiver_ids": ["a"], "trace": {"id": 1}})
    );
    assert_eq!(
        (v["name"].clone(), v["documented"].clone()),
        (json!("MomentInternalError"), json!(true))
    );
    // Raw JSON is embedded as sent: the exact text of `extras` is in the output.
    let text = serde_json::to_string(&parse(400, br#"{"code":-1,"extras":{"a" : 1.50}}"#)).unwrap();
    assert!(text.contains(r#""extras":{"a" : 1.50}"#), "{text}");
}

#[test]
fn known_members_the_typed_keys_do_not_show_are_kept() {
    // `msg` of the wrong type, and `message` beside `msg`.
    let v = form(
        400,
        br#"{"code":-2,"msg":12,"api_type":null,"name":"n","message":"other"}"#,
    );
    assert_eq!(v["message"], "other");
    assert_eq!(v["other_fields"], json!({"msg": 12, "api_type": null}));
    assert_eq!(v["kind"], "javascript");
    let v = form(400, br#"{"code":-2,"msg":"m","message":"other"}"#);
    assert_eq!(v["other_fields"], json!({"message": "other"}));
}

#[test]
fn undocumented_and_unparsed_codes() {
    let v = form(400, br#"{"code":-12345,"msg":"new"}"#);
    assert_eq!(
        (
            v["code"].clone(),
            v["name"].clone(),
            v["documented"].clone()
        ),
        (json!(-12345), json!("Unknown"), json!(false))
    );
    let v = form(400, br#"{"code":1e400}"#);
    assert_eq!(
        (v["code"].clone(), v["unparsed_code"].clone()),
        (Value::Null, json!("1e400"))
    );
    // Talk Share's table names its own variants.
    let v = serde_json::to_value(parse_as::<TalkShareError>(
        401,
        br#"{"code":4019,"msg":"domain mismatched"}"#,
    ))
    .unwrap();
    assert_eq!(v["name"], "PlatformAuthenticationFailed");
}

#[test]
fn bodies_that_are_not_json_objects() {
    let v = form(502, b"<html>Bad Gateway</html>");
    assert_eq!(v["kind"], "unreadable");
    assert_eq!(v["other_fields"], Value::Null);
    assert_eq!(v["excerpt"], "<html>Bad Gateway</html>");
    assert_eq!(v["complete"], false);
    let v = form(401, b"[-401] domain mismatched!");
    assert_eq!(
        (v["kind"].clone(), v["code"].clone()),
        (json!("text"), json!(-401))
    );
    let v = form(504, b"");
    assert_eq!(
        (v["kind"].clone(), v["body_len"].clone()),
        (json!("empty"), json!(0))
    );
}

#[test]
fn a_damaged_member_is_embedded_as_a_string() {
    let v = form(401, b"{\"x\":NaN,\"y\":\"a\nb\",\"code\":-401}");
    assert_eq!(v["code"], -401);
    // Its text, cleaned: the raw line break is written as `\n`.
    assert_eq!(v["other_fields"], json!({"x": "NaN", "y": "\"a\\nb\""}));
}

/// What serde_json would not read back is embedded as a string: the output always reads back,
/// at the top level and inside `extras`.
#[test]
fn raw_values_serde_json_rejects_are_embedded_as_strings() {
    let body = br#"{"code":-1,"x":"\ud800","y":1e400,"z":[1,"ok"],"extras":{"a":"\udc00"}}"#;
    let text = serde_json::to_string(&parse(400, body)).unwrap();
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        v["other_fields"],
        json!({"x": r#""\ud800""#, "y": "1e400", "z": [1, "ok"]})
    );
    assert_eq!(v["extras"], r#"{"a":"\udc00"}"#);
    let body = br#"{"code":-1,"extras":{"detailCode":1,"detailMsg":"\ud83d\ude00"}}"#;
    let v = form(400, body);
    assert_eq!(
        v["extras"],
        json!({"detailCode": 1, "detailMsg": "\u{1f600}"})
    );
}

/// A list is shown by its key only if every item was kept; otherwise the member is in
/// `other_fields` too, as sent, so no item is lost.
#[test]
fn lists_that_lost_items_are_kept_raw_too() {
    let v = form(
        403,
        br#"{"code":-402,"required_scopes":["a",1,{"k":"v"}],"allowed_scopes":["b"]}"#,
    );
    assert_eq!(v["required_scopes"], json!(["a"]));
    assert_eq!(v["allowed_scopes"], json!(["b"]));
    assert_eq!(
        v["other_fields"],
        json!({"required_scopes": ["a", 1, {"k": "v"}]})
    );
    // Past `LIST_LIMIT`.
    let many: Vec<String> = (0..=kakao_errors::response::LIST_LIMIT)
        .map(|i| format!("s{i}"))
        .collect();
    let body = json!({"code": -402, "allowed_scopes": many}).to_string();
    let v = form(403, body.as_bytes());
    assert_eq!(
        v["allowed_scopes"].as_array().unwrap().len(),
        kakao_errors::response::LIST_LIMIT
    );
    assert_eq!(v["other_fields"]["allowed_scopes"], json!(many));
    // Whole lists, and a lone string kept as a list of one, are shown once.
    let v = form(
        403,
        br#"{"code":-402,"required_scopes":"a","allowed_scopes":[]}"#,
    );
    assert_eq!(
        (v["required_scopes"].clone(), v["allowed_scopes"].clone()),
        (json!(["a"]), json!([]))
    );
    assert_eq!(v["other_fields"], json!({}));
}

/// An unknown OAuth `error` past `EXCERPT_LIMIT` bytes is kept cut by `oauth_error`: the
/// member is embedded whole in `other_fields` too.
#[test]
fn a_long_unknown_oauth_error_is_kept_whole_in_other_fields() {
    let long = "e".repeat(kakao_errors::response::EXCERPT_LIMIT + 1);
    let body = json!({"error": long, "error_description": "d"}).to_string();
    let v = form(400, body.as_bytes());
    assert_eq!(
        v["oauth_error"],
        "e".repeat(kakao_errors::response::EXCERPT_LIMIT)
    );
    assert_eq!(v["other_fields"], json!({"error": long}));
    let v = form(400, br#"{"error":"slow_down","error_description":"d"}"#);
    assert_eq!(
        (v["oauth_error"].clone(), v["other_fields"].clone()),
        (json!("slow_down"), json!({}))
    );
}
