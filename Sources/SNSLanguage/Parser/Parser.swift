/// A recursive-descent parser for the sns language: one method per grammar rule, named after the
/// rule, with panic-mode recovery so that each bad statement is reported once and parsing goes on.
///
/// The parser drives the lexer: it asks for each token in the mode that fits where it is (expression,
/// operator or command argument), and it decides where newlines separate statements (in blocks) and
/// where they are ignored (inside `( )`, `[ ]` and record literals).
public final class Parser {
  /// How deeply brackets, blocks and prefix operators may nest; deeper input is a syntax error, not a
  /// stack overflow.
  public static let maximumNesting = 256
  /// How deep an expression tree may grow, counting each operator of a chain such as `a + b + c`
  /// as a level besides brackets and prefix operators. The compiler and the interpreter walk the
  /// tree recursively on a thread of ordinary size, so a 10,000-term chain must be an error too.
  public static let maximumDepth = 1024
  /// After this many errors the parser stops, so a binary file does not produce a million messages.
  static let maximumDiagnostics = 50

  var lexer: Lexer
  /// Where the next token starts (or the trivia before it).
  var position: Int
  /// The next token, once read, with the mode it was read in.
  private var lookahead: (token: Token, mode: LexMode)?
  /// True inside `( )`, `[ ]` and record literals, where newlines are not separators.
  private(set) var newlinesAreIgnored = false
  /// The end of the last token consumed; the end of the range of the node being built.
  var previousEnd = 0
  var symbols: SymbolTable
  var diagnostics: [Diagnostic] = []
  /// Set when `maximumDiagnostics` is reached.
  var hasStopped = false
  /// The opening brackets and braces not yet closed, innermost last, for "unclosed '('" messages.
  var openers: [Token] = []
  /// `openers.count` when the last error was reported, so recovery knows how many brackets the bad
  /// statement left open.
  var openersAtFailure = 0
  var nesting = 0
  /// The deepest level the tree being measured has reached, for `maximumDepth` (see `Spine`).
  var deepestLevel = 0
  /// Enclosing `for`/`while` loops in the current function or `each` block, for `break`/`continue`.
  var loopDepth = 0
  /// Enclosing function definitions, for `return`.
  var functionDepth = 0

  init(file: SourceFile, symbols: SymbolTable) {
    self.lexer = Lexer(file: file)
    self.position = 0
    self.symbols = symbols
  }

  /// Parses a whole script or prompt entry. Pass the session's symbol table so names keep their ids
  /// across entries; the program returns it extended.
  public static func parse(source: String, fileName: String, symbols: SymbolTable = SymbolTable())
    -> ParseResult
  {
    parse(file: SourceFile(name: fileName, text: source), symbols: symbols)
  }

  /// Parses a source file that may hold invalid UTF-8 (which is reported as an error).
  public static func parse(file: SourceFile, symbols: SymbolTable = SymbolTable()) -> ParseResult {
    LargeStack.run { parseOnCurrentThread(file: file, symbols: symbols) }
  }

  /// Parses on the calling thread, which must have stack enough for `maximumNesting` levels.
  static func parseOnCurrentThread(file: SourceFile, symbols: SymbolTable) -> ParseResult {
    let parser = Parser(file: file, symbols: symbols)
    let statements = parser.statementList(insideBlock: false)
    if parser.diagnostics.isEmpty {
      return .program(Program(statements: statements, symbols: parser.symbols, file: file))
    }
    if parser.diagnostics.allSatisfy(\.needsMoreInput) { return .incomplete(parser.diagnostics) }
    return .errors(parser.diagnostics)
  }

  // MARK: - Tokens

  /// The next token read in `mode`, without consuming it.
  func peek(_ mode: LexMode) -> Token {
    if let lookahead, lookahead.mode == mode { return lookahead.token }
    var token = lexer.token(at: position, mode: mode)
    if newlinesAreIgnored {
      while token.kind == .newline {
        token = lexer.token(at: token.range.end, mode: mode)
        token.isPrecededBySpace = true
      }
    }
    lookahead = (token, mode)
    return token
  }

  /// Consumes the token last peeked.
  @discardableResult
  func advance() -> Token {
    let token = lookahead?.token ?? peek(.expression)
    position = token.range.end
    previousEnd = token.range.end
    lookahead = nil
    return token
  }

  /// Consumes the next token if it is `punctuator`.
  func take(_ punctuator: Punctuator, mode: LexMode = .operator) -> Token? {
    peek(mode).isPunctuator(punctuator) ? advance() : nil
  }

  /// Switches between newline-separated statements and newline-free brackets.
  func setNewlinesIgnored(_ ignored: Bool) {
    guard ignored != newlinesAreIgnored else { return }
    newlinesAreIgnored = ignored
    lookahead = nil
  }

  /// Forgets the lookahead, after the parser moves `position` or `lexer` itself.
  func discardLookahead() {
    lookahead = nil
  }

  /// The next token that is not a newline, read without consuming anything.
  func peekPastNewlines(_ mode: LexMode) -> Token {
    var token = peek(mode)
    while token.kind == .newline { token = lexer.token(at: token.range.end, mode: mode) }
    return token
  }

  /// Consumes newlines.
  func skipNewlines() {
    while peek(.expression).kind == .newline { advance() }
  }

  /// The symbol for `name` in the session's table.
  func intern(_ name: String) -> Symbol {
    symbols.intern(name)
  }

  /// A range from `start` to the end of the last token consumed.
  func range(from start: Int) -> SourceRange {
    SourceRange(start: start, end: max(start, previousEnd))
  }

  // MARK: - Nesting

  /// Runs `body` inside a bracket or block opened by `opener`, with newlines ignored or not, and with
  /// the nesting depth checked.
  func withinBrackets<Result>(
    _ opener: Token, newlinesIgnored: Bool, _ body: () throws(ParseFailure) -> Result
  ) throws(ParseFailure) -> Result {
    do {
      try enterNesting(at: opener)
    } catch {
      // The opener is consumed but never pushed; recovery must still skip what it encloses.
      openersAtFailure = openers.count + 1
      throw error
    }
    openers.append(opener)
    let saved = newlinesAreIgnored
    setNewlinesIgnored(newlinesIgnored)
    defer {
      openers.removeLast()
      setNewlinesIgnored(saved)
      nesting -= 1
    }
    return try body()
  }

  /// Counts one level of nesting; past `maximumNesting` it is an error. The caller decrements.
  func enterNesting(at token: Token) throws(ParseFailure) {
    guard nesting < Parser.maximumNesting else {
      throw fail("nesting too deep (more than \(Parser.maximumNesting) levels)", at: token)
    }
    nesting += 1
    deepestLevel = max(deepestLevel, nesting)
  }
}

/// Thrown to unwind to the statement being parsed once its error has been reported.
struct ParseFailure: Error {}
