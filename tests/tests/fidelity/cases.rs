//! Every case row (`kakao_errors::case`) against the stored page or source it comes from: its
//! texts word for word, the phrases that tell it apart as the page's messages have them, its
//! parent's code as the page gives it; and a changed page line is reported (`mutated_*`).

use kakao_errors::case::{CaseRow, PAGES, Parent, When};
use kakao_errors::moment::MomentError;
use kakao_errors::response::parse;
use kakao_errors::share::SubError;
use kakao_errors::{KakaoError, Remedy};

use crate::fact_file::{dapi_bodies, facts};
use crate::report::{assert_none, assert_reported, assert_reported_words};
use crate::stored_page::{copies, mutate};

const SHARE_PAGE: &str = include_str!("../../fixtures/kakao-docs/004_f19ebbf9b5f57bcc.txt");
const MESSAGE_PAGE: &str =
    include_str!("../../fixtures/kakao-docs/more/kakaotalk-message-troubleshooting.en.txt");
const DEVTALK_EN: &str =
    include_str!("../../fixtures/kakao-docs/more/devtalk-118998-messaging-friends-errors.en.txt");
const DEVTALK_KO: &str =
    include_str!("../../fixtures/kakao-docs/more/devtalk-82152-message-api-faq.ko.txt");
const MORE_README: &str = include_str!("../../fixtures/kakao-docs/more/README.md");
const MOMENT_PAGE_KO: &str =
    include_str!("../../fixtures/kakao-docs/more/kakaomoment-error-code.ko.txt");
const DAPI_BODIES: &str =
    include_str!("../../fixtures/kakao-docs/third-party/dapi-error-bodies.txt");
const PAY_BODIES: &str =
    include_str!("../../fixtures/kakao-docs/third-party/kakaopay-error-bodies.txt");

/// Every case row, in the order they are looked at.
fn rows() -> impl Iterator<Item = &'static CaseRow> {
    PAGES.iter().flat_map(|rows| rows.iter())
}

/// The case rows whose page is `page` (a prefix of it), in order.
fn rows_of(page: &str) -> Vec<&'static CaseRow> {
    rows().filter(|row| row.page().starts_with(page)).collect()
}

/// The text of the lines of `page` that are not its `# ` header, whitespace runs made one
/// space, and the stray spaces of pipe renderings removed ("uuid (s)", "receiver_uuids ,").
fn flat(page: &str) -> String {
    let text: Vec<&str> = page
        .lines()
        .filter(|line| !line.starts_with("# "))
        .flat_map(str::split_whitespace)
        .collect();
    text.join(" ")
        .replace("uuid (s)", "uuid(s)")
        .replace(" ,", ",")
        .replace("' )", "')")
        .replace("friends.Message:", "friends. Message:")
}

/// Whether `text` is matched by the row's phrases (its `When::Phrase`).
fn phrase_matches(row: &CaseRow, text: &str) -> bool {
    let When::Phrase(phrases) = row.when() else {
        return false;
    };
    phrases.iter().any(|phrase| {
        let mut rest = text.to_ascii_lowercase();
        phrase
            .split('*')
            .all(|part| match rest.find(&part.to_ascii_lowercase()) {
                Some(at) => {
                    rest = rest[at + part.len()..].to_owned();
                    true
                }
                None => false,
            })
    })
}

// ---------------------------------------------------------------------------------------------
// Kakao Talk Message > Error code
// ---------------------------------------------------------------------------------------------

/// One row of the Talk Message page: its code, the messages it quotes and its solution.
struct MessageRow {
    code: i32,
    messages: Vec<String>,
    solution: String,
}

/// The stored copies of a page, each flattened (see [`flat`]).
fn flat_copies(page: &str) -> Vec<String> {
    copies(page).iter().map(|copy| flat(copy.text)).collect()
}

/// Where a solution cell ends in a flattened copy: at a cell border, the next row's code, or
/// the next section's heading.
const CELL_ENDS: [&str; 4] = [" |", " -2 ", " -401 ", " Errors that occur"];

