import Foundation
import NumbersEmulator
import SinchNumbers

/// The seed's project, which the Sandbox serves by default.
let seedProject = "0994c893-4d74-4455-8259-4f5c68d92f6f"

/// The path prefix of the seed project's Numbers resources.
let projectPath = "/v1/projects/\(seedProject)"

/// A key for tests that need authentication.
let testKey = EmulatorCredentials(keyId: "key-id", keySecret: "key-secret")

/// `Authorization` header field for `testKey`.
let basicAuthorization = "Authorization: Basic " + Data("key-id:key-secret".utf8).base64EncodedString()

/// Starts a server on a free port over a fresh Sandbox, runs `body`, and stops it.
func withServer(
  sandbox: Sandbox? = nil,
  _ configure: (inout EmulatorConfiguration) -> Void = { _ in },
  _ body: (EmulatorServer, Int) async throws -> Void
) async throws {
  var configuration = EmulatorConfiguration()
  configuration.readTimeout = 5
  configure(&configuration)
  let server = EmulatorServer(api: try sandbox ?? Sandbox())
  let port = try server.start(configuration)
  do {
    try await body(server, port)
  } catch {
    await server.stop()
    throw error
  }
  await server.stop()
}

/// A request with the usual head: `Host`, and a body with its `Content-Length`.
func request(
  _ method: String, _ path: String, headers: [String] = [], body: String? = nil
) -> String {
  var text = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
  for header in headers { text += header + "\r\n" }
  if let body { text += "Content-Length: \(body.utf8.count)\r\n" }
  text += "\r\n"
  return text + (body ?? "")
}

/// Exchanges one request on a new connection.
func exchange(port: Int, _ text: String) async throws -> RawHTTPResponse? {
  try await onThread { try RawHTTPConnection(port: port).exchange(text) }
}
