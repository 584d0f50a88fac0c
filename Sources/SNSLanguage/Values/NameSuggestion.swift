/// The candidate a user most likely meant when `name` matches none of them, or nil when
/// nothing is close: a case-insensitive match, else the smallest edit distance within about a
/// third of the name's length, else a candidate that contains the name (`name` → `displayName`).
func closestName(to name: String, among candidates: some Sequence<String>) -> String? {
  let wanted = Array(name.lowercased())
  guard !wanted.isEmpty else { return nil }
  let limit = max(1, wanted.count / 3)
  var best: (name: String, distance: Int)?
  var containing: String?
  for candidate in candidates where candidate != name {
    let lowered = Array(candidate.lowercased())
    let distance = editDistance(wanted, lowered)
    if distance <= limit && distance < (best?.distance ?? Int.max) {
      best = (candidate, distance)
    }
    if containing == nil && wanted.count >= 3 && candidate.lowercased().contains(name.lowercased()) {
      containing = candidate
    }
  }
  return best?.name ?? containing
}

/// The Levenshtein distance: insertions, deletions and substitutions that turn one into the other.
private func editDistance(_ source: [Character], _ target: [Character]) -> Int {
  if source.isEmpty { return target.count }
  if target.isEmpty { return source.count }
  var previous = Array(0...target.count)
  var current = [Int](repeating: 0, count: target.count + 1)
  for (row, sourceCharacter) in source.enumerated() {
    current[0] = row + 1
    for (column, targetCharacter) in target.enumerated() {
      let substitution = previous[column] + (sourceCharacter == targetCharacter ? 0 : 1)
      current[column + 1] = min(substitution, previous[column + 1] + 1, current[column] + 1)
    }
    swap(&previous, &current)
  }
  return previous[target.count]
}