/// The case's row in one copy: `code description Message: m1 or m2 solution`.
fn message_row(copy: &str, case: &CaseRow) -> Option<MessageRow> {
    let at = copy.find(case.message())?;
    let before = copy[..at].trim_end().trim_end_matches('|').trim_end();
    let code = before.rsplit(' ').next()?.parse().ok()?;
    let rest = copy[at + case.message().len()..].trim_start();
    let rest = rest.strip_prefix("Message:")?.trim_start();
    let solution = case.solution()?;
    let solution_start = rest.find(&solution[..solution.len().min(24)])?;
    let messages = rest[..solution_start]
        .trim()
        .trim_end_matches('|')
        .split(" or ")
        .map(|m| m.trim().to_owned())
        .collect();
    let cell = &rest[solution_start..];
    let end = CELL_ENDS
        .iter()
        .filter_map(|end| cell.find(end))
        .min()
        .unwrap_or(cell.len());
    Some(MessageRow {
        code,
        messages,
        solution: cell[..end].trim().to_owned(),
    })
}

/// The case's row in the copy that has the most of its solution.
fn best_row(page: &str, case: &CaseRow) -> Option<MessageRow> {
    flat_copies(page)
        .iter()
        .filter_map(|copy| message_row(copy, case))
        .max_by_key(|row| row.solution.len())
}

/// The code of the case's first parent, for a row of a table.
fn parent_code(row: &CaseRow) -> Option<i32> {
    match row.under().first()? {
        Parent::Row { code, .. } => Some(code.number()),
        _ => None,
    }
}

/// The solution text the cut copy gives before it stops, for the one row whose solution the
/// crate completes.
const CUT_SOLUTION: &str = "In [Tools] > [Message Template Builder], select your message template, and then set 'Purpose' to 'Kakao Talk Mes";

fn check_message_page(page: &str) -> Vec<String> {
    let cases = rows_of("https://developers.kakao.com/docs/latest/en/kakaotalk-message/");
    let mut problems = Vec::new();
    if cases.len() != 4 {
        problems.push(format!("{} cases of the page, not 4", cases.len()));
    }
    for case in &cases {
        let place = format!("Talk Message {}", case.name());
        let Some(row) = best_row(page, case) else {
            problems.push(format!(
                "{place}: the page has no row with description {:?}",
                case.message()
            ));
            continue;
        };
        if parent_code(case) != Some(row.code) {
            problems.push(format!(
                "{place}: code: page {}, case {:?}",
                row.code,
                parent_code(case)
            ));
        }
        let solution = case.solution().unwrap_or_default();
        let stored = solution == row.solution
            || (row.solution == CUT_SOLUTION && solution.starts_with(CUT_SOLUTION));
        if !stored {
            problems.push(format!(
                "{place}: solution differs\n    page : {}\n    case : {solution}",
                row.solution
            ));
        }
        for message in &row.messages {
            if !phrase_matches(case, message) {
                problems.push(format!(
                    "{place}: the page's message {message:?} is not matched"
                ));
            }
        }
    }
    problems
}

#[test]
fn talk_message_cases_match_the_page() {
    assert_none("Kakao Talk Message", &check_message_page(MESSAGE_PAGE));
}

#[test]
fn the_completed_solution_adds_only_the_cut_word() {
    let case = rows()
        .find(|row| row.name() == "TemplatePurposeNotSet")
        .unwrap();
    let solution = case.solution().unwrap();
    assert_eq!(&solution[CUT_SOLUTION.len()..], "sage'.");
    // The message the row quotes, as the issue gives it, is matched.
    assert!(phrase_matches(
        case,
        "template_type (messageType: 'kakaolink/memo API') is invalid. please use 'message API' messageType."
    ));
}

#[test]
fn mutated_message_page_is_reported() {
    let page = mutate(
        MESSAGE_PAGE,
        "register the value of caller (https://example.com) as a website domain. For more",
        "register the caller as a website domain. For more",
    );
    let problems = check_message_page(&page);
    assert_reported(&problems, "Talk Message DomainMismatched: solution differs");
    // A message the page quotes that no phrase matches.
    let page = MESSAGE_PAGE.replace(
        "The Parameter [receiver_uuids] cannot be empty",
        "The Parameter [receiver_uuids] is blank",
    );
    let problems = check_message_page(&page);
    assert_reported_words(
        &problems,
        "ReceiverUuidsMissing: the page's message \"The Parameter [receiver_uuids] is blank.\"",
    );
}

