import Testing
@testable import ScrumsellKit

/// RFC 5545 / RFC 6350 content lines: folding at 75 octets without splitting a character, and text escaping.
@Suite struct ContentLinesTests {
    @Test func foldsAt75OctetsAndNeverInsideACharacter() {
        var lines = ContentLines()
        lines.add("SUMMARY", String(repeating: "a", count: 66) + "ééé" + String(repeating: "b", count: 80))
        let physical = lines.text.components(separatedBy: "\r\n").dropLast()
        #expect(physical.allSatisfy { $0.utf8.count <= 75 })
        // "SUMMARY:" + 66 a's is 74 octets: the first é (2 octets) no longer fits on the first line.
        #expect(physical.first == "SUMMARY:" + String(repeating: "a", count: 66))
        #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(physical.map { $0.hasPrefix(" ") ? String($0.dropFirst()) : $0 }.joined() == "SUMMARY:" + String(repeating: "a", count: 66) + "ééé" + String(repeating: "b", count: 80))
    }

    @Test func escapesTextValues() {
        #expect(ContentLines.escaped("a,b;c\\d\r\ne\nf") == "a\\,b\\;c\\\\d\\ne\\nf")
        #expect(ContentLines.escaped("tab\tbell\u{7}") == "tab\tbell ")
    }
}
