import SinchNumbers

/// Seed-like API models shared by the value and rendering tests.
enum ValueFixtures {
  static let support = ActiveNumber(
    phoneNumber: "+12086390939", projectId: "0994c893-4d74-4455-8259-4f5c68d92f6f",
    displayName: "Support", regionCode: "US", type: .local, capability: [.sms, .voice],
    money: Money(currencyCode: "USD", amount: "2.0"), paymentIntervalMonths: 1,
    nextChargeDate: "2026-12-29T09:54:20.516Z", expireAt: nil,
    smsConfiguration: SMSConfiguration(servicePlanId: "957ae16ae12d4942b91b61eda5e4ed6b", campaignId: ""),
    voiceConfiguration: VoiceConfiguration(type: .rtc, appId: "", trunkId: "", serviceId: ""),
    callbackUrl: "")

  static let sales = ActiveNumber(
    phoneNumber: "+447520651116", projectId: "0994c893-4d74-4455-8259-4f5c68d92f6f",
    displayName: "", regionCode: "GB", type: .mobile, capability: [.sms],
    money: Money(currencyCode: "GBP", amount: "12.5"), paymentIntervalMonths: 1,
    nextChargeDate: "2026-12-30T10:32:08.882Z")

  static let available = AvailableNumber(
    phoneNumber: "+12089087284", regionCode: "US", type: .local, capability: [.sms, .voice],
    setupPrice: Money(currencyCode: "USD", amount: "0"),
    monthlyPrice: Money(currencyCode: "USD", amount: "2.0"),
    paymentIntervalMonths: 1, supportingDocumentationRequired: false)
}
