import Dispatch
import Foundation
import NumbersEmulator
import SinchNumbers

// sns-emulator: the Numbers API over HTTP from an in-memory Sandbox (DESIGN.md §3).

/// Writes unbuffered, so the "listening" line reaches a pipe at once (Swift 6 rejects the C
/// `stdout` global, so no fflush).
func write(_ text: String, to handle: FileHandle) {
  handle.write(Data(text.utf8))
}

// SIGINT and SIGTERM stay blocked in every thread (threads inherit the mask of the one that
// creates them, and this runs before any is started): one sent at any moment after this, even
// while the server is still starting, waits as pending until `sigwait` below takes it. A
// dispatch signal source would ignore them (SIG_IGN) until it is registered on another thread,
// after "listening" may already be printed: a supervisor stopping the emulator right after
// that line could have its signal dropped and wait forever.
var stopSignals = sigset_t()
sigemptyset(&stopSignals)
sigaddset(&stopSignals, SIGINT)
sigaddset(&stopSignals, SIGTERM)
pthread_sigmask(SIG_BLOCK, &stopSignals, nil)

let options: EmulatorOptions
do {
  options = try EmulatorOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
  write("sns-emulator: \(error)\n\(EmulatorOptions.usage)\n", to: .standardError)
  exit(2)
}
if options.showHelp {
  write(EmulatorOptions.usage + "\n", to: .standardOutput)
  exit(0)
}

let sandbox: Sandbox
do {
  sandbox = try Sandbox(
    options: SandboxOptions(
      projectId: options.projectId, syntheticNumbers: options.syntheticNumbers,
      randomSeed: options.seed))
} catch {
  write("sns-emulator: cannot load the sandbox seed: \(error)\n", to: .standardError)
  exit(1)
}

var configuration = options.configuration
if options.trace {
  configuration.trace = { line in write("sns-emulator: \(line)\n", to: .standardError) }
}
let server = EmulatorServer(api: sandbox)
let port: Int
do {
  port = try server.start(configuration)
} catch {
  write("sns-emulator: \(error)\n", to: .standardError)
  exit(1)
}
let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
write("listening on http://\(host):\(port)\n", to: .standardOutput)

// Peers that vanish mid-write must not kill the process (sends also use MSG_NOSIGNAL).
signal(SIGPIPE, SIG_IGN)
var received: Int32 = 0
while sigwait(&stopSignals, &received) != 0 {}
let stopped = DispatchSemaphore(value: 0)
// Detached: a plain Task here would run on the main actor, whose thread is waiting below.
Task.detached {
  await server.stop()
  stopped.signal()
}
stopped.wait()
exit(0)
