/// What reading one line at the prompt produced.
public enum LineResult: Sendable, Equatable {
  /// A line, without its newline; a recalled multi-line history entry keeps its inner newlines.
  case line(String)
  /// Ctrl-C while editing: the line was abandoned and the cursor is on a fresh line.
  case interrupted
  /// Ctrl-D on an empty line, or the input closed.
  case endOfInput
}

/// Where the shell's lines come from: a line editor at a terminal, plain reads otherwise.
public protocol LineSource {
  /// Reads the next line, showing `prompt` when the source is interactive.
  mutating func readLine(prompt: String) -> LineResult
  /// Remembers a complete statement for Up/Down, Ctrl-R and the history file.
  mutating func remember(_ entry: String)
}

extension LineSource {
  /// Sources without history forget everything.
  public mutating func remember(_ entry: String) {}
}
