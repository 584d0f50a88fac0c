import SinchNumbers

extension RuntimeError {
  /// The diagnostic of LANGUAGE.md §7 for this error, when it knows its place.
  public var diagnostic: Diagnostic? {
    guard let file, let range else { return nil }
    return Diagnostic(message, at: range, in: file, suggestion: suggestion)
  }

  /// This error rendered for stderr: the located form with the source line and a caret, or just
  /// `error: message` when it has no place. No trailing newline.
  public func rendered(usingColor: Bool = false) -> String {
    if let diagnostic {
      return DiagnosticRenderer(usesColor: usingColor).render(diagnostic, source: file)
    }
    let text = suggestion.map { "\(message); \($0)" } ?? message
    return "error: \(text)"
  }

  /// The error with `file` filled in when it has none yet.
  func located(in defaultFile: SourceFile) -> RuntimeError {
    var error = self
    if error.file == nil { error.file = defaultFile }
    return error
  }

  /// The record `catch` binds: `{message, kind, status, code, line, column}`.
  func locatedRecord(defaultFile: SourceFile) -> Value {
    let source = file ?? defaultFile
    let location = range.map { source.location(of: $0.start) }
    var record = Record()
    record["message"] = .string(suggestion.map { "\(message); \($0)" } ?? message)
    record["kind"] = .string(kind.rawValue)
    record["status"] = status.map(Value.int) ?? .null
    record["code"] = code.map(Value.string) ?? .null
    record["line"] = location.map { .int($0.line) } ?? .null
    record["column"] = location.map { .int($0.column) } ?? .null
    return .record(record)
  }

  /// Any error a command threw, as the interpreter reports it: a runtime error located at `range`
  /// when it has no place of its own. Cancellation and `exit` pass through unchanged.
  static func converting(_ error: any Error, at range: SourceRange) -> any Error {
    switch error {
    case var runtime as RuntimeError:
      if runtime.range == nil { runtime.range = range }
      return runtime
    case is CancellationError, is ExitRequest:
      return error
    case let numbers as NumbersError:
      return RuntimeError(numbers, range: range)
    case let value as ValueError:
      return RuntimeError(.runtime, value.description, range: range)
    case let format as DataFormatError:
      return RuntimeError(.runtime, format.description, range: range)
    case let custom as CustomStringConvertible:
      return RuntimeError(.runtime, custom.description, range: range)
    default:
      return RuntimeError(.runtime, "\(error)", range: range)
    }
  }
}
