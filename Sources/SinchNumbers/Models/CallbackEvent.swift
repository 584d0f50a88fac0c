/// An event Sinch posts to a number's callback URL, such as a provisioning result.
public struct CallbackEvent: Codable, Hashable, Sendable {
  public var eventId: String?
  public var timestamp: String?
  public var projectId: String?
  /// The phone number (or order) the event is about.
  public var resourceId: String?
  public var resourceType: String?
  public var eventType: String?
  public var status: String?
  public var failureCode: String?
  public var internalFailureCode: String?
}

/// A street address for emergency calls (decoded for completeness; sns has no command for it).
public struct EmergencyAddress: Codable, Hashable, Sendable {
  public var streetNumber: String?
  public var streetInfo: String?
  public var location: String?
  public var city: String?
  public var state: String?
  public var postalCode: String?
  public var postalCodePlusFour: String?
}

/// The body that provisions or validates an emergency address.
public struct EmergencyAddressRequest: Codable, Hashable, Sendable {
  public var displayName: String?
  public var address: EmergencyAddress?
}

/// The result of validating an emergency address.
public struct EmergencyAddressValidation: Codable, Hashable, Sendable {
  public var phoneNumber: String?
  public var displayName: String?
  public var validatedAddress: EmergencyAddress?
  public var validationResult: String?
  public var validationMessage: String?
  public var correctedAddress: EmergencyAddress?
  public var candidateAddresses: [EmergencyAddress]?
}
