/// What every frame of one session shares: the global scope, the functions, the builtins and the
/// command context. Only used on the interpreter's actor.
final class InterpreterState {
  /// How deeply function calls and `source` may nest before the call is refused with an error
  /// rather than exhausting memory.
  static let maximumDepth = 1000

  let context: CommandContext
  let registry: BuiltinRegistry
  /// The session's names; each parse extends it.
  var symbols: SymbolTable
  let global: Scope
  /// Functions defined with `def`, by symbol id.
  var functions: [Int: UserFunction] = [:]

  init(context: CommandContext, registry: BuiltinRegistry, symbols: SymbolTable) {
    self.context = context
    self.registry = registry
    self.symbols = symbols
    global = Scope(parent: nil, capacity: max(64, symbols.count))
  }

  /// The error for reading a variable nobody defined, with the closest defined name.
  func unknownVariable(_ symbol: Symbol, at range: SourceRange, in scope: Scope) -> RuntimeError {
    let names = scope.definedIds.compactMap { $0 < symbols.names.count ? "$" + symbols.names[$0] : nil }
    return RuntimeError(
      .runtime, "unknown variable '$\(symbol.name)'", range: range,
      suggestion: suggestion(for: "$" + symbol.name, among: names))
  }

  /// The name of the symbol with this id.
  func name(of id: Int) -> String {
    id < symbols.names.count ? symbols.names[id] : "#\(id)"
  }

  /// Shows a statement's value as LANGUAGE.md §8 says, unless it is null or its command reported
  /// it already (in `table` mode).
  func show(_ value: Value, reported: Bool = false) {
    if value.isNull { return }
    // A list of nothing but nulls is what `each { echo ... }` returns: it says nothing, and its
    // echoes have already said everything.
    if case .list(let items) = value, !items.isEmpty, items.allSatisfy(\.isNull) { return }
    let settings = context.settings
    if reported && settings.output == .table { return }
    let format: RenderFormat =
      switch settings.output {
      case .table: .table
      case .json: .json
      case .csv: .csv
      }
    let text = value.rendered(as: format, options: RenderOptions(colorHeaders: settings.color))
    // An empty string is a value like any other and shows as an empty line (§5: shown when not
    // null); only an empty CSV table, which has no header to print, shows nothing.
    if text.isEmpty, case .list = value { return }
    context.io.writeOutput(text + "\n")
  }
}

/// A function defined with `def`, compiled.
struct UserFunction: Sendable {
  /// One parameter and its default, evaluated at call time in the call's scope.
  struct Parameter: Sendable {
    let symbol: Symbol
    let defaultValue: ExpressionNode?
  }

  let name: Symbol
  let parameters: [Parameter]
  let body: BlockNode
  /// The source the body was compiled from.
  let file: SourceFile

  /// `name(a, b = ...)`, as `vars` and errors show it.
  var signature: String {
    let list = parameters.map { $0.defaultValue == nil ? $0.symbol.name : "\($0.symbol.name) = …" }
    return "\(name.name)(\(list.joined(separator: ", ")))"
  }
}
