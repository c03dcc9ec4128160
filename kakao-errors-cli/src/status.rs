//! What an HTTP status means, said the way the family of APIs that answered documents it.

use kakao_errors::catalog::Family;
use kakao_errors::mobility::HttpStatus;

/// The standard reason phrase of the statuses Kakao's APIs and the gateways in front of them
/// answer with (RFC 9110, and RFC 6585 for 429).
const REASONS: &[(u16, &str)] = &[
    (200, "OK"),
    (201, "Created"),
    (204, "No Content"),
    (301, "Moved Permanently"),
    (302, "Found"),
    (304, "Not Modified"),
    (400, "Bad Request"),
    (401, "Unauthorized"),
    (403, "Forbidden"),
    (404, "Not Found"),
    (405, "Method Not Allowed"),
    (406, "Not Acceptable"),
    (408, "Request Timeout"),
    (409, "Conflict"),
    (411, "Length Required"),
    (413, "Content Too Large"),
    (414, "URI Too Long"),
    (415, "Unsupported Media Type"),
    (422, "Unprocessable Content"),
    (429, "Too Many Requests"),
    (500, "Internal Server Error"),
    (501, "Not Implemented"),
    (502, "Bad Gateway"),
    (503, "Service Unavailable"),
    (504, "Gateway Timeout"),
];

/// The standard reason phrase of `status`, if it is one of [`REASONS`].
pub(crate) fn reason(status: u16) -> Option<&'static str> {
    REASONS
        .iter()
        .find(|&&(number, _)| number == status)
        .map(|&(_, phrase)| phrase)
}

/// `status` and its reason phrase, or its class when the phrase is not in the table:
/// `429 Too Many Requests`, `418 (a client error)`.
pub(crate) fn title(status: u16) -> String {
    match reason(status) {
        Some(phrase) => format!("{status} {phrase}"),
        None => {
            let class = match status / 100 {
                1 => "informational",
                2 => "a success",
                3 => "a redirection",
                4 => "a client error",
                _ => "a server error",
            };
            format!("{status} ({class})")
        }
    }
}

/// What `family`'s documentation says about an error response with `status`, in one or two
/// sentences (the catalog's [`Family::note`], or Kakao Mobility's status table); `None` for a
/// status that is no failure.
pub(crate) fn family_note(family: Family, status: u16) -> Option<String> {
    if status < 400 {
        return None;
    }
    let note = match family {
        Family::Mobility => match HttpStatus::from_u16(status) {
            Some(s) => format!(
                "Kakao Mobility: {} ({}). {}",
                s.meaning(),
                s.meaning_ko(),
                s.description()
            ),
            None => format!("Kakao Mobility: its status table does not list {status}."),
        },
        family => family.note().to_owned(),
    };
    Some(note)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_have_the_phrase_or_the_class() {
        assert_eq!(title(429), "429 Too Many Requests");
        assert_eq!(title(418), "418 (a client error)");
        assert_eq!(title(599), "599 (a server error)");
        assert_eq!(title(100), "100 (informational)");
    }

    #[test]
    fn mobility_uses_its_own_table_and_the_others_do_not() {
        let mobility = family_note(Family::Mobility, 429).unwrap();
        assert!(mobility.contains("Quota exceeded"), "{mobility}");
        let rest = family_note(Family::Rest, 429).unwrap();
        assert!(!rest.contains("Quota exceeded"), "{rest}");
        let share = family_note(Family::Share, 401).unwrap();
        assert_eq!(share, Family::Share.note());
        assert!(family_note(Family::Rest, 200).is_none());
    }
}
