//! Stage 1, load: files, directories or standard input become [`Document`]s
//! with their header, dateline, outlet and date. Nothing here reads meaning
//! into the body.

mod dateline;
mod header;
pub mod jsonl;
mod skip;

pub use dateline::{Dateline, is_dateline_alone, parse_dateline};
pub use header::{Header, parse_header};
pub use skip::{is_skipped_line, skipped_lines};

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{Error, ErrorKind, Result};
use crate::lexicon::Lexicon;
use crate::parse::date::CivilDate;
use crate::span::Span;

/// Default size limit of one input file: 64 MiB.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 64 * 1024 * 1024;

/// One article.
#[derive(Clone, Debug)]
pub struct Document {
    /// Unique id in the run: the file stem, made unique with `-2`, `-3`...
    pub id: String,
    /// Path as given (or `-`).
    pub path: String,
    /// The outlet: the header's, else the dateline's agency, else the file stem.
    pub outlet: String,
    /// The article's date: the header's, else the dateline's.
    pub date: Option<CivilDate>,
    /// Title from the header.
    pub title: Option<String>,
    /// Story key (JSON Lines input), if any.
    pub story: Option<String>,
    /// All header fields in order (unknown keys kept).
    pub header: Vec<(String, String)>,
    /// The dateline, if one opens the body.
    pub dateline: Option<Dateline>,
    /// Byte offset where claims may start (after header and dateline).
    pub body_start: usize,
    /// Byte ranges of the body that hold no claim, in order and apart: page
    /// furniture such as a URL, a byline or a date line alone on its line
    /// (each with its line ending), or a photo credit closing a line. The
    /// parse stage leaves their words out of sentences.
    pub skip: Vec<Span>,
    /// The header's title as it lies in the text: the outlet's own headline,
    /// read as a claim of the document.
    pub title_span: Option<Span>,
    /// The whole text; every span indexes into it.
    pub text: String,
}

/// How to read input files.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum InputFormat {
    /// By extension: `.jsonl` is JSON Lines, anything else an article;
    /// standard input by its content (see [`jsonl::looks_like_jsonl`]).
    #[default]
    Auto,
    /// Every input is one article.
    Text,
    /// Every input is JSON Lines.
    Jsonl,
}

/// Options for loading.
#[derive(Clone, Debug)]
pub struct LoadOptions {
    /// Files larger than this are refused.
    pub max_file_size: u64,
    /// How to read inputs.
    pub format: InputFormat,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            format: InputFormat::Auto,
        }
    }
}

/// True when `path` is read as JSON Lines under these options, whatever it
/// holds. Standard input (`-`) under [`InputFormat::Auto`] is not: it is
/// JSON Lines when its text looks like it ([`jsonl::looks_like_jsonl`]).
pub fn is_jsonl(path: &Path, opts: &LoadOptions) -> bool {
    match opts.format {
        InputFormat::Jsonl => true,
        InputFormat::Text => false,
        InputFormat::Auto => path.extension().is_some_and(|e| e == "jsonl"),
    }
}

/// Expands paths: a directory becomes its `*.txt`, `*.md` and `*.jsonl`
/// files sorted by name; files and `-` stay as they are. A directory that
/// cannot be read or holds no articles gives an error.
pub fn expand_paths(paths: &[PathBuf]) -> Vec<std::result::Result<PathBuf, Error>> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" || !p.is_dir() {
            out.push(Ok(p.clone()));
            continue;
        }
        match std::fs::read_dir(p) {
            Ok(entries) => {
                let mut files: Vec<PathBuf> = entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|f| {
                        f.is_file()
                            && matches!(
                                f.extension().and_then(|e| e.to_str()),
                                Some("txt" | "md" | "jsonl")
                            )
                    })
                    .collect();
                files.sort();
                if files.is_empty() {
                    out.push(Err(Error::new(p, ErrorKind::EmptyDir)));
                }
                out.extend(files.into_iter().map(Ok));
            }
            Err(e) => out.push(Err(Error::new(p, ErrorKind::Io(e)))),
        }
    }
    out
}

/// Reads one path (or `-` for standard input) into bytes, checking the size limit.
pub fn read_bytes(path: &Path, opts: &LoadOptions) -> Result<Vec<u8>> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .take(opts.max_file_size + 1)
            .read_to_end(&mut buf)
            .map_err(|e| Error::new(path, ErrorKind::Io(e)))?;
        if buf.len() as u64 > opts.max_file_size {
            return Err(Error::new(
                path,
                ErrorKind::TooLarge {
                    size: buf.len() as u64,
                    limit: opts.max_file_size,
                },
            ));
        }
        return Ok(buf);
    }
    let meta = std::fs::metadata(path).map_err(|e| Error::new(path, ErrorKind::Io(e)))?;
    if meta.len() > opts.max_file_size {
        return Err(Error::new(
            path,
            ErrorKind::TooLarge {
                size: meta.len(),
                limit: opts.max_file_size,
            },
        ));
    }
    std::fs::read(path).map_err(|e| Error::new(path, ErrorKind::Io(e)))
}

