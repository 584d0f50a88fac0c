import SinchNumbers

/// Records built from API models: the API's field names in the schema's order, every field
/// present, `null` where the API sent nothing (LANGUAGE.md §3).
///
/// Amounts of money stay strings, as the API sends them, so that JSON output matches the API's
/// own; `decimal .money.amount` converts one.
extension Value {
  /// An ActiveNumber record.
  public init(activeNumber number: ActiveNumber) {
    self = .record([
      "phoneNumber": Value.phone(number.phoneNumber),
      "projectId": .optional(number.projectId),
      "displayName": .optional(number.displayName),
      "regionCode": .optional(number.regionCode),
      "type": .optional(number.type?.rawValue),
      "capability": .stringList(number.capability?.map(\.rawValue)),
      "money": Value(money: number.money),
      "paymentIntervalMonths": number.paymentIntervalMonths.map(Value.int) ?? .null,
      "nextChargeDate": .optional(number.nextChargeDate),
      "expireAt": .optional(number.expireAt),
      "smsConfiguration": Value(smsConfiguration: number.smsConfiguration),
      "voiceConfiguration": Value(voiceConfiguration: number.voiceConfiguration),
      "callbackUrl": .optional(number.callbackUrl),
    ])
  }

  /// An AvailableNumber record.
  public init(availableNumber number: AvailableNumber) {
    self = .record([
      "phoneNumber": Value.phone(number.phoneNumber),
      "regionCode": .optional(number.regionCode),
      "type": .optional(number.type?.rawValue),
      "capability": .stringList(number.capability?.map(\.rawValue)),
      "setupPrice": Value(money: number.setupPrice),
      "monthlyPrice": Value(money: number.monthlyPrice),
      "paymentIntervalMonths": number.paymentIntervalMonths.map(Value.int) ?? .null,
      "supportingDocumentationRequired": number.supportingDocumentationRequired.map(Value.bool) ?? .null,
    ])
  }

  /// An AvailableRegion record.
  public init(region: AvailableRegion) {
    self = .record([
      "regionCode": .optional(region.regionCode),
      "regionName": .optional(region.regionName),
      "types": .stringList(region.types?.map(\.rawValue)),
    ])
  }

  /// The project's callback configuration as a record.
  public init(callbackConfiguration configuration: CallbackConfiguration) {
    self = .record([
      "projectId": .optional(configuration.projectId),
      "hmacSecret": .optional(configuration.hmacSecret),
    ])
  }

  /// A money record `{currencyCode, amount}`, or `null`.
  public init(money: Money?) {
    guard let money else {
      self = .null
      return
    }
    self = .record(["currencyCode": .optional(money.currencyCode), "amount": .optional(money.amount)])
  }

  /// An SMS configuration record, or `null`.
  public init(smsConfiguration configuration: SMSConfiguration?) {
    guard let configuration else {
      self = .null
      return
    }
    let scheduled: Value =
      configuration.scheduledProvisioning.map { pending in
        .record([
          "servicePlanId": .optional(pending.servicePlanId),
          "campaignId": .optional(pending.campaignId),
          "status": .optional(pending.status?.rawValue),
          "lastUpdatedTime": .optional(pending.lastUpdatedTime),
          "errorCodes": .stringList(pending.errorCodes),
        ])
      } ?? .null
    self = .record([
      "servicePlanId": .optional(configuration.servicePlanId),
      "campaignId": .optional(configuration.campaignId),
      "scheduledProvisioning": scheduled,
    ])
  }

  /// A voice configuration record, or `null`.
  public init(voiceConfiguration configuration: VoiceConfiguration?) {
    guard let configuration else {
      self = .null
      return
    }
    let scheduled: Value =
      configuration.scheduledVoiceProvisioning.map { pending in
        .record([
          "type": .optional(pending.type?.rawValue),
          "appId": .optional(pending.appId),
          "trunkId": .optional(pending.trunkId),
          "serviceId": .optional(pending.serviceId),
          "status": .optional(pending.status?.rawValue),
          "lastUpdatedTime": .optional(pending.lastUpdatedTime),
        ])
      } ?? .null
    self = .record([
      "type": .optional(configuration.type?.rawValue),
      "appId": .optional(configuration.appId),
      "trunkId": .optional(configuration.trunkId),
      "serviceId": .optional(configuration.serviceId),
      "lastUpdatedTime": .optional(configuration.lastUpdatedTime),
      "scheduledVoiceProvisioning": scheduled,
    ])
  }

  /// A phone when the API sent valid E.164, the string as sent otherwise, `null` when absent.
  private static func phone(_ text: String?) -> Value {
    text.map(Value.phoneOrString) ?? .null
  }

  /// A list of strings, or `null` when the API sent no list.
  private static func stringList(_ items: [String]?) -> Value {
    items.map { .list($0.map(Value.string)) } ?? .null
  }
}
