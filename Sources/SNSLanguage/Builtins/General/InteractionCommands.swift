import Foundation

/// Commands that involve time or the person at the terminal.
enum InteractionCommands {
  static var all: [BuiltinCommand] { [now, sleep, confirm, input] }

  static let now = BuiltinCommand(
    name: "now", category: .general, summary: "the current time in UTC, as an ISO 8601 string",
    usage: "now", example: "echo \"started at $(now)\""
  ) { _, _ in
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return .string(formatter.string(from: Date()))
  }

  static let sleep = BuiltinCommand(
    name: "sleep", category: .general, summary: "waits SECONDS (Ctrl-C stops it at once)",
    usage: "sleep SECONDS", example: "sleep 0.5"
  ) { arguments, context in
    guard let seconds = arguments.positional.first?.numericValue, seconds >= 0, seconds < 1e9 else {
      throw RuntimeError(.runtime, "'sleep' needs a number of seconds, 0 or more", range: arguments.range)
    }
    context.io.flush()  // what was printed before the pause is seen during it
    try await Task.sleep(nanoseconds: UInt64(seconds * 1e9))
    return .null
  }

  static let confirm = BuiltinCommand(
    name: "confirm", category: .general,
    summary: "asks a yes/no question; false when nobody can answer, true with --yes",
    usage: "confirm QUESTION", example: "if (confirm \"release them all?\") { echo yes }"
  ) { arguments, context in
    let question = arguments.positional.map(\.description).joined(separator: " ")
    let settings = context.settings
    if settings.assumeYes { return .bool(true) }
    guard settings.interactive else { return .bool(false) }
    return .bool(await context.io.confirm(question.isEmpty ? "continue?" : question))
  }

  static let input = BuiltinCommand(
    name: "input", category: .general, summary: "reads a line after showing PROMPT; null at end of input",
    usage: "input PROMPT", example: "name = (input \"display name: \")"
  ) { arguments, context in
    let prompt = arguments.positional.map(\.description).joined(separator: " ")
    return await context.io.readLine(prompt: prompt).map(Value.string) ?? .null
  }
}
