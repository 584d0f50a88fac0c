/// The history file's format: UTF-8 text, one entry per line, oldest first. An entry is a whole
/// statement as typed, so a multi-line statement (a `for` loop over several lines) is one entry:
/// inside an entry `\` is written `\\`, a newline `\n` and a carriage return `\r`. Any other
/// backslash pair is read as written, so a hand-edited file cannot fail to load. Blank lines are
/// skipped. The file is only ever appended to, one entry at a time, and rewritten with the
/// newest entries once it holds twice the capacity.
enum HistoryFileFormat {
  /// One entry as one line of the file, without the line's newline.
  static func encode(_ entry: String) -> String {
    var line = ""
    line.reserveCapacity(entry.utf8.count)
    for scalar in entry.unicodeScalars {
      switch scalar {
      case "\\": line += "\\\\"
      case "\n": line += "\\n"
      case "\r": line += "\\r"
      default: line.unicodeScalars.append(scalar)
      }
    }
    return line
  }

  /// The entry a line of the file holds.
  static func decode(_ line: Substring) -> String {
    var entry = ""
    var escaping = false
    for scalar in line.unicodeScalars {
      if escaping {
        escaping = false
        switch scalar {
        case "\\": entry += "\\"
        case "n": entry += "\n"
        case "r": entry += "\r"
        default:
          entry += "\\"
          entry.unicodeScalars.append(scalar)
        }
      } else if scalar == "\\" {
        escaping = true
      } else {
        entry.unicodeScalars.append(scalar)
      }
    }
    if escaping { entry += "\\" }
    return entry
  }

  /// The entries of a whole file.
  static func entries(in text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: true).map(decode)
  }
}
