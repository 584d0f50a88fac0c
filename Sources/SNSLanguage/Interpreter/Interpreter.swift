import Foundation

/// Runs sns programs: a tree-walking, asynchronous, cancellable interpreter (LANGUAGE.md §5).
///
/// One interpreter is one session: its global scope, functions and symbol table live as long as
/// it does, so a prompt runs each entry with the same interpreter. The actor serializes the
/// session's state; the blocks of `each -j` interleave on it while they wait for the API.
///
/// ```swift
/// let interpreter = Interpreter(context: context)
/// switch Parser.parse(source: text, fileName: "x.sns", symbols: await interpreter.symbols) {
/// case .program(let program): let outcome = await interpreter.run(program)
/// ...
/// ```
public actor Interpreter {
  let state: InterpreterState
  /// The command context the session's commands run with.
  public nonisolated let context: CommandContext

  /// A session over `context` with the builtins of `registry`; `arguments` become `$args` and
  /// `environment` becomes `$env`.
  public init(
    context: CommandContext, registry: BuiltinRegistry = .standard, arguments: [String] = [],
    environment: [String: String] = [:]
  ) {
    let state = InterpreterState(context: context, registry: registry, symbols: SymbolTable())
    state.global.define(Symbol.args.id, .list(arguments.map(Value.string)))
    let variables = environment.sorted { $0.key < $1.key }.map { ($0.key, Value.string($0.value)) }
    state.global.define(Symbol.env.id, .record(Record(variables)))
    state.global.define(Symbol.last.id, .null)
    self.state = state
    self.context = context
    let previous = context.session
    context.session = SessionHooks(
      registry: registry,
      variables: { [weak self] in await self?.variableListing() ?? [] },
      functions: { [weak self] in await self?.functionSignatures() ?? [] },
      switchProfile: previous?.switchProfile)
  }

  /// The session's names. Pass them to `Parser.parse` so that each entry shares the ids.
  public var symbols: SymbolTable { state.symbols }

  /// The value of a global variable, or nil (for tests and the shell).
  public func globalValue(_ name: String) -> Value? {
    guard let symbol = state.symbols.symbol(named: name) else { return nil }
    return state.global.lookup(symbol.id)
  }

  /// Parses `source` completely and runs it; a syntax error anywhere runs nothing.
  public func run(source: String, fileName: String) async -> RunOutcome {
    switch Parser.parse(source: source, fileName: fileName, symbols: state.symbols) {
    case .program(let program): return await run(program)
    case .incomplete(let diagnostics), .errors(let diagnostics): return .syntaxErrors(diagnostics)
    }
  }

  /// Runs a parsed program at the top level, showing the values of its statements. `program`
  /// must have been parsed with this interpreter's `symbols` (or extend them).
  public func run(_ program: Program) async -> RunOutcome {
    guard program.symbols.names.starts(with: state.symbols.names) else {
      return .failed(
        RuntimeError(.runtime, "internal error: the program was parsed with another symbol table"))
    }
    state.symbols = program.symbols
    let frame = Frame(state: state, scope: state.global, file: program.file, depth: 0)
    context.changes.reset()
    for node in Compiler(file: program.file).statements(program.statements) {
      do {
        switch try await node.execute(frame, display: true, on: self) {
        case .normal(let value):
          if node.setsLast { state.global.define(Symbol.last.id, value) }
        case .exited(let status): return .exited(status)
        case .interrupted: return .interrupted
        case .breakLoop, .continueLoop, .returned: break
        }
        // A statement's output is seen when it ends, even in a file or a pipe: a log of a long
        // script shows how far it got.
        context.io.flush()
      } catch let error as RuntimeError {
        return .failed(error.located(in: program.file))
      } catch let exit as ExitRequest {
        return .exited(exit.status)
      } catch is CancellationError {
        return .interrupted
      } catch {
        return .failed(RuntimeError(.runtime, "\(error)", range: node.range).located(in: program.file))
      }
    }
    return .completed
  }

  /// The global variables as `vars` lists them.
  func variableListing() -> [(name: String, value: Value)] {
    state.global.definedIds.map { (state.name(of: $0), state.global.lookup($0) ?? .null) }
      .sorted { $0.name < $1.name }
  }

  /// The signatures of the functions defined so far, in name order.
  func functionSignatures() -> [String] {
    state.functions.values.map(\.signature).sorted()
  }
}

/// How a program run ended.
public enum RunOutcome: Sendable {
  /// Every statement ran.
  case completed
  /// `exit N` ran.
  case exited(Int32)
  /// A runtime error stopped it; the error knows its file and place.
  case failed(RuntimeError)
  /// Ctrl-C (cancellation of the running task) stopped it.
  case interrupted
  /// The source did not parse; nothing ran.
  case syntaxErrors([Diagnostic])

  /// The process exit status of LANGUAGE.md §1 for this outcome.
  public var exitStatus: Int32 {
    switch self {
    case .completed: 0
    case .exited(let status): status
    case .failed: 1
    case .interrupted: 130
    case .syntaxErrors: 2
    }
  }
}

extension StatementNode {
  /// Whether a top-level statement's value becomes `$last`: pipelines and assignments do;
  /// control flow and definitions leave it alone.
  var setsLast: Bool {
    self is PipelineStatementNode || self is AssignNode || self is AddAssignNode
  }
}

extension InterpreterState {
  /// Names parsed as special forms or statements, which a function may not take either.
  static let specialForms = ["where", "each", "exit", "source"]
}
