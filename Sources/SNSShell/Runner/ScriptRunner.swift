import SNSLanguage

/// Parses and runs sources on one interpreter, reporting errors on stderr in the §7 form.
struct ScriptRunner: Sendable {
  let interpreter: Interpreter
  let io: TerminalIO
  let errorsInColor: Bool
  let interrupts = InterruptHandler()

  /// Runs a whole script: nothing runs unless all of it parses. Returns the exit status.
  func run(_ file: SourceFile) async -> Int32 {
    let result = Parser.parse(file: file, symbols: await interpreter.symbols)
    guard case .program(let program) = result else {
      report(result.diagnostics, in: file)
      return 2
    }
    return report(await execute(program))
  }

  /// Runs a parsed program; Ctrl-C cancels it.
  func execute(_ program: Program) async -> RunOutcome {
    let interpreter = self.interpreter
    return await interrupts.run { await interpreter.run(program) }
  }

  /// Prints what an outcome needs on stderr and returns its exit status.
  @discardableResult
  func report(_ outcome: RunOutcome) -> Int32 {
    switch outcome {
    case .failed(let error):
      io.writeError(error.rendered(usingColor: errorsInColor) + "\n")
    case .syntaxErrors(let diagnostics):
      report(diagnostics, in: nil)
    case .interrupted:
      io.writeError((interpreter.context.changes.interruptionReport() ?? "interrupted") + "\n")
    case .completed, .exited:
      break
    }
    return outcome.exitStatus
  }

  /// Prints syntax errors, each with its source line.
  func report(_ diagnostics: [Diagnostic], in file: SourceFile?) {
    let renderer = DiagnosticRenderer(usesColor: errorsInColor)
    io.writeError(renderer.render(diagnostics, source: file) + "\n")
  }
}
