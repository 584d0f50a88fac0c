/// One lexical unit: what it is, the bytes it covers, and whether blank space came before it (which
/// the command syntax needs: `key=value` and `$x.field` are written without spaces).
public struct Token: Equatable, Sendable {
  /// What the token is, with its value.
  public var kind: Kind
  /// The bytes of the token in the source.
  public var range: SourceRange
  /// True when spaces, tabs, a comment or a line continuation separate it from what came before.
  public var isPrecededBySpace: Bool

  /// Creates a token.
  public init(_ kind: Kind, range: SourceRange, isPrecededBySpace: Bool) {
    self.kind = kind
    self.range = range
    self.isPrecededBySpace = isPrecededBySpace
  }

  /// The kinds of tokens, with the values the lexer already decoded.
  public enum Kind: Equatable, Sendable {
    /// A name such as `ls`, `region` or `send-sms`; never a keyword.
    case identifier(String)
    /// One of the reserved words of LANGUAGE.md §2.
    case keyword(Keyword)
    /// `$name`; the payload is the name without `$`.
    case variable(String)
    /// A 64-bit integer literal; in argument mode it may carry its `-` sign.
    case integer(Int)
    /// A double-precision decimal literal such as `2.5`.
    case decimal(Double)
    /// A `"..."` string (its text and interpolations) or a raw `'...'` string (one text segment).
    case string([StringSegment])
    /// A valid E.164 phone literal such as `+12086390939`.
    case phone(String)
    /// An unquoted word in argument position, such as `US` or `./file.sns`.
    case bareword(String)
    /// `-y` or `--yes` in argument position; the payload is the name without dashes.
    case flag(String)
    /// The `key=` of a `key=value` argument; the payload is the key.
    case namedArgument(String)
    /// An operator or a bracket.
    case punctuator(Punctuator)
    /// The end of a line, which separates statements.
    case newline
    /// `;`, which separates statements.
    case semicolon
    /// The end of the input (or of the embedded range being lexed).
    case endOfInput
    /// Bad input; the diagnostic says what is wrong and where.
    indirect case error(Diagnostic)
  }
}

/// A piece of a `"..."` string: literal text, or an interpolation whose source the parser parses.
public enum StringSegment: Equatable, Sendable {
  /// Text with its escapes already decoded.
  case text(String)
  /// `$name`, `$name.field.sub` or `$name[0]`; the range covers the whole path, `$` included.
  case path(SourceRange)
  /// `$( pipeline )`; the range covers the text between the parentheses.
  case pipeline(SourceRange)
}

/// The reserved words of the language.
public enum Keyword: String, CaseIterable, Sendable {
  case `if`, `else`, `for`, `in`, `while`, `def`, `return`, `break`, `continue`, `try`, `catch`
  case and, or, not, `true`, `false`, null
}

/// Operators and brackets, named by their spelling.
public enum Punctuator: String, CaseIterable, Sendable {
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="
  case matches = "=~"
  case notMatches = "!~"
  case assign = "="
  case addAssign = "+="
  case plus = "+"
  case minus = "-"
  case star = "*"
  case slash = "/"
  case percent = "%"
  case dotDot = ".."
  case coalesce = "??"
  case pipe = "|"
  case dot = "."
  case comma = ","
  case colon = ":"
  case leftParenthesis = "("
  case rightParenthesis = ")"
  case leftBracket = "["
  case rightBracket = "]"
  case leftBrace = "{"
  case rightBrace = "}"
}

/// How the lexer reads the next token. The same bytes mean different things in a command's arguments
/// and in an expression, and only the parser knows which one it is reading, so it says so.
public enum LexMode: Sendable {
  /// Where an expression operand may start: `+1208...` is a phone literal.
  case expression
  /// After an operand, where an operator is expected: `+` is always addition.
  case `operator`
  /// A command's arguments: barewords, flags, `key=value` and `.field` shorthand.
  case argument
}

extension Token {
  /// True for newline, `;`, `|`, a closing bracket and the end of input: the tokens that end a
  /// command's argument list.
  public var endsArguments: Bool {
    switch kind {
    case .newline, .semicolon, .endOfInput: true
    case .punctuator(let punctuator):
      punctuator == .pipe || punctuator == .rightParenthesis || punctuator == .rightBracket
        || punctuator == .rightBrace
    default: false
    }
  }

  /// True when the token is `punctuator`.
  public func isPunctuator(_ punctuator: Punctuator) -> Bool {
    kind == .punctuator(punctuator)
  }

  /// True when the token is `keyword`.
  public func isKeyword(_ keyword: Keyword) -> Bool {
    kind == .keyword(keyword)
  }
}
