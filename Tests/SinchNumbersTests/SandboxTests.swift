import Foundation
import Testing

@testable import SinchNumbers

/// The Sandbox: the Numbers API in memory with the live API's semantics (DESIGN.md §2). The
/// behaviours live in nested suites, one file each, so `--filter SandboxTests` runs them all.
@Suite("Sandbox")
struct SandboxTests {
  /// 2026-11-15T12:00:00.000Z: every test that checks a timestamp runs at this instant.
  static let now = Date(timeIntervalSince1970: 1_794_744_000)
  static let nowText = "2026-11-15T12:00:00.000Z"

  /// The bundled seed on a stopped clock.
  static func seeded(extraNumbers: Int = 0, randomSeed: UInt64 = 0) throws -> Sandbox {
    try Sandbox(
      options: SandboxOptions(
        syntheticNumbers: extraNumbers, randomSeed: randomSeed, now: { SandboxTests.now }))
  }

  static func number(_ text: String) throws -> PhoneNumber { try PhoneNumber(text) }

  /// Every page of a list, following the tokens; fails on a token that repeats.
  static func allPages(_ sandbox: Sandbox, _ query: ActiveNumberQuery) async throws
    -> [ActiveNumberPage]
  {
    var query = query
    var pages: [ActiveNumberPage] = []
    var seenTokens: Set<String> = []
    while true {
      let page = try await sandbox.listActiveNumbers(query)
      pages.append(page)
      guard let token = page.nextPage else { return pages }
      #expect(seenTokens.insert(token).inserted, "page token repeated")
      query.pageToken = token
    }
  }

  @Test("Sandbox() starts from the bundled seed")
  func startsFromTheSeed() async throws {
    let sandbox = try Sandbox()
    let seed = try SandboxSeed.bundled()
    #expect(sandbox.projectId == "0994c893-4d74-4455-8259-4f5c68d92f6f")
    let statistics = await sandbox.statistics()
    #expect(statistics.activeNumbers == seed.activeNumbers.count)
    #expect(statistics.availableNumbers == seed.availableNumbers.count)
    let page = try await sandbox.listActiveNumbers(ActiveNumberQuery())
    #expect(Set(page.activeNumbers) == Set(seed.activeNumbers))
  }

  @Test("Sandbox(seed:) serves the given project and skips entries without a valid number")
  func startsFromAGivenSeed() async throws {
    let seed = SandboxSeed(
      projectId: "p1",
      activeNumbers: [
        ActiveNumber(phoneNumber: "+46701740605", regionCode: "SE", type: .mobile),
        ActiveNumber(phoneNumber: "0701740605"), ActiveNumber(displayName: "no number"),
      ])
    let sandbox = Sandbox(seed: seed)
    #expect(sandbox.projectId == "p1")
    let page = try await sandbox.listActiveNumbers(ActiveNumberQuery())
    #expect(page.activeNumbers.map(\.phoneNumber) == ["+46701740605"])
    #expect(try await sandbox.callbackConfiguration().projectId == "p1")
  }

  @Test("a project id option rewrites the project of every number")
  func projectIdOption() async throws {
    let sandbox = try Sandbox(options: SandboxOptions(projectId: "emulated", syntheticNumbers: 5))
    #expect(sandbox.projectId == "emulated")
    let page = try await sandbox.listActiveNumbers(ActiveNumberQuery())
    #expect(page.activeNumbers.allSatisfy { $0.projectId == "emulated" })
    #expect(try await sandbox.callbackConfiguration().projectId == "emulated")
  }
}

/// The error an API call answered with, or nil when it succeeded or failed otherwise.
func apiError<T>(_ call: () async throws -> T) async -> APIError? {
  do {
    _ = try await call()
    return nil
  } catch NumbersError.api(let error) {
    return error
  } catch {
    return nil
  }
}

/// Checks a 400 INVALID_ARGUMENT naming `field`, and returns its description.
@discardableResult
func expectInvalidArgument(
  _ error: APIError?, field: String, sourceLocation: SourceLocation = #_sourceLocation
) -> String {
  #expect(error?.httpStatus == 400, sourceLocation: sourceLocation)
  #expect(error?.status == "INVALID_ARGUMENT", sourceLocation: sourceLocation)
  #expect(error?.fieldViolations.map(\.field) == [field], sourceLocation: sourceLocation)
  return error?.fieldViolations.first?.description ?? ""
}

/// Checks a 404 NOT_FOUND with a `ResourceInfo` detail.
func expectNotFound(
  _ error: APIError?, resourceType: String, name: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(error?.httpStatus == 404, sourceLocation: sourceLocation)
  #expect(error?.status == "NOT_FOUND", sourceLocation: sourceLocation)
  let detail = error?.details.first
  #expect(detail?.type == "ResourceInfo", sourceLocation: sourceLocation)
  #expect(detail?.resourceType == resourceType, sourceLocation: sourceLocation)
  #expect(detail?.resourceName == name, sourceLocation: sourceLocation)
}
