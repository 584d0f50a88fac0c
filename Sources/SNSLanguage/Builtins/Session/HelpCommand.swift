/// `help [NAME]`: the command table and keywords, or one command's usage, arguments and example.
enum HelpCommand {
  static let command = BuiltinCommand(
    name: "help", category: .session, summary: "lists the commands, or explains one command or keyword",
    usage: "help [NAME]", example: "help ls", positionalCompletion: .commands
  ) { arguments, context in
    guard let registry = context.session?.registry else {
      throw RuntimeError(.runtime, "help is not available here", range: arguments.range)
    }
    let text: String
    if let name = arguments.positional.first?.description {
      text = try help(for: name, registry: registry, range: arguments.range(ofPositional: 0))
    } else {
      text = overview(registry)
    }
    context.io.writeOutput(text)
    return .null
  }

  /// Every command by category, then the keywords.
  static func overview(_ registry: BuiltinRegistry) -> String {
    var lines: [String] = []
    let width = (registry.names.map(\.count).max() ?? 8) + 2
    for category in BuiltinCommand.Category.allCases {
      let commands = registry.commands.filter { $0.category == category }
      if commands.isEmpty { continue }
      lines.append("\(category.rawValue) commands:")
      for command in commands {
        lines.append("  " + command.name.padding(to: width) + command.summary)
      }
      lines.append("")
    }
    lines.append("keywords and special forms:")
    lines.append("  " + KeywordHelp.all.map(\.name).joined(separator: " "))
    lines.append("")
    lines.append("type 'help NAME' for the arguments and an example")
    return lines.joined(separator: "\n") + "\n"
  }

  /// The help of one command or keyword.
  static func help(for name: String, registry: BuiltinRegistry, range: SourceRange) throws(RuntimeError)
    -> String
  {
    if let command = registry[name] {
      var lines = ["\(command.usage)", "  \(command.summary)"]
      if !command.parameters.isEmpty {
        lines.append("arguments:")
        for parameter in command.parameters {
          let values = parameter.values.isEmpty ? "" : " (\(parameter.values.joined(separator: "|")))"
          lines.append("  \(parameter.name)=\(values)  \(parameter.summary)")
        }
      }
      if !command.flags.isEmpty {
        lines.append("flags:")
        for flag in command.flags {
          let short = flag.short.map { "-\($0), " } ?? ""
          lines.append("  \(short)--\(flag.name)\(flag.takesValue ? " N" : "")  \(flag.summary)")
        }
      }
      lines.append("example:")
      lines.append("  \(command.example)")
      return lines.joined(separator: "\n") + "\n"
    }
    if let keyword = KeywordHelp.named(name) {
      return "\(keyword.usage)\n  \(keyword.summary)\nexample:\n  \(keyword.example)\n"
    }
    throw RuntimeError(
      .runtime, "no command or keyword '\(name)'", range: range,
      suggestion: suggestion(for: name, among: registry.names + KeywordHelp.all.map(\.name)))
  }
}

extension String {
  /// The string padded with spaces to `width` characters (never cut).
  fileprivate func padding(to width: Int) -> String {
    count >= width ? self + " " : self + String(repeating: " ", count: width - count)
  }
}
