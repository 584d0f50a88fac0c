import SinchNumbers

/// An error that stops a statement at run time; `catch` sees it as the record
/// `{message, kind, status, code, line, column}` (LANGUAGE.md §5).
public struct RuntimeError: Error, Sendable, CustomStringConvertible {
  /// What went wrong, as the `kind` field of the error record says.
  public enum Kind: String, Sendable {
    case runtime, api, network, confirmation, assertion
  }

  public var kind: Kind
  /// A terse phrase naming the offending thing, without a trailing period.
  public var message: String
  /// The HTTP status of an API error.
  public var status: Int?
  /// The Sinch `error.status`, such as `NOT_FOUND`.
  public var code: String?
  /// Where it happened; the interpreter fills it in from the failing node when nil.
  public var range: SourceRange?
  /// A hint shown under the error, such as "did you mean 'release'?".
  public var suggestion: String?
  /// The source `range` belongs to; the interpreter fills it in with `range`. Commands leave it nil.
  public var file: SourceFile?

  public init(
    _ kind: Kind = .runtime, _ message: String, status: Int? = nil, code: String? = nil,
    range: SourceRange? = nil, suggestion: String? = nil
  ) {
    self.kind = kind
    self.message = message
    self.status = status
    self.code = code
    self.range = range
    self.suggestion = suggestion
  }

  /// An API or network failure, keeping its status and Sinch code.
  public init(_ error: NumbersError, range: SourceRange? = nil) {
    switch error {
    case .transport, .uncertain:
      self.init(.network, error.description, range: range)
    default:
      self.init(.api, error.description, status: error.httpStatus, code: error.code, range: range)
    }
  }

  public var description: String { message }
}
