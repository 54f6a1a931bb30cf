import CNcurses

/// The C allocator's per-thread arenas. glibc gives each thread that allocates its own arena,
/// and each keeps its freed memory: the explorer's work, spread by Swift concurrency over
/// several threads, then holds about 4 MB more than in one arena (measured with `palette` at
/// 200x60). Its few threads rarely allocate at once, so one arena costs no measurable time.
public enum AllocatorArenas {
    /// Makes every thread allocate from the main arena. Call it first thing in `main`, before
    /// other threads start (threads that already have an arena keep it). No effect elsewhere
    /// than glibc.
    public static func limitToOne() {
        palette_limit_malloc_arenas(1)
    }
}
