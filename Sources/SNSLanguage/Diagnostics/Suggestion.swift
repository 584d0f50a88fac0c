/// The text `did you mean 'release'?` for the candidates closest to a misspelt `name`, or nil when
/// none is close enough to be a plausible typo.
public func suggestion(for name: String, among candidates: some Sequence<String>) -> String? {
  let matches = closestMatches(to: name, among: candidates)
  guard let last = matches.last else { return nil }
  let quoted = matches.map { "'\($0)'" }
  let list = matches.count == 1 ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " or '\(last)'"
  return "did you mean \(list)?"
}

/// Up to `limit` candidates within a typo's edit distance of `name`, closest first, ties in
/// alphabetical order; case differences count as half an edit so `Release` finds `release` first.
public func closestMatches(to name: String, among candidates: some Sequence<String>, limit: Int = 3)
  -> [String]
{
  let target = Array(name.lowercased().unicodeScalars)
  // Short names tolerate fewer edits, or every two-letter command would suggest every other one.
  let allowed = target.count <= 3 ? 1 : target.count <= 6 ? 2 : 3
  var scored: [(distance: Int, name: String)] = []
  for candidate in Set(candidates) where candidate != name {
    let lowered = Array(candidate.lowercased().unicodeScalars)
    let distance = optimalAlignmentDistance(target, lowered)
    guard distance <= allowed else { continue }
    scored.append((distance * 2 + (distance == 0 ? 1 : 0), candidate))
  }
  scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.name < $1.name }
  return scored.prefix(max(0, limit)).map(\.name)
}

/// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
/// neighbours each cost one. Field suggestions share it, so `nmae` finds `name` in one edit.
func optimalAlignmentDistance(_ source: [Unicode.Scalar], _ target: [Unicode.Scalar]) -> Int {
  if source.isEmpty { return target.count }
  if target.isEmpty { return source.count }
  let width = target.count + 1
  var previousRow = [Int](repeating: 0, count: width)
  var row = Array(0..<width)
  var current = [Int](repeating: 0, count: width)
  for i in 1...source.count {
    current[0] = i
    for j in 1...target.count {
      let cost = source[i - 1] == target[j - 1] ? 0 : 1
      var best = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
      if i > 1, j > 1, source[i - 1] == target[j - 2], source[i - 2] == target[j - 1] {
        best = min(best, previousRow[j - 2] + 1)
      }
      current[j] = best
    }
    (previousRow, row, current) = (row, current, previousRow)
  }
  return row[target.count]
}
