/// Records kept in phone-number order, found by binary search.
///
/// E.164 numbers sort as plain strings, so listing in the default order is a walk over the array
/// with no sorting per request; a lookup is O(log n) and an insert or removal one `memmove`, which
/// keeps a 100,000-number emulator fast without a dictionary to keep in step. Keys, traits and
/// records are parallel arrays so that filtering touches only the first two.
struct SortedNumberIndex<Record: NumberRecord> {
  /// The phone numbers, ascending; `keys[i]` is the number of `records[i]`.
  private(set) var keys: [String] = []
  /// `traits[i]` is what filters read of `records[i]`.
  private(set) var traits: [NumberTraits] = []
  private(set) var records: [Record] = []

  init() {}

  /// Builds the index in one sort; records without a number are left out, and when a number
  /// appears twice the later record wins.
  init(_ unsorted: [Record]) {
    let unsortedKeys = unsorted.map { $0.phoneNumber ?? "" }
    let order = unsortedKeys.indices.filter { !unsortedKeys[$0].isEmpty }.sorted { first, second in
      let (a, b) = (unsortedKeys[first], unsortedKeys[second])
      return a == b ? first < second : a < b
    }
    keys.reserveCapacity(order.count)
    traits.reserveCapacity(order.count)
    records.reserveCapacity(order.count)
    for index in order {
      let record = unsorted[index]
      if keys.last == unsortedKeys[index] {
        traits[traits.count - 1] = record.traits
        records[records.count - 1] = record
      } else {
        keys.append(unsortedKeys[index])
        traits.append(record.traits)
        records.append(record)
      }
    }
  }

  var count: Int { keys.count }
  var positions: Range<Int> { keys.indices }

  subscript(position: Int) -> Record {
    get { records[position] }
    set {
      traits[position] = newValue.traits
      records[position] = newValue
    }
  }

  /// Where `key` is, or nil.
  func position(of key: String) -> Int? {
    let position = lowerBound(key)
    return position < keys.count && keys[position] == key ? position : nil
  }

  /// The record of `key`, or nil.
  func record(for key: String) -> Record? {
    position(of: key).map { records[$0] }
  }

  /// The first position whose key is greater than `key`: where the page after `key` starts.
  func firstPosition(after key: String) -> Int {
    let position = lowerBound(key)
    return position < keys.count && keys[position] == key ? position + 1 : position
  }

  /// Inserts the record, or replaces the one already kept for its number.
  mutating func upsert(_ record: Record) {
    guard let key = record.phoneNumber, !key.isEmpty else { return }
    let position = lowerBound(key)
    if position < keys.count && keys[position] == key {
      self[position] = record
    } else {
      keys.insert(key, at: position)
      traits.insert(record.traits, at: position)
      records.insert(record, at: position)
    }
  }

  /// Removes and returns the record of `key`, or nil when there is none.
  @discardableResult
  mutating func remove(_ key: String) -> Record? {
    guard let position = position(of: key) else { return nil }
    keys.remove(at: position)
    traits.remove(at: position)
    return records.remove(at: position)
  }

  private func lowerBound(_ key: String) -> Int {
    var low = 0
    var high = keys.count
    while low < high {
      let middle = (low + high) / 2
      if keys[middle] < key { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
