import Foundation
import NumbersEmulator
import Testing

/// Many clients at once: every request answered, none lost.
@Suite("Concurrency")
struct ConcurrencyTests {
  @Test func answersSixteenKeptAliveClientsOfFiftyRequestsEach() async throws {
    try await withServer { server, port in
      let clients = 16
      let requestsPerClient = 50
      let answered = try await withThrowingTaskGroup(of: Int.self) { group in
        for client in 0..<clients {
          group.addTask {
            try await onThread {
              let connection = try RawHTTPConnection(port: port)
              var ok = 0
              for index in 0..<requestsPerClient {
                let path =
                  index % 2 == 0
                  ? "\(projectPath)/activeNumbers?pageSize=5" : "\(projectPath)/activeNumbers/+12086390939"
                let body = index % 5 == 0 ? "{\"displayName\":\"client \(client)\"}" : nil
                let method = body == nil ? "GET" : "PATCH"
                let target = body == nil ? path : "\(projectPath)/activeNumbers/+12086390939"
                if connection.exchange(request(method, target, body: body))?.status == 200 { ok += 1 }
              }
              return ok
            }
          }
        }
        return try await group.reduce(0, +)
      }
      #expect(answered == clients * requestsPerClient)
      #expect(server.statistics.requestsServed == clients * requestsPerClient)
      #expect(server.statistics.connectionsAccepted == clients)
      #expect(server.statistics.mutations(.updateActiveNumber) == clients * requestsPerClient / 5)
    }
  }

  @Test func servesSeventyConnectionsOpenAtOnce() async throws {
    // Every connection is opened before the first request; on a loaded machine that can take
    // longer than the harness's 5-second idle timeout, which would (rightly) close them.
    try await withServer({ $0.readTimeout = 60 }) { _, port in
      let statuses = try await onThread {
        let connections = try (0..<70).map { _ in try RawHTTPConnection(port: port) }
        return connections.compactMap {
          $0.exchange(request("GET", "\(projectPath)/callbackConfiguration"))?.status
        }
      }
      #expect(statuses == Array(repeating: 200, count: 70))
    }
  }
}