/// Checks that bytes are article text: UTF-8, not binary, not empty.
pub fn check_text(path: &Path, bytes: Vec<u8>) -> Result<String> {
    // A NUL byte in the first 8 KiB marks a binary file (git's test).
    if let Some(pos) = bytes.iter().take(8192).position(|&b| b == 0) {
        return Err(Error::new(path, ErrorKind::Binary { offset: pos }));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        Error::new(
            path,
            ErrorKind::NotUtf8 {
                offset: e.utf8_error().valid_up_to(),
            },
        )
    })?;
    if text
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .is_empty()
    {
        return Err(Error::new(path, ErrorKind::Empty));
    }
    Ok(text)
}

/// The stem of a path for a document id ("cbs" for "x/cbs.txt").
pub fn stem_of(path: &str) -> String {
    if path == "-" {
        return "stdin".to_string();
    }
    Path::new(path)
        .file_stem()
        .and_then(|s| s.to_str())
        .filter(|s| !s.is_empty())
        .unwrap_or("doc")
        .to_string()
}

/// Builds a document from its text: header, dateline, outlet, date.
/// `id` is made unique later by [`assign_ids`].
pub fn document_from_text(path: &str, text: String, lx: &Lexicon) -> Result<Document> {
    let header = parse_header(&text);
    let mut body_start = header.body_start;
    let dateline = parse_dateline(&text[body_start..], lx);
    if let Some(d) = &dateline {
        body_start += d.len;
    }
    if text[body_start..].trim().is_empty() {
        return Err(Error::new(path, ErrorKind::Empty));
    }
    let get = |k: &str| header.get(k).map(str::to_string).filter(|v| !v.is_empty());
    let outlet = get("outlet")
        .or_else(|| get("source"))
        .or_else(|| get("publisher"))
        .map(|o| canonical_outlet(&o, lx))
        .or_else(|| {
            dateline
                .as_ref()
                .and_then(|d| d.agency.as_deref())
                .map(|a| canonical_outlet(a, lx))
        })
        .unwrap_or_else(|| stem_of(path));
    let date = get("date")
        .or_else(|| get("published"))
        .and_then(|d| CivilDate::parse_iso(&d))
        .or_else(|| {
            let d = dateline.as_ref()?;
            let (m, day) = d.month_day?;
            CivilDate::new(d.year, m, day)
        });
    Ok(Document {
        id: stem_of(path),
        path: path.to_string(),
        outlet,
        date,
        title: get("title"),
        story: get("story"),
        header: header.fields.clone(),
        dateline,
        body_start,
        skip: skipped_lines(&text, body_start, lx),
        title_span: header
            .span_of("title")
            .filter(|&(s, e)| e > s && e <= header.body_start)
            .map(|(s, e)| Span::new(s, e)),
        text,
    })
}

impl Document {
    /// True when the byte at `offset` lies in a skipped range (see [`Document::skip`]).
    pub fn is_skipped(&self, offset: usize) -> bool {
        let i = self.skip.partition_point(|s| s.end() <= offset);
        self.skip.get(i).is_some_and(|s| s.start() <= offset)
    }
}

/// The canonical name of an outlet, or the name as written.
pub fn canonical_outlet(name: &str, lx: &Lexicon) -> String {
    lx.outlets
        .get_exact(name)
        .cloned()
        .unwrap_or_else(|| name.trim().to_string())
}

/// Loads one path into a document.
pub fn load_path(path: &Path, opts: &LoadOptions, lx: &Lexicon) -> Result<Document> {
    let bytes = read_bytes(path, opts)?;
    let text = check_text(path, bytes)?;
    document_from_text(&path.to_string_lossy(), text, lx)
}

/// Makes document ids unique, in order: the second "cbs" becomes "cbs-2".
pub fn assign_ids(docs: &mut [Document]) {
    let mut seen = std::collections::HashMap::<String, usize>::new();
    let taken: std::collections::HashSet<String> = docs.iter().map(|d| d.id.clone()).collect();
    for d in docs.iter_mut() {
        let n = seen.entry(d.id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            let mut k = *n;
            let mut id = format!("{}-{k}", d.id);
            while taken.contains(&id) {
                k += 1;
                id = format!("{}-{k}", d.id);
            }
            d.id = id;
        }
    }
}

