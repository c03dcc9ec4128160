//! The command follows the catalog: every row of every table of `catalog::TABLES` is explained
//! from its code and from its fixture (a body of its table's shape), and the codes and bodies
//! of the newer products are explained with their shape named.

use crate::support::{Run, cmd};
use kakao_errors::catalog::{self, Entry, Shape};
use kakao_errors::fixture::{self, Fixture};
use kakao_errors_cli::Exit;

/// The lines that start an entry's block: its table, then its name.
fn entry_lines(entry: &Entry) -> [String; 2] {
    let table = entry.table();
    [
        format!("{} ({})", table.title(), table.path()),
        format!("  name:          {}\n", entry.name()),
    ]
}

/// Whether `out` shows `entry`'s block: its table's line followed, within the block, by its
/// name.
fn shows(out: &Run, entry: &Entry) -> bool {
    let [table, name] = entry_lines(entry);
    out.stdout.match_indices(&table).any(|(at, _)| {
        let block = &out.stdout[at..];
        let block = &block[..block.find("\n\n").unwrap_or(block.len())];
        block.contains(&name)
    })
}

/// Whether `--json`'s entries have `entry`.
fn lists(json: &serde_json::Value, entry: &Entry) -> bool {
    json["entries"].as_array().unwrap().iter().any(|e| {
        e["table"] == entry.table().title()
            && e["name"] == entry.name()
            && e["code"] == entry.code().to_string()
    })
}

#[test]
fn every_row_of_every_table_is_explained_from_its_code() {
    let mut rows = 0;
    for table in catalog::TABLES {
        for entry in table.entries() {
            let code = entry.code().to_string();
            let out = cmd(&["explain", &code]);
            out.exited(Exit::Explained);
            assert!(
                shows(&out, &entry),
                "{code} of {}:\n{}",
                table.title(),
                out.stdout
            );
            let json = cmd(&["explain", "--json", &code]).json();
            assert!(lists(&json, &entry), "{code} of {}", table.title());
            assert_eq!(json["documented"], true);
            rows += 1;
        }
    }
    assert_eq!(rows, fixture::every_documented().count());
}

#[test]
fn every_rows_fixture_is_explained_with_its_shape_named() {
    for (entry, fixture) in fixture::every_documented() {
        let table = entry.table();
        let body = String::from_utf8(fixture.body()).unwrap();
        let status = fixture.status_code().to_string();
        let what = format!("{} of {}: {body}", entry.code(), table.title());
        let out = cmd(&["explain", "--status", &status, &body]);
        out.exited(Exit::Explained);
        assert!(shows(&out, &entry), "{what}\n{}", out.stdout);
        // The shape of the table's bodies, named as the catalog gives it.
        let shape = table.shape().to_string();
        assert!(
            out.stdout.starts_with("Response: a ")
                && out.stdout.lines().next().unwrap().contains(&shape),
            "{what}\n{}",
            out.stdout
        );
        let json = cmd(&["explain", "--json", "--status", &status, &body]).json();
        assert!(lists(&json, &entry), "{what}");
        assert_eq!(json["shape"]["body"], shape, "{what}");
        assert_eq!(json["documented"], true, "{what}");
        // The same body as standard input, and as curl -i output.
        let stdin =
            crate::support::cmd_stdin(&["--json", "--status", &status, "-"], body.as_bytes());
        assert_eq!(stdin.json(), json, "{what}");
        let curl = format!("HTTP/1.1 {status} X\r\ncontent-type: application/json\r\n\r\n{body}");
        let curl = cmd(&["--json", &curl]).json();
        assert_eq!(curl["entries"], json["entries"], "{what}");
        assert_eq!(curl["remedy"], json["remedy"], "{what}");
    }
}

