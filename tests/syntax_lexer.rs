//! The lexer: the Go spec's semicolon rules, literal decoding, and gc's
//! lexical error texts and positions.

use gorun::syntax::ast::Lit;
use gorun::syntax::check_utf8;
use gorun::syntax::lexer::tokenize;
use gorun::syntax::token::{SemiKind, Tok};
use num_bigint::BigInt;

/// The tokens of `src`, with semicolons shown as `;` (written), `NL`
/// (inserted at a newline) and `EOF` (inserted at the end).
fn toks(src: &str) -> Vec<String> {
    tokenize(src)
        .unwrap_or_else(|e| panic!("lex error {e:?} in {src:?}"))
        .into_iter()
        .map(|(lo, t, hi)| match t {
            Tok::Semi(SemiKind::Semicolon) => ";".to_string(),
            Tok::Semi(SemiKind::Newline) => "NL".to_string(),
            Tok::Semi(SemiKind::Eof) => "EOF".to_string(),
            _ => src[lo..hi].to_string(),
        })
        .collect()
}

fn lit(src: &str) -> Lit {
    match tokenize(src).expect("lexes").into_iter().next() {
        Some((_, Tok::Lit(l), _)) => l,
        other => panic!("not a literal: {other:?}"),
    }
}

/// (message, byte offset) of the first lexical error.
fn lex_err(src: &str) -> (String, u32) {
    let e = tokenize(src).expect_err("must fail");
    (e.message, e.span.lo)
}

#[test]
fn semicolon_after_line_final_tokens() {
    // Spec rule 1: identifier, literals, the four keywords, ++ -- ) ] }.
    assert_eq!(toks("x\n"), ["x", "NL"]);
    assert_eq!(
        toks("1\n2.5\n'a'\n\"s\"\n`r`\n3i\n"),
        ["1", "NL", "2.5", "NL", "'a'", "NL", "\"s\"", "NL", "`r`", "NL", "3i", "NL"]
    );
    assert_eq!(
        toks("break\ncontinue\nfallthrough\nreturn\n"),
        [
            "break",
            "NL",
            "continue",
            "NL",
            "fallthrough",
            "NL",
            "return",
            "NL"
        ]
    );
    assert_eq!(toks("x++\ny--\n"), ["x", "++", "NL", "y", "--", "NL"]);
    assert_eq!(
        toks("f()\na[0]\nT{}\n"),
        ["f", "(", ")", "NL", "a", "[", "0", "]", "NL", "T", "{", "}", "NL"]
    );
}

#[test]
fn no_semicolon_after_other_tokens() {
    assert_eq!(toks("x +\ny"), ["x", "+", "y", "EOF"]);
    assert_eq!(toks("f(a,\nb)"), ["f", "(", "a", ",", "b", ")", "EOF"]);
    assert_eq!(toks("if x {\n}"), ["if", "x", "{", "}", "EOF"]);
    assert_eq!(toks("func\n"), ["func"]);
    assert_eq!(toks("x :=\n1"), ["x", ":=", "1", "EOF"]);
    // Blank lines and indentation never add semicolons.
    assert_eq!(toks("x\n\n\n  \t\ny"), ["x", "NL", "y", "EOF"]);
}

#[test]
fn semicolon_at_end_of_file() {
    assert_eq!(toks("x"), ["x", "EOF"]);
    assert_eq!(toks("}"), ["}", "EOF"]);
    assert_eq!(toks("x\n"), ["x", "NL"]);
    assert_eq!(toks("+"), ["+"]);
    assert_eq!(toks(""), Vec::<String>::new());
}

#[test]
fn comments_and_semicolons() {
    // A line comment ends its line: the newline after it is the semicolon.
    assert_eq!(toks("x // c\ny"), ["x", "NL", "y", "EOF"]);
    // A block comment on one line is like a space.
    assert_eq!(toks("x /* c */ y"), ["x", "y", "EOF"]);
    // A block comment spanning lines acts like a newline.
    assert_eq!(toks("x /* a\nb */ y"), ["x", "NL", "y", "EOF"]);
    assert_eq!(toks("x + /* a\nb */ y"), ["x", "+", "y", "EOF"]);
    // Written semicolons are kept, and there is no second one at the newline.
    assert_eq!(toks("x;\ny"), ["x", ";", "y", "EOF"]);
}

#[test]
fn inserted_semicolon_carries_the_newline_position() {
    let t = tokenize("ab\ncd").expect("lexes");
    assert_eq!(t[1], (2, Tok::Semi(SemiKind::Newline), 3));
    assert_eq!(t[3], (5, Tok::Semi(SemiKind::Eof), 5));
}

