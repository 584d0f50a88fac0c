/// The candidate a user most likely meant when `name` matches none of them, or nil when
/// nothing is close: a case-insensitive match, else the smallest edit distance (a swap of
/// neighbours counting as one) within about a third of the name's length, else a candidate that
/// contains the name (`name` → `displayName`).
func closestName(to name: String, among candidates: some Sequence<String>) -> String? {
  let wanted = Array(name.lowercased().unicodeScalars)
  guard !wanted.isEmpty else { return nil }
  let limit = max(1, wanted.count / 3)
  var best: (name: String, distance: Int)?
  var containing: String?
  for candidate in candidates where candidate != name {
    let lowered = Array(candidate.lowercased().unicodeScalars)
    // A swap of two neighbours (`nmae`) is one typo, not two substitutions.
    let distance = optimalAlignmentDistance(wanted, lowered)
    if distance <= limit && distance < (best?.distance ?? Int.max) {
      best = (candidate, distance)
    }
    if containing == nil && wanted.count >= 3 && candidate.lowercased().contains(name.lowercased()) {
      containing = candidate
    }
  }
  return best?.name ?? containing
}
