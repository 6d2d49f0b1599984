//! The review page (`compare --format html`) in a real browser: headless
//! Chromium runs the page's script and prints the resulting DOM
//! (`--dump-dom`), which is read here by plain string scanning. No network,
//! no webdriver.
//!
//! - every fixture story: one card per finding id of the JSON report; with
//!   `#filter=kind:…` in the URL only cards of that kind are visible; a
//!   screenshot is written to `target/tmp/browser/` and checked;
//! - a type and outlet filter from the fragment; `#claim-N` opens the
//!   claim's findings; `j`/`k`, a claim's button, `Esc`, a filter chip and
//!   "Show all" do what they say (driven by a probe script);
//! - hostile article text (`<script>`, `<img onerror>`, a `</script>` meant
//!   to end the page's data block, ...) shows as text: no element of it
//!   exists and none of it ran.
//!
//! Chromium is `$CHROMIUM`, else `/usr/bin/chromium` (Debian package
//! `chromium`), else `chromium` on `PATH`. Without it the tests print a note and pass, except when `CI`
//! is set: then they fail, since CI must install it (`.ci/run` does).
#![allow(clippy::print_stderr)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

const STORIES: [&str; 4] = [
    "fixtures/calder-sarvani-deal-wire",
    "fixtures/castlegate-northmoor-takeover",
    "fixtures/colorado-campground-flash-flood",
    "fixtures/ohio-battery-warehouse-fire",
];

/// How long one Chromium run may take before it is killed.
const BROWSER_TIMEOUT: Duration = Duration::from_secs(90);

/// A program by path, or by name on `PATH`.
fn program(name: &std::ffi::OsStr) -> Option<PathBuf> {
    let p = PathBuf::from(name);
    if p.components().count() > 1 {
        return p.is_file().then_some(p);
    }
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(&p))
        .find(|c| c.is_file())
}

/// Chromium (`$CHROMIUM`, else `/usr/bin/chromium`, else `chromium` on
/// `PATH`), or `None` and a note when it is absent outside CI.
fn chromium() -> Option<PathBuf> {
    let found = match std::env::var_os("CHROMIUM") {
        Some(c) => program(&c),
        None => program("/usr/bin/chromium".as_ref()).or_else(|| program("chromium".as_ref())),
    };
    if found.is_none() {
        if std::env::var_os("CI").is_some() {
            panic!(
                "CI is set but Chromium was not found at $CHROMIUM or /usr/bin/chromium: \
                 install the Debian package `chromium` (.ci/run does)"
            );
        }
        eprintln!(
            "note: browser test skipped, Chromium not found (apt-get install chromium, or set $CHROMIUM)"
        );
    }
    found
}

/// A fresh directory under the target's temporary directory.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("browser")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// Runs the built `claimdiff` from the crate root; its stdout.
fn claimdiff(args: &[&str]) -> Vec<u8> {
    let o = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("claimdiff runs");
    assert!(
        o.status.code().is_some_and(|c| c <= 1),
        "claimdiff {args:?}: {:?}\n{}",
        o.status,
        String::from_utf8_lossy(&o.stderr)
    );
    o.stdout
}

/// `file://` URL of a path, with a fragment.
fn file_url(path: &Path, fragment: &str) -> String {
    let abs = std::fs::canonicalize(path).expect("page exists");
    let mut url = String::from("file://");
    for b in abs.to_string_lossy().bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
            url.push(char::from(b));
        } else {
            url.push_str(&format!("%{b:02X}"));
        }
    }
    url + fragment
}

/// What a headless Chromium run printed: the DOM (stdout) and its log.
struct Run {
    dom: String,
    log: String,
}

/// Opens `url` in headless Chromium with `extra` arguments (a fresh
/// profile, no network services), killed after [`BROWSER_TIMEOUT`].
fn browse(chromium: &Path, dir: &Path, tag: &str, extra: &[&str], url: &str) -> Run {
    let profile = dir.join(format!("profile-{tag}"));
    let out_path = dir.join(format!("{tag}.stdout"));
    let log_path = dir.join(format!("{tag}.stderr"));
    let out = std::fs::File::create(&out_path).expect("stdout file");
    let log = std::fs::File::create(&log_path).expect("stderr file");
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            // Containers often have a small /dev/shm.
            "--disable-dev-shm-usage",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=2000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(log)
        .spawn()
        .expect("chromium starts");
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("waiting for chromium") {
            break s;
        }
        if start.elapsed() > BROWSER_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within {BROWSER_TIMEOUT:?}: {url}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let run = Run {
        dom: std::fs::read_to_string(&out_path).unwrap_or_default(),
        log: std::fs::read_to_string(&log_path).unwrap_or_default(),
    };
    assert!(
        status.success(),
        "chromium failed ({status}) on {url}\n{}",
        run.log
    );
    let _ = std::fs::remove_dir_all(&profile);
    run
}

