#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the writers' byte loops append: a `[UInt8]`, or a `ByteBuffer`.
public protocol ByteSink {
    mutating func append(_ byte: UInt8)
    mutating func append(bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: ByteSink where Element == UInt8 {
    @inlinable @inline(__always)
    public mutating func append(bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
}

/// A growing byte buffer for a writer's output. An append checks the capacity and copies: no
/// copy-on-write uniqueness test and no generic sequence path, which made `Array`'s
/// `append(contentsOf:)` about 90 instructions for a short tag (the NewsML writer makes about
/// 400 such appends an article). A class, so that a writer struct holding one never copies the
/// bytes: copies of the struct share the buffer and append to the same output.
public final class ByteBuffer: ByteSink {
    // Unchecked: a class's stored properties otherwise cost a dynamic exclusivity check
    // (swift_beginAccess) on every append, more than the append itself.
    @usableFromInline @exclusivity(unchecked) var base: UnsafeMutablePointer<UInt8>
    @usableFromInline @exclusivity(unchecked) var used = 0
    @usableFromInline @exclusivity(unchecked) var capacity: Int

    public init(capacity: Int = 4096) {
        self.capacity = Swift.max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes written so far.
    public var count: Int { used }

    /// A copy of the bytes, for the caller to keep.
    public var array: [UInt8] {
        [UInt8](unsafeUninitializedCapacity: used) { out, initialized in
            if used > 0 { memcpy(out.baseAddress!, base, used) }
            initialized = used
        }
    }

    /// Calls `body` with the bytes written so far.
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: used))
    }

    @inlinable @inline(__always)
    public func append(_ byte: UInt8) {
        if used == capacity { grow(toHold: used &+ 1) }
        base[used] = byte
        used &+= 1
    }

    @inlinable @inline(__always)
    public func append(bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        append(UnsafeRawPointer(source), count: bytes.count)
    }

    @inlinable @inline(__always)
    public func append(literal s: StaticString) {
        append(UnsafeRawPointer(s.utf8Start), count: s.utf8CodeUnitCount)
    }

    @inlinable @inline(__always)
    func append(_ source: UnsafeRawPointer, count n: Int) {
        if used &+ n > capacity { grow(toHold: used &+ n) }
        let target = UnsafeMutableRawPointer(base + used)
        if n <= 16 && n >= 8 {
            // Two overlapping eight-byte moves: most tags and entities are this short.
            target.storeBytes(of: source.loadUnaligned(as: UInt64.self), as: UInt64.self)
            (target + (n &- 8)).storeBytes(of: source.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self), as: UInt64.self)
        } else if n < 8 {
            var i = 0
            while i < n {
                target.storeBytes(of: source.load(fromByteOffset: i, as: UInt8.self), toByteOffset: i, as: UInt8.self)
                i &+= 1
            }
        } else {
            memcpy(target, source, n)
        }
        used &+= n
    }

    @usableFromInline
    func grow(toHold needed: Int) {
        var newCapacity = capacity &* 2
        while newCapacity < needed { newCapacity &*= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        if used > 0 { memcpy(grown, base, used) }
        base.deallocate()
        base = grown
        capacity = newCapacity
    }
}