// ---------------------------------------------------------------------------------------------
// Kakao Talk Share > 4019, and the -401 cases from its page
// ---------------------------------------------------------------------------------------------

fn check_share_phrases(page: &str) -> Vec<String> {
    let text = flat(page);
    let mut problems = Vec::new();
    let cases = rows_of("https://developers.kakao.com/docs/latest/en/kakaotalk-share/");
    // The three 4019 cases and the JavaScript SDK's -401 of the same page.
    if cases.len() != 4 {
        problems.push(format!("{} cases of the page, not 4", cases.len()));
    }
    for (i, case) in cases.iter().enumerate() {
        let place = format!("Talk Share {} ({:?})", case.name(), parent_code(case));
        // The heading (the sub-error's title) is the page's, checked with the page's steps by
        // the table's fidelity test; the message the page shows under it is matched.
        let sub = SubError::VARIANTS
            .iter()
            .find(|sub| sub.title() == case.message());
        let Some(sub) = sub else {
            problems.push(format!(
                "{place}: {:?} is no heading of the page",
                case.message()
            ));
            continue;
        };
        if !page.lines().any(|line| line.trim() == sub.title()) {
            problems.push(format!(
                "{place}: the page has no heading {:?}",
                sub.title()
            ));
        }
        if !phrase_matches(case, sub.shown_message()) {
            problems.push(format!(
                "{place}: the message shown {:?} is not matched",
                sub.shown_message()
            ));
        }
        if case.causes() != sub.causes() || case.steps() != sub.steps() {
            problems.push(format!("{place}: causes or steps are not the page's"));
        }
        if i < 3 && parent_code(case) != Some(4019) {
            problems.push(format!("{place}: not under 4019"));
        }
    }
    // The JavaScript SDK's body the page shows carries -401.
    if !text.contains(r#"{"name":"KAPIError","msg":"wrong appKey(null) format","code":-401}"#) {
        problems.push("the page shows no -401 body for wrong appKey".to_owned());
    }
    problems
}

#[test]
fn talk_share_cases_match_the_page() {
    assert_none("Kakao Talk Share", &check_share_phrases(SHARE_PAGE));
    // The sub-errors are told apart by the same phrases.
    for &sub in SubError::VARIANTS {
        assert_eq!(SubError::from_message(sub.shown_message()), Some(sub));
    }
}

#[test]
fn mutated_share_page_is_reported() {
    let page = SHARE_PAGE.replace("\ndomain mismatched\n", "\ndomain not registered\n");
    assert_ne!(page, SHARE_PAGE);
    let problems = check_share_phrases(&page);
    assert_reported_words(&problems, "the page has no heading \"domain mismatched\"");
}

// ---------------------------------------------------------------------------------------------
// Kakao DevTalk posts
// ---------------------------------------------------------------------------------------------

/// The bodies a post quotes: each line that is a JSON object with `msg` and `code`.
fn quoted_bodies(post: &str) -> Vec<(String, i64)> {
    post.lines()
        .filter(|line| line.starts_with("{\"msg\""))
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|v| Some((v["msg"].as_str()?.to_owned(), v["code"].as_i64()?)))
        .collect()
}

