/// The body of an update: only the fields set are sent, never `null`; `""` unlinks.
public struct ActiveNumberUpdate: Codable, Hashable, Sendable {
  public var displayName: String?
  public var smsConfiguration: SMSConfiguration?
  public var voiceConfiguration: VoiceConfiguration?
  public var callbackUrl: String?

  public init(
    displayName: String? = nil, smsConfiguration: SMSConfiguration? = nil,
    voiceConfiguration: VoiceConfiguration? = nil, callbackUrl: String? = nil
  ) {
    self.displayName = displayName
    self.smsConfiguration = smsConfiguration
    self.voiceConfiguration = voiceConfiguration
    self.callbackUrl = callbackUrl
  }

  /// Whether the update names no field at all.
  public var isEmpty: Bool {
    displayName == nil && smsConfiguration == nil && voiceConfiguration == nil && callbackUrl == nil
  }
}

/// The body of a rent of one chosen number.
public struct RentNumberRequest: Codable, Hashable, Sendable {
  public var smsConfiguration: SMSConfiguration?
  public var voiceConfiguration: VoiceConfiguration?
  public var callbackUrl: String?

  public init(
    smsConfiguration: SMSConfiguration? = nil, voiceConfiguration: VoiceConfiguration? = nil,
    callbackUrl: String? = nil
  ) {
    self.smsConfiguration = smsConfiguration
    self.voiceConfiguration = voiceConfiguration
    self.callbackUrl = callbackUrl
  }
}

/// A digit pattern and where it must match.
public struct NumberPattern: Codable, Hashable, Sendable {
  public var pattern: String?
  public var searchPattern: SearchPattern?

  public init(pattern: String?, searchPattern: SearchPattern? = nil) {
    self.pattern = pattern
    self.searchPattern = searchPattern
  }
}

/// The body of a rent of any number that matches.
public struct RentAnyNumberRequest: Codable, Hashable, Sendable {
  public var regionCode: String
  public var type: NumberType
  public var numberPattern: NumberPattern?
  public var capabilities: [NumberCapability]?
  public var smsConfiguration: SMSConfiguration?
  public var voiceConfiguration: VoiceConfiguration?
  public var callbackUrl: String?

  public init(
    regionCode: String, type: NumberType, numberPattern: NumberPattern? = nil,
    capabilities: [NumberCapability]? = nil, smsConfiguration: SMSConfiguration? = nil,
    voiceConfiguration: VoiceConfiguration? = nil, callbackUrl: String? = nil
  ) {
    self.regionCode = regionCode
    self.type = type
    self.numberPattern = numberPattern
    self.capabilities = capabilities
    self.smsConfiguration = smsConfiguration
    self.voiceConfiguration = voiceConfiguration
    self.callbackUrl = callbackUrl
  }
}

/// The project's callback configuration: the secret that signs callback events.
public struct CallbackConfiguration: Codable, Hashable, Sendable {
  public var projectId: String?
  public var hmacSecret: String?

  public init(projectId: String?, hmacSecret: String?) {
    self.projectId = projectId
    self.hmacSecret = hmacSecret
  }
}

/// The body of a callback configuration update.
public struct CallbackConfigurationUpdate: Codable, Hashable, Sendable {
  public var hmacSecret: String?

  public init(hmacSecret: String?) { self.hmacSecret = hmacSecret }
}
