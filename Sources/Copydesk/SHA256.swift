import CSHA256

/// SHA-256 (FIPS 180-4), for stable article ids from source bytes. Dependency-free: the id must
/// not change between platforms or library versions. Blocks go through the CPU's SHA instructions
/// when it has them (every source of a bulk run is hashed, and this was 7% of its time), else
/// through the portable rounds below; tests hold both to the same digests.
public enum SHA256 {
    static let hardware = copydesk_sha256_hardware_available() == 1

    /// The round constants, from the C target (one table for both paths).
    static var k: UnsafePointer<UInt32> { copydesk_sha256_round_constants()! }

    /// The digest as 64 lower-case hex digits.
    public static func hex(_ bytes: [UInt8]) -> String { hex(bytes, hardware: hardware) }

    static func hex(_ bytes: [UInt8], hardware: Bool) -> String {
        var state: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        // The tail (the last partial block plus padding and the bit length) in its own buffer.
        let full = bytes.count / 64 * 64
        var tail = Array(bytes[full...])
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        let bitLength = UInt64(bytes.count) &* 8
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        var schedule = [UInt32](repeating: 0, count: 64)
        state.withUnsafeMutableBufferPointer { h in
            schedule.withUnsafeMutableBufferPointer { w in
                if hardware {
                    bytes.withUnsafeBufferPointer { data in
                        if full > 0 { copydesk_sha256_hardware_blocks(h.baseAddress!, data.baseAddress!, full / 64) }
                    }
                    tail.withUnsafeBufferPointer { data in
                        copydesk_sha256_hardware_blocks(h.baseAddress!, data.baseAddress!, data.count / 64)
                    }
                    return
                }
                bytes.withUnsafeBufferPointer { data in
                    var offset = 0
                    while offset < full {
                        compress(data.baseAddress! + offset, h.baseAddress!, w.baseAddress!, k)
                        offset += 64
                    }
                }
                tail.withUnsafeBufferPointer { data in
                    var offset = 0
                    while offset < data.count {
                        compress(data.baseAddress! + offset, h.baseAddress!, w.baseAddress!, k)
                        offset += 64
                    }
                }
            }
        }
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for word in state {
            for shift in stride(from: 28, through: 0, by: -4) { out.append(digits[Int((word >> UInt32(shift)) & 0xF)]) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// One 64-byte block into the state, on raw pointers (no bounds checks in the 64 rounds).
    @inline(__always)
    static func compress(_ block: UnsafePointer<UInt8>, _ h: UnsafeMutablePointer<UInt32>,
                         _ w: UnsafeMutablePointer<UInt32>, _ k: UnsafePointer<UInt32>) {
        for i in 0..<16 {
            let j = i * 4
            w[i] = UInt32(block[j]) << 24 | UInt32(block[j + 1]) << 16 | UInt32(block[j + 2]) << 8 | UInt32(block[j + 3])
        }
        for i in 16..<64 {
            let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] &>> 3)
            let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] &>> 10)
            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
        }
        var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7]
        for i in 0..<64 {
            let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            let ch = (e & f) ^ (~e & g)
            let t1 = hh &+ s1 &+ ch &+ k[i] &+ w[i]
            let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            let maj = (a & b) ^ (a & c) ^ (b & c)
            hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ s0 &+ maj
        }
        h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d; h[4] &+= e; h[5] &+= f; h[6] &+= g; h[7] &+= hh
    }

    // Masking shifts: the checked `<<` and `>>` branch on the shift amount in every round.
    @inline(__always) static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 &- n)) }
}
