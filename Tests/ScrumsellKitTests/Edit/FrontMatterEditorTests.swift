import Foundation
import Testing
@testable import ScrumsellKit

@Suite struct FrontMatterEditorTests {
    let front = """
    ---
    # A comment line stays.
    account:   "Acme Corp"    # the buyer
    title: 'It''s the hub'
    owner: dana
    outcome: open            # open | won | lost | no-decision
    closed:
    follow_up:   # when to call back
    consequence: >
      Folded text
      over two lines
    tags: [fintech, upsell]
    objectives:
      - grow-emea
      - "q4: push"
    empty_list: []
    ---
    # Body

    """

    func document(_ text: String, path: String = "deals/acme.md") throws -> EditableDocument {
        let root = URL(fileURLWithPath: "/tmp")
        return try EditableDocument(DocumentReader.read(kind: .deal, id: "acme", path: path, bytes: Array(text.utf8)), root: root)
    }

    func edited(_ text: String, _ make: (FrontMatterEditor) throws -> [TextEdit]) throws -> String {
        let document = try document(text)
        var plan = document.plan()
        plan.add(try make(try FrontMatterEditor(document)))
        let bytes = try plan.apply()
        expectOnlyEditedLinesChanged(Array(text.utf8), bytes, edits: plan.edits)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func replacesAPlainValueKeepingTheCommentColumn() throws {
        let result = try edited(front) { try $0.set("outcome", to: .token("no-decision")) }
        #expect(result == front.replacingOccurrences(of: "outcome: open            # open", with: "outcome: no-decision     # open"))
        let longer = try edited(front) { try $0.set("owner", to: .text("leo")) }
        #expect(longer == front.replacingOccurrences(of: "owner: dana", with: "owner: leo"))
    }

    @Test func keepsTheQuotingStyle() throws {
        #expect(try edited(front) { try $0.set("account", to: .text("Globex")) }
                == front.replacingOccurrences(of: "account:   \"Acme Corp\"    # the buyer", with: "account:   \"Globex\"       # the buyer"))
        #expect(try edited(front) { try $0.set("title", to: .text("Bob's hub")) }
                == front.replacingOccurrences(of: "title: 'It''s the hub'", with: "title: 'Bob''s hub'"))
        // A plain value that needs quotes gets double quotes.
        #expect(try edited(front) { try $0.set("owner", to: .text("a: b")) }
                == front.replacingOccurrences(of: "owner: dana", with: "owner: \"a: b\""))
    }

    @Test func fillsAnEmptyValueKeepingItsComment() throws {
        #expect(try edited(front) { try $0.set("closed", to: .token("2026-11-20")) }
                == front.replacingOccurrences(of: "closed:\n", with: "closed: 2026-11-20\n"))
        #expect(try edited(front) { try $0.set("follow_up", to: .token("2027-02-18")) }
                == front.replacingOccurrences(of: "follow_up:   # when", with: "follow_up: 2027-02-18   # when"))
    }

    @Test func replacesMultiLineValuesWithOneLine() throws {
        #expect(try edited(front) { try $0.set("consequence", to: .text("Renewal")) }
                == front.replacingOccurrences(of: "consequence: >\n  Folded text\n  over two lines\n", with: "consequence: Renewal\n"))
        #expect(try edited(front) { try $0.set("objectives", to: .raw("[a]")) }
                == front.replacingOccurrences(of: "objectives:\n  - grow-emea\n  - \"q4: push\"\n", with: "objectives: [a]\n"))
    }

    @Test func addsAMissingKeyBeforeTheClosingLine() throws {
        #expect(try edited(front) { try $0.set("lost_to", to: .text("Globex: EU")) }
                == front.replacingOccurrences(of: "empty_list: []\n---", with: "empty_list: []\nlost_to: \"Globex: EU\"\n---"))
    }

    @Test func appendsToFlowAndBlockLists() throws {
        #expect(try edited(front) { try $0.append("new one", toList: "tags") }
                == front.replacingOccurrences(of: "tags: [fintech, upsell]", with: "tags: [fintech, upsell, new one]"))
        #expect(try edited(front) { try $0.append("x, y", toList: "empty_list") }
                == front.replacingOccurrences(of: "empty_list: []", with: "empty_list: [\"x, y\"]"))
        #expect(try edited(front) { try $0.append("grow-apac", toList: "objectives") }
                == front.replacingOccurrences(of: "  - \"q4: push\"\n", with: "  - \"q4: push\"\n  - grow-apac\n"))
        #expect(try edited(front) { try $0.append("a", toList: "closed") }
                == front.replacingOccurrences(of: "closed:\n", with: "closed: [a]\n"))
        #expect(try edited(front) { try $0.append("a", toList: "absent") }
                == front.replacingOccurrences(of: "empty_list: []\n---", with: "empty_list: []\nabsent: [a]\n---"))
        #expect(throws: EditRefusal.self) { try edited(front) { try $0.append("a", toList: "owner") } }
    }

    @Test func crlfAndByteOrderMarkStay() throws {
        let text = "\u{FEFF}---\r\nowner: dana\r\nstage: prospect\r\n---\r\n# T\r\n"
        let document = try document(text)
        var plan = document.plan()
        let editor = try FrontMatterEditor(document)
        plan.add(try editor.set("stage", to: .token("qualify")))
        plan.add(try editor.set("closed", to: .token("2026-11-20")))
        #expect(String(decoding: try plan.apply(), as: UTF8.self) == "\u{FEFF}---\r\nowner: dana\r\nstage: qualify\r\nclosed: 2026-11-20\r\n---\r\n# T\r\n")
    }

    @Test func refusesAFrontMatterWithErrors() throws {
        let broken = "---\nowner: dana\nowner: leo\n---\n# T\n"
        let refused = refusal { try FrontMatterEditor(try document(broken)) }
        #expect(refused?.diagnostics.isEmpty == false)
        #expect(refused?.reason.contains("must be fixed") == true)
        let syntax = "---\nowner: [dana\n---\n# T\n"
        #expect(refusal { try FrontMatterEditor(try document(syntax)) }?.diagnostics.first?.code == "yaml-syntax")
        let unclosed = "---\nowner: dana\n# T\n"
        #expect(refusal { try FrontMatterEditor(try document(unclosed)) }?.diagnostics.first?.code == "front-matter-unclosed")
    }

    @Test func readsBackEveryEdit() throws {
        for key in ["account", "title", "owner", "outcome", "closed", "follow_up", "consequence", "tags", "objectives", "empty_list", "new_key"] {
            for value in ["plain", "with: colon", "it's", "#hash", "2026-11-20", "yes"] {
                let result = try edited(front) { try $0.set(key, to: .text(value)) }
                let reread = DocumentReader.read(kind: .deal, id: "acme", path: "deals/acme.md", bytes: Array(result.utf8))
                #expect(reread.diagnostics.isEmpty)
                #expect(FrontMatterEditor.reads(reread, key: key, as: value), "\(key) = \(value)\n\(result)")
                let before = DocumentReader.read(kind: .deal, id: "acme", path: "x", bytes: Array(front.utf8))
                for other in ["account", "title", "owner", "outcome", "tags", "objectives"] where other != key {
                    #expect(shape(reread.fields?[other]) == shape(before.fields?[other]), "\(other) changed when \(key) was set")
                }
            }
        }
    }

    /// A node's values without positions.
    func shape(_ node: YAMLNode?) -> String {
        guard let node else { return "nil" }
        switch node.kind {
        case .scalar(let text, let plain): return "\(plain ? "" : "'")\(text)"
        case .sequence(let items): return "[" + items.map(shape).joined(separator: ",") + "]"
        case .mapping(let pairs): return "{" + pairs.map { "\($0.key):\(shape($0.value))" }.joined(separator: ",") + "}"
        }
    }
}
