import Foundation

/// The recorded result of one golden script.
struct Expectation {
  var stdout: String
  var stderr: String
  var status: Int32
  let folder: URL
  let name: String

  init(folder: URL, name: String) {
    self.folder = folder
    self.name = name
    func read(_ suffix: String) -> String {
      (try? String(contentsOf: folder.appendingPathComponent("\(name).\(suffix)"), encoding: .utf8)) ?? ""
    }
    stdout = read("out")
    stderr = read("err")
    status = Int32(read("status").trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
  }

  /// Writes the files for `result`, removing those that would be empty.
  func record(_ result: SNSProcess.Result) throws {
    func write(_ suffix: String, _ text: String) throws {
      let url = folder.appendingPathComponent("\(name).\(suffix)")
      if text.isEmpty {
        try? FileManager.default.removeItem(at: url)
      } else {
        try text.write(to: url, atomically: true, encoding: .utf8)
      }
    }
    try write("out", result.stdout)
    try write("err", result.stderr)
    try write("status", result.status == 0 ? "" : "\(result.status)\n")
  }
}

/// A line diff that shows where two texts part: `-` expected, `+` actual.
func lineDiff(_ expected: String, _ actual: String) -> String {
  let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
  var lines: [String] = []
  for index in 0..<max(old.count, new.count) {
    let left = index < old.count ? String(old[index]) : nil
    let right = index < new.count ? String(new[index]) : nil
    if left == right {
      lines.append("  " + (left ?? ""))
    } else {
      if let left { lines.append("- " + left) }
      if let right { lines.append("+ " + right) }
    }
  }
  return lines.joined(separator: "\n")
}
