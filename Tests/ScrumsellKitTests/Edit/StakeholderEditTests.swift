import Foundation
import Testing
@testable import ScrumsellKit

/// `stakeholder add` and `stakeholder set`: only the bytes they must, refusals that write nothing.
@Suite struct StakeholderEditTests {
    let deal = ItemEditTests.deal

    @Test func addAppendsAnElementWrittenLikeTheOthers() throws {
        let workspace = try TempWorkspace(["deals/acme.md": deal])
        let result = try workspace.editor().addStakeholder("acme", id: "tom", name: "Tom Reyes", title: "CIO: IT", influence: "technical", rapport: "Runs #1 club")
        #expect(try result.updatedText == deal.replacingOccurrences(of: "influence: economic}\n",
            with: "influence: economic}\n  - {id: tom, name: Tom Reyes, title: \"CIO: IT\", influence: technical, rapport: \"Runs #1 club\"}\n"))
        #expect(result.notes == ["deals/acme.md: stakeholder tom added: name Tom Reyes, title CIO: IT, influence technical, rapport Runs #1 club"])
        try workspace.apply(result)
        let tom = try #require(WorkspaceLoader.load(root: workspace.root).deal("acme")?.stakeholder("tom"))
        #expect(tom.title == "CIO: IT" && tom.influence == "technical" && tom.rapport == "Runs #1 club")
        #expect(workspace.check().errorCount == 0)
    }

    @Test func addCreatesTheListWhenTheDealHasNone() throws {
        let text = "---\naccount: A\nowner: dana\nstage: prospect\n---\n# A\n"
        let workspace = try TempWorkspace(["deals/a.md": text])
        let result = try workspace.editor().addStakeholder("a", id: "kim", name: "Kim Lee")
        #expect(try result.updatedText == "---\naccount: A\nowner: dana\nstage: prospect\nstakeholders: [{id: kim, name: Kim Lee}]\n---\n# A\n")
    }

    @Test func addRefusesADuplicateABadIdAMemberIdAndABadInfluence() throws {
        let workspace = try TempWorkspace(["deals/acme.md": deal])
        let editor = workspace.editor()
        #expect(refusal { try editor.addStakeholder("acme", id: "maria", name: "M") }?.reason
                == "deals/acme.md: the deal already has a stakeholder 'maria'; change them with 'scrumsell stakeholder set'")
        #expect(refusal { try editor.addStakeholder("acme", id: "Tom R", name: "T") }?.isUsage == true)
        #expect(refusal { try editor.addStakeholder("acme", id: "dana", name: "D") }?.reason.hasPrefix("'dana' is a team member's id") == true)
        #expect(refusal { try editor.addStakeholder("acme", id: "tom", name: "T", influence: "boss") }?.reason
                == "the influence must be economic, user, technical or coach, got 'boss'")
        #expect(workspace.text("deals/acme.md") == deal)
    }

    @Test func setReplacesOnlyTheValueInAFlowMapping() throws {
        let text = deal.replacingOccurrences(of: "  - {id: maria, name: Maria Lopez, influence: economic}",
                                             with: "  - {id: maria, name: Maria Lopez, influence: user , rapport: 'Likes ''jazz'''}")
        let workspace = try TempWorkspace(["deals/acme.md": text])
        let result = try workspace.editor().setStakeholder("acme", id: "maria", .init(influence: "economic", rapport: "Cycling"))
        #expect(try result.updatedText == text.replacingOccurrences(of: "influence: user , rapport: 'Likes ''jazz'''}", with: "influence: economic , rapport: Cycling}"))
        #expect(result.notes == ["deals/acme.md: stakeholder maria: influence: user → economic", "deals/acme.md: stakeholder maria: rapport: Likes 'jazz' → Cycling"])
        // A key the element lacks goes before its closing brace.
        let titled = try workspace.editor().setStakeholder("acme", id: "maria", .init(title: "CFO"))
        #expect(try titled.updatedText == text.replacingOccurrences(of: "'Likes ''jazz'''}", with: "'Likes ''jazz''', title: CFO}"))
    }

    @Test func setEditsABlockMapping() throws {
        let text = deal.replacingOccurrences(of: "  - {id: maria, name: Maria Lopez, influence: economic}",
                                             with: "  - id: maria\n    name: Maria Lopez\n    influence: user\n  - id: bo\n    name: Bo")
        let workspace = try TempWorkspace(["deals/acme.md": text])
        let result = try workspace.editor().setStakeholder("acme", id: "maria", .init(influence: "coach", rapport: "Golf: weekends"))
        #expect(try result.updatedText == text.replacingOccurrences(of: "    influence: user\n", with: "    influence: coach\n    rapport: \"Golf: weekends\"\n"))
        try workspace.apply(result)
        #expect(WorkspaceLoader.load(root: workspace.root).deal("acme")?.stakeholder("maria")?.rapport == "Golf: weekends")
    }

    @Test func setRefusesAnUnknownStakeholderAndNothingToChange() throws {
        let workspace = try TempWorkspace(["deals/acme.md": deal])
        #expect(refusal { try workspace.editor().setStakeholder("acme", id: "mara", .init(influence: "user")) }?.reason
                == "deals/acme.md: no stakeholder 'mara' (did you mean 'maria'?); the deal's stakeholders are maria")
        #expect(refusal { try workspace.editor().setStakeholder("acme", id: "maria", .init()) }?.isUsage == true)
        #expect(try workspace.editor().setStakeholder("acme", id: "maria", .init(influence: "economic")).changes.isEmpty)
    }

    @Test func aCRLFFileStaysCRLFAndAFileChangedSinceReadingIsNotOverwritten() throws {
        let crlf = deal.replacingOccurrences(of: "\n", with: "\r\n")
        let workspace = try TempWorkspace(["deals/acme.md": crlf])
        let result = try workspace.editor().setStakeholder("acme", id: "maria", .init(influence: "user"))
        #expect(try result.updatedText == crlf.replacingOccurrences(of: "influence: economic}", with: "influence: user}"))
        try workspace.write("deals/acme.md", crlf + "- changed meanwhile\r\n")
        #expect(throws: SafeFileWriter.Failure.self) { try workspace.apply(result) }
        #expect(workspace.text("deals/acme.md") == crlf + "- changed meanwhile\r\n")
    }
}