/// The attributes of every start tag `<name ...>` in serialized HTML.
/// Serialized markup escapes `"` in attribute values and `<` in text, so a
/// tag runs from `<name` to the first `>` outside a quoted value.
fn start_tags(html: &str, name: &str) -> Vec<BTreeMap<String, String>> {
    let open = format!("<{name}");
    let mut tags = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&open) {
        rest = &rest[i + open.len()..];
        if !rest.starts_with([' ', '>', '/', '\n']) {
            continue;
        }
        let mut attrs = BTreeMap::new();
        let mut s = rest;
        loop {
            s = s.trim_start();
            if s.is_empty() || s.starts_with('>') || s.starts_with("/>") {
                break;
            }
            let end = s.find(['=', ' ', '>']).unwrap_or(s.len());
            let key = s[..end].to_string();
            s = &s[end..];
            let mut value = String::new();
            if let Some(v) = s.strip_prefix("=\"") {
                let close = v.find('"').unwrap_or(v.len());
                value = v[..close].to_string();
                s = v.get(close + 1..).unwrap_or("");
            }
            attrs.insert(key, value);
        }
        tags.push(attrs);
    }
    tags
}

/// Text of serialized HTML, its character references decoded.
fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

/// The text of the first `<title>` element.
fn title(html: &str) -> String {
    let start = html.find("<title>").map_or(0, |i| i + "<title>".len());
    let end = html[start..].find("</title>").map_or(start, |i| start + i);
    unescape(&html[start..end])
}

/// The page ran: the script marked `<html>` when it had started.
fn assert_script_ran(run: &Run, what: &str) {
    let html = start_tags(&run.dom, "html");
    assert_eq!(
        html.first()
            .and_then(|a| a.get("data-ready"))
            .map(String::as_str),
        Some("true"),
        "{what}: the page's script did not run\n{}",
        run.log
    );
    // Neither a policy violation (a wrong hash would block the page's own
    // style or script) nor an uncaught error.
    if let Some(line) = run.log.lines().find(|l| l.contains("CONSOLE")) {
        panic!("{what}: the page logged to the console: {line}");
    }
}

/// Finding ids of a story by kind, from its JSON report.
fn findings_by_kind(report: &Value) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for f in report["findings"].as_array().expect("findings") {
        out.entry(f["kind"].as_str().unwrap().to_string())
            .or_default()
            .push(f["id"].as_str().unwrap().to_string());
    }
    out
}

/// Card ids in a DOM, and those not hidden.
fn cards(dom: &str) -> (Vec<String>, BTreeSet<String>) {
    let tags: Vec<_> = start_tags(dom, "article")
        .into_iter()
        .filter(|a| a.contains_key("data-finding"))
        .collect();
    let all = tags.iter().map(|a| a["data-finding"].clone()).collect();
    let visible = tags
        .iter()
        .filter(|a| !a.contains_key("hidden"))
        .map(|a| a["data-finding"].clone())
        .collect();
    (all, visible)
}

