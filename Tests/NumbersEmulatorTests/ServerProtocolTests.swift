import Foundation
import NumbersEmulator
import SinchNumbers
import Testing

/// The server over real sockets: malformed input, limits, keep-alive, and that one bad
/// connection never stops the others.
@Suite("Server protocol")
struct ServerProtocolTests {
  @Test func answersAMalformedRequestLineWith400AndCloses() async throws {
    try await withServer { _, port in
      let (response, closed) = try await onThread {
        let connection = try RawHTTPConnection(port: port)
        let response = connection.exchange("GARBAGE\r\n\r\n")
        return (response, connection.isClosedByServer())
      }
      #expect(response?.status == 400)
      #expect(response?.headers["connection"] == "close")
      #expect(response?.errorStatus == "INVALID_ARGUMENT")
      #expect(closed)
      try await expectStillServing(port)
    }
  }

  @Test func answersHugeHeadersWith431() async throws {
    try await withServer { _, port in
      let huge = "GET /v1 HTTP/1.1\r\nX-Big: " + String(repeating: "x", count: 20_000) + "\r\n\r\n"
      let (response, closed) = try await onThread {
        let connection = try RawHTTPConnection(port: port)
        let response = connection.exchange(huge)
        return (response, connection.isClosedByServer())
      }
      #expect(response?.status == 431)
      #expect(closed)
      try await expectStillServing(port)
    }
  }

  @Test func answersATooLargeBodyWith413BeforeReadingIt() async throws {
    try await withServer { _, port in
      let head = request(
        "PATCH", "\(projectPath)/callbackConfiguration", headers: ["Content-Length: 2000000"])
      let response = try await onThread {
        let connection = try RawHTTPConnection(port: port)
        connection.send(head)
        connection.send([UInt8](repeating: 0x7B, count: 100_000))
        return connection.readResponse()
      }
      #expect(response?.status == 413)
      #expect(response?.errorStatus == "CONTENT_TOO_LARGE")
      try await expectStillServing(port)
    }
  }

  @Test func endsOnlyTheConnectionWhoseContentLengthLied() async throws {
    try await withServer { configuration in
      configuration.readTimeout = 1
    } _: { _, port in
      let head = request("PATCH", "\(projectPath)/callbackConfiguration", headers: ["Content-Length: 100"])
      // The client sends 10 of 100 bytes, then stops writing: the server sees end of file.
      let closedAfterEOF = try await onThread {
        let connection = try RawHTTPConnection(port: port)
        connection.send(head + "{\"hmacSe")
        connection.finishSending()
        return connection.isClosedByServer()
      }
      #expect(closedAfterEOF)
      // The client sends 10 of 100 bytes, then stalls: the read timeout ends it with 408.
      let (stalled, closedAfterTimeout) = try await onThread {
        let connection = try RawHTTPConnection(port: port)
        connection.send(head + "{\"hmacSe")
        let response = connection.readResponse()
        return (response, connection.isClosedByServer())
      }
      #expect(stalled?.status == 408)
      #expect(closedAfterTimeout)
      try await expectStillServing(port)
    }
  }

  @Test func servesTwoRequestsOnOneKeptAliveConnection() async throws {
    try await withServer { server, port in
      let (first, second) = try await onThread {
        let connection = try RawHTTPConnection(port: port)
        let first = connection.exchange(request("GET", "\(projectPath)/activeNumbers?pageSize=1"))
        let second = connection.exchange(request("GET", "\(projectPath)/callbackConfiguration"))
        return (first, second)
      }
      #expect(first?.status == 200)
      #expect(first?.headers["connection"] == "keep-alive")
      #expect(first?.headers["content-type"] == "application/json")
      #expect(second?.status == 200)
      #expect(second?.json["projectId"] as? String == seedProject)
      #expect(server.statistics.connectionsAccepted == 1)
    }
  }

