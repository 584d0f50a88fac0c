/// Active numbers made up for load: `sns-emulator --numbers N --seed S`. The same seed gives the
/// same numbers on every machine, because the generator is ours rather than the standard
/// library's, whose algorithms may change between releases.
struct SyntheticNumbers {
  private var random: SplitMix64
  private let projectId: String

  init(randomSeed: UInt64, projectId: String) {
    random = SplitMix64(seed: randomSeed)
    self.projectId = projectId
  }

  /// `count` numbers, none of them in `taken` (which gains them), in generation order.
  mutating func make(_ count: Int, avoiding taken: inout Set<String>) -> [ActiveNumber] {
    var numbers: [ActiveNumber] = []
    numbers.reserveCapacity(max(count, 0))
    for ordinal in 0..<max(count, 0) {
      let profile = pickProfile()
      var phoneNumber = profile.makeNumber(&random)
      while !taken.insert(phoneNumber).inserted {
        phoneNumber = profile.makeNumber(&random)
      }
      numbers.append(makeNumber(phoneNumber, profile: profile, ordinal: ordinal))
    }
    return numbers
  }

  private mutating func pickProfile() -> NumberProfile {
    let total = NumberProfile.all.reduce(0) { $0 + $1.weight }
    var ticket = random.next(below: total)
    for profile in NumberProfile.all {
      if ticket < profile.weight { return profile }
      ticket -= profile.weight
    }
    return NumberProfile.all[0]
  }

  private mutating func makeNumber(_ phoneNumber: String, profile: NumberProfile, ordinal: Int)
    -> ActiveNumber
  {
    let capability = profile.capabilitySets[random.next(below: profile.capabilitySets.count)]
    let canSMS = capability.contains(.sms)
    let canVoice = capability.contains(.voice)
    let named = random.next(below: 3) == 0
    let label = Self.labels[random.next(below: Self.labels.count)]
    let campaign =
      canSMS && profile.regionCode == "US" && random.next(below: 2) == 0
      ? "C" + random.characters(6, from: Self.campaignAlphabet) : ""
    return ActiveNumber(
      phoneNumber: phoneNumber, projectId: projectId,
      displayName: named ? "\(label) \(ordinal + 1)" : "", regionCode: profile.regionCode,
      type: profile.type, capability: capability, money: profile.price, paymentIntervalMonths: 1,
      nextChargeDate: Self.chargeDates[random.next(below: Self.chargeDates.count)],
      smsConfiguration: SMSConfiguration(
        servicePlanId: canSMS ? Self.servicePlans[random.next(below: Self.servicePlans.count)] : "",
        campaignId: campaign),
      voiceConfiguration: canVoice ? makeVoiceConfiguration() : Self.unlinkedVoice,
      callbackUrl: random.next(below: 10) == 0 ? "https://example.com/sinch/events" : "")
  }

  private mutating func makeVoiceConfiguration() -> VoiceConfiguration {
    let updated = Self.updateDates[random.next(below: Self.updateDates.count)]
    switch random.next(below: 10) {
    case 0:
      return VoiceConfiguration(
        type: .est, appId: "", trunkId: "trunk-" + random.characters(8, from: Self.hex),
        serviceId: "", lastUpdatedTime: updated)
    case 1:
      return VoiceConfiguration(
        type: .fax, appId: "", trunkId: "", serviceId: "fax-" + random.characters(8, from: Self.hex),
        lastUpdatedTime: updated)
    default:
      return VoiceConfiguration(
        type: .rtc, appId: Self.voiceApps[random.next(below: Self.voiceApps.count)], trunkId: "",
        serviceId: "", lastUpdatedTime: updated)
    }
  }

  private static let unlinkedVoice = VoiceConfiguration(
    type: .rtc, appId: "", trunkId: "", serviceId: "")
  private static let labels = [
    "Support", "Sales", "Alerts", "Billing", "Marketing", "Reception", "Ops", "Deliveries",
  ]
  private static let servicePlans = [
    "957ae16ae12d4942b91b61eda5e4ed6b", "3f1b2a9c8d7e4f60a1b2c3d4e5f60718",
    "0c5a3e1d9b7f4a2c8e6d4b2a0f1e3c5d",
  ]
  private static let voiceApps = [
    "a1b2c3d4-0000-4000-8000-00000000a001", "a1b2c3d4-0000-4000-8000-00000000a002",
    "a1b2c3d4-0000-4000-8000-00000000a003",
  ]
  /// Formatted once: the day varies, the time of day does not need to.
  private static let chargeDates = days(of: "2026-12", at: "09:54:20.516")
  private static let updateDates = days(of: "2026-11", at: "12:09:59.876")