/// Loads every path (directories expanded); documents in input order with
/// unique ids, and the errors of inputs that could not be read.
pub fn load_all(
    paths: &[PathBuf],
    opts: &LoadOptions,
    lx: &Lexicon,
) -> (Vec<Document>, Vec<Error>) {
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    for p in expand_paths(paths) {
        let p = match p {
            Ok(p) => p,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let stdin_auto = p.as_os_str() == "-" && opts.format == InputFormat::Auto;
        if is_jsonl(&p, opts) || stdin_auto {
            match read_bytes(&p, opts).and_then(|b| check_text(&p, b)) {
                // Piped input has no extension to go by: its first line tells.
                Ok(text) if stdin_auto && !jsonl::looks_like_jsonl(&text) => {
                    match document_from_text(&p.to_string_lossy(), text, lx) {
                        Ok(d) => docs.push(d),
                        Err(e) => errors.push(e),
                    }
                }
                Ok(text) => {
                    let (d, e) = jsonl::parse_jsonl(&p, &text, lx);
                    docs.extend(d);
                    errors.extend(e);
                }
                Err(e) => errors.push(e),
            }
            continue;
        }
        match load_path(&p, opts, lx) {
            Ok(d) => docs.push(d),
            Err(e) => errors.push(e),
        }
    }
    assign_ids(&mut docs);
    fill_years(&mut docs);
    (docs, errors)
}

/// Gives a year to documents whose dateline has a month and day but no year
/// ("LONDON, Aug 31 (Reuters)"), from the other documents of the run: the
/// year that puts the date nearest a dated document.
pub fn fill_years(docs: &mut [Document]) {
    let known: Vec<CivilDate> = docs
        .iter()
        .filter_map(|d| d.date)
        .filter(|d| d.year().is_some())
        .collect();
    if known.is_empty() {
        return;
    }
    for d in docs.iter_mut() {
        if d.date.is_some_and(|x| x.year().is_some()) {
            continue;
        }
        let Some((m, day)) = d
            .date
            .map(|x| (x.month(), x.day()))
            .or_else(|| d.dateline.as_ref().and_then(|x| x.month_day))
        else {
            continue;
        };
        let mut best: Option<(i64, CivilDate)> = None;
        for k in &known {
            for y in [
                k.year().unwrap_or(0) - 1,
                k.year().unwrap_or(0),
                k.year().unwrap_or(0) + 1,
            ] {
                if let Some(c) = CivilDate::new(Some(y), m, day) {
                    if let Some(dist) = c.days_to(*k) {
                        if best.is_none_or(|(b, _)| dist.abs() < b) {
                            best = Some((dist.abs(), c));
                        }
                    }
                }
            }
        }
        if let Some((dist, c)) = best {
            if dist <= 183 {
                d.date = Some(c);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(path: &str, text: &str) -> Document {
        document_from_text(path, text.to_string(), Lexicon::builtin()).unwrap()
    }

    #[test]
    fn outlet_from_header_then_dateline_then_stem() {
        let d = doc("a/cbs.txt", "outlet: CBS\ndate: 2025-03-11\n\nText.");
        assert_eq!(d.outlet, "CBS News");
        assert_eq!(d.date.unwrap().to_string(), "2025-03-11");
        let d = doc("a/wire.txt", "NAIROBI, Feb 11 (Reuters) - Kenya cut rates.");
        assert_eq!(d.outlet, "Reuters");
        assert_eq!(&d.text[d.body_start..], "Kenya cut rates.");
        assert_eq!(d.date.unwrap().month(), 2);
        let d = doc("a/notes.txt", "Just text.");
        assert_eq!(d.outlet, "notes");
    }

    #[test]
    fn bad_bytes_are_named() {
        let p = Path::new("x.txt");
        match check_text(p, vec![b'a', 0xff, b'b']) {
            Err(Error {
                kind: ErrorKind::NotUtf8 { offset: 1 },
                ..
            }) => {}
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            check_text(p, b"ab\0c".to_vec()).unwrap_err().kind,
            ErrorKind::Binary { offset: 2 }
        ));
        assert!(matches!(
            check_text(p, b" \n ".to_vec()).unwrap_err().kind,
            ErrorKind::Empty
        ));
        assert!(
            document_from_text("h.txt", "outlet: X\n\n  \n".into(), Lexicon::builtin()).is_err()
        );
    }

    #[test]
    fn page_furniture_is_skipped_and_sentences_kept() {
        let d = doc(
            "a/x.txt",
            "outlet: X\n\nhttps://example.com/a\nBy Monday, the toll had risen.\nAdvertisement\n",
        );
        let skipped: Vec<&str> = d.skip.iter().map(|s| s.slice(&d.text)).collect();
        assert_eq!(skipped, ["https://example.com/a\n", "Advertisement\n"]);
        assert!(d.is_skipped(d.text.find("example").unwrap()));
        assert!(d.is_skipped(d.text.find("Advert").unwrap()));
        assert!(!d.is_skipped(d.text.find("toll").unwrap()));
        assert!(!d.is_skipped(d.text.len()));
    }

    #[test]
    fn ids_are_unique() {
        let mut docs = vec![
            doc("a/cbs.txt", "A."),
            doc("b/cbs.txt", "B."),
            doc("c/cbs-2.txt", "C."),
        ];
        assign_ids(&mut docs);
        let ids: Vec<_> = docs.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, vec!["cbs", "cbs-3", "cbs-2"]);
    }
}
