import Foundation
import Testing

@testable import SNSLanguage

@Suite("Rendering: open and save")
struct RenderingDataFileTests {
  /// A fresh directory for one test's files.
  private func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "sns-datafile-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test("save then open gives the records back, in JSON and in CSV")
  func roundTrips() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let value: Value = [["name": "a, b", "n": 1, "money": ["amount": "2.0"]]]
    try DataFile.save(value, to: directory + "/out.json")
    #expect(try DataFile.open(directory + "/out.json").isIdentical(to: value))
    let json = try String(contentsOfFile: directory + "/out.json", encoding: .utf8)
    #expect(json.hasSuffix("}\n]\n"))
    try DataFile.save(value, to: directory + "/out.CSV")
    #expect(
      try DataFile.open(directory + "/out.CSV").isIdentical(to: [
        ["name": "a, b", "n": "1", "money": ["amount": "2.0"]]
      ]))
  }

  @Test("errors: missing file, unknown extension, directory, malformed content")
  func errors() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    #expect(throws: DataFormatError.noSuchFile("x.csv")) { try DataFile.open("x.csv") }
    #expect(DataFormatError.noSuchFile("x.csv").description == "cannot open 'x.csv': no such file")
    #expect(throws: DataFormatError.unknownFileType("notes.txt", .open)) { try DataFile.open("notes.txt") }
    #expect(
      DataFormatError.unknownFileType("notes.txt", .save).description
        == "cannot save 'notes.txt': unknown file type; the name must end in .json or .csv")
    #expect(
      throws: DataFormatError.fileSystem(directory + "/nowhere/x.json", .save, reason: "no such directory")
    ) {
      try DataFile.save(.null, to: directory + "/nowhere/x.json")
    }
    try FileManager.default.createDirectory(atPath: directory + "/d.json", withIntermediateDirectories: true)
    #expect(throws: DataFormatError.fileSystem(directory + "/d.json", .open, reason: "it is a directory")) {
      try DataFile.open(directory + "/d.json")
    }
    try "[1,\n 2,,]".write(toFile: directory + "/bad.json", atomically: true, encoding: .utf8)
    do {
      _ = try DataFile.open(directory + "/bad.json")
      Issue.record("no error for malformed JSON")
    } catch {
      #expect(
        error.description
          == "cannot open '\(directory)/bad.json': invalid JSON at line 2, column 4: unexpected ','; expected a value"
      )
    }
  }
}
