/// The person-facing side of sns: options, config, the REPL and the script runner.
public enum SNSShellInfo {}
