/// An interned name (variable, function, command or field). Two symbols from the same table are equal
/// when their ids are, so an interpreter can key scopes by the small integer `id` instead of hashing
/// strings on every variable access.
public struct Symbol: Hashable, Sendable, CustomStringConvertible {
  /// A dense index into the `SymbolTable` that made the symbol; stable for the table's lifetime.
  public let id: Int
  /// The name as written, for messages.
  public let name: String

  init(id: Int, name: String) {
    self.id = id
    self.name = name
  }

  /// `$it`, the item inside `where`, `each` and `sort`, and the base of the `.field` shorthand.
  public static let it = Symbol(id: 0, name: "it")
  /// `$args`, the script's arguments.
  public static let args = Symbol(id: 1, name: "args")
  /// `$env`, the environment.
  public static let env = Symbol(id: 2, name: "env")
  /// `$last`, the value of the previous top-level statement.
  public static let last = Symbol(id: 3, name: "last")

  /// Compares ids only: symbols are only compared within one table.
  public static func == (lhs: Symbol, rhs: Symbol) -> Bool { lhs.id == rhs.id }

  /// Hashes the id only.
  public func hash(into hasher: inout Hasher) { hasher.combine(id) }

  /// The name.
  public var description: String { name }
}

/// The names interned so far. The prompt passes the same table to every parse (and `source` to the
/// file it reads) so that a name keeps its id for the whole session.
public struct SymbolTable: Sendable {
  /// Every interned name, indexed by symbol id.
  public private(set) var names: [String]
  private var ids: [String: Int]

  /// A table holding the predefined variables `it`, `args`, `env` and `last` (ids 0 to 3).
  public init() {
    names = []
    ids = [:]
    for predefined in [Symbol.it, .args, .env, .last] {
      _ = intern(predefined.name)
    }
  }

  /// The symbol for `name`, creating it if it is new.
  public mutating func intern(_ name: String) -> Symbol {
    if let id = ids[name] { return Symbol(id: id, name: names[id]) }
    let id = names.count
    names.append(name)
    ids[name] = id
    return Symbol(id: id, name: name)
  }

  /// The symbol for `name` if it has been interned.
  public func symbol(named name: String) -> Symbol? {
    ids[name].map { Symbol(id: $0, name: names[$0]) }
  }

  /// The number of symbols, one more than the largest id.
  public var count: Int { names.count }
}