#[test]
fn operators_longest_match() {
    assert_eq!(
        toks("a<<=b&^=c&&d<-e...f:=g!=h&^i"),
        [
            "a", "<<=", "b", "&^=", "c", "&&", "d", "<-", "e", "...", "f", ":=", "g", "!=", "h",
            "&^", "i", "EOF"
        ]
    );
    assert_eq!(toks("x.y"), ["x", ".", "y", "EOF"]);
}

#[test]
fn keywords_and_unicode_identifiers() {
    let t = tokenize("func funcs π _x ü9 日本").expect("lexes");
    assert_eq!(t[0].1, Tok::Func);
    assert!(matches!(&t[1].1, Tok::Ident(n) if &**n == "funcs"));
    assert!(matches!(&t[2].1, Tok::Ident(n) if &**n == "π"));
    assert!(matches!(&t[4].1, Tok::Ident(n) if &**n == "ü9"));
    assert!(matches!(&t[5].1, Tok::Ident(n) if &**n == "日本"));
}

#[test]
fn integer_literals_in_every_base() {
    let int = |s: &str| match lit(s) {
        Lit::Int(v) => v,
        other => panic!("{s}: {other:?}"),
    };
    assert_eq!(int("42"), BigInt::from(42));
    assert_eq!(int("1_000_000"), BigInt::from(1_000_000));
    assert_eq!(int("0x_FF"), BigInt::from(255));
    assert_eq!(int("0XaB"), BigInt::from(171));
    assert_eq!(int("0o17"), BigInt::from(15));
    assert_eq!(int("0O17"), BigInt::from(15));
    assert_eq!(int("017"), BigInt::from(15));
    assert_eq!(int("0b1010"), BigInt::from(10));
    assert_eq!(int("0"), BigInt::from(0));
    assert_eq!(int("00"), BigInt::from(0));
    assert_eq!(
        int("1267650600228229401496703205376"),
        BigInt::from(1u8) << 100
    );
}

#[test]
fn float_and_imaginary_literals() {
    assert_eq!(lit("1.5"), Lit::Float("1.5".into()));
    assert_eq!(lit(".5e-3"), Lit::Float(".5e-3".into()));
    assert_eq!(lit("1e10"), Lit::Float("1e10".into()));
    assert_eq!(lit("1_0.2_5"), Lit::Float("10.25".into()));
    assert_eq!(lit("0x1p-2"), Lit::Float("0x1p-2".into()));
    assert_eq!(lit("0x1.8P+1"), Lit::Float("0x1.8P+1".into()));
    assert_eq!(lit("089.5"), Lit::Float("089.5".into()));
    assert_eq!(lit("2i"), Lit::Imag("2i".into()));
    assert_eq!(lit("1.5e2i"), Lit::Imag("1.5e2i".into()));
}

#[test]
fn rune_literals_with_every_escape() {
    let cases: &[(&str, u32)] = &[
        ("'a'", 97),
        ("'ä'", 0xE4),
        ("'本'", 0x672C),
        ("'\\a'", 7),
        ("'\\b'", 8),
        ("'\\f'", 12),
        ("'\\n'", 10),
        ("'\\r'", 13),
        ("'\\t'", 9),
        ("'\\v'", 11),
        ("'\\\\'", 92),
        ("'\\''", 39),
        ("'\\x41'", 0x41),
        ("'\\101'", 0o101),
        ("'\\xff'", 0xFF),
        ("'\\u00e9'", 0xE9),
        ("'\\U0001F600'", 0x1F600),
    ];
    for &(src, want) in cases {
        assert_eq!(lit(src), Lit::Rune(want), "{src}");
    }
}

