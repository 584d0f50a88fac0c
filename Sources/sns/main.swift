import Foundation
import SNSShell

exit(await Shell.run(arguments: Array(CommandLine.arguments.dropFirst())))