#[test]
fn a_body_is_read_with_the_table_whose_row_it_is() {
    // Kakao Pay's -780 with USER_LOCKED: PayError's case, which the REST API's tables lack.
    let body = r#"{"error_code":-780,"error_message":"approval failure!","extras":{"method_result_code":"USER_LOCKED","method_result_message":"진행중인 거래가 있습니다."}}"#;
    let out = cmd(&["--status", "400", body]);
    out.exited(Exit::Explained).prints_in_order(&[
        "Response: a Kakao Pay error body: {\"error_code\": ..., \"error_message\": ..., \"extras\": {...}} (Kakao Pay)",
        "code:          -780",
        "remedy:        outcome_unknown",
        "Case: UserLocked",
        "told apart by: extras.method_result_code \"USER_LOCKED\"",
        "-780 is documented in 1 table.",
        "Kakao Pay (kakao_errors::pay::PayError)",
        "name:          ApprovalFailed",
    ]);
    let json = cmd(&["--json", "--status", "400", body]).json();
    assert_eq!(json["shape"]["family"], "pay");
    assert_eq!(json["status"]["family"], "pay");
    assert_eq!(json["response"]["name"], "ApprovalFailed");
    assert_eq!(json["response"]["case"], "UserLocked");
    assert_eq!(json["case"]["name"], "UserLocked");
    assert_eq!(json["remedy"]["name"], "outcome_unknown");
    // Without its sub-code, the row's own remedy.
    let plain = r#"{"error_code":-780,"error_message":"approval failure!"}"#;
    let json = cmd(&["--json", "--status", "400", plain]).json();
    assert!(json["case"].is_null());
    assert_eq!(
        json["remedy"]["name"],
        catalog::find_text("-780").next().unwrap().remedy().as_str()
    );
}

#[test]
fn a_detail_code_body_shows_its_parent_and_its_detail_row() {
    let body = r#"{"code":-813,"msg":"KakaoMomentException","extras":{"detailCode":21006,"detailMsg":"존재하지 않는 광고계정입니다."}}"#;
    let out = cmd(&["--status", "400", body]);
    out.exited(Exit::Explained).prints_in_order(&[
        "Response: a Kakao Moment error body: {\"code\": -813, \"msg\": \"KakaoMomentException\", \"extras\": {\"detailCode\": ..., \"detailMsg\": ...}} (Kakao Moment > Detail code)",
        "code:          -813",
        "detail code:   21006",
        "Case: AdAccountDoesNotExist",
        "told apart by: extras.detailCode 21006",
        "-813 is documented in",
        "21006 is documented in 1 table.",
        "Kakao Moment > Detail code (kakao_errors::moment::MomentDetail)",
        "name:          AdAccountDoesNotExist",
        "sent as:       {\"code\": -813, \"msg\": \"KakaoMomentException\"",
    ]);
    let json = cmd(&["--json", "--status", "400", body]).json();
    assert_eq!(json["case"]["detail_code"], 21006);
    assert_eq!(json["case"]["name"], "AdAccountDoesNotExist");
    assert_ne!(json["remedy"]["name"], "retry");
}

#[test]
fn a_directions_answer_shows_its_failed_routes() {
    let body = r#"{"trans_id":"t1","routes":[{"result_code":0,"result_msg":"found"},{"result_code":104,"result_msg":"same place"},{"result_code":104,"result_msg":"again"},{"result_code":105,"result_msg":"event"}]}"#;
    let out = cmd(&["--status", "200", body]);
    out.exited(Exit::Explained).prints_in_order(&[
        "Response: a Kakao Mobility error body: {\"routes\": [{\"result_code\": ..., \"result_msg\": ...}, ...]} with HTTP 200",
        "HTTP status:   200 OK",
        "remedy:        fix_request",
        "Directions answer: 4 routes, 3 failed",
        "route 1:       104 SameOriginAndDestination: same place",
        "route 2:       104 SameOriginAndDestination: again",
        "route 3:       105 RoadEventNearOrigin: event",
        "104 is documented in 1 table.",
        "Kakao Mobility > Route result code (kakao_errors::mobility::RouteError)",
        "105 is documented in 1 table.",
    ]);
    let json = cmd(&["--json", body]).json();
    assert_eq!(json["routes"]["routes"], 4);
    assert_eq!(json["routes"]["failed"], 3);
    assert_eq!(json["routes"]["failed_routes"][0]["index"], 1);
    assert_eq!(json["routes"]["failed_routes"][0]["code"], 104);
    assert_eq!(json["entries"].as_array().unwrap().len(), 2);
    // Every route found: nothing to explain.
    let found = r#"{"routes":[{"result_code":0,"result_msg":"ok"}]}"#;
    cmd(&[found]).finds_nothing("no failed route");
}

