/// A string enum that keeps values it does not know, as the official SDKs do, so a new value
/// from the live API never breaks decoding.
public protocol OpenEnum: RawRepresentable, Codable, Hashable, Sendable, CustomStringConvertible,
  ExpressibleByStringLiteral
where RawValue == String {
  /// The values the spec defines, in the spec's order.
  static var knownValues: [Self] { get }
  init(rawValue: String)
}

extension OpenEnum {
  public init(stringLiteral value: String) { self.init(rawValue: value) }
  public init(from decoder: Decoder) throws {
    self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
  }
  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
  public var description: String { rawValue }
  /// Whether the spec defines this value.
  public var isKnown: Bool { Self.knownValues.contains(self) }

  /// Matches a user's spelling case-insensitively against the known values.
  public static func parse(_ text: String) -> Self? {
    knownValues.first { $0.rawValue.caseInsensitiveCompare(text) == .orderedSame }
  }
}

/// The kind of a phone number.
public struct NumberType: OpenEnum {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public static let local: Self = "LOCAL"
  public static let mobile: Self = "MOBILE"
  public static let tollFree: Self = "TOLL_FREE"
  public static let knownValues: [Self] = [.local, .mobile, .tollFree]
}

/// What a number can do.
public struct NumberCapability: OpenEnum {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public static let sms: Self = "SMS"
  public static let voice: Self = "VOICE"
  public static let knownValues: [Self] = [.sms, .voice]
}

/// Where a number pattern must match.
public struct SearchPattern: OpenEnum {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public static let start: Self = "START"
  public static let contains: Self = "CONTAINS"
  public static let end: Self = "END"
  public static let knownValues: [Self] = [.start, .contains, .end]
}

/// The order of a list of active numbers.
public struct ActiveNumberOrder: OpenEnum {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public static let phoneNumber: Self = "phoneNumber"
  public static let displayName: Self = "displayName"
  public static let knownValues: [Self] = [.phoneNumber, .displayName]
}

/// The voice application a number is linked to.
public struct VoiceApplicationType: OpenEnum {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public static let rtc: Self = "RTC"
  public static let est: Self = "EST"
  public static let fax: Self = "FAX"
  public static let knownValues: [Self] = [.rtc, .est, .fax]
}

/// The state of a scheduled SMS or voice provisioning.
public struct ProvisioningStatus: OpenEnum {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public static let unspecified: Self = "PROVISIONING_STATUS_UNSPECIFIED"
  public static let waiting: Self = "WAITING"
  public static let inProgress: Self = "IN_PROGRESS"
  public static let failed: Self = "FAILED"
  public static let knownValues: [Self] = [.unspecified, .waiting, .inProgress, .failed]
}
