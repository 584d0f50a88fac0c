/// What one press of Tab does to the line being edited.
public enum TabAction: Sendable, Equatable {
  /// Replace the scalars in `range` (ending at the cursor) with `text`.
  case replace(Range<Int>, with: String)
  /// Show the candidates below the line, then redraw it.
  case list([String])
  /// Nothing to do: ring the bell.
  case beep
}

/// The shell convention for Tab: the first press inserts the unique completion or the longest
/// common prefix; a second press that could add nothing lists the candidates.
public struct TabCompletion: Sendable {
  /// The line and cursor as the previous Tab left them; a Tab that finds them unchanged is the
  /// second press in a row.
  private var afterPreviousTab: (line: String, cursor: Int)?

  /// Creates the state for a fresh line.
  public init() {}

  /// Forgets the previous press (a new line is being read).
  public mutating func reset() { afterPreviousTab = nil }

  /// What pressing Tab does, given the provider's `result` for `line` at `cursor`.
  public mutating func press(_ result: CompletionResult, line: String, cursor: Int) -> TabAction {
    let scalars = Array(line.unicodeScalars)
    let cursor = min(max(cursor, 0), scalars.count)
    let start = min(max(result.replacement.lowerBound, 0), cursor)
    let range = start..<cursor
    var typed = String.UnicodeScalarView()
    typed.append(contentsOf: scalars[range])
    if let text = result.insertion(replacing: String(typed)) {
      var edited = String.UnicodeScalarView()
      edited.append(contentsOf: scalars[..<start])
      edited.append(contentsOf: text.unicodeScalars)
      let newCursor = edited.count
      edited.append(contentsOf: scalars[cursor...])
      afterPreviousTab = (String(edited), newCursor)
      return .replace(range, with: text)
    }
    defer { afterPreviousTab = (line, cursor) }
    guard result.candidates.count > 1 else { return .beep }
    if let previous = afterPreviousTab, previous.line == line, previous.cursor == cursor {
      return .list(result.candidates)
    }
    return .beep
  }
}
