import SNSLanguage

/// Reads lines from stdin, showing the prompt on stderr: the prompt's line source when stdin is
/// a terminal but stdout is not, or when libedit cannot start.
struct PromptingLineReader: LineSource {
  let io: TerminalIO

  mutating func readLine(prompt: String) -> LineResult {
    io.writeError(prompt)
    guard let line = TerminalInput.readLine() else { return .endOfInput }
    return .line(line)
  }
}

/// The read-run loop of the prompt: reads a statement (several lines while the parser says the
/// input is incomplete), runs it, reports errors and goes on.
struct REPL {
  let runner: ScriptRunner
  var lines: any LineSource
  /// The globals as completion sees them, refreshed after each statement.
  let snapshot: SessionSnapshot
  /// Whether the prompt goes through libedit, which must be told which bytes of a coloured
  /// prompt take no room on the screen.
  let promptEscapes: Bool

  /// Runs until the end of input or `exit`; returns the exit status.
  mutating func run() async -> Int32 {
    var entry = ""
    while true {
      let line: String
      switch lines.readLine(prompt: prompt(continuing: !entry.isEmpty)) {
      case .line(let text):
        line = text
      case .interrupted:
        entry = ""
        continue
      case .endOfInput:
        guard !entry.isEmpty else { return 0 }
        // Ctrl-D inside an unfinished statement (an open string or block) abandons that
        // statement, says why it was unfinished, and leaves the session running.
        runner.io.writeError("\n")
        reportUnfinished(entry)
        entry = ""
        continue
      }
      entry += entry.isEmpty ? line : "\n" + line
      switch await runEntry(entry) {
      case .needsMoreInput: continue
      case .exited(let status): return status
      case .done: entry = ""
      }
    }
  }

  /// What running one entry led to.
  private enum EntryOutcome {
    /// The statement is not finished: read a continuation line.
    case needsMoreInput
    /// It ran, or failed and was reported.
    case done
    /// `exit N` ran.
    case exited(Int32)
  }

  /// Parses and runs `entry` (one whole statement, maybe several lines). A statement with
  /// errors is remembered too, so Up can fix it.
  private mutating func runEntry(_ entry: String) async -> EntryOutcome {
    let file = SourceFile(name: "<stdin>", text: entry)
    switch Parser.parse(file: file, symbols: await runner.interpreter.symbols) {
    case .incomplete:
      return .needsMoreInput
    case .errors(let diagnostics):
      lines.remember(entry)
      runner.report(diagnostics, in: file)
    case .program(let program):
      lines.remember(entry)
      let outcome = await runner.execute(program)
      await snapshot.refresh(from: runner.interpreter.context.session)
      switch outcome {
      case .exited(let status): return .exited(status)
      default: runner.report(outcome)
      }
    }
    return .done
  }

  /// Reports what leaves `entry` unfinished (an unclosed string, bracket or block) as errors.
  private mutating func reportUnfinished(_ entry: String) {
    let file = SourceFile(name: "<stdin>", text: entry)
    switch Parser.parse(file: file, symbols: SymbolTable()) {
    case .incomplete(let diagnostics), .errors(let diagnostics):
      lines.remember(entry)
      runner.report(diagnostics, in: file)
    case .program:
      break
    }
  }

  /// `sns[LABEL]> `, or `...> ` on a continuation line; bold when colour is on.
  private func prompt(continuing: Bool) -> String {
    let context = runner.interpreter.context
    let text = continuing ? "...>" : "sns[\(context.backend.label)]>"
    guard context.settings.color else { return text + " " }
    // libedit's prompt escape (\u{1}) brackets bytes that take no room on the screen.
    let mark = promptEscapes ? "\u{1}" : ""
    return mark + "\u{1B}[1;36m" + mark + text + mark + "\u{1B}[0m" + mark + " "
  }
}
