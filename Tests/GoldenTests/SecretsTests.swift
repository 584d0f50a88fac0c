import Foundation
import NumbersEmulator
import SinchNumbers
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Credentials through the binary: what `--trace`, errors and output may never show, and where
/// credentials may never be sent.
@Suite("Secrets, through the sns binary")
struct SecretsTests {
  static let keyId = "secrets-key-id"
  static let keySecret = "s3cr3t-VALUE-never-printed"

  /// Everything that would give a credential away, for both auth methods.
  static var forbidden: [String] {
    let basic = Data("\(keyId):\(keySecret)".utf8).base64EncodedString()
    return [keySecret, basic, "Basic ", "Bearer ", "Authorization", "access_token"]
  }

  @Test("--trace shows requests but no secret, Basic header or token", arguments: ["oauth", "basic"])
  func traceHidesCredentials(auth: String) async throws {
    let (sandbox, server, origin) = try Self.emulator()
    defer { Task { await server.stop() } }
    let script = """
      ls region=US | count
      set +12086390939 name="Traced"
      callbacks secret="0123456789abcdef0123456789abcdef"
      release +12092224786 --yes
      show +19999999999
      """
    let result = try await SNSProcess.run(
      arguments: ["--trace", "--api", origin, "-c", script],
      directory: FileManager.default.temporaryDirectory,
      environment: Self.environment(sandbox, auth: auth))

    #expect(result.status == 1, "the last line reads a number that does not exist")
    #expect(
      result.stderr.contains("PATCH /v1/projects/\(sandbox.projectId)/activeNumbers/+12086390939 → 200"))
    #expect(result.stderr.contains("404"))
    if auth == "oauth" { #expect(result.stderr.contains("POST /oauth2/token → 200")) }
    for secret in Self.forbidden {
      #expect(!result.stdout.contains(secret), "stdout shows \(secret)")
      #expect(!result.stderr.contains(secret), "stderr shows \(secret)")
    }
  }

  @Test("a refused key is reported without echoing it", arguments: ["oauth", "basic"])
  func refusedKeyIsNotEchoed(auth: String) async throws {
    let (sandbox, server, origin) = try Self.emulator()
    defer { Task { await server.stop() } }
    let wrong = "wrong-secret-\(auth)-xyz"
    var environment = Self.environment(sandbox, auth: auth)
    environment["SINCH_KEY_SECRET"] = wrong
    let result = try await SNSProcess.run(
      arguments: ["--trace", "--api", origin, "-c", "ls region=US"],
      directory: FileManager.default.temporaryDirectory, environment: environment)

    #expect(result.status == 1)
    #expect(result.stderr.contains("401"))
    #expect(!result.stderr.contains(wrong) && !result.stdout.contains(wrong))
    #expect(!result.stderr.contains(Data("\(Self.keyId):\(wrong)".utf8).base64EncodedString()))
  }

  @Test(
    "credentials are refused over plain HTTP to another host, before any connection",
    .enabled(if: SecretsTests.nonLoopbackAddress() != nil, "no non-loopback IPv4 address here"))
  func plainHTTPOffLoopbackIsRefused() async throws {
    let address = try #require(Self.nonLoopbackAddress())
    let sandbox = try Sandbox()
    let server = EmulatorServer(api: sandbox)
    var configuration = EmulatorConfiguration()
    configuration.host = "0.0.0.0"
    configuration.credentials = EmulatorCredentials(keyId: Self.keyId, keySecret: Self.keySecret)
    let port = try server.start(configuration)
    defer { Task { await server.stop() } }

    for auth in ["oauth", "basic"] {
      let result = try await SNSProcess.run(
        arguments: ["--api", "http://\(address):\(port)", "-c", "ls region=US"],
        directory: FileManager.default.temporaryDirectory,
        environment: Self.environment(sandbox, auth: auth))
      #expect(result.status == 2)
      #expect(result.stderr.contains("refusing to send credentials to http://\(address):\(port)"))
      #expect(!result.stderr.contains(Self.keySecret))
    }
    #expect(server.statistics.connectionsAccepted == 0, "nothing was sent, not even a connection")
  }

  @Test("an OAuth token is kept between runs in a private file that holds no secret")
  func tokenIsKeptBetweenRuns() async throws {
    let (sandbox, server, origin) = try Self.emulator()
    defer { Task { await server.stop() } }
    let cache = FileManager.default.temporaryDirectory.appendingPathComponent(
      "sns-cache-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: cache) }
    var environment = Self.environment(sandbox, auth: "oauth")
    environment["XDG_CACHE_HOME"] = cache.path
    for _ in 0..<3 {
      let result = try await SNSProcess.run(
        arguments: ["--api", origin, "-c", "ls region=US | count"],
        directory: FileManager.default.temporaryDirectory, environment: environment)
      #expect(result.status == 0 && result.stdout == "6\n", "\(result.stderr)")
    }
    #expect(server.statistics.tokensIssued == 1, "three runs, one token")

    let file = cache.appendingPathComponent("sns/tokens").path
    let manager = FileManager.default
    #expect((try manager.attributesOfItem(atPath: file)[.posixPermissions] as? Int) == 0o600)
    #expect(
      (try manager.attributesOfItem(atPath: cache.appendingPathComponent("sns").path)[.posixPermissions]
        as? Int)
        == 0o700)
    let text = try String(contentsOfFile: file, encoding: .utf8)
    #expect(!text.contains(Self.keySecret))

    // A file others can read is not trusted: the next run buys its own token.
    try manager.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
    _ = try await SNSProcess.run(
      arguments: ["--api", origin, "-c", "ls region=US | count"],
      directory: FileManager.default.temporaryDirectory, environment: environment)
    #expect(server.statistics.tokensIssued == 2)
  }

  @Test("the emulator listens on loopback unless told otherwise")
  func emulatorBindsLoopback() throws {
    #expect(EmulatorConfiguration().host == "127.0.0.1")
    #expect(try EmulatorOptions.parse([]).configuration.host == "127.0.0.1")
  }

  static func emulator() throws -> (Sandbox, EmulatorServer, String) {
    let sandbox = try Sandbox()
    let server = EmulatorServer(api: sandbox)
    var configuration = EmulatorConfiguration()
    configuration.credentials = EmulatorCredentials(keyId: keyId, keySecret: keySecret)
    let port = try server.start(configuration)
    return (sandbox, server, "http://127.0.0.1:\(port)")
  }

  static func environment(_ sandbox: Sandbox, auth: String) -> [String: String] {
    [
      "SINCH_PROJECT_ID": sandbox.projectId, "SINCH_KEY_ID": keyId, "SINCH_KEY_SECRET": keySecret,
      "SINCH_AUTH": auth,
    ]
  }

  /// An IPv4 address of this machine that is not loopback, if it has one.
  static func nonLoopbackAddress() -> String? {
    var list: UnsafeMutablePointer<ifaddrs>?
    guard getifaddrs(&list) == 0, let first = list else { return nil }
    defer { freeifaddrs(list) }
    for entry in sequence(first: first, next: { $0.pointee.ifa_next }) {
      guard let address = entry.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET) else {
        continue
      }
      var text = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
      address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { inet in
        var raw = inet.pointee.sin_addr
        _ = inet_ntop(AF_INET, &raw, &text, socklen_t(INET_ADDRSTRLEN))
      }
      let string = String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      if !string.hasPrefix("127.") { return string }
    }
    return nil
  }
}