fn check_devtalk(en: &str, ko: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let cases: Vec<&CaseRow> = rows()
        .filter(|row| row.page().starts_with("https://devtalk.kakao.com/"))
        .collect();
    let bodies: Vec<(String, i64)> = quoted_bodies(en)
        .into_iter()
        .chain(quoted_bodies(ko))
        .collect();
    let (en, ko) = (flat(en), flat(ko));
    for case in &cases {
        let place = format!("DevTalk {}", case.name());
        let matched: Vec<&(String, i64)> = bodies
            .iter()
            .filter(|(m, _)| phrase_matches(case, m))
            .collect();
        if matched.is_empty() {
            problems.push(format!("{place}: no body of the posts is matched"));
        }
        for (message, code) in matched {
            if Some(*code as i32) != parent_code(case) {
                problems.push(format!(
                    "{place}: {message:?} comes with {code}, not {:?}",
                    parent_code(case)
                ));
            }
        }
        let texts = [
            ("message_ko", case.message_ko(), &ko),
            ("solution_ko", case.solution_ko(), &ko),
            ("solution", case.solution(), &en),
        ];
        for (what, text, post) in texts {
            if let Some(text) = text {
                if !post.contains(text) {
                    problems.push(format!("{place}: {what} {text:?} is not in the post"));
                }
            }
        }
        if case.page()
            == "https://devtalk.kakao.com/t/errors-you-may-encounter-when-calling-the-messaging-api-and-the-friends-apis/118998"
            && !en.contains(case.message())
        {
            problems.push(format!(
                "{place}: message {:?} is not in the post",
                case.message()
            ));
        }
        if case.known_from().is_none() {
            problems.push(format!(
                "{place}: a forum post's row must say where it is known from"
            ));
        }
    }
    if cases.len() != 2 {
        problems.push(format!("{} DevTalk cases, not 2", cases.len()));
    }
    problems
}

#[test]
fn devtalk_cases_match_the_posts() {
    assert_none("DevTalk", &check_devtalk(DEVTALK_EN, DEVTALK_KO));
}

#[test]
fn mutated_devtalk_post_is_reported() {
    let ko = DEVTALK_KO.replace(
        "발신자 본인은 수신자로 설정할 수 없습니다.",
        "발신자는 안 됩니다.",
    );
    assert_ne!(ko, DEVTALK_KO);
    let problems = check_devtalk(DEVTALK_EN, &ko);
    assert_reported(&problems, "DevTalk SenderAmongReceivers: message_ko");
}

// ---------------------------------------------------------------------------------------------
// Rows known from other sources
// ---------------------------------------------------------------------------------------------

#[test]
fn local_bodies_get_their_case_through_the_parser() {
    // third_party.rs checks the rows against the file; here each body goes through
    // the parser and comes out with its case and the case's remedy.
    for (_, error_type, message, _) in dapi_bodies(DAPI_BODIES) {
        if error_type == "InvalidArgument" {
            continue;
        }
        let body = serde_json::json!({"errorType": error_type, "message": message}).to_string();
        let e = parse(401, body.as_bytes());
        let case = e.case().unwrap_or_else(|| panic!("{body}"));
        assert_eq!(e.remedy(), case.remedy(), "{body}");
        assert!(!e.remedy().is_wait(), "{body}");
    }
}

#[test]
fn other_sources_name_the_bodies_their_rows_read() {
    let rows: Vec<&CaseRow> = rows().collect();
    let named = |name: &str| {
        *rows
            .iter()
            .find(|row| row.name() == name && row.known_from().is_some())
            .unwrap()
    };
    // The kapi body with "ip mismatched" is named in the dapi file's header.
    let ip = named("IpMismatched");
    assert!(DAPI_BODIES.contains(
        r#"{"msg","code":-401} with "ip mismatched! callerIp=... check out registered ips.""#
    ));
    assert!(phrase_matches(
        ip,
        "ip mismatched! callerIp=1.2.3.4 check out registered ips."
    ));
    assert_eq!(parent_code(ip), Some(-401));
    // The OAuth "Invalid redirect" body, quoted by the more/ README from an issue thread.
    let redirect = named("InvalidRedirect");
    let quote = "error=\"invalid_grant\", error_description=\"Invalid redirect: JS-SDK does not match one of the registered values. Please check app settings on kakao developer site.\"";
    assert!(MORE_README.contains(quote));
    assert!(phrase_matches(redirect, quote));
    assert_eq!(redirect.under(), &[Parent::OAuth("invalid_grant")]);
}

