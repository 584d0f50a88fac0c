/// A message about a place in the source: a syntax error from the parser, or a runtime error that the
/// interpreter locates at the statement that failed.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
  /// How serious the message is.
  public enum Severity: String, Hashable, Sendable {
    /// Stops the script.
    case error
    /// Reported; the script goes on.
    case warning
    /// Extra information attached to another message.
    case note
  }

  /// How serious the message is.
  public var severity: Severity
  /// A terse phrase without a trailing period that names the offending thing.
  public var message: String
  /// The name of the file the range belongs to (`<stdin>`, `<command>` or a path).
  public var fileName: String
  /// The bytes the message is about; the caret of the rendered form spans them.
  public var range: SourceRange
  /// The line and column where `range` starts.
  public var location: SourceLocation
  /// A second line of explanation, rendered as `note: ...`.
  public var note: String?
  /// A fix to propose, such as `did you mean 'release'?`, rendered after the message.
  public var suggestion: String?
  /// True when the input merely stopped too early (open bracket, open string, trailing `|` or `\`), so
  /// that an interactive prompt should read another line instead of reporting the error.
  public var needsMoreInput: Bool

  /// Creates a diagnostic from an already computed location.
  public init(
    severity: Severity = .error, message: String, fileName: String, range: SourceRange,
    location: SourceLocation, note: String? = nil, suggestion: String? = nil, needsMoreInput: Bool = false
  ) {
    self.severity = severity
    self.message = message
    self.fileName = fileName
    self.range = range
    self.location = location
    self.note = note
    self.suggestion = suggestion
    self.needsMoreInput = needsMoreInput
  }

  /// Creates a diagnostic for `range` of `file`, computing its line and column.
  public init(
    _ message: String, at range: SourceRange, in file: SourceFile, severity: Severity = .error,
    note: String? = nil, suggestion: String? = nil, needsMoreInput: Bool = false
  ) {
    self.init(
      severity: severity, message: message, fileName: file.name, range: range,
      location: file.location(of: range.start), note: note, suggestion: suggestion,
      needsMoreInput: needsMoreInput)
  }

  /// The message with its suggestion, as shown after `error: `.
  public var fullMessage: String {
    guard let suggestion else { return message }
    return "\(message); \(suggestion)"
  }

  /// The one-line form `file:line:column: error: message`.
  public var description: String {
    "\(fileName):\(location): \(severity.rawValue): \(fullMessage)"
  }
}
