#if canImport(Glibc)
import Glibc
#endif

/// The C allocator's settings for a parse: glibc's fast bins turned off, once per process.
///
/// A parse makes and frees a few dozen small objects a note on every core. glibc keeps freed small
/// blocks in "fast bins" and merges them all back (`malloc_consolidate`) whenever a free leaves a
/// block of 64 KiB or more, which a thread's heap does thousands of times a parse; the merge walks
/// blocks long gone from the cache. With the fast bins off (`M_MXFAST` 0) a small block goes to the
/// thread's cache or is merged as it is freed, and there is nothing to consolidate: the same as
/// `GLIBC_TUNABLES=glibc.malloc.mxfast=0`, which cut the 10 MB parse's CPU time about 5%.
/// Nothing else changes: no result depends on where a block lies. Elsewhere than glibc it does
/// nothing. `mallopt` is not in Swift's Glibc module, so it is looked up by name.
package enum AllocatorTuning {
    /// Whether the fast bins are off; the first read turns them off, later reads cost a check.
    package static let fastBinsOff: Bool = {
        #if canImport(Glibc)
        guard let symbol = dlsym(nil, "mallopt") else { return false }
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        // M_MXFAST is 1 in glibc's malloc.h; mallopt returns 1 on success.
        return mallopt(1, 0) == 1
        #else
        return false
        #endif
    }()
}
