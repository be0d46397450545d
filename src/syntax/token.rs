//! The tokens the parser consumes, and how gc names them in error messages.
//!
//! A [`Tok`] is what the lexer hands to the LR(1) parser after automatic
//! semicolon insertion: literals arrive decoded (an identifier's name, a
//! literal's value), and an inserted semicolon remembers whether it stands for
//! a newline or the end of the file, because gc's messages say
//! "unexpected newline" / "unexpected EOF" rather than "unexpected semicolon".
//!
//! Invariant: [`Tok::describe`] yields exactly the token text that
//! cmd/compile/internal/syntax's `syntaxErrorAt` prints after "unexpected ".

use super::ast::{BinOp, Lit, Name};

/// Why a `;` token is there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SemiKind {
    /// Written `;` in the source.
    Semicolon,
    /// Inserted at a newline (or a block comment spanning lines).
    Newline,
    /// Inserted at the end of the file.
    Eof,
}

impl SemiKind {
    /// gc's `lit` for a semicolon token.
    pub fn as_str(self) -> &'static str {
        match self {
            SemiKind::Semicolon => "semicolon",
            SemiKind::Newline => "newline",
            SemiKind::Eof => "EOF",
        }
    }
}

/// One token of Go source as the parser sees it.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Ident(Name),
    Lit(Lit),
    Semi(SemiKind),

    // keywords
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,

    // operators
    Add,
    Sub,
    Star,
    Quo,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    /// `op=` for every binary operator that has one.
    OpAssign(BinOp),
    LAnd,
    LOr,
    Arrow,
    Inc,
    Dec,
    Eql,
    Lss,
    Gtr,
    Assign,
    Not,
    Neq,
    Leq,
    Geq,
    Define,
    Ellipsis,
    Tilde,

    // delimiters
    LParen,
    RParen,
    LBrack,
    RBrack,
    LBrace,
    RBrace,
    Comma,
    Dot,
    Colon,

    /// Synthetic first tokens choosing the parser's entry point (never
    /// produced by the lexer).
    StartFile,
    StartExpr,
    StartStmts,
}

impl Tok {
    /// The keyword token for `word`, if it is one of Go's 25 keywords.
    pub fn keyword(word: &str) -> Option<Tok> {
        Some(match word {
            "break" => Tok::Break,
            "case" => Tok::Case,
            "chan" => Tok::Chan,
            "const" => Tok::Const,
            "continue" => Tok::Continue,
            "default" => Tok::Default,
            "defer" => Tok::Defer,
            "else" => Tok::Else,
            "fallthrough" => Tok::Fallthrough,
            "for" => Tok::For,
            "func" => Tok::Func,
            "go" => Tok::Go,
            "goto" => Tok::Goto,
            "if" => Tok::If,
            "import" => Tok::Import,
            "interface" => Tok::Interface,
            "map" => Tok::Map,
            "package" => Tok::Package,
            "range" => Tok::Range,
            "return" => Tok::Return,
            "select" => Tok::Select,
            "struct" => Tok::Struct,
            "switch" => Tok::Switch,
            "type" => Tok::Type,
            "var" => Tok::Var,
            _ => return None,
        })
    }

    /// Whether a newline after this token becomes a semicolon (Go spec,
    /// "Semicolons", rule 1).
    pub fn ends_line(&self) -> bool {
        matches!(
            self,
            Tok::Ident(_)
                | Tok::Lit(_)
                | Tok::Break
                | Tok::Continue
                | Tok::Fallthrough
                | Tok::Return
                | Tok::Inc
                | Tok::Dec
                | Tok::RParen
                | Tok::RBrack
                | Tok::RBrace
        )
    }

    /// Fixed spelling of a keyword, operator or delimiter (`None` for names,
    /// literals and semicolons).
    pub fn text(&self) -> Option<&'static str> {
        use Tok::*;
        Some(match self {
            Ident(_) | Lit(_) | Semi(_) | StartFile | StartExpr | StartStmts => return None,
            Break => "break",
            Case => "case",
            Chan => "chan",
            Const => "const",
            Continue => "continue",
            Default => "default",
            Defer => "defer",
            Else => "else",
            Fallthrough => "fallthrough",
            For => "for",
            Func => "func",
            Go => "go",
            Goto => "goto",
            If => "if",
            Import => "import",
            Interface => "interface",
            Map => "map",
            Package => "package",
            Range => "range",
            Return => "return",
            Select => "select",
            Struct => "struct",
            Switch => "switch",
            Type => "type",
            Var => "var",
            Add => "+",
            Sub => "-",
            Star => "*",
            Quo => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            OpAssign(op) => match op {
                BinOp::Add => "+=",
                BinOp::Sub => "-=",
                BinOp::Mul => "*=",
                BinOp::Quo => "/=",
                BinOp::Rem => "%=",
                BinOp::And => "&=",
                BinOp::Or => "|=",
                BinOp::Xor => "^=",
                BinOp::Shl => "<<=",
                BinOp::Shr => ">>=",
                BinOp::AndNot => "&^=",
                _ => "op=",
            },
            LAnd => "&&",
            LOr => "||",
            Arrow => "<-",
            Inc => "++",
            Dec => "--",
            Eql => "==",
            Lss => "<",
            Gtr => ">",
            Assign => "=",
            Not => "!",
            Neq => "!=",
            Leq => "<=",
            Geq => ">=",
            Define => ":=",
            Ellipsis => "...",
            Tilde => "~",
            LParen => "(",
            RParen => ")",
            LBrack => "[",
            RBrack => "]",
            LBrace => "{",
            RBrace => "}",
            Comma => ",",
            Dot => ".",
            Colon => ":",
        })
    }

    pub fn is_keyword(&self) -> bool {
        use Tok::*;
        matches!(
            self,
            Break
                | Case
                | Chan
                | Const
                | Continue
                | Default
                | Defer
                | Else
                | Fallthrough
                | For
                | Func
                | Go
                | Goto
                | If
                | Import
                | Interface
                | Map
                | Package
                | Range
                | Return
                | Select
                | Struct
                | Switch
                | Type
                | Var
        )
    }

    /// How gc's `syntaxErrorAt` names this token after "unexpected ";
    /// `src` is the token's source text (needed for names and literals).
    pub fn describe(&self, src: &str) -> String {
        match self {
            Tok::Ident(name) => format!("name {name}"),
            Tok::Lit(_) => format!("literal {src}"),
            Tok::Semi(kind) => kind.as_str().to_string(),
            Tok::Comma => "comma".to_string(),
            t if t.is_keyword() => format!("keyword {}", t.text().unwrap_or_default()),
            t => t.text().unwrap_or_default().to_string(),
        }
    }
}
