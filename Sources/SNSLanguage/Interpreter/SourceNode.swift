import Foundation

/// `source FILE`: parses the whole file first, then runs it in the current scope.
final class SourceNode: StatementNode, @unchecked Sendable {
  let path: ExpressionNode

  init(path: ExpressionNode, range: SourceRange) {
    self.path = path
    super.init(range: range, isPure: false)
  }

  override func execute(_ frame: Frame, display: Bool, on interpreter: isolated Interpreter) async throws
    -> Flow
  {
    let value = try await path.evaluate(frame, on: interpreter)
    guard case .string(let name) = value else {
      throw RuntimeError(.runtime, "source needs a file name, not \(value.typeName)", range: path.range)
    }
    guard frame.depth < InterpreterState.maximumDepth else {
      throw RuntimeError(
        .runtime, "too many nested sources (more than \(InterpreterState.maximumDepth))", range: range)
    }
    let text: String
    do {
      text = try FileBytes.contents(of: DataFile.expandingHome(in: name), shownAs: name)
    } catch {
      throw RuntimeError(
        .runtime, error.description.replacingOccurrences(of: "cannot open", with: "cannot source"),
        range: path.range)
    }
    let state = frame.state
    let program: Program
    switch Parser.parse(source: text, fileName: name, symbols: state.symbols) {
    case .program(let parsed):
      program = parsed
    case .incomplete(let diagnostics), .errors(let diagnostics):
      let first = diagnostics.first.map { ": \($0.description)" } ?? ""
      let more = diagnostics.count > 1 ? " (and \(diagnostics.count - 1) more)" : ""
      throw RuntimeError(.runtime, "cannot source '\(name)': syntax error\(first)\(more)", range: path.range)
    }
    state.symbols = program.symbols
    let nodes = Compiler(file: program.file).statements(program.statements)
    let sourced = Frame(state: state, scope: frame.scope, file: program.file, depth: frame.depth + 1)
    do {
      var result = Value.null
      for node in nodes {
        let flow = try await node.execute(sourced, display: display, on: interpreter)
        guard case .normal(let value) = flow else { return flow }
        result = value
      }
      return .normal(result)
    } catch let error as RuntimeError {
      throw error.located(in: program.file)
    }
  }
}
