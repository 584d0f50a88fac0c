/// The text of one script or prompt entry, with the table that maps byte offsets to lines and columns.
public struct SourceFile: Sendable {
  /// The name shown in diagnostics: a path, `<stdin>` or `<command>`.
  public let name: String
  /// The source as UTF-8 bytes, exactly as read (it may be invalid UTF-8; the lexer reports that).
  public let bytes: [UInt8]
  /// Offset of the first byte of each line; line `n` starts at `lineStarts[n - 1]`.
  private let lineStarts: [Int]
  /// Whether each line is pure ASCII, where a column is a byte count and needs no decoding; this
  /// keeps locating errors on a 1 MB line cheap.
  private let lineIsASCII: [Bool]
  /// Known columns on the lines that are not pure ASCII, in offset order, at most about
  /// `columnMarkStride` bytes apart: locating an offset decodes from the mark before it, not from
  /// the start of its line. Without them, a long line of non-ASCII junk, where every token is an
  /// error whose diagnostic is located, took time quadratic in its length.
  private let columnMarks: [ColumnMark]
  private static let columnMarkStride = 64

  /// Creates a source file from raw bytes.
  public init(name: String, bytes: [UInt8]) {
    self.name = name
    self.bytes = bytes
    var starts = [0]
    var ascii = [true]
    for (offset, byte) in bytes.enumerated() {
      if byte == UInt8(ascii: "\n") {
        starts.append(offset + 1)
        ascii.append(true)
      } else if byte >= 0x80 {
        ascii[ascii.count - 1] = false
      }
    }
    self.lineStarts = starts
    self.lineIsASCII = ascii
    self.columnMarks = SourceFile.columnMarks(in: bytes, lineStarts: starts, lineIsASCII: ascii)
  }

  /// A character boundary and how many characters precede it on its line.
  private struct ColumnMark {
    var offset: Int
    var characters: Int
  }

  /// The marks of the lines that are not pure ASCII, each line's first mark at its start. The walk
  /// steps over characters as `UTF8Scanning.characterCount` does, so counting on from a mark gives
  /// the column that counting from the start of the line would.
  private static func columnMarks(in bytes: [UInt8], lineStarts: [Int], lineIsASCII: [Bool]) -> [ColumnMark] {
    var marks: [ColumnMark] = []
    for (index, start) in lineStarts.enumerated() where !lineIsASCII[index] {
      let end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
      var offset = start
      var characters = 0
      var nextMark = start
      while offset < end {
        if offset >= nextMark {
          marks.append(ColumnMark(offset: offset, characters: characters))
          nextMark = offset + columnMarkStride
        }
        offset += UTF8Scanning.sequenceLength(in: bytes, at: offset, end: bytes.count) ?? 1
        characters += 1
      }
    }
    return marks
  }

  /// Creates a source file from text.
  public init(name: String, text: String) {
    self.init(name: name, bytes: Array(text.utf8))
  }

  /// The number of lines; a final newline starts one more, empty, line.
  public var lineCount: Int { lineStarts.count }

  /// The 1-based line that contains `offset`.
  public func line(containing offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return low + 1
  }

  /// The line and column of the byte at `offset` (an offset at the end of input is allowed).
  public func location(of offset: Int) -> SourceLocation {
    let clamped = min(max(0, offset), bytes.count)
    let line = line(containing: clamped)
    let start = lineStarts[line - 1]
    guard !lineIsASCII[line - 1] else { return SourceLocation(line: line, column: clamped - start + 1) }
    // Every line that is not pure ASCII has a mark at its start, so the fallback never runs.
    let mark =
      columnMark(atOrBefore: clamped).flatMap { $0.offset >= start ? $0 : nil }
      ?? ColumnMark(offset: start, characters: 0)
    let column = mark.characters + UTF8Scanning.characterCount(in: bytes, from: mark.offset, to: clamped) + 1
    return SourceLocation(line: line, column: column)
  }

  /// The last column mark at or before `offset`.
  private func columnMark(atOrBefore offset: Int) -> ColumnMark? {
    var low = 0
    var high = columnMarks.count
    while low < high {
      let middle = (low + high) / 2
      if columnMarks[middle].offset <= offset { low = middle + 1 } else { high = middle }
    }
    return low > 0 ? columnMarks[low - 1] : nil
  }

  /// The byte offsets of `line` (1-based), without its line terminator.
  public func byteRange(ofLine line: Int) -> Range<Int> {
    guard line >= 1, line <= lineStarts.count else { return bytes.count..<bytes.count }
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
    if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return start..<end
  }

  /// The source text of `range`, invalid UTF-8 replaced by U+FFFD.
  public func text(of range: SourceRange) -> String {
    let start = min(max(0, range.start), bytes.count)
    let end = min(max(start, range.end), bytes.count)
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }
}
