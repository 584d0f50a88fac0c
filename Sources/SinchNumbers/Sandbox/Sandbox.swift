import Foundation

/// The Numbers API in memory, with the live API's semantics: the embedded default of `sns` and
/// what `sns-emulator` serves.
///
/// Files: `Sandbox.swift` state and set-up; `+ActiveNumbers` list and get; `+Updates` update and
/// scheduled provisioning; `+Inventory` search, rent and release; `+Project` regions, callback
/// configuration and statistics. Numbers are kept in phone-number order (`SortedNumberIndex`),
/// and the filters of a list are checked once (`NumberCriteria`) then applied in one pass.
public actor Sandbox: NumbersAPI {
  public nonisolated let projectId: String

  /// The project's numbers, in phone-number order.
  var active: SortedNumberIndex<ActiveNumber>
  /// Numbers that can be rented, in phone-number order.
  var inventory: SortedNumberIndex<AvailableNumber>
  let regions: [AvailableRegion]
  var callback: CallbackConfiguration
  /// Numbers whose answer showed a scheduled provisioning; the next read applies it.
  var pendingProvisioning: Set<String> = []
  /// Positions in `active` sorted by display name, built on the first such list and dropped
  /// whenever a name or the set of numbers changes.
  var displayNameOrder: [Int]?
  var ledger = SandboxLedger()
  let clock: @Sendable () -> Date

  /// The project of the bundled seed, changed as `options` say.
  public init(options: SandboxOptions = SandboxOptions()) throws {
    self.init(seed: try SandboxSeed.bundled(), options: options)
  }

  /// The bundled seed plus `extraNumbers` synthetic active numbers, the same for the same
  /// `randomSeed`.
  public init(extraNumbers: Int, randomSeed: UInt64 = 0) throws {
    try self.init(options: SandboxOptions(syntheticNumbers: extraNumbers, randomSeed: randomSeed))
  }

  /// The project `seed` describes, changed as `options` say. Entries without a valid E.164
  /// number are left out: nothing could address them.
  public init(seed: SandboxSeed, options: SandboxOptions = SandboxOptions()) {
    let projectId = options.projectId ?? seed.projectId
    self.projectId = projectId
    clock = options.now

    var activeNumbers = seed.activeNumbers.filter { Self.isValid($0.phoneNumber) }
    if options.projectId != nil {
      for index in activeNumbers.indices { activeNumbers[index].projectId = projectId }
    }
    let availableNumbers = seed.availableNumbers.filter { Self.isValid($0.phoneNumber) }
    var taken = Set(activeNumbers.compactMap(\.phoneNumber))
    taken.formUnion(availableNumbers.compactMap(\.phoneNumber))
    var synthetic = SyntheticNumbers(randomSeed: options.randomSeed, projectId: projectId)
    activeNumbers += synthetic.make(options.syntheticNumbers, avoiding: &taken)

    active = SortedNumberIndex(activeNumbers)
    inventory = SortedNumberIndex(availableNumbers)
    regions = seed.availableRegions
    callback = CallbackConfiguration(
      projectId: options.projectId ?? seed.callbackConfiguration?.projectId ?? projectId,
      hmacSecret: seed.callbackConfiguration?.hmacSecret ?? "")
  }

  private static func isValid(_ phoneNumber: String?) -> Bool {
    guard let phoneNumber else { return false }
    return PhoneNumber.problem(with: phoneNumber) == nil
  }

  // MARK: - Bookkeeping shared by the operations

  /// The current time as the API writes it.
  var timestamp: String { SandboxClock.timestamp(clock()) }

  /// Counts a call; every operation starts with it, so failed calls count too.
  func called(_ operation: SandboxOperation) {
    ledger.called(operation)
  }

  /// Records a mutation that changed the project.
  func applied(_ operation: SandboxOperation, phoneNumber: String?) {
    ledger.applied(operation, phoneNumber: phoneNumber, time: timestamp)
  }

  /// Adds or replaces an active number.
  func store(_ number: ActiveNumber) {
    active.upsert(number)
    displayNameOrder = nil
  }

  /// Removes an active number, returning it.
  func removeActive(_ key: String) -> ActiveNumber? {
    guard let number = active.remove(key) else { return nil }
    pendingProvisioning.remove(key)
    displayNameOrder = nil
    return number
  }

  /// The position of an active number, or the live API's 404.
  func position(of number: PhoneNumber) throws -> Int {
    guard let position = active.position(of: number.e164) else {
      throw NumbersError.activeNumberNotFound(number.e164)
    }
    return position
  }
}
