//! The README's "snapshot a comparison from a Rust test" example, run as
//! written (with a fixture story in place of `stories/recall`).

#[test]
fn recall_story_findings() {
    let dir = "fixtures/castlegate-northmoor-takeover";
    let read = |f: &str| std::fs::read_to_string(format!("{dir}/{f}")).expect("fixture file");
    let (guardian, reuters) = (read("guardian.txt"), read("reuters.txt"));
    let report =
        claimdiff::compare_texts(&[("guardian.txt", &guardian), ("reuters.txt", &reuters)]);
    let summaries: Vec<_> = report.findings.iter().map(|f| &f.summary).collect();
    insta::assert_debug_snapshot!(summaries);
}
