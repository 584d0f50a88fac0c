/// An amount of money as the API sends it: a decimal string and an ISO 4217 currency code.
public struct Money: Codable, Hashable, Sendable {
  public var currencyCode: String?
  public var amount: String?

  public init(currencyCode: String?, amount: String?) {
    self.currencyCode = currencyCode
    self.amount = amount
  }

  enum CodingKeys: String, CodingKey { case currencyCode, amount }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    currencyCode = container.lenientString(.currencyCode)
    amount = container.lenientString(.amount)
  }
}
