import Foundation
import NumbersEmulator
import SinchNumbers
import Testing

/// The worst fault for a change: the server applies it and the connection dies before the
/// answer. The client must find out by reading, and must never send the change again blindly.
@Suite("HTTP client: connection cut after the change was applied")
struct ClientCutConnectionTests {
  @Test("a release whose answer is lost is verified by a read, reported done and sent once")
  func releaseCutAfterApply() async throws {
    let emulator = try RunningEmulator.start {
      $0.cutAfterApplyRate = 1
      $0.cutOperations = [.releaseNumber]
    }
    defer { Task { await emulator.stop() } }
    let log = TraceLog()
    let client = try emulator.client(trace: log.hook)
    // A read first, so the release travels over a kept-alive connection: the case in which an
    // HTTP stack may be tempted to resend a request on a fresh one.
    _ = try await client.activeNumber(try PhoneNumber("+12092224786"))

    let released = try await client.releaseNumber(try PhoneNumber("+12086390939"))

    #expect(released.phoneNumber == "+12086390939")
    let statistics = emulator.server.statistics
    #expect(statistics.connectionsCut == 1)
    #expect(statistics.calls(.releaseNumber) == 1, "the release is never sent a second time")
    #expect(statistics.mutations(.releaseNumber) == 1)
    #expect(statistics.calls(.getActiveNumber) == 2, "one read before, one verifying read after")
    await #expect(throws: NumbersError.self) {
      _ = try await client.activeNumber(try PhoneNumber("+12086390939"))
    }
  }

  @Test("a rent whose answer is lost is verified by a read and the number returned, rented once")
  func rentCutAfterApply() async throws {
    let emulator = try RunningEmulator.start {
      $0.cutAfterApplyRate = 1
      $0.cutOperations = [.rentNumber]
    }
    defer { Task { await emulator.stop() } }
    let client = try emulator.client()
    let available = try await client.searchAvailableNumbers(
      AvailableNumberQuery(regionCode: "US", type: .local, size: 1))
    let text = try #require(available.first?.phoneNumber)

    let rented = try await client.rentNumber(try PhoneNumber(text), RentNumberRequest())

    #expect(rented.phoneNumber == text)
    let statistics = emulator.server.statistics
    #expect(statistics.connectionsCut == 1)
    #expect(statistics.calls(.rentNumber) == 1, "the rent is never sent a second time")
    #expect(statistics.mutations(.rentNumber) == 1)
  }

  @Test("releases of 20 numbers, every answer lost, each applied exactly once")
  func manyReleasesCut() async throws {
    let emulator = try RunningEmulator.start(syntheticNumbers: 20) {
      $0.cutAfterApplyRate = 1
      $0.cutOperations = [.releaseNumber]
    }
    defer { Task { await emulator.stop() } }
    let client = try emulator.client()
    let numbers = try await client.listActiveNumbers(ActiveNumberQuery(pageSize: 20)).activeNumbers
      .compactMap(\.phoneNumber)
    try await withThrowingTaskGroup(of: Void.self) { group in
      for text in numbers {
        group.addTask { _ = try await client.releaseNumber(try PhoneNumber(text)) }
      }
      try await group.waitForAll()
    }
    let statistics = emulator.server.statistics
    #expect(statistics.connectionsCut == numbers.count)
    #expect(statistics.calls(.releaseNumber) == numbers.count)
    #expect(statistics.mutations(.releaseNumber) == numbers.count)
  }
}