#[test]
fn every_story_page_has_one_card_per_finding_and_filters_by_kind() {
    let Some(chromium) = chromium() else {
        return;
    };
    for story in STORIES {
        let name = Path::new(story).file_name().unwrap().to_string_lossy();
        let dir = scratch(&name);
        let report: Value =
            serde_json::from_slice(&claimdiff(&["compare", "--format", "json", story])).unwrap();
        let page = dir.join("report.html");
        claimdiff(&[
            "compare",
            "--format",
            "html",
            "-o",
            page.to_str().unwrap(),
            story,
        ]);

        // Unfiltered: one card per finding id, all visible.
        let run = browse(
            &chromium,
            &dir,
            "all",
            &["--dump-dom"],
            &file_url(&page, ""),
        );
        assert_script_ran(&run, story);
        let by_kind = findings_by_kind(&report);
        let mut ids: Vec<String> = by_kind.values().flatten().cloned().collect();
        ids.sort();
        let (mut all, visible) = cards(&run.dom);
        all.sort();
        assert_eq!(all, ids, "{story}: one card per finding id");
        assert_eq!(visible.len(), ids.len(), "{story}: no filter hides nothing");

        // Filtered by each kind the story has: only that kind is visible.
        for (kind, of_kind) in &by_kind {
            let run = browse(
                &chromium,
                &dir,
                kind,
                &["--dump-dom"],
                &file_url(&page, &format!("#filter=kind:{kind}")),
            );
            assert_script_ran(&run, story);
            let (all, visible) = cards(&run.dom);
            assert_eq!(all.len(), ids.len(), "{story} {kind}: cards kept");
            let want: BTreeSet<String> = of_kind.iter().cloned().collect();
            assert_eq!(visible, want, "{story}: #filter=kind:{kind}");
            // The state shows in the DOM: the pressed chip and the groups.
            let pressed: Vec<String> = start_tags(&run.dom, "button")
                .into_iter()
                .filter(|a| a.get("aria-pressed").map(String::as_str) == Some("true"))
                .map(|a| a.get("data-value").cloned().unwrap_or_default())
                .collect();
            assert_eq!(pressed, [kind.as_str()], "{story} {kind}: pressed chips");
            for g in start_tags(&run.dom, "section")
                .into_iter()
                .filter(|a| a.contains_key("data-kind"))
            {
                assert_eq!(
                    !g.contains_key("hidden"),
                    &g["data-kind"] == kind,
                    "{story} {kind}: group {} visibility",
                    g["data-kind"]
                );
            }
        }

        // A screenshot of the contradictions (or of the whole page).
        let shot = dir.join(format!("{name}.png"));
        let fragment = if by_kind.contains_key("contradiction") {
            "#filter=kind:contradiction"
        } else {
            ""
        };
        let run = browse(
            &chromium,
            &dir,
            "shot",
            &[
                &format!("--screenshot={}", shot.display()),
                "--window-size=1280,2000",
            ],
            &file_url(&page, fragment),
        );
        let png = std::fs::read(&shot).unwrap_or_else(|e| {
            panic!(
                "{story}: no screenshot at {}: {e}\n{}",
                shot.display(),
                run.log
            )
        });
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "{story}: not a PNG");
        assert!(
            png.len() > 20_000,
            "{story}: a {} byte screenshot is too small to show the page",
            png.len()
        );
        eprintln!("screenshot: {}", shot.display());
    }
}

#[test]
fn an_outlet_and_type_filter_from_the_fragment() {
    let Some(chromium) = chromium() else {
        return;
    };
    let story = "fixtures/ohio-battery-warehouse-fire";
    let dir = scratch("ohio-outlet");
    let report: Value =
        serde_json::from_slice(&claimdiff(&["compare", "--format", "json", story])).unwrap();
    let page = dir.join("report.html");
    claimdiff(&[
        "compare",
        "--format",
        "html",
        "-o",
        page.to_str().unwrap(),
        story,
    ]);
    // Certainty differences with a claim from CBS News.
    let outlet_of: BTreeMap<&str, &str> = report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["id"].as_str().unwrap(),
                c["sources"][0]["name"].as_str().unwrap(),
            )
        })
        .collect();
    let want: BTreeSet<String> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["type"] == "certainty")
        .filter(|f| {
            f["claims"]
                .as_array()
                .unwrap()
                .iter()
                .any(|c| outlet_of[c.as_str().unwrap()] == "CBS News")
        })
        .map(|f| f["id"].as_str().unwrap().to_string())
        .collect();
    assert!(!want.is_empty());
    let run = browse(
        &chromium,
        &dir,
        "outlet",
        &["--dump-dom"],
        &file_url(&page, "#filter=type:certainty,outlet:CBS%20News"),
    );
    assert_script_ran(&run, story);
    assert_eq!(cards(&run.dom).1, want);
    assert!(
        run.dom
            .contains("data-filter=\"type:certainty,outlet:CBS%20News\""),
        "the filter state is on <main>"
    );
}