/// The case rows told apart by Kakao Pay's `extras.method_result_code` against the bodies of
/// the Kakao Pay fact file (`status | JSON body | sources`): each sub-code is in a body under
/// the row's parent code, the row's Korean text is that body's `method_result_message`, and
/// every such body parses to the case.
fn check_pay_sub_codes(bodies: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let bodies: Vec<(u16, serde_json::Value, &str)> = facts(bodies)
        .rows
        .iter()
        .filter_map(|row| {
            let status = row.first()?.parse().ok()?;
            Some((
                status,
                serde_json::from_str(row.get(1)?).ok()?,
                *row.get(1)?,
            ))
        })
        .collect();
    for case in rows() {
        let When::SubCode(sub_code) = case.when() else {
            continue;
        };
        let place = format!("Kakao Pay {}", case.name());
        let matched: Vec<&(u16, serde_json::Value, &str)> = bodies
            .iter()
            .filter(|(_, body, _)| body["extras"]["method_result_code"] == sub_code)
            .collect();
        if matched.is_empty() {
            problems.push(format!("{place}: no body has the sub-code {sub_code}"));
        }
        for (status, body, text) in matched {
            let code = body["error_code"].as_i64().or(body["code"].as_i64());
            if code.map(|c| c as i32) != parent_code(case) {
                problems.push(format!(
                    "{place}: {text} comes with {code:?}, not {:?}",
                    parent_code(case)
                ));
            }
            if let Some(said) = body["extras"]["method_result_message"].as_str() {
                if case.message_ko() != Some(said) {
                    problems.push(format!(
                        "{place}: message_ko {:?}, the body says {said:?}",
                        case.message_ko()
                    ));
                }
            }
            let parsed = kakao_errors::response::parse_as::<kakao_errors::pay::PayError>(
                *status,
                text.as_bytes(),
            );
            if parsed.case().map(|c| c.name()) != Some(case.name()) {
                problems.push(format!(
                    "{place}: {text} parses to the case {:?}",
                    parsed.case().map(|c| c.name())
                ));
            }
        }
    }
    problems
}

#[test]
fn pay_sub_code_cases_match_the_bodies() {
    let problems = check_pay_sub_codes(PAY_BODIES);
    assert_none("Kakao Pay sub-codes", &problems);
    // The file has the bodies the row names (with and without the message).
    assert_eq!(
        facts(PAY_BODIES)
            .rows
            .iter()
            .filter(|row| row[1].contains("USER_LOCKED"))
            .count(),
        3
    );
}

#[test]
fn mutated_pay_bodies_are_reported() {
    let bodies = PAY_BODIES.replacen("잠시 후 다시 시도해 주세요.", "잠시 후 다시 해 주세요.", 1);
    assert_ne!(bodies, PAY_BODIES);
    assert_reported(
        &check_pay_sub_codes(&bodies),
        "Kakao Pay UserLocked: message_ko",
    );
    let bodies = PAY_BODIES.replace("\"error_code\":-780", "\"error_code\":-781");
    assert_reported(
        &check_pay_sub_codes(&bodies),
        "Kakao Pay UserLocked: {\"error_code\":-781",
    );
    let bodies = PAY_BODIES.replace("USER_LOCKED", "USER_BLOCKED");
    assert_reported(
        &check_pay_sub_codes(&bodies),
        "Kakao Pay UserLocked: no body has the sub-code USER_LOCKED",
    );
}

// ---------------------------------------------------------------------------------------------
// Kakao Moment's -813 by status
// ---------------------------------------------------------------------------------------------

#[test]
fn moment_status_cases_are_the_korean_pages_rows() {
    let text = flat(MOMENT_PAGE_KO);
    for row in rows().filter(|row| matches!(row.when(), When::Status(_))) {
        let When::Status(status) = row.when() else {
            unreachable!()
        };
        assert!(
            text.contains(&format!("-813 | {status} |")),
            "{}: -813 with {status} is not on the page",
            row.name()
        );
        assert_eq!(parent_code(row), Some(-813));
        // Where Kakao Moment's table has the row, the case has its texts and remedy.
        if let Some(own) =
            MomentError::from_code_and_status(-813, status).filter(|e| e.status() == Some(status))
        {
            assert_eq!(row.remedy(), &own.remedy(), "{}", row.name());
            assert_eq!(row.message(), own.message(), "{}", row.name());
        }
        assert!(!row.remedy().is_wait() || *row.remedy() == Remedy::Throttled { after: None });
    }
}