  @Test func answersPipelinedRequestsInOrder() async throws {
    try await withServer { _, port in
      let pipelined =
        request("GET", "\(projectPath)/activeNumbers/+12086390939")
        + request("GET", "\(projectPath)/activeNumbers/%2B12092224786")
        + request("GET", "\(projectPath)/callbackConfiguration", headers: ["Connection: close"])
      let responses = try await onThread {
        let connection = try RawHTTPConnection(port: port)
        connection.send(pipelined)
        let responses = (0..<3).compactMap { _ in connection.readResponse() }
        return (responses, connection.isClosedByServer())
      }
      #expect(responses.0.map(\.status) == [200, 200, 200])
      #expect(responses.0.first?.json["phoneNumber"] as? String == "+12086390939")
      #expect(responses.0.dropFirst().first?.json["phoneNumber"] as? String == "+12092224786")
      #expect(responses.0.last?.headers["connection"] == "close")
      #expect(responses.1)
    }
  }

  @Test func closesAfterAnHTTP10Request() async throws {
    try await withServer { _, port in
      let (response, closed) = try await onThread {
        let connection = try RawHTTPConnection(port: port)
        let response = connection.exchange("GET \(projectPath)/callbackConfiguration HTTP/1.0\r\n\r\n")
        return (response, connection.isClosedByServer())
      }
      #expect(response?.status == 200)
      #expect(closed)
    }
  }

  @Test func answersAnUnknownPathWith404InTheLiveFormat() async throws {
    try await withServer { _, port in
      for path in [
        "/", "/v2/projects/x/activeNumbers", "\(projectPath)/nothing",
        "\(projectPath)/activeNumbers/+12086390939:explode",
      ] {
        let response = try await exchange(port: port, request("GET", path))
        #expect(response?.status == 404, "\(path)")
        #expect(response?.errorCode == 404)
        #expect(response?.errorStatus == "NOT_FOUND")
      }
    }
  }

  @Test func answersAnUnknownMethodOnAKnownPathWith405() async throws {
    try await withServer { _, port in
      let response = try await exchange(
        port: port, request("DELETE", "\(projectPath)/activeNumbers/+12086390939"))
      #expect(response?.status == 405)
      #expect(response?.headers["allow"] == "GET, PATCH")
      #expect(response?.errorCode == 405)
      let token = try await exchange(port: port, request("GET", "/oauth2/token"))
      #expect(token?.status == 405)
    }
  }

  @Test func answersChunkedBodiesWith501() async throws {
    try await withServer { _, port in
      let response = try await exchange(
        port: port,
        request("PATCH", "\(projectPath)/callbackConfiguration", headers: ["Transfer-Encoding: chunked"])
          + "5\r\nhello\r\n0\r\n\r\n")
      #expect(response?.status == 501)
      try await expectStillServing(port)
    }
  }

  @Test func sendsContinueWhenTheClientExpectsIt() async throws {
    try await withServer { _, port in
      let body = #"{"hmacSecret":"0123456789abcdef0123456789abcdef"}"#
      let head = request(
        "PATCH", "\(projectPath)/callbackConfiguration",
        headers: ["Expect: 100-continue", "Content-Length: \(body.utf8.count)"])
      let (interim, final) = try await onThread {
        let connection = try RawHTTPConnection(port: port)
        connection.send(head)
        let interim = connection.readResponse()
        connection.send(body)
        return (interim, connection.readResponse())
      }
      #expect(interim?.status == 100)
      #expect(final?.status == 200)
    }
  }

  @Test func stopsAndStartsAgain() async throws {
    let server = EmulatorServer(api: try Sandbox())
    let port = try server.start()
    #expect(server.port == port)
    #expect(throws: EmulatorError.alreadyRunning) { try server.start() }
    await server.stop()
    #expect(server.port == nil)
    #expect(throws: RawHTTPError.self) { try RawHTTPConnection(port: port) }
    let again = try server.start()
    #expect(
      try await exchange(port: again, request("GET", "\(projectPath)/callbackConfiguration"))?.status == 200)
    await server.stop()
  }

  /// A fresh connection still gets answers.
  private func expectStillServing(_ port: Int) async throws {
    let response = try await exchange(port: port, request("GET", "\(projectPath)/callbackConfiguration"))
    #expect(response?.status == 200)
  }
}
