extension BuiltinRegistry {
  /// Every builtin of the language: data, general, session and Numbers API commands.
  public static var standard: BuiltinRegistry {
    BuiltinRegistry(
      DataCommands.all + GeneralCommands.all + SessionCommands.all + numbersCommands)
  }

  /// The Numbers API commands (ls, show, set, ...), written in `Builtins/Numbers/`.
  static var numbersCommands: [BuiltinCommand] { NumbersCommands.all }
}
