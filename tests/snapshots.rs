//! One snapshot per fixture story per view: extract (JSON, text, Markdown)
//! and compare (JSON, text, Markdown, the HTML review page). Review changes
//! with `cargo insta review`.

use std::path::{Path, PathBuf};

use claimdiff::Engine;
use claimdiff::load::{LoadOptions, load_all};
use claimdiff::report::text::TextOptions;
use claimdiff::report::{html, markdown, text};

fn stories() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir("fixtures")
        .expect("fixtures/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

fn name(dir: &Path) -> String {
    dir.file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("story")
        .to_string()
}

#[test]
fn fixtures_have_stories() {
    assert!(
        stories().len() >= 3,
        "fixtures/ holds at least three stories"
    );
}

#[test]
fn extract_snapshots() {
    let engine = Engine::default();
    for dir in stories() {
        let (docs, errors) = load_all(
            std::slice::from_ref(&dir),
            &LoadOptions::default(),
            &engine.lexicon,
        );
        assert!(errors.is_empty(), "{errors:?}");
        let report = engine.report(&docs, &[], false);
        let story = name(&dir);
        insta::assert_snapshot!(format!("{story}__extract_json"), report.to_json());
        insta::assert_snapshot!(
            format!("{story}__extract_text"),
            text::render_extract(&report, &docs, TextOptions::default())
        );
        insta::assert_snapshot!(
            format!("{story}__extract_markdown"),
            markdown::render_extract(&report, &docs)
        );
    }
}

#[test]
fn compare_snapshots() {
    let engine = Engine::default();
    for dir in stories() {
        let (docs, _) = load_all(
            std::slice::from_ref(&dir),
            &LoadOptions::default(),
            &engine.lexicon,
        );
        let report = engine.report(&docs, &[], true);
        let story = name(&dir);
        insta::assert_snapshot!(format!("{story}__compare_json"), report.to_json());
        insta::assert_snapshot!(
            format!("{story}__compare_text"),
            text::render_compare(&report, &docs, TextOptions::default())
        );
        insta::assert_snapshot!(
            format!("{story}__compare_markdown"),
            markdown::render(&report, &docs)
        );
        insta::assert_snapshot!(
            format!("{story}__compare_html"),
            html::render(&report, &docs)
        );
    }
}
