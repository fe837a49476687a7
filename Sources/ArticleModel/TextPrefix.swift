import ByteScan

extension String {
    /// What follows `prefix` when the text starts with it, compared as characters (as `hasPrefix`
    /// and `dropFirst(prefix.count)` do); nil when it does not. The writers split a dateline off
    /// the first paragraph this way.
    public func remainder(afterPrefix prefix: String) -> String? {
        if let end = certainPrefixEnd(prefix) { return String(self[utf8.index(startIndex, offsetBy: end)...]) }
        guard hasPrefix(prefix) else { return nil }
        return String(dropFirst(prefix.count))
    }

    /// The byte length of `prefix` when the text begins with its bytes and a character boundary
    /// certainly follows them: the end of the text, or an ASCII character other than a line feed
    /// (nothing joins such a character to the one before). Then comparing characters could not
    /// disagree, and the bytes settle it — nearly always, for a dateline and its paragraph.
    private func certainPrefixEnd(_ prefix: String) -> Int? {
        guard hasPrefixBytes(prefix) else { return nil }
        let end = prefix.utf8.count
        let boundary = withBorrowedUTF8 { t in end == t.count || (t[end] < 0x80 && t[end] != 0x0A) }
        return boundary ? end : nil
    }
}
