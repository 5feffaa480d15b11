#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LegitCommands

LoadedUntilExit.isEnabled = true
exit(Legit.runMain())