#[test]
fn a_link_to_a_claim_shows_its_findings_in_the_panel() {
    let Some(chromium) = chromium() else {
        return;
    };
    let story = "fixtures/ohio-battery-warehouse-fire";
    let dir = scratch("ohio-claim");
    let report: Value =
        serde_json::from_slice(&claimdiff(&["compare", "--format", "json", story])).unwrap();
    let page = dir.join("report.html");
    claimdiff(&[
        "compare",
        "--format",
        "html",
        "-o",
        page.to_str().unwrap(),
        story,
    ]);
    // The first claim of the first finding: its number counts from 1 in
    // the report's claims, as the page's `#claim-N` anchors do.
    let first = &report["findings"][0];
    let claim = first["claims"][0].as_str().unwrap();
    let n = report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .position(|c| c["id"] == claim)
        .unwrap()
        + 1;
    let run = browse(
        &chromium,
        &dir,
        "claim",
        &["--dump-dom"],
        &file_url(&page, &format!("#claim-{n}")),
    );
    assert_script_ran(&run, story);
    let panel = start_tags(&run.dom, "aside");
    assert!(
        panel
            .iter()
            .any(|a| a["id"] == "panel" && !a.contains_key("hidden")),
        "the panel is open"
    );
    let body = &run.dom[run.dom.find("id=\"panel-body\"").unwrap()..];
    let body = &body[..body.find("</aside>").unwrap()];
    assert!(body.contains(&format!("<h3>Claim {claim}</h3>")), "{body}");
    assert!(
        body.contains(&format!(">{} · ", first["id"].as_str().unwrap())),
        "the panel lists the finding: {body}"
    );
}

/// Drives the page as a user would, from a probe script appended to a copy
/// of it (without its policy, which would rightly block the probe), and
/// returns what the probe recorded.
const PROBE: &str = r#"<script>
(function () {
  var log = [];
  function key(k) {
    document.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
    var a = document.activeElement;
    log.push(k + '=' + (a && a.getAttribute('data-finding')));
  }
  key('j'); key('j'); key('j'); key('k');
  log.push('second group open=' + !document.querySelectorAll('.group-body')[1].hidden);
  document.querySelector('button.ctag').click();
  log.push('panel open=' + !document.getElementById('panel').hidden);
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  log.push('panel open=' + !document.getElementById('panel').hidden);
  log.push('focus=' + document.activeElement.id);
  document.querySelector('button[data-dim="kind"][data-value="agreement"]').click();
  log.push('hash=' + location.hash);
  document.getElementById('filter-clear').click();
  log.push('hash=' + location.hash);
  document.body.setAttribute('data-probe', log.join('|'));
})();
</script></body>"#;

#[test]
fn keys_clicks_and_the_panel_work() {
    let Some(chromium) = chromium() else {
        return;
    };
    let story = "fixtures/ohio-battery-warehouse-fire";
    let dir = scratch("ohio-keys");
    let report: Value =
        serde_json::from_slice(&claimdiff(&["compare", "--format", "json", story])).unwrap();
    let page = String::from_utf8(claimdiff(&["compare", "--format", "html", story])).unwrap();
    let start = page
        .find("<meta http-equiv=\"Content-Security-Policy\"")
        .unwrap();
    let end = start + page[start..].find('>').unwrap() + 1;
    let probed = format!("{}{}", &page[..start], &page[end..]).replace("</body>", PROBE);
    let path = dir.join("probe.html");
    std::fs::write(&path, probed).unwrap();
    let run = browse(
        &chromium,
        &dir,
        "keys",
        &["--dump-dom"],
        &file_url(&path, ""),
    );
    let body = start_tags(&run.dom, "body");
    let probe = body[0].get("data-probe").expect("the probe ran");
    let f = |i: usize| report["findings"][i]["id"].as_str().unwrap().to_string();
    let first_claim = 1;
    let want = [
        format!("j={}", f(0)),
        format!("j={}", f(1)),
        format!("j={}", f(2)),
        format!("k={}", f(1)),
        // j went on into the (collapsed) second group and opened it.
        "second group open=true".to_string(),
        "panel open=true".to_string(),
        "panel open=false".to_string(),
        // Escape gives the focus back to the claim's button.
        format!("focus=claim-{first_claim}"),
        "hash=#filter=kind:agreement".to_string(),
        "hash=".to_string(),
    ];
    assert_eq!(probe.split('|').collect::<Vec<_>>(), want);
}

/// Article text meant to run or to become markup if it were not escaped.
const HOSTILE_BODY: &str = r#"Three people died in the crash <img src=x onerror="document.documentElement.setAttribute('data-pwned','img');document.title='pwned'">, police said.

