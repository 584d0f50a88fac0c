public enum NumbersEmulatorInfo {}
