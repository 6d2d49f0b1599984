//! Getting text safely into a page: the one HTML escape, JSON for a
//! `<script type="application/json">` block, fragment values for links, and
//! the hashes of the page's own style and script for its Content Security
//! Policy.

use std::fmt;

use sha2::{Digest, Sha256};

/// Text escaped for HTML, both as element content and as a quoted attribute
/// value: `&`, `<`, `>`, `"` and `'` become character references, so no
/// article, outlet or title can open an element or leave an attribute.
///
/// It is the only escape of the HTML renderer; every piece of text from an
/// input goes through it. Display it (`write!(out, "{}", escape(s))`) or
/// call `to_string`.
pub fn escape(s: &str) -> Escaped<'_> {
    Escaped(s)
}

/// See [`escape`].
pub struct Escaped<'a>(&'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.0;
        let mut last = 0;
        for (i, b) in s.bytes().enumerate() {
            let rep = match b {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                b'\'' => "&#39;",
                _ => continue,
            };
            // `i` is an ASCII byte, so both cuts are on char boundaries.
            f.write_str(&s[last..i])?;
            f.write_str(rep)?;
            last = i + 1;
        }
        f.write_str(&s[last..])
    }
}

/// JSON that can stand inside `<script type="application/json">`: `<`, `>`
/// and `&` are written `\u003c`, `\u003e`, `\u0026` (so no `</script>` or
/// `<!--` can end or bend the block) and U+2028/U+2029 `\u2028`/`\u2029`
/// (line terminators to old JavaScript). These characters only occur inside
/// JSON strings, where the escapes mean the same characters.
pub fn script_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// A value percent-encoded for a URL fragment (`#filter=outlet:CBS%20News`):
/// every byte but ASCII letters, digits and `-_.~` becomes `%XX`, as
/// JavaScript's `encodeURIComponent` would leave it readable by
/// `decodeURIComponent`.
pub fn fragment_value(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The Content Security Policy source of an inline block: `'sha256-…'`
/// (base64 of the SHA-256 of its exact text).
pub fn csp_hash(text: &str) -> String {
    format!("'sha256-{}'", base64(&Sha256::digest(text.as_bytes())))
}

/// Standard base64 with padding (RFC 4648).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (k, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if k <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> shift) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_replaces_the_five_characters() {
        assert_eq!(
            escape(r#"<a href="x" title='y'>Tom & Jerry</a>"#).to_string(),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;"
        );
    }

    #[test]
    fn escape_keeps_other_text_and_unicode() {
        assert_eq!(escape("").to_string(), "");
        assert_eq!(escape("“é” — 3 > 2").to_string(), "“é” — 3 &gt; 2");
        assert_eq!(escape("plain").to_string(), "plain");
        // Already escaped text is escaped again: it is text, not markup.
        assert_eq!(escape("&amp;").to_string(), "&amp;amp;");
    }

    #[test]
    fn escape_neutralises_hostile_markup() {
        let out = escape("<script>alert(1)</script><img src=x onerror=\"a()\">").to_string();
        assert!(!out.contains('<') && !out.contains('>') && !out.contains('"'));
    }

    #[test]
    fn script_json_escapes_what_could_end_the_block() {
        let json = serde_json::to_string("</script><!-- & \u{2028}\u{2029}").unwrap();
        let safe = script_json(&json);
        assert!(!safe.contains('<') && !safe.contains('>') && !safe.contains('&'));
        assert!(!safe.contains('\u{2028}') && !safe.contains('\u{2029}'));
        let back: String = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, "</script><!-- & \u{2028}\u{2029}");
    }

    #[test]
    fn fragment_value_encodes_like_encode_uri_component() {
        assert_eq!(fragment_value("CBS News"), "CBS%20News");
        assert_eq!(fragment_value("a:b,c&d"), "a%3Ab%2Cc%26d");
        assert_eq!(fragment_value("Sheriff’s"), "Sheriff%E2%80%99s");
        assert_eq!(fragment_value("x-y_z.~"), "x-y_z.~");
    }

    #[test]
    fn base64_matches_rfc_4648_vectors() {
        for (raw, enc) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(raw.as_bytes()), enc);
        }
    }

    #[test]
    fn csp_hash_of_a_known_script() {
        // SHA-256 of "alert('Hello, world.');", the example of the CSP spec.
        assert_eq!(
            csp_hash("alert('Hello, world.');"),
            "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"
        );
    }
}
