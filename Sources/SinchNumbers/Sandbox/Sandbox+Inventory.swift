/// The inventory of numbers to rent: search, check, rent, rent any, and release back into it.
extension Sandbox {
  /// What a search returns when the query sets no `size`.
  static let defaultSearchSize = 100

  public func searchAvailableNumbers(_ query: AvailableNumberQuery) async throws -> [AvailableNumber] {
    called(.searchAvailableNumbers)
    let criteria = try Self.searchCriteria(
      regionCode: query.regionCode, type: query.type, capabilities: query.capabilities,
      pattern: query.pattern, searchPattern: query.searchPattern)
    let size = query.size ?? 0
    guard size >= 0 else {
      throw NumbersError.invalidArgument(
        field: "size", "\(size) is negative: use 1 or more, or 0 for the default"
      )
    }
    let limit = size == 0 ? Self.defaultSearchSize : size
    var found: [AvailableNumber] = []
    for position in inventory.positions where criteria.matches(inventory, at: position) {
      found.append(inventory[position])
      if found.count == limit { break }
    }
    return found
  }

  public func availableNumber(_ number: PhoneNumber) async throws -> AvailableNumber {
    called(.getAvailableNumber)
    guard let available = inventory.record(for: number.e164) else {
      throw NumbersError.availableNumberNotFound(number.e164)
    }
    return available
  }

  public func rentNumber(_ number: PhoneNumber, _ request: RentNumberRequest) async throws
    -> ActiveNumber
  {
    called(.rentNumber)
    try Self.validate(sms: request.smsConfiguration, voice: request.voiceConfiguration)
    applyPendingProvisioning()
    guard let available = inventory.record(for: number.e164) else {
      throw NumbersError.availableNumberNotFound(number.e164)
    }
    let regionCode = (available.regionCode ?? "").uppercased()
    let type = available.type?.rawValue ?? ""
    guard regionCode == "US", available.type == .local else {
      throw NumbersError.rentNeedsNumberOrder(regionCode: regionCode, type: type, field: "phoneNumber")
    }
    let rented = activate(
      available, sms: request.smsConfiguration, voice: request.voiceConfiguration,
      callbackUrl: request.callbackUrl)
    applied(.rentNumber, phoneNumber: number.e164)
    return rented
  }

  public func rentAnyNumber(_ request: RentAnyNumberRequest) async throws -> ActiveNumber {
    called(.rentAnyNumber)
    let criteria = try Self.searchCriteria(
      regionCode: request.regionCode, type: request.type, capabilities: request.capabilities ?? [],
      pattern: request.numberPattern?.pattern, searchPattern: request.numberPattern?.searchPattern)
    try Self.validate(sms: request.smsConfiguration, voice: request.voiceConfiguration)
    let regionCode = criteria.regionCode ?? ""
    if regionCode != "US" {
      throw NumbersError.rentNeedsNumberOrder(
        regionCode: regionCode, type: request.type.rawValue, field: "regionCode"
      )
    }
    if request.type != .local {
      throw NumbersError.rentNeedsNumberOrder(
        regionCode: regionCode, type: request.type.rawValue, field: "type"
      )
    }
    applyPendingProvisioning()
    guard
      let position = inventory.positions.first(where: {
        criteria.matches(inventory, at: $0)
      })
    else {
      throw NumbersError.noAvailableNumberMatches(regionCode: regionCode, type: request.type)
    }
    let rented = activate(
      inventory[position], sms: request.smsConfiguration, voice: request.voiceConfiguration,
      callbackUrl: request.callbackUrl)
    applied(.rentAnyNumber, phoneNumber: rented.phoneNumber)
    return rented
  }

  public func releaseNumber(_ number: PhoneNumber) async throws -> ActiveNumber {
    called(.releaseNumber)
    applyPendingProvisioning()
    guard var released = removeActive(number.e164) else {
      throw NumbersError.activeNumberNotFound(number.e164)
    }
    // The project keeps the number until the period it paid for ends.
    released.expireAt = released.nextChargeDate ?? timestamp
    inventory.upsert(Self.backInInventory(released))
    applied(.releaseNumber, phoneNumber: number.e164)
    return released
  }

  /// Search and rent-any need a region and a known type; the rest is as for a list.
  private static func searchCriteria(
    regionCode: String, type: NumberType, capabilities: [NumberCapability], pattern: String?,
    searchPattern: SearchPattern?
  ) throws -> NumberCriteria {
    guard !type.rawValue.isEmpty else {
      throw NumbersError.missingValue(
        field: "type", NumberType.knownValues.map(\.rawValue).joined(separator: ", ")
      )
    }
    let criteria = try NumberCriteria(
      regionCode: regionCode, type: type, capabilities: capabilities, pattern: pattern,
      searchPattern: searchPattern, capabilityField: "capabilities")
    guard criteria.regionCode != nil else {
      throw NumbersError.missingValue(field: "regionCode", "an ISO 3166-1 alpha-2 code such as US")
    }
    return criteria
  }

  /// Moves a number from the inventory into the project, priced at its monthly price; its SMS
  /// and voice configuration start as scheduled provisioning, as after an update.
  private func activate(
    _ available: AvailableNumber, sms: SMSConfiguration?, voice: VoiceConfiguration?,
    callbackUrl: String?
  ) -> ActiveNumber {
    let key = available.phoneNumber ?? ""
    let now = clock()
    let time = SandboxClock.timestamp(now)
    let months = available.paymentIntervalMonths ?? 1
    var number = ActiveNumber(
      phoneNumber: key, projectId: projectId, displayName: "", regionCode: available.regionCode,
      type: available.type, capability: available.capability, money: available.monthlyPrice,
      paymentIntervalMonths: months,
      nextChargeDate: SandboxClock.timestamp(SandboxClock.adding(months: 1, to: now)),
      smsConfiguration: SMSConfiguration(servicePlanId: "", campaignId: ""),
      voiceConfiguration: VoiceConfiguration(type: .rtc, appId: "", trunkId: "", serviceId: ""),
      callbackUrl: callbackUrl ?? "")
    if let sms { number.smsConfiguration = Self.scheduling(sms, over: number.smsConfiguration, at: time) }
    if let voice {
      number.voiceConfiguration = Self.scheduling(voice, over: number.voiceConfiguration, at: time)
    }
    inventory.remove(key)
    store(number)
    if sms != nil || voice != nil { pendingProvisioning.insert(key) }
    return number
  }

  /// A released number as the inventory offers it again: its monthly price, no setup fee.
  private static func backInInventory(_ number: ActiveNumber) -> AvailableNumber {
    AvailableNumber(
      phoneNumber: number.phoneNumber, regionCode: number.regionCode, type: number.type,
      capability: number.capability,
      setupPrice: Money(currencyCode: number.money?.currencyCode, amount: "0.0"),
      monthlyPrice: number.money, paymentIntervalMonths: number.paymentIntervalMonths,
      supportingDocumentationRequired: false)
  }
}
