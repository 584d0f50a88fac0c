/// CSV output (LANGUAGE.md §8): a header and one row per record, nested fields dotted, the
/// union of all records' fields as columns; fields quoted as RFC 4180 says. Rows end in `\n`,
/// not `\r\n`, because the output is mostly read by Unix tools; the parser accepts both.
extension Value {
  /// The value as CSV text, without a final newline.
  public var csvText: String {
    switch self {
    case .list(let items):
      let records = items.compactMap { item -> Record? in
        if case .record(let record) = item { return record }
        return nil
      }
      if !records.isEmpty && records.count == items.count { return CSVWriter.rows(of: records) }
      return items.map { CSVWriter.field($0.description) }.joined(separator: "\n")
    case .record(let record):
      return CSVWriter.rows(of: [record])
    default:
      return description
    }
  }
}

enum CSVWriter {
  /// The header line and one line per record.
  static func rows(of records: [Record]) -> String {
    let (names, rows) = RecordFlattening.columns(of: records)
    var lines = [names.map(field).joined(separator: ",")]
    for row in rows {
      lines.append(names.map { field(CellText.text(row[$0] ?? .null, nullText: "")) }.joined(separator: ","))
    }
    return lines.joined(separator: "\n")
  }

  /// `text` as one CSV field: quoted, with quotes doubled, when it holds a comma, a quote or a
  /// line break.
  static func field(_ text: String) -> String {
    let needsQuotes = text.utf8.contains { byte in
      byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D
    }
    guard needsQuotes else { return text }
    var quoted = "\""
    for scalar in text.unicodeScalars {
      if scalar == "\"" { quoted += "\"" }
      quoted.unicodeScalars.append(scalar)
    }
    return quoted + "\""
  }
}
