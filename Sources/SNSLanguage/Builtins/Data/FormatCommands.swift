/// `to`, `from`, `open` and `save`: values to and from text and files.
enum FormatCommands {
  static var all: [BuiltinCommand] { [to, from, open, save] }

  static let to = BuiltinCommand(
    name: "to", category: .data, summary: "renders a value as json, csv, table or text (a string)",
    usage: "to json|csv|table|text", example: "ls | first 2 | to json"
  ) { arguments, _ in
    let format = try renderFormat(arguments, command: "to", allowed: RenderFormat.allCases.map(\.rawValue))
    let value: Value
    if let input = arguments.input {
      value = input
    } else if arguments.positional.count > 1 {
      value = arguments.positional[1]
    } else {
      throw RuntimeError(
        .runtime, "'to' needs a value from a pipe, such as: ls | to json", range: arguments.range)
    }
    return .string(value.rendered(as: RenderFormat(rawValue: format) ?? .text))
  }

  static let from = BuiltinCommand(
    name: "from", category: .data, summary: "parses a json or csv string into values",
    usage: "from json|csv", example: "'[1, 2]' | from json"
  ) { arguments, _ in
    let format = try renderFormat(arguments, command: "from", allowed: ["json", "csv"])
    let text: String
    switch arguments.input ?? (arguments.positional.count > 1 ? arguments.positional[1] : nil) {
    case .string(let string)?: text = string
    case let other?:
      throw RuntimeError(.runtime, "'from' needs a string, not \(other.typeName)", range: arguments.range)
    case nil:
      throw RuntimeError(
        .runtime, "'from' needs a string from a pipe, such as: open x.txt | from json", range: arguments.range
      )
    }
    do {
      return format == "json" ? try Value(jsonText: text) : try Value(csvText: text)
    } catch {
      throw RuntimeError(.runtime, "\(error)", range: arguments.range)
    }
  }

  static let open = BuiltinCommand(
    name: "open", category: .data, summary: "reads a .json or .csv file into values",
    usage: "open FILE", example: "open numbers.csv | count", positionalCompletion: .files
  ) { arguments, _ in
    guard
      let path = try arguments.string(
        arguments.positional, arguments.positionalRanges, at: 0, named: "a file name", of: "open")
    else { throw RuntimeError(.runtime, "'open' needs a file name", range: arguments.range) }
    do {
      return try DataFile.open(path)
    } catch {
      throw RuntimeError(.runtime, "\(error)", range: arguments.range(ofPositional: 0))
    }
  }

  static let save = BuiltinCommand(
    name: "save", category: .data, summary: "writes the piped value to a .json or .csv file",
    usage: "save FILE", example: "ls | save numbers.json", positionalCompletion: .files
  ) { arguments, _ in
    guard let value = arguments.input else {
      throw RuntimeError(
        .runtime, "'save' needs a value from a pipe, such as: ls | save x.json", range: arguments.range)
    }
    guard
      let path = try arguments.string(
        arguments.positional, arguments.positionalRanges, at: 0, named: "a file name", of: "save")
    else { throw RuntimeError(.runtime, "'save' needs a file name", range: arguments.range) }
    do {
      try DataFile.save(value, to: path)
    } catch {
      throw RuntimeError(.runtime, "\(error)", range: arguments.range(ofPositional: 0))
    }
    return .null
  }

  /// The format word of `to` and `from`, checked against `allowed`.
  private static func renderFormat(_ arguments: CommandArguments, command: String, allowed: [String])
    throws(RuntimeError) -> String
  {
    let list = allowed.joined(separator: ", ")
    guard case .string(let word)? = arguments.positional.first else {
      throw RuntimeError(.runtime, "'\(command)' needs a format: \(list)", range: arguments.range)
    }
    guard let format = allowed.first(where: { $0 == word.lowercased() }) else {
      throw RuntimeError(
        .runtime, "invalid format '\(word)' for '\(command)'; valid formats: \(list)",
        range: arguments.range(ofPositional: 0), suggestion: suggestion(for: word, among: allowed))
    }
    return format
  }
}
