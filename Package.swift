// swift-tools-version:6.0
// sns: a shell and scripting language for the Sinch Numbers API.
// Dependencies point one way: sns → SNSShell → SNSLanguage → SinchNumbers,
// and sns-emulator → NumbersEmulator → SinchNumbers. Only SNSShell imports CLineEdit.
import PackageDescription

let package = Package(
  name: "sns",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "sns", targets: ["sns"]),
    .executable(name: "sns-emulator", targets: ["sns-emulator"]),
  ],
  targets: [
    .target(
      name: "CLineEdit",
      linkerSettings: [.linkedLibrary("edit")]
    ),
    .target(
      name: "SinchNumbers",
      resources: [.copy("Resources/seed.json")]
    ),
    .target(name: "SNSLanguage", dependencies: ["SinchNumbers"], exclude: ["README.md"]),
    .target(name: "SNSShell", dependencies: ["SNSLanguage", "SinchNumbers", "CLineEdit"]),
    .executableTarget(name: "sns", dependencies: ["SNSShell"]),
    .target(name: "NumbersEmulator", dependencies: ["SinchNumbers"]),
    .executableTarget(name: "sns-emulator", dependencies: ["NumbersEmulator"]),
    .testTarget(
      name: "SinchNumbersTests",
      dependencies: ["SinchNumbers"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "NumbersEmulatorTests",
      dependencies: ["NumbersEmulator", "SinchNumbers"]
    ),
    .testTarget(name: "SNSLanguageTests", dependencies: ["SNSLanguage", "SinchNumbers"]),
    .testTarget(name: "SNSShellTests", dependencies: ["SNSShell"]),
    .testTarget(
      name: "GoldenTests",
      dependencies: ["NumbersEmulator", "SinchNumbers"],
      exclude: ["Scripts", "Examples"]
    ),
  ]
)
