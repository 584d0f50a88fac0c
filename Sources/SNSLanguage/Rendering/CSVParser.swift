/// CSV input for `from csv` and `open`: the first row names the fields, every other row
/// becomes a record of strings (convert with `int` or `decimal`). Dotted header names such as
/// `money.amount` become nested records again, so that `save` and `open` round-trip API records.
extension Value {
  /// Parses `text` as CSV with a header row into a list of records.
  public init(csvText text: String) throws(DataFormatError) {
    let rows = try CSVParser.rows(in: text)
    guard let header = rows.first else {
      self = .list([])
      return
    }
    let paths = try CSVParser.fieldPaths(for: header)
    var records: [Value] = []
    records.reserveCapacity(rows.count - 1)
    for row in rows.dropFirst() {
      guard row.fields.count == paths.count else {
        throw .invalidCSV(
          line: row.line,
          reason: "\(row.fields.count) fields, but the header has \(paths.count)")
      }
      var record = Record()
      for (path, field) in zip(paths, row.fields) {
        CSVParser.insert(.string(field), at: path[...], into: &record)
      }
      records.append(.record(record))
    }
    self = .list(records)
  }
}

enum CSVParser {
  /// One row of fields and the line it starts on.
  struct Row {
    var fields: [String]
    var line: Int
  }

  /// The rows of `text`: quoted fields may hold commas, quotes (doubled) and line breaks;
  /// rows end in `\n`, `\r\n` or `\r`; blank lines are skipped.
  static func rows(in text: String) throws(DataFormatError) -> [Row] {
    var rows: [Row] = []
    var fields: [String] = []
    var field = String.UnicodeScalarView()
    var line = 1
    var rowLine = 1
    var scalars = text.unicodeScalars.makeIterator()
    var pending = scalars.next()
    if pending == "\u{FEFF}" { pending = scalars.next() }

    func endRow() {
      fields.append(String(field))
      field = String.UnicodeScalarView()
      let isBlank = fields.count == 1 && fields[0].isEmpty
      if !isBlank { rows.append(Row(fields: fields, line: rowLine)) }
      fields = []
    }

    while let scalar = pending {
      pending = scalars.next()
      switch scalar {
      case "\"" where field.isEmpty:
        let quoteLine = line
        var closed = false
        while let inner = pending {
          pending = scalars.next()
          if inner == "\"" {
            guard pending == "\"" else {
              closed = true
              break
            }
            pending = scalars.next()
          } else if inner == "\n" || (inner == "\r" && pending != "\n") {
            line += 1
          }
          field.append(inner)
        }
        guard closed else { throw .invalidCSV(line: quoteLine, reason: "unterminated quoted field") }
        if let next = pending, next != ",", next != "\n", next != "\r" {
          throw .invalidCSV(line: line, reason: "unexpected '\(next)' after a closing quote")
        }
      case ",":
        fields.append(String(field))
        field = String.UnicodeScalarView()
      case "\r", "\n":
        if scalar == "\r" && pending == "\n" { pending = scalars.next() }
        endRow()
        line += 1
        rowLine = line
      default:
        field.append(scalar)
      }
    }
    if !field.isEmpty || !fields.isEmpty { endRow() }
    return rows
  }

  /// The path of each column in a record: a dotted name becomes a nested path unless another
  /// column already holds one of its prefixes as a plain value.
  static func fieldPaths(for header: Row) throws(DataFormatError) -> [[String]] {
    var names: [String] = []
    var seen: Set<String> = []
    for (position, name) in header.fields.enumerated() {
      let named = name.isEmpty ? "column\(position + 1)" : name
      guard seen.insert(named).inserted else {
        throw .invalidCSV(line: header.line, reason: "duplicate column '\(named)' in the header")
      }
      names.append(named)
    }
    let splits = names.map { $0.split(separator: ".", omittingEmptySubsequences: false).map(String.init) }
    let splittable = splits.map { $0.count > 1 && $0.allSatisfy { !$0.isEmpty } }
    let leaves = Set(names)
    return zip(names, zip(splits, splittable)).map { name, split in
      let (parts, canSplit) = split
      guard canSplit else { return [name] }
      let clashes = (1..<parts.count).contains { leaves.contains(parts[0..<$0].joined(separator: ".")) }
      return clashes ? [name] : parts
    }
  }

  /// Stores `value` at `path` in `record`, creating nested records on the way.
  static func insert(_ value: Value, at path: ArraySlice<String>, into record: inout Record) {
    guard let key = path.first else { return }
    guard path.count > 1 else {
      record[key] = value
      return
    }
    var nested = Record()
    if case .record(let existing)? = record[key] { nested = existing }
    // Detach the nested record first so that it is mutated in place, not copied.
    record[key] = .null
    insert(value, at: path.dropFirst(), into: &nested)
    record[key] = .record(nested)
  }
}
