/// The tables of the API's own records, recognised by their fields: ActiveNumber lists show
/// number, name, region, type, capabilities, price and SMS plan (LANGUAGE.md §8).
struct TableColumn: Sendable {
  /// The header text.
  let header: String
  /// The field path whose value fills the column.
  let path: [String]
  /// Prices keep to the right so that their amounts line up.
  let alignment: TableLayout.Alignment
  /// How the value reads in the cell.
  let format: @Sendable (Value) -> String

  init(
    _ header: String, _ path: String, alignment: TableLayout.Alignment = .left,
    format: @escaping @Sendable (Value) -> String = { CellText.text($0, nullText: "") }
  ) {
    self.header = header
    self.path = path.split(separator: ".").map(String.init)
    self.alignment = alignment
    self.format = format
  }

  /// The cell's value in `record`, or `null` when the path leads nowhere.
  func value(in record: Record) -> Value {
    var current = Value.record(record)
    for key in path {
      guard case .record(let nested) = current, let next = nested[key] else { return .null }
      current = next
    }
    return current
  }
}

enum KnownTables {
  /// The columns for `records` when every one of them is an API record of one kind.
  static func columns(for records: [Record]) -> [TableColumn]? {
    guard let first = records.first else { return nil }
    for kind in kinds where kind.fields.allSatisfy(first.contains(key:)) {
      let all = records.allSatisfy { record in kind.fields.allSatisfy(record.contains(key:)) }
      return all ? kind.columns : nil
    }
    return nil
  }

  private static let kinds: [(fields: [String], columns: [TableColumn])] = [
    (
      ["phoneNumber", "projectId", "displayName", "regionCode", "type", "capability", "money"],
      [
        TableColumn("NUMBER", "phoneNumber"),
        TableColumn("NAME", "displayName"),
        TableColumn("REGION", "regionCode"),
        TableColumn("TYPE", "type"),
        TableColumn("CAPABILITIES", "capability"),
        TableColumn("PRICE", "money", alignment: .right, format: price),
        TableColumn("SMS PLAN", "smsConfiguration.servicePlanId"),
      ]
    ),
    (
      ["phoneNumber", "regionCode", "type", "capability", "setupPrice", "monthlyPrice"],
      [
        TableColumn("NUMBER", "phoneNumber"),
        TableColumn("REGION", "regionCode"),
        TableColumn("TYPE", "type"),
        TableColumn("CAPABILITIES", "capability"),
        TableColumn("SETUP PRICE", "setupPrice", alignment: .right, format: price),
        TableColumn("MONTHLY PRICE", "monthlyPrice", alignment: .right, format: price),
      ]
    ),
    (
      ["regionCode", "regionName", "types"],
      [
        TableColumn("REGION", "regionCode"),
        TableColumn("NAME", "regionName"),
        TableColumn("TYPES", "types"),
      ]
    ),
  ]

  /// A money record as `2.00 USD`: the amount with at least two decimals, then the currency.
  static func price(_ money: Value) -> String {
    guard case .record(let record) = money else { return CellText.text(money, nullText: "") }
    let amount = record["amount"].map { CellText.text($0, nullText: "") } ?? ""
    let currency = record["currencyCode"].map { CellText.text($0, nullText: "") } ?? ""
    return [twoDecimals(amount), currency].filter { !$0.isEmpty }.joined(separator: " ")
  }

  /// `2` → `2.00`, `2.5` → `2.50`, `0.075` stays; anything that is not a plain number stays.
  private static func twoDecimals(_ amount: String) -> String {
    let digits = amount.hasPrefix("-") ? amount.dropFirst() : Substring(amount)
    let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
    let isNumber =
      !digits.isEmpty && parts.count <= 2 && !parts[0].isEmpty
      && parts.allSatisfy { $0.allSatisfy(\.isASCIIDigitCharacter) }
    guard isNumber else { return amount }
    let fraction = parts.count == 2 ? parts[1] : ""
    guard fraction.count < 2 else { return amount }
    let whole = parts.count == 2 ? amount.dropLast(fraction.count + 1) : Substring(amount)
    return whole + "." + fraction + String(repeating: "0", count: 2 - fraction.count)
  }
}

extension Character {
  /// Whether the character is one of 0-9.
  fileprivate var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}
