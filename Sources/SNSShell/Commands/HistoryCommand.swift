import SNSLanguage

/// `history [N]`: the statements typed at the prompt, numbered, oldest first.
///
/// History belongs to the interactive prompt; in a script there is none to show, and an empty
/// list would hide the mistake, so `history` there is a runtime error that says so.
enum HistoryCommand {
  /// The command, reading `store` (nil outside the interactive prompt).
  static func command(store: SharedHistory?) -> BuiltinCommand {
    BuiltinCommand(
      name: "history", category: .session,
      summary: "the statements typed at the prompt, numbered (kept only at the interactive prompt)",
      usage: "history [N]", example: "history 10"
    ) { arguments, _ in
      guard let store else {
        throw RuntimeError(
          .runtime, "history is kept only at the interactive prompt, not in a script",
          range: arguments.range)
      }
      var last: Int?
      if let first = arguments.positional.first {
        guard case .int(let count) = first, count >= 0 else {
          throw RuntimeError(
            .runtime, "'history' takes a count of entries, 0 or more", range: arguments.range(ofPositional: 0)
          )
        }
        last = count
      }
      let (entries, total) = store.entries(last: last)
      let firstNumber = total - entries.count + 1
      return .list(
        entries.enumerated().map { offset, entry in
          .record(Record([("n", .int(firstNumber + offset)), ("command", .string(entry))]))
        })
    }
  }
}
