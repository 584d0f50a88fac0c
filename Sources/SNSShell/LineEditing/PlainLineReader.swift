/// Reads lines from standard input without a prompt or editing, for when stdin or stdout is not a
/// terminal (a piped script must not see prompts in its output).
public struct PlainLineReader: LineSource {
  /// Creates a reader of standard input.
  public init() {}

  /// Reads the next line; the prompt is ignored.
  public mutating func readLine(prompt: String) -> LineResult {
    guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
    return .line(line)
  }
}
