import Dispatch
import Foundation
import Synchronization

/// Turns Ctrl-C (SIGINT) and SIGTERM into a flag the training loop polls, so that it can write a
/// checkpoint and exit cleanly. A second Ctrl-C exits at once.
final class StopSignal: @unchecked Sendable {
    // Written once in `install`, then only kept alive.
    private var sources: [DispatchSourceSignal] = []
    private let flag = Atomic<Bool>(false)

    /// Whether a stop was asked for.
    var requested: Bool { flag.load(ordering: .acquiring) }

    /// Installs the handlers.
    static func install() -> StopSignal {
        let stop = StopSignal()
        var made: [DispatchSourceSignal] = []
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                if stop.flag.exchange(true, ordering: .acquiringAndReleasing) {
                    FileHandle.standardError.write(Data("\nstopping now\n".utf8))
                    exit(130)
                }
                FileHandle.standardError.write(Data("\nstopping after this step (Ctrl-C again to quit at once)\n".utf8))
            }
            source.resume()
            made.append(source)
        }
        stop.sources = made
        return stop
    }
}