“We saw <script>document.documentElement.setAttribute('data-pwned','script');window.__pwned=1</script> the crash,” said Dana Whitlow.

The ferry <svg onload="document.title='pwned'"></svg> left at noon </script><script>document.title='pwned'</script> from Pier 9, officials said.

A witness "><b id="injected">bold</b><iframe srcdoc="<script>parent.document.title='pwned'</script>"></iframe> said the driver <a href="javascript:document.title='pwned'">fled</a>.
"#;

/// More of it, in a plain string for its line and paragraph separators.
const HOSTILE_TAIL: &str = "Separators (\u{2028}\u{2029}) and </textarea></style></title><!-- and &amp; stay text, the mayor said.\n";

#[test]
fn hostile_article_text_shows_as_text_and_never_runs() {
    let Some(chromium) = chromium() else {
        return;
    };
    let dir = scratch("hostile");
    let inputs = dir.join("articles");
    std::fs::create_dir_all(&inputs).unwrap();
    let evil_outlet = r#"<b onmouseover="document.title='pwned'">Evil</b> "News" & Co"#;
    std::fs::write(
        inputs.join("evil.txt"),
        format!(
            "outlet: {evil_outlet}\ndate: 2025-03-07\ntitle: </title><script>document.title='pwned'</script>\n\n{HOSTILE_BODY}\n{HOSTILE_TAIL}"
        ),
    )
    .unwrap();
    std::fs::write(
        inputs.join("good.txt"),
        "outlet: Good News\ndate: 2025-03-07\ntitle: A plain title\n\nFour people died in the crash, police said.\n\n“We saw the crash,” said Dana Whitlow.\n\nThe bridge reopened on Friday after repairs, the city said.\n",
    )
    .unwrap();
    let page = dir.join("report.html");
    let inputs = inputs.to_str().unwrap();
    claimdiff(&[
        "compare",
        "--format",
        "html",
        "-o",
        page.to_str().unwrap(),
        inputs,
    ]);
    let report: Value =
        serde_json::from_slice(&claimdiff(&["compare", "--format", "json", inputs])).unwrap();
    let source = std::fs::read_to_string(&page).unwrap();

    // The outlet filter needs the page's data (with the hostile outlet in
    // it) read back intact: the block was not broken out of.
    let fragment = format!(
        "#filter=outlet:{}",
        evil_outlet
            .bytes()
            .map(|b| if b.is_ascii_alphanumeric() {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            })
            .collect::<String>()
    );
    let run = browse(
        &chromium,
        &dir,
        "hostile",
        &["--dump-dom"],
        &file_url(&page, &fragment),
    );
    let dom = &run.dom;
    let html = &start_tags(dom, "html")[0];
    assert!(
        !html.contains_key("data-pwned"),
        "article script ran: {html:?}"
    );
    assert_eq!(
        title(dom),
        title(&source),
        "the title was changed by article text"
    );
    assert!(!title(dom).is_empty());
    for element in ["img", "svg", "iframe", "b", "textarea"] {
        assert!(
            start_tags(dom, element).is_empty(),
            "a <{element}> element from the article exists"
        );
    }
    assert!(
        start_tags(dom, "a")
            .iter()
            .all(|a| !a.get("href").is_some_and(|h| h.starts_with("javascript:")))
    );
    assert_eq!(
        start_tags(dom, "script").len(),
        2,
        "only the page's two scripts"
    );
    // Checked after the elements, so that an escape gone wrong is named as
    // such before the policy violations it causes.
    assert_script_ran(&run, "hostile page");
    // The text is there, as text.
    assert!(
        dom.contains("&lt;img src=x onerror="),
        "hostile text not shown"
    );
    assert!(dom.contains("&lt;/script&gt;&lt;script&gt;document.title='pwned'"));

    // One card per finding; the hostile outlet's cards are the visible ones.
    let ids: BTreeSet<String> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap().to_string())
        .collect();
    let (all, visible) = cards(dom);
    assert_eq!(all.iter().cloned().collect::<BTreeSet<_>>(), ids);
    assert_eq!(all.len(), ids.len());
    assert!(
        !visible.is_empty() && visible.len() < ids.len(),
        "the outlet filter selects the hostile outlet's findings: {visible:?} of {ids:?}"
    );
}
