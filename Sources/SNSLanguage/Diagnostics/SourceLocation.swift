/// A half-open range of byte offsets into a source file, `start..<end`.
public struct SourceRange: Hashable, Sendable {
  /// Offset of the first byte.
  public var start: Int
  /// Offset one past the last byte.
  public var end: Int

  /// Creates the range `start..<end`.
  public init(start: Int, end: Int) {
    self.start = start
    self.end = max(start, end)
  }

  /// The number of bytes covered.
  public var length: Int { end - start }

  /// The smallest range covering both `self` and `other`.
  public func union(_ other: SourceRange) -> SourceRange {
    SourceRange(start: min(start, other.start), end: max(end, other.end))
  }
}

/// A 1-based line and column.
///
/// The column counts characters in the sense of Unicode code points (one per UTF-8 sequence, one per
/// invalid byte), not bytes and not grapheme clusters, so that `é` counts once and the caret of a
/// diagnostic lines up on a terminal for ordinary text.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  /// The line, starting at 1.
  public var line: Int
  /// The column in code points, starting at 1.
  public var column: Int

  /// Creates a location.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// `line:column`, the form used in diagnostics.
  public var description: String { "\(line):\(column)" }
}