  private static func days(of month: String, at time: String) -> [String] {
    (1...28).map { day in "\(month)-\(day < 10 ? "0" : "")\(day)T\(time)Z" }
  }
  private static let campaignAlphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789".utf8)
  private static let hex = Array("0123456789abcdef".utf8)
}

/// A kind of number the generator makes: where, what type, its price and number plan.
struct NumberProfile {
  var regionCode: String
  var type: NumberType
  var price: Money
  /// The text before the random digits, one prefix picked at random.
  var prefixes: [String]
  /// How many random digits follow the prefix; the first is 2-9 where a plan forbids 0 and 1.
  var digits: Int
  var firstDigitFromTwo: Bool
  var capabilitySets: [[NumberCapability]]
  var weight: Int

  func makeNumber(_ random: inout SplitMix64) -> String {
    var text = Array(prefixes[random.next(below: prefixes.count)].utf8)
    for position in 0..<digits {
      let digit = position == 0 && firstDigitFromTwo ? 2 + random.next(below: 8) : random.next(below: 10)
      text.append(UInt8(ascii: "0") + UInt8(digit))
    }
    return String(decoding: text, as: UTF8.self)
  }

  static let all: [NumberProfile] = [
    NumberProfile(
      regionCode: "US", type: .local, price: Money(currencyCode: "USD", amount: "2.0"),
      prefixes: ["+1208", "+1209", "+1212", "+1303", "+1312", "+1415", "+1512", "+1617", "+1646"],
      digits: 7, firstDigitFromTwo: true, capabilitySets: [[.sms], [.voice], [.sms, .voice]],
      weight: 4),
    NumberProfile(
      regionCode: "US", type: .tollFree, price: Money(currencyCode: "USD", amount: "3.0"),
      prefixes: ["+1800", "+1833", "+1844", "+1855", "+1866", "+1877", "+1888"], digits: 7,
      firstDigitFromTwo: true, capabilitySets: [[.sms, .voice], [.voice]], weight: 1),
    NumberProfile(
      regionCode: "GB", type: .mobile, price: Money(currencyCode: "GBP", amount: "1.5"),
      prefixes: ["+4474", "+4475", "+4477", "+4478", "+4479"], digits: 8, firstDigitFromTwo: false,
      capabilitySets: [[.sms], [.sms, .voice]], weight: 2),
    NumberProfile(
      regionCode: "SE", type: .mobile, price: Money(currencyCode: "SEK", amount: "25.0"),
      prefixes: ["+4670", "+4672", "+4673", "+4676"], digits: 7, firstDigitFromTwo: false,
      capabilitySets: [[.sms], [.sms, .voice]], weight: 1),
    NumberProfile(
      regionCode: "DE", type: .local, price: Money(currencyCode: "EUR", amount: "1.0"),
      prefixes: ["+4930", "+4940", "+4989"], digits: 8, firstDigitFromTwo: true,
      capabilitySets: [[.voice]], weight: 1),
    NumberProfile(
      regionCode: "AU", type: .mobile, price: Money(currencyCode: "AUD", amount: "4.5"),
      prefixes: ["+614"], digits: 8, firstDigitFromTwo: false,
      capabilitySets: [[.sms], [.sms, .voice]], weight: 1),
  ]
}

/// SplitMix64 (Steele, Lea and Flood): tiny, fast, and the same sequence everywhere.
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9e37_79b9_7f4a_7c15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xbf58_476d_1ce4_e5b9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94d0_49bb_1331_11eb
    return mixed ^ (mixed >> 31)
  }

  /// A value in `0..<bound` by multiply-shift; the bias is negligible for the small bounds used.
  mutating func next(below bound: Int) -> Int {
    guard bound > 1 else { return 0 }
    return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
  }

  /// `count` characters drawn from `alphabet` (ASCII).
  mutating func characters(_ count: Int, from alphabet: [UInt8]) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count)
    for _ in 0..<count { bytes.append(alphabet[next(below: alphabet.count)]) }
    return String(decoding: bytes, as: UTF8.self)
  }
}
