import SNSLanguage

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Shell {
  /// The standard builtins plus the two that need the shell: `history` and `login`.
  static func sessionRegistry(
    history: SharedHistory?, environment: [String: String], io: TerminalIO
  ) -> BuiltinRegistry {
    var registry = BuiltinRegistry.standard
    registry.register(HistoryCommand.command(store: history))
    let questions = LoginCommand.Questions(
      ask: { prompt in await io.readLine(prompt: prompt) },
      askSecret: { prompt in io.readSecret(prompt: prompt) })
    registry.register(
      LoginCommand.command(configPath: ConfigFile.defaultPath(environment: environment), questions: questions)
    )
    return registry
  }

  /// The history file, or a history kept in memory when the file cannot be used (said once).
  static func openHistory(environment: [String: String], io: TerminalIO) -> SharedHistory? {
    let path = HistoryStore.defaultPath(environment: environment)
    do {
      return SharedHistory(try HistoryStore(path: path))
    } catch {
      io.writeError("sns: history will not be saved: \(error)\n")
      return (try? HistoryStore(path: nil)).map(SharedHistory.init)
    }
  }

  /// The line said at start when no credentials are in use, with the way out.
  static func sandboxNotice(origin: String) -> String {
    let advice =
      origin == "--sandbox" ? "changes last until you quit" : "run 'login' to use your Sinch project"
    return "sns: using the built-in Sandbox (\(origin)); \(advice)\n"
  }

  /// Runs the prompt: libedit when stdin and stdout are terminals, plain reading otherwise.
  static func runPrompt(runner: ScriptRunner, history: SharedHistory?) async -> Int32 {
    let context = runner.interpreter.context
    let snapshot = SessionSnapshot()
    await snapshot.refresh(from: context.session)
    var lines: any LineSource = PromptingLineReader(io: runner.io)
    var usesEditor = false
    if LineEditor.isUsable {
      let completion = CompletionEngine(
        registry: context.session?.registry ?? .standard,
        variables: { snapshot.variableNames },
        fields: { path in snapshot.fields(at: path) },
        numbers: { context.knownNumbers },
        regions: { context.cachedRegions ?? [] })
      if let editor = LineEditor(history: history?.underlyingStore, completion: completion) {
        lines = editor
        usesEditor = true
      }
    }
    var repl = REPL(runner: runner, lines: lines, snapshot: snapshot, promptEscapes: usesEditor)
    return await repl.run()
  }
}
