#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CommandOptions
import WorkerThreads

/// How many cores this process may use.
enum Cores {
    /// The CPUs this process may run on, as `nproc` counts them: under `taskset` or in a container
    /// limited to some CPUs, more workers than those would only take turns.
    static var count: Int { max(1, WorkerThreads.allowedCPUs ?? Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// `-j N`, `--jobs N`, shared by the commands that use every core.
    static let option = OptionSpec("jobs", short: "j", help: "Parallel jobs (default: all cores).")

    /// The `--jobs` a command line gave (at least 1), or nil.
    static func given(_ parsed: ParsedCommand) throws(UsageError) -> Int? { try parsed.integer(option.long, atLeast: 1) }
}
