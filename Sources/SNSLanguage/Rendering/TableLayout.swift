/// Lays cells out in aligned columns: each column as wide as its widest cell, two spaces
/// between columns, no trailing spaces.
enum TableLayout {
  /// Which side of its column a cell keeps to.
  enum Alignment: Sendable {
    case left
    case right
  }

  /// The table's lines joined by newlines; `boldHeader` wraps the header cells in ANSI bold.
  static func render(
    headers: [String], rows: [[String]], alignments: [Alignment], boldHeader: Bool
  ) -> String {
    var widths = headers.map(CellText.displayWidth)
    for row in rows {
      for (column, cell) in row.enumerated() where column < widths.count {
        widths[column] = max(widths[column], CellText.displayWidth(cell))
      }
    }
    var lines = [line(headers, widths: widths, alignments: alignments, bold: boldHeader)]
    for row in rows {
      lines.append(line(row, widths: widths, alignments: alignments, bold: false))
    }
    return lines.joined(separator: "\n")
  }

  private static func line(
    _ cells: [String], widths: [Int], alignments: [Alignment], bold: Bool
  ) -> String {
    var output = ""
    for (column, width) in widths.enumerated() {
      let cell = column < cells.count ? cells[column] : ""
      let padding = String(repeating: " ", count: max(0, width - CellText.displayWidth(cell)))
      let text = bold && !cell.isEmpty ? "\u{1B}[1m" + cell + "\u{1B}[0m" : cell
      if column > 0 { output += "  " }
      let alignment = column < alignments.count ? alignments[column] : .left
      output += alignment == .right ? padding + text : text + padding
    }
    while output.last == " " { output.removeLast() }
    return output
  }
}
