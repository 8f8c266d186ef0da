/// "Did you mean …?" suggestions for misspelt keys and ids.
public enum Suggestion {
    /// The candidate closest to `word`, when it is close enough to be a likely typo.
    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        let lowered = word.lowercased()
        var best: (distance: Int, name: String)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            if best == nil || distance < best!.distance || (distance == best!.distance && candidate < best!.name) {
                best = (distance, candidate)
            }
        }
        guard let best else { return nil }
        let allowed = max(1, min(3, (max(word.count, best.name.count) + 2) / 4))
        return best.distance <= allowed ? best.name : nil
    }

    /// Edit distance between two strings, by Unicode scalar: insertions, deletions,
    /// substitutions and swaps of two neighbours (`titel` → `title`) each count one.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }

    /// `" (did you mean 'x'?)"` or the empty string.
    public static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String {
        closest(to: word, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// Up to `limit` candidates a mistyped or shortened id may mean: those that contain it
    /// (ignoring case), else those within a typo or two of it, closest first; sorted.
    public static func closestIDs(to word: String, in candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        let lowered = word.lowercased()
        let all = Array(candidates)
        let containing = all.filter { !lowered.isEmpty && $0.lowercased().contains(lowered) }
            .sorted { ($0.lowercased().hasPrefix(lowered) ? 0 : 1, $0) < ($1.lowercased().hasPrefix(lowered) ? 0 : 1, $1) }
        if !containing.isEmpty { return Array(containing.prefix(limit)) }
        let allowed = max(1, min(3, (word.count + 2) / 4))
        let near = all.map { (distance: editDistance(lowered, $0.lowercased()), id: $0) }.filter { $0.distance <= allowed }
        return near.sorted { ($0.distance, $0.id) < ($1.distance, $1.id) }.prefix(limit).map(\.id)
    }

    /// `" (did you mean 'a' or 'b'?)"` from `closestIDs`, or the empty string.
    public static func didYouMeanIDs(_ word: String, in candidates: some Sequence<String>) -> String {
        let ids = closestIDs(to: word, in: candidates)
        guard !ids.isEmpty else { return "" }
        let quoted = ids.map { "'\($0)'" }
        return " (did you mean " + (quoted.count == 1 ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!) + "?)"
    }
}
