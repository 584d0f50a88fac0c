/// Why `from json`, `from csv`, `open` or `save` failed; `description` is the user's message.
public indirect enum DataFormatError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Malformed JSON text, located by line and column (both from 1).
  case invalidJSON(line: Int, column: Int, reason: String)
  /// Malformed CSV text, located by the line where the offending row starts.
  case invalidCSV(line: Int, reason: String)
  /// `open` of a path where there is nothing.
  case noSuchFile(String)
  /// A file name that ends in neither `.json` nor `.csv`.
  case unknownFileType(String, FileOperation)
  /// The file system refused: path, what was being done, the system's reason.
  case fileSystem(String, FileOperation, reason: String)
  /// The file's content is malformed: path and the parse error.
  case malformedFile(String, DataFormatError)

  /// The message shown to the user: a terse phrase without a trailing period.
  public var description: String {
    switch self {
    case .invalidJSON(let line, let column, let reason):
      "invalid JSON at line \(line), column \(column): \(reason)"
    case .invalidCSV(let line, let reason):
      "invalid CSV at line \(line): \(reason)"
    case .noSuchFile(let path):
      "cannot open '\(path)': no such file"
    case .unknownFileType(let path, let operation):
      "cannot \(operation.rawValue) '\(path)': unknown file type; the name must end in .json or .csv"
    case .fileSystem(let path, let operation, let reason):
      "cannot \(operation.rawValue) '\(path)': \(reason)"
    case .malformedFile(let path, let problem):
      "cannot open '\(path)': \(problem)"
    }
  }
}

/// What was being done to a file when it failed.
public enum FileOperation: String, Sendable {
  case open
  case save
}
