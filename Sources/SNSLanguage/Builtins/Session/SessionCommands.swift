/// The session commands of LANGUAGE.md §6.4 that need no terminal: `help`, `vars`, `option`,
/// `status` and `profile`. `history` and `login` belong to the interactive shell.
public enum SessionCommands {
  /// Every session command, for the registry.
  public static var all: [BuiltinCommand] { [HelpCommand.command, vars, option, status, profile] }

  static let vars = BuiltinCommand(
    name: "vars", category: .session, summary: "the global variables and functions",
    usage: "vars", example: "vars"
  ) { _, context in
    guard let session = context.session else { return .list([]) }
    var rows: [Value] = []
    for (name, value) in await session.variables() {
      rows.append(.record(["name": .string("$" + name), "type": .string(value.typeName), "value": value]))
    }
    for signature in await session.functions() {
      rows.append(.record(["name": .string(signature), "type": "function", "value": .null]))
    }
    return .list(rows)
  }

  /// The options `option` can change, with their values.
  static let optionValues: [(name: String, values: [String])] = [
    ("output", OutputMode.allCases.map(\.rawValue)), ("dry-run", ["on", "off"]), ("color", ["on", "off"]),
    ("confirm", ["on", "off"]),
  ]

  static let option = BuiltinCommand(
    name: "option", category: .session, summary: "changes an option of the session",
    usage: "option NAME VALUE   (output table|json|csv, dry-run on|off, color on|off, confirm on|off)",
    example: "option output json"
  ) { arguments, context in
    let names = optionValues.map(\.name)
    guard case .string(let name)? = arguments.positional.first else {
      throw RuntimeError(
        .runtime, "'option' needs a name: \(names.joined(separator: ", "))", range: arguments.range)
    }
    guard let option = optionValues.first(where: { $0.name == name.lowercased() }) else {
      throw RuntimeError(
        .runtime, "unknown option '\(name)'; options: \(names.joined(separator: ", "))",
        range: arguments.range(ofPositional: 0), suggestion: suggestion(for: name, among: names))
    }
    let given = arguments.positional.count > 1 ? arguments.positional[1] : nil
    let word: String
    switch given {
    case .string(let text)?: word = text.lowercased()
    case .bool(let flag)?: word = flag ? "on" : "off"
    default:
      throw RuntimeError(
        .runtime, "'option \(option.name)' needs a value: \(option.values.joined(separator: ", "))",
        range: arguments.range)
    }
    guard option.values.contains(word) else {
      throw RuntimeError(
        .runtime,
        "invalid value '\(word)' for option \(option.name); valid values: \(option.values.joined(separator: ", "))",
        range: arguments.range(ofPositional: 1), suggestion: suggestion(for: word, among: option.values))
    }
    context.updateSettings { settings in
      switch option.name {
      case "output": settings.output = OutputMode(rawValue: word) ?? settings.output
      case "dry-run": settings.dryRun = word == "on"
      case "color": settings.color = word == "on"
      default: settings.confirm = word == "on"
      }
    }
    return .null
  }

  static let status = BuiltinCommand(
    name: "status", category: .session, summary: "the backend, project, API origin and options in force",
    usage: "status", example: "status"
  ) { _, context in
    let backend = context.backend
    let settings = context.settings
    let onOff = { (flag: Bool) -> Value in .string(flag ? "on" : "off") }
    return .record([
      "backend": .string(backend.kind), "profile": .string(backend.label),
      "project": .string(backend.project),
      "api": .string(backend.apiOrigin), "chosenBy": .string(backend.origin),
      "output": .string(settings.output.rawValue), "dryRun": onOff(settings.dryRun),
      "confirm": onOff(settings.confirm), "yes": onOff(settings.assumeYes), "quiet": onOff(settings.quiet),
      "color": onOff(settings.color), "interactive": onOff(settings.interactive),
    ])
  }

  static let profile = BuiltinCommand(
    name: "profile", category: .session, summary: "shows the current profile, or switches to profile NAME",
    usage: "profile [NAME]", example: "profile staging"
  ) { arguments, context in
    guard let first = arguments.positional.first else {
      let backend = context.backend
      return .record([
        "profile": .string(backend.label), "backend": .string(backend.kind),
        "project": .string(backend.project),
        "api": .string(backend.apiOrigin),
      ])
    }
    guard let switchProfile = context.session?.switchProfile else {
      throw RuntimeError(.runtime, "switching profiles is not available here", range: arguments.range)
    }
    let backend = try await switchProfile(first.description)
    context.io.writeError(
      "now using profile \(backend.label) (project \(backend.project), \(backend.apiOrigin))\n")
    return .null
  }
}
