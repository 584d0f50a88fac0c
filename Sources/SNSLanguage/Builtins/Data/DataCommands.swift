/// The data commands of LANGUAGE.md §6.2 that reshape lists (`where` and `each` are special
/// forms of the parser and live in the interpreter).
public enum DataCommands {
  /// Every data command, for the registry.
  public static var all: [BuiltinCommand] {
    [sort, first, last, count, select, get, uniq, reverse, flatten, group] + FormatCommands.all
  }

  static let sort = BuiltinCommand(
    name: "sort", category: .data, summary: "sort a list by a field, or by value; stable",
    usage: "sort [FIELD] [-r]", example: "ls | sort displayName -r",
    flags: [.init("reverse", short: "r", "largest first")]
  ) { arguments, _ in
    let (items, rest, ranges) = try arguments.items(of: "sort")
    let path = try arguments.string(rest, ranges, at: 0, named: "a field name", of: "sort")
    let fieldRange = ranges.first ?? arguments.range
    var keyed: [(key: Value, offset: Int, item: Value)] = []
    for (offset, item) in items.enumerated() {
      let key = try path.map { path throws(RuntimeError) in try item.field(dotted: path, at: fieldRange) }
      keyed.append((key ?? item, offset, item))
    }
    let descending = arguments.has("reverse")
    keyed.sort { left, right in
      if left.key.sortsBefore(right.key) { return !descending }
      if right.key.sortsBefore(left.key) { return descending }
      return left.offset < right.offset
    }
    return .list(keyed.map(\.item))
  }

  static let first = BuiltinCommand(
    name: "first", category: .data, summary: "the first item, or a list of the first N items",
    usage: "first [N]", example: "ls | first 3"
  ) { arguments, _ in
    let (items, rest, ranges) = try arguments.items(of: "first")
    guard let count = try arguments.count(in: rest, ranges: ranges, of: "first") else {
      return items.first ?? .null
    }
    return .list(Array(items.prefix(count)))
  }

  static let last = BuiltinCommand(
    name: "last", category: .data, summary: "the last item, or a list of the last N items",
    usage: "last [N]", example: "ls | last 2"
  ) { arguments, _ in
    let (items, rest, ranges) = try arguments.items(of: "last")
    guard let count = try arguments.count(in: rest, ranges: ranges, of: "last") else {
      return items.last ?? .null
    }
    return .list(Array(items.suffix(count)))
  }

  static let count = BuiltinCommand(
    name: "count", category: .data, summary: "the number of items in a list (fields of a record)",
    usage: "count", example: "ls region=US | count"
  ) { arguments, _ in
    let (value, _, _) = try arguments.subject(of: "count")
    switch value {
    case .list(let items): return .int(items.count)
    case .record(let record): return .int(record.count)
    case .null: return .int(0)
    default: return .int(1)
    }
  }

  static let select = BuiltinCommand(
    name: "select", category: .data, summary: "records with only the named fields (dotted paths allowed)",
    usage: "select FIELD...", example: "ls | select phoneNumber displayName money.amount"
  ) { arguments, _ in
    let (value, rest, ranges) = try arguments.subject(
      of: "select", expecting: "a record or a list of records")
    var paths: [(String, SourceRange)] = []
    for index in rest.indices {
      if let path = try arguments.string(rest, ranges, at: index, named: "field names", of: "select") {
        paths.append((path, index < ranges.count ? ranges[index] : arguments.range))
      }
    }
    guard !paths.isEmpty else {
      throw RuntimeError(.runtime, "'select' needs at least one field name", range: arguments.range)
    }
    func pick(_ item: Value) throws(RuntimeError) -> Value {
      var record = Record()
      for (path, range) in paths { record[path] = try item.field(dotted: path, at: range) }
      return .record(record)
    }
    guard case .list(let items) = value else { return try pick(value) }
    var picked: [Value] = []
    for item in items { picked.append(try pick(item)) }
    return .list(picked)
  }

  static let get = BuiltinCommand(
    name: "get", category: .data, summary: "the value of a field of each item, or of one record",
    usage: "get FIELD", example: "ls | get phoneNumber"
  ) { arguments, _ in
    let (value, rest, ranges) = try arguments.subject(of: "get", expecting: "a record or a list of records")
    guard let path = try arguments.string(rest, ranges, at: 0, named: "a field name", of: "get") else {
      throw RuntimeError(.runtime, "'get' needs a field name", range: arguments.range)
    }
    let range = ranges.first ?? arguments.range
    guard case .list(let items) = value else { return try value.field(dotted: path, at: range) }
    var values: [Value] = []
    for item in items { values.append(try item.field(dotted: path, at: range)) }
    return .list(values)
  }

  static let uniq = BuiltinCommand(
    name: "uniq", category: .data, summary: "the list without repeated items, first ones kept",
    usage: "uniq", example: "ls | get regionCode | uniq"
  ) { arguments, _ in
    var seen = Set<Value>()
    return .list(try arguments.items(of: "uniq").items.filter { seen.insert($0).inserted })
  }

  static let reverse = BuiltinCommand(
    name: "reverse", category: .data, summary: "the list in reverse order",
    usage: "reverse", example: "1..5 | reverse"
  ) { arguments, _ in
    .list(try arguments.items(of: "reverse").items.reversed())
  }

  static let flatten = BuiltinCommand(
    name: "flatten", category: .data, summary: "splices the items of nested lists into one list (one level)",
    usage: "flatten", example: "[[1, 2], [3], 4] | flatten"
  ) { arguments, _ in
    var flat: [Value] = []
    for item in try arguments.items(of: "flatten").items {
      if case .list(let inner) = item { flat += inner } else { flat.append(item) }
    }
    return .list(flat)
  }

  static let group = BuiltinCommand(
    name: "group", category: .data, summary: "a record from each value of a field to the list of its items",
    usage: "group FIELD", example: "ls | group regionCode"
  ) { arguments, _ in
    let (items, rest, ranges) = try arguments.items(of: "group")
    guard let path = try arguments.string(rest, ranges, at: 0, named: "a field name", of: "group") else {
      throw RuntimeError(.runtime, "'group' needs a field name", range: arguments.range)
    }
    var order: [String] = []
    var members: [String: [Value]] = [:]
    for item in items {
      let key = try item.field(dotted: path, at: ranges.first ?? arguments.range).description
      if members[key] == nil { order.append(key) }
      members[key, default: []].append(item)
    }
    return .record(Record(order.map { ($0, Value.list(members[$0] ?? [])) }))
  }
}
