/// A parsed script or prompt entry, ready to run.
public struct Program: Sendable {
  /// The top-level statements in order.
  public var statements: [Statement]
  /// Every name the program uses, plus those of earlier parses that shared the table.
  public var symbols: SymbolTable
  /// The source, for turning ranges into lines and columns in runtime errors.
  public var file: SourceFile

  /// Creates a program.
  public init(statements: [Statement], symbols: SymbolTable, file: SourceFile) {
    self.statements = statements
    self.symbols = symbols
    self.file = file
  }

  /// A diagnostic located at `range` of this program's source.
  public func diagnostic(_ message: String, at range: SourceRange, suggestion: String? = nil) -> Diagnostic {
    Diagnostic(message, at: range, in: file, suggestion: suggestion)
  }
}

/// The outcome of parsing.
public enum ParseResult: Sendable {
  /// The source parsed without error.
  case program(Program)
  /// The source is fine so far but stops too early: an open bracket or string, a trailing `|` or `\`.
  /// A prompt reads another line; a script reports the diagnostics as errors.
  case incomplete([Diagnostic])
  /// Syntax errors, one per bad statement, in source order.
  case errors([Diagnostic])

  /// The program, if parsing succeeded.
  public var program: Program? {
    if case .program(let program) = self { program } else { nil }
  }

  /// The diagnostics of `.incomplete` or `.errors`; empty for a program.
  public var diagnostics: [Diagnostic] {
    switch self {
    case .program: []
    case .incomplete(let diagnostics), .errors(let diagnostics): diagnostics
    }
  }
}
