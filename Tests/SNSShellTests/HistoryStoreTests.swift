import Foundation
import Testing

@testable import SNSShell

/// The history file: private, bounded, crash-safe, and never holding a secret.
@Suite struct HistoryStoreTests {
  let directory = TemporaryDirectory()
  var path: String { directory.path + "/state/sns/history" }

  func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
  }

  @Test func fileIsPrivateAndDirectoriesAreCreatedPrivate() throws {
    let store = try HistoryStore(path: path)
    store.record("ls")
    #expect(try mode(path) == 0o600)
    #expect(try mode(directory.path + "/state/sns") == 0o700)
    #expect(try mode(directory.path + "/state") == 0o700)
  }

  @Test func anExistingFileOthersCanReadIsMadePrivate() throws {
    try FileManager.default.createDirectory(
      atPath: directory.path + "/state/sns", withIntermediateDirectories: true)
    _ = FileManager.default.createFile(
      atPath: path, contents: Data("ls\n".utf8), attributes: [.posixPermissions: 0o644])
    let store = try HistoryStore(path: path)
    #expect(try mode(path) == 0o600)
    #expect(store.entries == ["ls"])
  }

  @Test func keepsTheLastEntriesUpToItsCapacity() throws {
    let store = try HistoryStore(path: path, capacity: 1000)
    for index in 1...2500 { store.record("echo \(index)") }
    #expect(store.entries.count == 1000)
    #expect(store.entries.first == "echo 1501")
    #expect(store.entries.last == "echo 2500")
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    #expect(lines.count < 2000)
    let reloaded = try HistoryStore(path: path, capacity: 1000)
    #expect(reloaded.entries == store.entries)
  }

  @Test func consecutiveDuplicatesAreKeptOnce() throws {
    let store = try HistoryStore(path: path)
    #expect(store.record("ls"))
    #expect(!store.record("ls"))
    #expect(!store.record("ls  "), "trailing blanks left by Tab completion do not make it new")
    #expect(store.record("show +12085550100"))
    #expect(store.record("ls"))
    #expect(store.entries == ["ls", "show +12085550100", "ls"])
    let reloaded = try HistoryStore(path: path)
    #expect(!reloaded.record("ls"))
  }

  @Test func linesWithASecretAreNeverKept() throws {
    let store = try HistoryStore(path: path)
    #expect(!store.record("callbacks secret=0123456789abcdef0123456789abcdef"))
    #expect(!store.record("echo 1; callbacks secret=\"abc\""))
    store.record("callbacks")
    #expect(store.entries == ["callbacks"])
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "callbacks\n")
  }

  @Test func blankLinesAreNotKept() throws {
    let store = try HistoryStore(path: path)
    #expect(!store.record(""))
    #expect(!store.record("   \n"))
    #expect(store.entries.isEmpty)
  }

  @Test func multiLineStatementsRoundTripAsOneEntry() throws {
    let loop = "for n in (ls) {\n    echo \"$n\\tok\" # tab \\n stays\n}"
    let store = try HistoryStore(path: path)
    store.record(loop + "\n")
    store.record("echo C:\\\\dir\\")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.split(separator: "\n").count == 2)
    let reloaded = try HistoryStore(path: path)
    #expect(reloaded.entries == [loop, "echo C:\\\\dir\\"])
  }

  @Test func eachEntryIsOnDiskAsSoonAsItIsRecorded() throws {
    let store = try HistoryStore(path: path)
    store.record("ls region=US")
    #expect(try HistoryStore(path: path).entries == ["ls region=US"])
    store.record("regions")
    #expect(try HistoryStore(path: path).entries == ["ls region=US", "regions"])
  }

  @Test func lastNEntriesForTheHistoryCommand() throws {
    let store = try HistoryStore(path: nil)
    for command in ["ls", "regions", "status", "vars"] { store.record(command) }
    #expect(store.entries(last: 2) == ["status", "vars"])
    #expect(store.entries(last: 10) == ["ls", "regions", "status", "vars"])
    #expect(store.entries(last: nil).count == 4)
    #expect(store.entries(last: 0).isEmpty)
  }

  @Test func defaultPathFollowsXDGStateHome() {
    #expect(
      HistoryStore.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/sns/history")
    #expect(HistoryStore.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/state/sns/history")
    #expect(
      HistoryStore.defaultPath(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"])
        == "/h/.local/state/sns/history")
    #expect(HistoryStore.defaultPath(environment: [:]) == nil)
  }

  @Test func aPathThatIsNotADirectoryIsReported() throws {
    _ = FileManager.default.createFile(atPath: directory.path + "/state", contents: Data())
    #expect(throws: HistoryFileError.self) { try HistoryStore(path: path) }
  }
}
