/// The fields every list and search filters on, normalised once per number and kept beside the
/// records, so a scan of 100,000 numbers reads a few bytes per number instead of copying each
/// record with its dozen strings.
struct NumberTraits: Hashable {
  /// Upper-cased, so `us` and `US` match alike.
  var regionCode: String
  var type: NumberType?
  var capabilities: CapabilitySet
}

/// A record the Sandbox keeps in a `SortedNumberIndex`: an active or an available number.
protocol NumberRecord {
  var phoneNumber: String? { get }
  var traits: NumberTraits { get }
}

extension ActiveNumber: NumberRecord {
  var traits: NumberTraits {
    NumberTraits(
      regionCode: (regionCode ?? "").uppercased(), type: type,
      capabilities: CapabilitySet(capability ?? []))
  }

  /// Where the number sits when listed by display name.
  var displayNameKey: DisplayNameKey {
    DisplayNameKey(displayName: displayName ?? "", phoneNumber: phoneNumber ?? "")
  }
}

extension AvailableNumber: NumberRecord {
  var traits: NumberTraits {
    NumberTraits(
      regionCode: (regionCode ?? "").uppercased(), type: type,
      capabilities: CapabilitySet(capability ?? []))
  }
}

/// The key of the display-name order: the name, then the number to break ties.
struct DisplayNameKey: Comparable {
  var displayName: String
  var phoneNumber: String

  static func < (lhs: DisplayNameKey, rhs: DisplayNameKey) -> Bool {
    lhs.displayName == rhs.displayName
      ? lhs.phoneNumber < rhs.phoneNumber : lhs.displayName < rhs.displayName
  }
}

/// The known capabilities as bits, so "has all of these" is one AND.
struct CapabilitySet: OptionSet, Hashable {
  let rawValue: UInt8
  static let sms = CapabilitySet(rawValue: 1)
  static let voice = CapabilitySet(rawValue: 2)

  init(rawValue: UInt8) { self.rawValue = rawValue }

  /// The known values among `capabilities`; unknown ones cannot be asked for, so they are dropped.
  init(_ capabilities: [NumberCapability]) {
    var set: CapabilitySet = []
    for capability in capabilities {
      if capability == .sms { set.insert(.sms) }
      if capability == .voice { set.insert(.voice) }
    }
    self = set
  }
}
