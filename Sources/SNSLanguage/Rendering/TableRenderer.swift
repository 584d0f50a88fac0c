/// The `table` output mode (LANGUAGE.md §8): columns for a list of records, `field: value`
/// lines for one record, one line per item for other lists, plain text for a scalar.
enum TableRenderer {
  /// What an empty list shows, so that an empty result is not mistaken for no output at all.
  static let emptyList = "(no items)"
  /// What an empty record shows.
  static let emptyRecord = "(no fields)"

  static func render(_ value: Value, options: RenderOptions) -> String {
    switch value {
    case .list(let items) where items.isEmpty:
      return emptyList
    case .list(let items):
      let records = items.compactMap { item -> Record? in
        if case .record(let record) = item { return record }
        return nil
      }
      guard records.count == items.count else {
        return items.map { CellText.singleLine($0.description) }.joined(separator: "\n")
      }
      return table(of: records, options: options)
    case .record(let record) where record.isEmpty:
      return emptyRecord
    case .record(let record):
      return fieldLines(of: record)
    default:
      return value.description
    }
  }

  /// A list of records as columns: the API's own tables when recognised, else every field.
  static func table(of records: [Record], options: RenderOptions) -> String {
    let width = options.maximumCellWidth
    let headers: [String]
    let alignments: [TableLayout.Alignment]
    let rows: [[String]]
    if let columns = KnownTables.columns(for: records) {
      headers = columns.map(\.header)
      alignments = columns.map(\.alignment)
      rows = records.map { record in
        columns.map { cell($0.format($0.value(in: record)), width: width) }
      }
    } else {
      let (names, values) = RecordFlattening.columns(of: records)
      headers = names
      alignments = names.map { name in
        let present = values.compactMap { $0[name] }.filter { !$0.isNull }
        let numeric = !present.isEmpty && present.allSatisfy { $0.numericValue != nil }
        return numeric ? .right : .left
      }
      rows = values.map { row in
        names.map { cell(CellText.text(row[$0] ?? .null, nullText: ""), width: width) }
      }
    }
    return TableLayout.render(
      headers: headers, rows: rows, alignments: alignments, boldHeader: options.colorHeaders)
  }

  /// A record as `field: value` lines, nested fields dotted, values in one column.
  static func fieldLines(of record: Record) -> String {
    let fields = RecordFlattening.flatten(record)
    let width = fields.map { CellText.displayWidth($0.name) }.max() ?? 0
    return fields.map { name, value in
      let padding = String(repeating: " ", count: width - CellText.displayWidth(name) + 1)
      let line = name + ":" + padding + CellText.singleLine(CellText.text(value, nullText: "null"))
      return String(line.trimmingTrailingSpaces)
    }.joined(separator: "\n")
  }

  private static func cell(_ text: String, width: Int) -> String {
    CellText.truncated(CellText.singleLine(text), toWidth: width)
  }
}

extension String {
  /// The string without spaces at its end.
  fileprivate var trimmingTrailingSpaces: Substring {
    var end = endIndex
    while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
    return self[startIndex..<end]
  }
}
