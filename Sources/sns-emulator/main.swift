import NumbersEmulator

