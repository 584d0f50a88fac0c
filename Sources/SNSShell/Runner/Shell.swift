import Foundation
import SNSLanguage
import SinchNumbers

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `sns` executable (LANGUAGE.md §1): options, backend, then a script or the prompt.
public enum Shell {
  /// What `sns --version` prints after `sns `.
  public static let version = "0.1.0"

  /// Runs `sns` with `arguments` (without the program name) and returns the exit status.
  public static func run(
    arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment
  ) async -> Int32 {
    let io = TerminalIO()
    defer { io.flush() }
    let options: CommandLineOptions
    do {
      options = try CommandLineOptions.parse(arguments)
    } catch {
      io.writeError("sns: \(error)\n")
      return 2
    }
    if options.showHelp {
      io.writeOutput(CommandLineOptions.helpText + "\n")
      return 0
    }
    if options.showVersion {
      io.writeOutput("sns \(version)\n")
      return 0
    }
    let colorAllowed = !options.noColor && environment["NO_COLOR"] == nil
    var trace: TraceHook?
    if options.trace {
      trace = { event in io.writeError(event.description + "\n") }
    }
    let notice: NoticeHook = { message in io.writeError("sns: note: \(message)\n") }
    let api: any NumbersAPI
    let backend: BackendDescription
    do {
      let choice = try BackendResolver(options: options, environment: environment)
        .resolve(trace: trace, notice: notice)
      (api, backend) = try BackendFactory.make(choice)
    } catch {
      io.writeError("sns: \(error)\n")
      return 2
    }

    let interactive = options.source == .interactiveOrStdin && isatty(STDIN_FILENO) != 0
    var settings = SessionSettings()
    settings.output = OutputMode(rawValue: options.output.rawValue) ?? .table
    settings.dryRun = options.dryRun
    settings.assumeYes = options.yes
    settings.quiet = options.quiet
    settings.color = colorAllowed && isatty(STDOUT_FILENO) != 0
    settings.interactive = interactive && isatty(STDOUT_FILENO) != 0
    let context = CommandContext(api: api, io: io, settings: settings)
    context.describeBackend(backend)
    // History exists only where the line editor records it: a prompt with a terminal.
    let history = interactive && LineEditor.isUsable ? openHistory(environment: environment, io: io) : nil
    let registry = sessionRegistry(history: history, environment: environment, io: io)
    context.session = SessionHooks(
      registry: registry, variables: { [] }, functions: { [] },
      switchProfile: BackendFactory.profileSwitcher(
        options: options, environment: environment, trace: trace, notice: notice, context: context))
    let interpreter = Interpreter(
      context: context, registry: registry, arguments: options.arguments, environment: environment)
    let runner = ScriptRunner(
      interpreter: interpreter, io: io, errorsInColor: colorAllowed && isatty(STDERR_FILENO) != 0)

    switch options.source {
    case .file(let path):
      guard let data = FileManager.default.contents(atPath: path) else {
        io.writeError("sns: cannot read '\(path)': \(Shell.reason(for: path))\n")
        return 2
      }
      return await runner.run(SourceFile(name: path, bytes: Array(data)))
    case .command(let text):
      return await runner.run(SourceFile(name: "<command>", text: text))
    case .stdin:
      return await runner.run(
        SourceFile(name: "<stdin>", bytes: Array(FileHandle.standardInput.readDataToEndOfFile())))
    case .interactiveOrStdin where !interactive:
      return await runner.run(
        SourceFile(name: "<stdin>", bytes: Array(FileHandle.standardInput.readDataToEndOfFile())))
    case .interactiveOrStdin:
      if backend.kind == "sandbox" {
        io.writeError(sandboxNotice(origin: backend.origin))
      }
      return await runPrompt(runner: runner, history: history)
    }
  }

  /// Why a script file cannot be read, in a user's words.
  private static func reason(for path: String) -> String {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return "no such file"
    }
    return isDirectory.boolValue ? "it is a directory" : "permission denied"
  }
}
