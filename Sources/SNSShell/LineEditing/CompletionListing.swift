/// Lays candidates out in columns, filled top to bottom, as `ls` and shells do.
enum CompletionListing {
  /// The candidates in as many columns as fit in `width`, each line ending in a newline.
  static func format(_ candidates: [String], width: Int) -> String {
    guard !candidates.isEmpty else { return "" }
    let widest = candidates.map(\.count).max() ?? 0
    let columnWidth = widest + 2
    let columns = max(1, min(candidates.count, (width + 2) / columnWidth))
    let rows = (candidates.count + columns - 1) / columns
    var text = ""
    for row in 0..<rows {
      var line = ""
      for column in 0..<columns {
        let index = column * rows + row
        guard index < candidates.count else { break }
        let isLast = column == columns - 1 || index + rows >= candidates.count
        let candidate = candidates[index]
        line += isLast ? candidate : candidate.padding(to: columnWidth)
      }
      text += line + "\n"
    }
    return text
  }
}

extension String {
  /// The string followed by spaces up to `width` characters.
  fileprivate func padding(to width: Int) -> String {
    self + String(repeating: " ", count: max(0, width - count))
  }
}