#[test]
fn string_literals() {
    assert_eq!(lit(r#""a\tb\"c\\""#), Lit::Str(b"a\tb\"c\\".to_vec()));
    // \x and octal escapes are bytes, \u and \U are UTF-8.
    assert_eq!(
        lit(r#""\xff\377\u00e9""#),
        Lit::Str(vec![0xFF, 0xFF, 0xC3, 0xA9])
    );
    assert_eq!(lit("\"日本\""), Lit::Str("日本".as_bytes().to_vec()));
    // Raw strings keep backslashes and newlines but drop carriage returns.
    assert_eq!(lit("`a\\n\r\nb`"), Lit::Str(b"a\\n\nb".to_vec()));
}

#[test]
fn lexical_errors_have_gc_texts_and_positions() {
    let cases: &[(&str, &str, u32)] = &[
        ("x @", "invalid character U+0040 '@'", 2),
        ("x € y", "invalid character U+20AC '€' in identifier", 2),
        ("x€", "invalid character U+20AC '€' in identifier", 1),
        (
            "\u{663}x",
            "identifier cannot begin with digit U+0663 '٣'",
            0,
        ),
        ("\"abc", "string not terminated", 0),
        ("\"ab\nc\"", "newline in string", 3),
        ("`abc", "string not terminated", 0),
        ("'a", "rune literal not terminated", 0),
        ("'ab'", "more than one character in rune literal", 0),
        ("''", "empty rune literal or unescaped '", 1),
        ("'a\n'", "newline in rune literal", 2),
        ("/* abc", "comment not terminated", 0),
        ("\"\\q\"", "unknown escape", 2),
        (
            "\"\\xZZ\"",
            "invalid character 'Z' in hexadecimal escape",
            3,
        ),
        ("\"\\400\"", "octal escape value 256 > 255", 5),
        (
            "\"\\uD800\"",
            "escape is invalid Unicode code point U+D800",
            7,
        ),
        (
            "\"\\U00110000\"",
            "escape is invalid Unicode code point U+110000",
            11,
        ),
        ("0129", "invalid digit '9' in octal literal", 3),
        ("0b102", "invalid digit '2' in binary literal", 4),
        ("0o8", "invalid digit '8' in octal literal", 2),
        ("0x", "hexadecimal literal has no digits", 2),
        ("1__0", "'_' must separate successive digits", 2),
        ("10_", "'_' must separate successive digits", 2),
        ("1e+", "exponent has no digits", 3),
        ("0x1.5", "hexadecimal mantissa requires a 'p' exponent", 5),
        ("0o1.5", "invalid radix point in octal literal", 3),
        ("0b1e3", "'e' exponent requires decimal mantissa", 3),
        ("1p3", "'p' exponent requires hexadecimal mantissa", 1),
        ("x\0", "invalid NUL character", 1),
        ("\"a\0b\"", "invalid NUL character", 2),
        ("// a\0\n", "invalid NUL character", 4),
        ("x \u{feff}", "invalid BOM in the middle of the file", 2),
    ];
    for &(src, msg, pos) in cases {
        assert_eq!(lex_err(src), (msg.to_string(), pos), "{src:?}");
    }
}

#[test]
fn leading_bom_is_skipped() {
    assert_eq!(toks("\u{feff}x"), ["x", "EOF"]);
}

#[test]
fn invalid_utf8_is_reported_at_the_bad_byte() {
    let e = check_utf8(b"package main\n\xff").expect_err("invalid");
    assert_eq!(e.message, "invalid UTF-8 encoding");
    assert_eq!(e.span.lo, 13);
    assert_eq!(check_utf8(b"ok").ok(), Some("ok"));
}

/// Tokens and every lexical error, as gc's scanner goes on after errors.
fn recover(src: &str) -> (Vec<String>, Vec<(String, u32)>) {
    let mut lexer = gorun::syntax::lexer::Lexer::new(src);
    let toks: Vec<String> = lexer
        .by_ref()
        .map(|t| {
            let (lo, tok, hi) = t.expect("no hard error");
            match tok {
                Tok::Semi(_) => ";".to_string(),
                _ => src[lo..hi].to_string(),
            }
        })
        .collect();
    let errs = lexer
        .take_errors()
        .into_iter()
        .map(|e| (e.message, e.span.lo))
        .collect();
    (toks, errs)
}

#[test]
fn lexing_goes_on_after_errors() {
    // A stray ASCII character is skipped.
    let (t, e) = recover("x @ y");
    assert_eq!(t, ["x", "y", ";"]);
    assert_eq!(e, [("invalid character U+0040 '@'".to_string(), 2)]);
    // An identifier keeps an invalid non-ASCII character.
    let (t, e) = recover("x€y := 1");
    assert_eq!(t, ["x€y", ":=", "1", ";"]);
    assert_eq!(
        e,
        [("invalid character U+20AC '€' in identifier".to_string(), 1)]
    );
    // A string ends before the newline that interrupts it.
    let (t, e) = recover("s := \"ab\nx");
    assert_eq!(t, ["s", ":=", "\"ab", ";", "x", ";"]);
    assert_eq!(e, [("newline in string".to_string(), 8)]);
    // Every bad escape is reported, and the string goes on.
    let (t, e) = recover(r#""\q\z""#);
    assert_eq!(t.len(), 2);
    assert_eq!(
        e,
        [
            ("unknown escape".to_string(), 2),
            ("unknown escape".to_string(), 4)
        ]
    );
    // One error per number, which still is a literal.
    let (t, e) = recover("0x 09");
    assert_eq!(t, ["0x", "09", ";"]);
    assert_eq!(
        e,
        [
            ("hexadecimal literal has no digits".to_string(), 2),
            ("invalid digit '9' in octal literal".to_string(), 4)
        ]
    );
}
