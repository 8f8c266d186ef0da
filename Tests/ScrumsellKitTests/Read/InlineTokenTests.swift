import Testing
@testable import ScrumsellKit

/// `InlineToken.scan`, which passes over a line without `@`, `#`, `+` or `:` eight bytes at a
/// time, against classifying each word of the line on its own.
@Suite struct InlineTokenTests {
    /// Each word of `line` (split at spaces) classified alone, with its column.
    private func wordByWord(_ line: String) -> [InlineToken] {
        var tokens: [InlineToken] = []
        var column = 1
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            if let token = InlineToken.classify(word, line: 7, column: column) { tokens.append(token) }
            column += word.unicodeScalars.count + 1
        }
        return tokens
    }

    @Test func findsTokensAtEveryOffsetAroundTheEightByteSteps() {
        let tokens = ["@dana", "#demo", "+acme-1", "due:2026-12-01", "done:2026-11-02", "sprint:team-s3", "pts:3", "stage:qualify", "@José"]
        for token in tokens {
            for padding in 0..<20 {
                let line = String(repeating: "x", count: padding) + " " + token + " tail"
                let scanned = InlineToken.scan(Substring(line), line: 7, column: 1)
                #expect(scanned == wordByWord(line), "\(line)")
                #expect(scanned.count == 1, "\(line)")
                let first = InlineToken.scan(Substring(token + String(repeating: " y", count: padding)), line: 7, column: 1)
                #expect(first.count == 1, "\(token) first")
            }
        }
    }

    @Test func findsNoneInProse() {
        let lines = ["", "2026-11-14 Lunch with the coach; the CFO is the one to convince.", "Pilot closed, changeovers are 40% of losses",
                     "Rückruf von Frau Müller — nächste Woche", "a", "short", "exactly8", "nine char", "done without colon", "sprint pts stage due"]
        for line in lines {
            #expect(InlineToken.scan(Substring(line), line: 1, column: 1).isEmpty, "\(line)")
            #expect(wordByWord(line).isEmpty, "\(line)")
        }
    }

    @Test func agreesWordByWordOnMixedLines() {
        var generator = SeededGenerator(seed: 5)
        let words = ["call", "with", "@raj,", "the", "#meeting", "due:2026-11-30.", "budget:", "+deal-7", "CFO", "née", "a:b", "pts:x",
                     "stage:", "@", "#1", "time:10:30", "déjà", "+", "sprint:s1"]
        for _ in 0..<2000 {
            let line = (0..<Int.random(in: 1...9, using: &generator)).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
            #expect(InlineToken.scan(Substring(line), line: 7, column: 1) == wordByWord(line), "\(line)")
        }
    }
}
