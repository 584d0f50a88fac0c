/// Turns diagnostics into the text of LANGUAGE.md §7: the located message, the source line and a caret
/// under the range.
///
/// ```
/// rename.sns:12:9: error: no active number +12086390000 in this project (404 NOT_FOUND)
///    12 |     set $n name="x"
///       |         ^~
/// ```
public struct DiagnosticRenderer: Sendable {
  /// Whether to add ANSI colours; off unless the caller knows it writes to a terminal that wants them.
  public var usesColor: Bool
  /// Source lines longer than this many characters are shown as a window around the caret.
  public var maximumLineWidth: Int

  /// Creates a renderer; colour is off by default.
  public init(usesColor: Bool = false, maximumLineWidth: Int = 160) {
    self.usesColor = usesColor
    self.maximumLineWidth = max(20, maximumLineWidth)
  }

  /// Renders several diagnostics, one after the other, separated by newlines.
  public func render(_ diagnostics: [Diagnostic], source: SourceFile?) -> String {
    diagnostics.map { render($0, source: source) }.joined(separator: "\n")
  }

  /// Renders one diagnostic; without `source` (or for a range outside it) only the first line is shown.
  /// The result has no trailing newline.
  public func render(_ diagnostic: Diagnostic, source: SourceFile?) -> String {
    var lines = [headline(of: diagnostic)]
    if let source, diagnostic.range.start <= source.bytes.count {
      lines += excerpt(of: diagnostic, in: source)
    }
    if let note = diagnostic.note {
      lines.append(paint("note:", .bold) + " " + note)
    }
    return lines.joined(separator: "\n")
  }

  private func headline(of diagnostic: Diagnostic) -> String {
    let place = "\(diagnostic.fileName):\(diagnostic.location):"
    let severity = "\(diagnostic.severity.rawValue):"
    let style: Style =
      switch diagnostic.severity {
      case .error: .red
      case .warning: .magenta
      case .note: .bold
      }
    return paint(place, .bold) + " " + paint(severity, style) + " " + diagnostic.fullMessage
  }

  /// The numbered source line and the caret line below it.
  private func excerpt(of diagnostic: Diagnostic, in source: SourceFile) -> [String] {
    let lineNumber = diagnostic.location.line
    let lineBytes = source.byteRange(ofLine: lineNumber)
    var characters = UTF8Scanning.characters(
      in: source.bytes, from: lineBytes.lowerBound, to: lineBytes.upperBound)
    var caretColumn = diagnostic.location.column - 1
    let rangeEnd = min(diagnostic.range.end, lineBytes.upperBound)
    let caretStart = min(max(diagnostic.range.start, lineBytes.lowerBound), lineBytes.upperBound)
    let spanned = UTF8Scanning.characterCount(
      in: source.bytes, from: caretStart, to: max(caretStart, rangeEnd))
    var caretLength = max(1, spanned)

    if characters.count > maximumLineWidth {
      // A very long line (minified data, a 1 MB argument) is cut to a window around the caret.
      let lead = maximumLineWidth / 3
      let windowStart = max(0, min(caretColumn - lead, characters.count - maximumLineWidth))
      let windowEnd = min(characters.count, windowStart + maximumLineWidth)
      var window = Array(characters[windowStart..<windowEnd])
      caretColumn -= windowStart
      if windowStart > 0 {
        window.insert("…", at: 0)
        caretColumn += 1
      }
      if windowEnd < characters.count { window.append("…") }
      characters = window
      caretLength = min(caretLength, max(1, characters.count - caretColumn))
    }

    let number = String(lineNumber)
    let gutterWidth = max(5, number.count)
    let gutter = String(repeating: " ", count: gutterWidth - number.count) + number + " | "
    let emptyGutter = String(repeating: " ", count: gutterWidth) + " | "
    let lineText = String(String.UnicodeScalarView(characters.map(printable)))
    // Tabs are kept under tabs so the caret lines up whatever the terminal's tab width.
    let padding = characters.prefix(max(0, caretColumn)).map { $0 == "\t" ? "\t" : " " }.joined()
    let caret = "^" + String(repeating: "~", count: caretLength - 1)
    return [gutter + lineText, emptyGutter + padding + paint(caret, .green)]
  }

  private func printable(_ character: Unicode.Scalar) -> Unicode.Scalar {
    character.value < 0x20 && character != "\t" ? "\u{FFFD}" : character
  }

  private enum Style: String {
    case bold = "1"
    case red = "1;31"
    case magenta = "1;35"
    case green = "1;32"
  }

  private func paint(_ text: String, _ style: Style) -> String {
    usesColor ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
  }
}
