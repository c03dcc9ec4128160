//! Reading the third-party fact files (`tests/fixtures/kakao-docs/third-party/`) as their README
//! describes them: `# ` header lines (the sources, their trust, the disagreements), a blank
//! line, then one row per line with fields apart by ` | `, the last one the sources that give
//! exactly that row.

/// A fact file: its header lines (without `# `) and its rows, split at ` | `.
pub struct Facts<'a> {
    pub header: Vec<&'a str>,
    pub rows: Vec<Vec<&'a str>>,
}

/// A fact file, read.
pub fn facts(file: &str) -> Facts<'_> {
    let (header, rows) = file.split_once("\n\n").unwrap_or((file, ""));
    Facts {
        header: header
            .lines()
            .map(|l| l.strip_prefix("# ").unwrap_or(l))
            .collect(),
        rows: rows
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.split(" | ").collect())
            .collect(),
    }
}

/// The sources of a row's last field.
pub fn sources<'a>(row: &[&'a str]) -> Vec<&'a str> {
    row.last()
        .map_or(Vec::new(), |s| s.split(", ").map(str::trim).collect())
}

/// A body of `dapi.kakao.com`: `(status, errorType, message, sources)`.
pub type DapiBody = (Option<u16>, String, String, Vec<String>);

/// The bodies of the dapi fact file (`status | JSON body | sources`).
pub fn dapi_bodies(file: &str) -> Vec<DapiBody> {
    facts(file)
        .rows
        .iter()
        .map(|r| {
            let body: serde_json::Value = serde_json::from_str(r[1]).expect("a JSON body");
            let field = |name: &str| body[name].as_str().unwrap_or("").to_owned();
            (
                r[0].parse().ok(),
                field("errorType"),
                field("message"),
                sources(r).into_iter().map(str::to_owned).collect(),
            )
        })
        .collect()
}
