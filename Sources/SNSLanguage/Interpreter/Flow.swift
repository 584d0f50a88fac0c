/// How a statement ended: normally with its value, or by jumping somewhere.
enum Flow {
  /// It ran to its end; the value is the block's value if it was the last statement.
  case normal(Value)
  /// `break` left the innermost loop.
  case breakLoop
  /// `continue` goes to the innermost loop's next pass.
  case continueLoop
  /// `return` ends the function with this value.
  case returned(Value)
  /// `exit` ends the script with this status.
  case exited(Int32)
  /// A synchronous loop noticed that its task was cancelled (Ctrl-C).
  case interrupted

  /// The statement's value, null for jumps.
  var value: Value {
    if case .normal(let value) = self { return value }
    return .null
  }
}

/// `exit N` inside an expression context (a function called in a pipeline), unwinding to the top.
struct ExitRequest: Error {
  /// The exit status.
  let status: Int32
}
