/// Variables of one scope, stored by symbol id (LANGUAGE.md §5).
///
/// A scope is an array indexed by `Symbol.id`, so reading `$s` in a loop is an array access, not
/// a string hash. The global scope has no parent; a function call's scope has the global scope as
/// parent; the per-item scope of `where` and `each` has the scope the stage runs in as parent.
/// Scopes are only touched on the interpreter's actor.
final class Scope {
  /// The value of each variable defined here, by symbol id; nil where undefined.
  ///
  /// Unchecked exclusivity: scopes are only touched on the interpreter's actor and no access
  /// overlaps another, and the dynamic checks cost a fifth of a tight loop's time.
  @exclusivity(unchecked) private(set) var slots: [Value?]
  /// Where lookups continue when this scope does not define a name.
  let parent: Scope?

  /// An empty scope with room for `capacity` symbols.
  init(parent: Scope?, capacity: Int = 0) {
    self.parent = parent
    slots = Array(repeating: nil, count: capacity)
  }

  /// The value of the variable, looked up here and then in the parents.
  @inline(__always)
  func lookup(_ id: Int) -> Value? {
    if id < slots.count, let value = slots[id] { return value }
    guard var scope = parent else { return nil }
    while true {
      if id < scope.slots.count, let value = scope.slots[id] { return value }
      guard let parent = scope.parent else { return nil }
      scope = parent
    }
  }

  /// Assigns the nearest existing variable, else defines it here.
  @inline(__always)
  func assign(_ id: Int, _ value: Value) {
    if id < slots.count, slots[id] != nil {
      slots[id] = value
      return
    }
    var scope = self
    while let parent = scope.parent {
      scope = parent
      if id < scope.slots.count, scope.slots[id] != nil {
        scope.slots[id] = value
        return
      }
    }
    define(id, value)
  }

  /// Defines (or redefines) the variable in this scope, whatever the parents hold.
  func define(_ id: Int, _ value: Value) {
    if id >= slots.count {
      slots.append(contentsOf: repeatElement(nil, count: id - slots.count + 1))
    }
    slots[id] = value
  }

  /// The ids of the variables defined in this scope or its parents.
  var definedIds: [Int] {
    var ids: [Int] = []
    var scope: Scope? = self
    while let current = scope {
      ids += current.slots.indices.filter { current.slots[$0] != nil }
      scope = current.parent
    }
    return ids
  }
}

/// Where code runs: its scope, the file its ranges refer to, and how deep in calls it is.
final class Frame {
  /// The session's shared state.
  unowned let state: InterpreterState
  /// The scope variables are read from and assigned in.
  let scope: Scope
  /// The source the running nodes were compiled from, for error locations.
  let file: SourceFile
  /// How many function calls and `source`s enclose this frame.
  let depth: Int

  init(state: InterpreterState, scope: Scope, file: SourceFile, depth: Int) {
    self.state = state
    self.scope = scope
    self.file = file
    self.depth = depth
  }

  /// A frame for a nested scope (the items of `where` and `each`) in the same file.
  func nested(scope: Scope) -> Frame {
    Frame(state: state, scope: scope, file: file, depth: depth)
  }
}

/// A value that is not `Sendable` but is only ever used on the interpreter's actor; it lets an
/// `each -j` child task carry the enclosing frame back to the actor it runs on.
struct ActorConfined<Wrapped>: @unchecked Sendable {
  let value: Wrapped
}
