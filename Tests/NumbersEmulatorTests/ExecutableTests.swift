import Foundation
import Testing

/// The built `sns-emulator` binary, found next to the test bundle in the build products folder.
private let emulatorBinary: URL? = {
  var folder = Bundle.main.bundleURL
  for _ in 0..<3 {
    let candidate = folder.appendingPathComponent("sns-emulator")
    if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    folder = folder.deletingLastPathComponent()
  }
  return nil
}()

/// What the binary printed and how it ended.
private struct Run: Sendable {
  var firstLine: String
  var response: RawHTTPResponse?
  var status: Int32
  var reason: Process.TerminationReason
}

@Suite("sns-emulator executable", .enabled(if: emulatorBinary != nil, "the binary is built"))
struct ExecutableTests {
  @Test func printsWhereItListensServesBasicAuthAndStopsCleanlyOnSIGTERM() async throws {
    let binary = try #require(emulatorBinary)
    let run = try await onThread { () throws -> Run in
      let process = Process()
      process.executableURL = binary
      process.arguments = [
        "--port", "0", "--key-id", "KEY", "--key-secret", "SECRET", "--numbers", "10", "--seed", "1",
      ]
      let output = Pipe()
      process.standardOutput = output
      process.standardError = FileHandle.nullDevice
      try process.run()
      var bytes: [UInt8] = []
      while !bytes.contains(0x0A) {
        let data = output.fileHandleForReading.availableData
        if data.isEmpty { break }
        bytes += data
      }
      let line = String(decoding: bytes.prefix { $0 != 0x0A }, as: UTF8.self)
      let port = Int(line.split(separator: ":").last ?? "") ?? 0
      let authorization = "Authorization: Basic " + Data("KEY:SECRET".utf8).base64EncodedString()
      let response = try RawHTTPConnection(port: port).exchange(
        request("GET", "\(projectPath)/activeNumbers?regionCode=US", headers: [authorization]))
      process.terminate()
      process.waitUntilExit()
      return Run(
        firstLine: line, response: response, status: process.terminationStatus,
        reason: process.terminationReason)
    }
    #expect(run.firstLine.hasPrefix("listening on http://127.0.0.1:"))
    #expect(run.response?.status == 200)
    #expect(run.reason == .exit)
    #expect(run.status == 0)
  }

  @Test func exitsWith2OnABadOption() async throws {
    let binary = try #require(emulatorBinary)
    let (status, message) = try await onThread { () throws -> (Int32, String) in
      let process = Process()
      process.executableURL = binary
      process.arguments = ["--fail-rate", "2"]
      let errors = Pipe()
      process.standardError = errors
      process.standardOutput = FileHandle.nullDevice
      try process.run()
      let data = errors.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
    #expect(status == 2)
    #expect(message.hasPrefix("sns-emulator: --fail-rate: '2' is not a number from 0 to 1"))
    #expect(message.contains("usage: sns-emulator"))
  }
}
