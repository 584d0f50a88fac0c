import Foundation

/// The filters shared by listing, searching and rent-any, checked once and then applied to each
/// number: region, type, capabilities (a number must have all of them) and a digit pattern.
struct NumberCriteria: Hashable {
  /// Upper-cased; nil matches every region.
  var regionCode: String?
  /// Nil matches every type.
  var type: NumberType?
  var capabilities: CapabilitySet
  var pattern: NumberPatternMatcher?

  /// Checks the raw filters, naming the offending field in a 400 when one is not valid.
  /// - Parameter capabilityField: `capability` for listing, `capabilities` for search and rent.
  init(
    regionCode: String?, type: NumberType?, capabilities: [NumberCapability], pattern: String?,
    searchPattern: SearchPattern?, capabilityField: String
  ) throws {
    let region = regionCode?.trimmingCharacters(in: .whitespaces).uppercased() ?? ""
    self.regionCode = region.isEmpty ? nil : region
    if let type, !type.rawValue.isEmpty {
      guard type.isKnown else { throw NumbersError.unknownValue(type, field: "type") }
      self.type = type
    }
    for capability in capabilities where !capability.isKnown {
      throw NumbersError.unknownValue(capability, field: capabilityField)
    }
    self.capabilities = CapabilitySet(capabilities)
    self.pattern = try NumberPatternMatcher(pattern: pattern, searchPattern: searchPattern)
  }

  /// Whether a number passes every filter.
  func matches(_ traits: NumberTraits, phoneNumber: String) -> Bool {
    if let regionCode, traits.regionCode != regionCode { return false }
    if let type, traits.type != type { return false }
    if !traits.capabilities.isSuperset(of: capabilities) { return false }
    if let pattern, !pattern.matches(phoneNumber) { return false }
    return true
  }

  /// Whether the number at `position` of `index` passes every filter.
  func matches<Record>(_ index: SortedNumberIndex<Record>, at position: Int) -> Bool {
    matches(index.traits[position], phoneNumber: index.keys[position])
  }

  /// A stable text of the filters, for page-token fingerprints.
  var canonicalText: String {
    var parts = ["region=\(regionCode ?? "")", "type=\(type?.rawValue ?? "")"]
    parts.append("capabilities=\(capabilities.rawValue)")
    if let pattern { parts.append("pattern=\(pattern.canonicalText)") }
    return parts.joined(separator: ";")
  }
}

/// A digit pattern and where it must match (START by default).
///
/// A pattern with a leading `+` is matched against the whole E.164 text, so `+1208` finds the 208
/// area code; without it, START matches from the first digit, so `1208` finds the same numbers.
struct NumberPatternMatcher: Hashable {
  let bytes: [UInt8]
  let hasPlus: Bool
  let searchPattern: SearchPattern

  /// Nil when there is no pattern (absent or blank); a 400 when it is not digits.
  init?(pattern: String?, searchPattern: SearchPattern?) throws {
    if let searchPattern, !searchPattern.rawValue.isEmpty, !searchPattern.isKnown {
      throw NumbersError.unknownValue(searchPattern, field: "numberPattern.searchPattern")
    }
    // A `+` that reached us unencoded in a query string has become a space: trimming it leaves
    // digits that START-match from the first digit, which is what the `+` meant.
    let text = pattern?.trimmingCharacters(in: .whitespaces) ?? ""
    if text.isEmpty { return nil }
    let digits = text.hasPrefix("+") ? text.dropFirst() : Substring(text)
    guard !digits.isEmpty, digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
      throw NumbersError.invalidArgument(
        field: "numberPattern.pattern", "\"\(text)\" must be digits, optionally after a leading +"
      )
    }
    bytes = Array(text.utf8)
    hasPlus = text.hasPrefix("+")
    self.searchPattern =
      searchPattern.flatMap { $0.rawValue.isEmpty ? nil : $0 } ?? .start
  }

  func matches(_ phoneNumber: String) -> Bool {
    let number = phoneNumber.utf8
    switch searchPattern {
    case .end:
      return number.count >= bytes.count && number.suffix(bytes.count).elementsEqual(bytes)
    case .contains:
      return contains(number)
    default:
      let digits = hasPlus ? number[...] : number.dropFirst()
      return digits.starts(with: bytes)
    }
  }

  private func contains(_ number: String.UTF8View) -> Bool {
    // Native strings are contiguous UTF-8: search in place rather than copy every number.
    let found = number.withContiguousStorageIfAvailable { haystack in
      Self.search(haystack, for: bytes)
    }
    return found ?? Self.search(Array(number), for: bytes)
  }

  private static func search<Haystack: RandomAccessCollection<UInt8>>(
    _ haystack: Haystack, for needle: [UInt8]
  ) -> Bool where Haystack.Index == Int {
    guard haystack.count >= needle.count else { return false }
    let start = haystack.startIndex
    for offset in 0...(haystack.count - needle.count)
    where haystack[(start + offset)..<(start + offset + needle.count)].elementsEqual(needle) {
      return true
    }
    return false
  }

  var canonicalText: String { "\(String(decoding: bytes, as: UTF8.self))@\(searchPattern.rawValue)" }
}
