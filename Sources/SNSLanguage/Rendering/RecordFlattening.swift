/// Nested records spread into dotted field names, for table columns, `field: value` lines and
/// CSV headers: `{money: {amount: "2.0"}}` → `money.amount`.
enum RecordFlattening {
  /// The fields of `record` with nested records spread out; an empty nested record stays `{}`.
  static func flatten(_ record: Record) -> [(name: String, value: Value)] {
    var fields: [(name: String, value: Value)] = []
    append(record, prefix: "", to: &fields)
    return fields
  }

  private static func append(
    _ record: Record, prefix: String, to fields: inout [(name: String, value: Value)]
  ) {
    for (key, value) in record {
      let name = prefix + key
      if case .record(let nested) = value, !nested.isEmpty {
        append(nested, prefix: name + ".", to: &fields)
      } else {
        fields.append((name, value))
      }
    }
  }

  /// Adds `name` after the columns of its nearest parent already present, so that the fields of
  /// a record that was null in the first rows still sit together; else at the end.
  private static func insert(_ name: String, into names: inout [String], seen: Set<String>) {
    guard let parent = parentNames(of: name).last(where: seen.contains) else {
      names.append(name)
      return
    }
    let family = names.lastIndex { $0 == parent || $0.hasPrefix(parent + ".") }
    names.insert(name, at: family.map { $0 + 1 } ?? names.count)
  }

  /// `a.b.c` → `a`, `a.b`.
  private static func parentNames(of name: String) -> [String] {
    var parents: [String] = []
    var prefix = ""
    for part in name.split(separator: ".", omittingEmptySubsequences: false).dropLast() {
      prefix += prefix.isEmpty ? String(part) : "." + part
      parents.append(prefix)
    }
    return parents
  }

  /// The union of the flattened field names of `records`, in the order first seen, and each
  /// record's values by name.
  static func columns(of records: [Record]) -> (names: [String], rows: [[String: Value]]) {
    var names: [String] = []
    var seen: Set<String> = []
    var rows: [[String: Value]] = []
    rows.reserveCapacity(records.count)
    for record in records {
      var row: [String: Value] = [:]
      for (name, value) in flatten(record) {
        if seen.insert(name).inserted { insert(name, into: &names, seen: seen) }
        row[name] = value
      }
      rows.append(row)
    }
    // A nested record that is null in some records would otherwise add a column of its own
    // beside its dotted fields (`smsConfiguration` and `smsConfiguration.servicePlanId`).
    let parents = Set(names.flatMap(parentNames))
    let kept = names.filter { name in
      !parents.contains(name) || rows.contains { row in row[name].map { !$0.isNull } ?? false }
    }
    return (kept, rows)
  }
}