#[test]
fn codes_of_the_newer_products_are_explained() {
    for (code, table, name) in [
        (
            "-780",
            "Kakao Pay (kakao_errors::pay::PayError)",
            "ApprovalFailed",
        ),
        (
            "3018",
            "Kakao bizmessage (AlimTalk, FriendTalk)",
            "CannotSend",
        ),
        (
            "KKO_3018",
            "Kakao bizmessage (AlimTalk, FriendTalk)",
            "CannotSend",
        ),
        (
            "k3018",
            "Kakao bizmessage (AlimTalk, FriendTalk)",
            "CannotSend",
        ),
        ("E2003", "Kakao Talk Certification", "TransactionNotFound"),
        ("e2003", "Kakao Talk Certification", "TransactionNotFound"),
        (
            "KOE103",
            "Kakao Login > Authorization code",
            "PluginNotFound",
        ),
        (
            "21006",
            "Kakao Moment > Detail code",
            "AdAccountDoesNotExist",
        ),
        (
            "103005",
            "Kakao Keyword Ad > Detail code",
            "NoSuchBizChannel",
        ),
        (
            "104",
            "Kakao Mobility > Route result code",
            "SameOriginAndDestination",
        ),
    ] {
        cmd(&[code])
            .exited(Exit::Explained)
            .prints_in_order(&[table, &format!("name:          {name}")]);
    }
    let json = cmd(&["--json", "KKO_3018"]).json();
    assert_eq!(json["input"]["read_as"], "3018");
    assert_eq!(json["entries"][0]["remedy"], "deliver_another_way");
    // A reseller's own code is not Kakao's.
    cmd(&["ERR_300"]).finds_nothing("no table documents the code ERR_300");
    cmd(&["K991"]).finds_nothing("no table documents the code K991");
}

#[test]
fn an_error_type_is_explained_with_its_cases() {
    let out = cmd(&["NotAuthorizedError"]);
    out.exited(Exit::Explained).prints_in_order(&[
        "Kakao search and local APIs > errorType (kakao_errors::local::ErrorType)",
        "name:          NotAuthorizedError",
        "status:        403 Forbidden",
        "remedy:        fix_app_settings",
        "cases, told apart by the message:",
        "- MapServiceDisabled: \"disabled OPEN_MAP_AND_LOCAL service\", fix_app_settings",
    ]);
    assert_eq!(cmd(&["notauthorizederror"]).stdout, out.stdout);
    let json = cmd(&["--json", "AccessDeniedError"]).json();
    assert_eq!(json["entries"][0]["code"], "AccessDeniedError");
    assert_eq!(json["entries"][0]["family"], "search");
    assert_eq!(json["entries"][0]["status"], 401);
    cmd(&["SomeNewError"]).finds_nothing("no table documents the errorType SomeNewError");
    // A body: the errorType's row and the case its message shows.
    let body = r#"{"errorType":"NotAuthorizedError","message":"App(my-app) disabled OPEN_MAP_AND_LOCAL service."}"#;
    let json = cmd(&["--json", "--status", "403", body]).json();
    assert_eq!(json["case"]["name"], "MapServiceDisabled");
    assert_eq!(json["remedy"]["name"], "fix_app_settings");
    assert_eq!(json["status"]["family"], "search");
    assert_eq!(json["entries"][0]["name"], "NotAuthorizedError");
    assert_eq!(json["documented"], true);
}

#[test]
fn certification_and_bizmessage_bodies_are_explained() {
    let body = r#"{"error_code":"E2003","error_message":"tx_id not found"}"#;
    cmd(&["--status", "400", body])
        .exited(Exit::Explained)
        .prints_in_order(&[
            "Response: a Kakao Talk Certification error body: {\"error_code\": ..., \"error_message\": ..., \"extras\": {...}}",
            "error_code:    E2003",
            "E2003 is documented in 1 table.",
            "Kakao Talk Certification (kakao_errors::certification::CertificationError)",
        ]);
    // A reseller's body with the code as it writes it.
    let body = r#"{"code":"KKO_3018","msg":"cannot send"}"#;
    let json = cmd(&["--json", "--status", "200", body]).json();
    assert_eq!(json["entries"][0]["name"], "CannotSend");
    assert_eq!(json["remedy"]["name"], "deliver_another_way");
    assert_eq!(json["shape"]["family"], "bizmessage");
}

#[test]
fn the_shapes_come_from_the_catalog() {
    // Every shape a table's bodies have is named somewhere in --help, with its families.
    let help = kakao_errors_cli::help();
    for table in catalog::TABLES {
        assert!(
            help.contains(&table.shape().to_string()),
            "{}",
            table.title()
        );
        if let Shape::Detail { under, .. } = table.shape() {
            assert!(help.contains(&format!("\"code\": {under}")));
        }
    }
    // A fixture made from an entry has its table's shape.
    for (entry, fixture) in fixture::every_documented() {
        assert_eq!(fixture.shape(), entry.table().shape());
        assert_eq!(Fixture::from_entry(&entry), fixture);
    }
}
