import SNSLanguage

/// Reads lines from stdin with `Swift.readLine`, showing the prompt on stderr: the prompt's
/// line source until the libedit `LineEditor` is wired in.
struct PromptingLineReader: LineSource {
  let io: TerminalIO

  mutating func readLine(prompt: String) -> LineResult {
    io.writeError(prompt)
    guard let line = Swift.readLine() else { return .endOfInput }
    return .line(line)
  }
}

/// The read-run loop of the prompt: reads a statement (several lines while the parser says the
/// input is incomplete), runs it, reports errors and goes on.
struct REPL {
  let runner: ScriptRunner
  var lines: any LineSource

  /// Runs until the end of input or `exit`; returns the exit status.
  mutating func run() async -> Int32 {
    var entry = ""
    while true {
      let prompt = entry.isEmpty ? "sns[\(runner.interpreter.context.backend.label)]> " : "...> "
      let line: String
      switch lines.readLine(prompt: prompt) {
      case .line(let text):
        line = text
      case .interrupted:
        entry = ""
        continue
      case .endOfInput:
        if !entry.isEmpty { runner.io.writeError("\n") }
        return 0
      }
      entry += entry.isEmpty ? line : "\n" + line
      let file = SourceFile(name: "<stdin>", text: entry)
      let result = Parser.parse(file: file, symbols: await runner.interpreter.symbols)
      switch result {
      case .incomplete:
        continue
      case .errors(let diagnostics):
        runner.report(diagnostics, in: file)
      case .program(let program):
        lines.remember(entry)
        let outcome = await runner.execute(program)
        switch outcome {
        case .exited(let status): return status
        case .interrupted: runner.io.writeError("interrupted\n")
        default: runner.report(outcome)
        }
      }
      entry = ""
    }
  }
}
