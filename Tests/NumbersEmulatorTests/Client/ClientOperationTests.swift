import Foundation
import NumbersEmulator
import SinchNumbers
import Testing

/// `HTTPNumbersClient` against the emulator over loopback: every operation, real sockets.
@Suite("HTTP client end to end")
struct ClientOperationTests {
  @Test("every operation round-trips through HTTP with OAuth")
  func everyOperation() async throws {
    let emulator = try RunningEmulator.start()
    defer { Task { await emulator.stop() } }
    let client = try emulator.client()

    let page = try await client.listActiveNumbers(ActiveNumberQuery(regionCode: "US", pageSize: 5))
    #expect(page.activeNumbers.count == 5)
    #expect(page.activeNumbers.allSatisfy { $0.regionCode == "US" })
    #expect((page.totalSize ?? 0) >= 5)

    let first = try PhoneNumber(try #require(page.activeNumbers.first?.phoneNumber))
    let shown = try await client.activeNumber(first)
    #expect(shown.phoneNumber == first.e164)

    let updated = try await client.updateActiveNumber(first, ActiveNumberUpdate(displayName: "Support"))
    #expect(updated.displayName == "Support")
    #expect(try await client.activeNumber(first).displayName == "Support")

    let patterned = try await client.listActiveNumbers(
      ActiveNumberQuery(pattern: String(first.e164.prefix(5)), searchPattern: .start))
    #expect(patterned.activeNumbers.contains { $0.phoneNumber == first.e164 })

    let released = try await client.releaseNumber(first)
    #expect(released.expireAt != nil)
    await #expect(throws: NumbersError.self) { try await client.activeNumber(first) }

    let regions = try await client.availableRegions(types: [.local])
    #expect(regions.contains { $0.regionCode == "US" })

    let available = try await client.searchAvailableNumbers(
      AvailableNumberQuery(regionCode: "US", type: .local, size: 3))
    #expect(available.count == 3)
    let candidate = try PhoneNumber(try #require(available.first?.phoneNumber))
    #expect(try await client.availableNumber(candidate).phoneNumber == candidate.e164)

    let rented = try await client.rentNumber(candidate, RentNumberRequest())
    #expect(rented.phoneNumber == candidate.e164)
    let rentedAny = try await client.rentAnyNumber(RentAnyNumberRequest(regionCode: "US", type: .local))
    #expect(rentedAny.regionCode == "US")

    let secret = "0123456789abcdef0123456789abcdef"
    let callbacks = try await client.updateCallbackConfiguration(.init(hmacSecret: secret))
    #expect(callbacks.hmacSecret == secret)
    #expect(try await client.callbackConfiguration().hmacSecret == secret)
    #expect(await client.tokensFetched == 1)
  }

  @Test("API errors carry HTTP status, Sinch status and message")
  func apiErrorsAreTyped() async throws {
    let emulator = try RunningEmulator.start()
    defer { Task { await emulator.stop() } }
    let client = try emulator.client()
    do {
      _ = try await client.activeNumber(try PhoneNumber("+12086390000"))
      Issue.record("expected a 404")
    } catch let NumbersError.api(error) {
      #expect(error.httpStatus == 404)
      #expect(error.status == "NOT_FOUND")
      #expect(error.message.contains("+12086390000"))
    }
    do {
      _ = try await client.listActiveNumbers(ActiveNumberQuery(pageSize: 5000))
      Issue.record("expected a 400")
    } catch let NumbersError.api(error) {
      #expect(error.httpStatus == 400)
      #expect(error.status == "INVALID_ARGUMENT")
      #expect(error.fieldViolations.first?.field == "pageSize")
    }
  }

  @Test("Basic auth works, and a wrong secret is refused without echoing it")
  func basicAuth() async throws {
    let emulator = try RunningEmulator.start()
    defer { Task { await emulator.stop() } }
    let page = try await emulator.client(auth: .basic).listActiveNumbers(ActiveNumberQuery())
    #expect(!page.activeNumbers.isEmpty)
    for auth in [AuthMethod.basic, .oauth] {
      do {
        _ = try await emulator.client(auth: auth, secret: "wrong-secret-xyz").listActiveNumbers(
          ActiveNumberQuery())
        Issue.record("expected a refusal")
      } catch let error as NumbersError {
        #expect(error.httpStatus == 401)
        #expect(!error.description.contains("wrong-secret-xyz"))
      }
    }
  }

  @Test("credentials are never sent over plain HTTP to another host")
  func plainHTTPRefused() {
    let configuration = ClientConfiguration(
      projectId: "p", credentials: Credentials(keyId: "k", keySecret: "s"),
      numbersURL: URL(string: "http://numbers.example.com")!,
      authURL: URL(string: "https://auth.sinch.com/oauth2/token")!)
    #expect(throws: NumbersError.self) { try HTTPNumbersClient(configuration: configuration) }
  }

  @Test("a closed port is a network error that names the host")
  func connectionRefused() async throws {
    let emulator = try RunningEmulator.start()
    let client = try emulator.client(auth: .basic, retryPolicy: .none)
    await emulator.stop()
    do {
      _ = try await client.listActiveNumbers(ActiveNumberQuery())
      Issue.record("expected a network error")
    } catch let NumbersError.transport(message) {
      #expect(message.contains("127.0.0.1:\(emulator.port)"))
    }
  }

  @Test("the trace shows method, path and status, and never a credential")
  func traceRedacts() async throws {
    let emulator = try RunningEmulator.start()
    defer { Task { await emulator.stop() } }
    let log = TraceLog()
    let client = try emulator.client(trace: log.hook)
    _ = try await client.listActiveNumbers(ActiveNumberQuery(regionCode: "US"))
    let lines = log.events.map(\.description)
    #expect(lines.count == 2)
    #expect(lines[0].hasPrefix("POST /oauth2/token → 200"))
    #expect(lines[1].hasPrefix("GET /v1/projects/\(emulator.projectId)/activeNumbers?regionCode=US → 200"))
    for line in lines {
      #expect(!line.contains(RunningEmulator.keySecret))
      #expect(!line.contains("Basic") && !line.contains("Bearer"))
    }
  }
}
