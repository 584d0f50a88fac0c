/// The forms a value can be rendered in: the output modes of LANGUAGE.md §8 plus `text`.
public enum RenderFormat: String, Sendable, CaseIterable {
  /// Aligned columns, `field: value` lines, or plain text.
  case table
  /// Pretty-printed JSON with keys in record order.
  case json
  /// A header and rows, nested fields dotted.
  case csv
  /// The text form of `echo` and interpolation.
  case text
}

/// Choices the caller makes about rendering; the defaults suit a file or a pipe.
public struct RenderOptions: Sendable, Equatable {
  /// Whether table headers are bold (only on a terminal, never with `--no-color`).
  public var colorHeaders: Bool
  /// The widest a table cell may be before it is cut with `…`.
  public var maximumCellWidth: Int

  /// Options with headers uncoloured and cells cut at 40 columns by default.
  public init(colorHeaders: Bool = false, maximumCellWidth: Int = 40) {
    self.colorHeaders = colorHeaders
    self.maximumCellWidth = maximumCellWidth
  }
}

extension Value {
  /// The value rendered in `format`, without a final newline (the caller prints one).
  public func rendered(as format: RenderFormat, options: RenderOptions = RenderOptions()) -> String {
    switch format {
    case .table: TableRenderer.render(self, options: options)
    case .json: jsonText()
    case .csv: csvText
    case .text: description
    }
  }
}
