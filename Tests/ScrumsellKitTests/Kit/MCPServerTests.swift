import Foundation
import Testing
@testable import ScrumsellKit

/// `scrumsell mcp` driven by the official Python MCP SDK (`mcp` on PyPI, installed by
/// scripts/setup) as a real client: Fixtures/mcp/client.py lists the tools, calls them, reads a
/// resource and a prompt, and prints what it got as JSON.
@Suite("the MCP server, through the Python SDK")
struct MCPServerTests {
    /// What one client session saw, on a fresh copy of the sample: the JSON the client printed.
    static let session: Result<Data, SessionFailure> = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scrumsell-mcp-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let workspace = folder.appendingPathComponent("sample-workspace")
            try FileManager.default.copyItem(at: RepositoryPaths.root.appendingPathComponent("sample-workspace"), to: workspace)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            let script = RepositoryPaths.tests.appendingPathComponent("Fixtures/mcp/client.py").path
            process.arguments = ["timeout", "120", "python3", script, CLITests.binary.path, workspace.path]
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            let stdout = out.fileHandleForReading.readDataToEndOfFile()
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            try? FileManager.default.removeItem(at: folder)
            guard process.terminationStatus == 0 else {
                return .failure(SessionFailure(description: "the client exited \(process.terminationStatus) (is Python's mcp installed? scripts/setup installs it):\n\(stderr)"))
            }
            return .success(stdout)
        } catch {
            return .failure(SessionFailure(description: "\(error)"))
        }
    }()

    struct SessionFailure: Error, CustomStringConvertible {
        var description: String
    }

    static func get() throws -> [String: Any] {
        let printed = try session.get()
        guard let json = try JSONSerialization.jsonObject(with: printed) as? [String: Any] else {
            throw SessionFailure(description: "the client printed no JSON object")
        }
        return json
    }

    @Test func listsTheReadAndEditToolsWithSnakeCaseArguments() throws {
        let session = try Self.get()
        #expect(session["server"] as? String == "scrumsell")
        let tools = try #require(session["tools"] as? [String: [String: Any]])
        #expect(Set(tools.keys) == ["check", "report", "board", "standup", "history", "deals", "items", "show", "metrics",
                                    "touch", "item_add", "item_state", "stage", "close", "log", "stakeholder_add"])
        #expect(tools["stakeholder_add"]?["required"] as? [String] == ["deal", "id", "name"])
        #expect(tools["touch"]?["properties"] as? [String] == ["apply", "as_of", "deal", "note"])
        #expect(tools["touch"]?["required"] as? [String] == ["deal"])
        #expect(tools["touch"]?["read_only"] as? Bool == false)
        #expect(tools["check"]?["read_only"] as? Bool == true)
        #expect(tools["close"]?["properties"] as? [String] == ["apply", "as_of", "deal", "follow_up", "outcome", "reason", "to"])
        #expect(tools["report"]?["properties"] as? [String] == ["as_of", "campaign", "no_history", "owner", "stage", "team", "week"])
    }

    @Test func aReadToolReturnsTheCommandsJSON() throws {
        let session = try Self.get()
        let check = try #require(session["check"] as? [String: Any])
        #expect(check["as_of"] as? String == "2026-11-20")
        #expect((check["summary"] as? [String: Int]) == ["errors": 0, "warnings": 4, "files": 22])
        // The same JSON `scrumsell check --format json` prints.
        let cli = try CLITests.run(["check", "-w", "sample-workspace", "--as-of", "2026-11-20", "--format", "json"])
        let printed = try #require(try JSONSerialization.jsonObject(with: Data(cli.stdout.utf8)) as? [String: Any])
        #expect(NSDictionary(dictionary: printed).isEqual(to: check))
        // `deals` and `show`: the same JSON as the commands.
        for (tool, arguments) in [("deals", ["deals", "--sort", "value"]), ("show", ["show", "vandam-dairy", "--no-history"])] {
            let served = try #require(session[tool] as? [String: Any])
            let run = try CLITests.run(arguments + ["-w", "sample-workspace", "--as-of", "2026-11-20", "--format", "json"])
            let printed = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            #expect(NSDictionary(dictionary: printed).isEqual(to: served), "\(tool) served other JSON than the command prints")
        }
        let report = try #require(session["report"] as? [String: Any])
        #expect(report["kind"] as? String == "report")
        #expect(report["week"] as? String == "2026-W47")
        #expect((report["filter"] as? [String: Any])?["owner"] as? String == "sofia")
        #expect(session["check_again_as_of"] as? String == "2026-11-21")
    }

    @Test func touchReturnsTheDiffAndWritesOnlyWithApply() throws {
        let session = try Self.get()
        let original = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("sample-workspace/deals/rijnmond-haulage.md"), encoding: .utf8)
        let dry = try #require(session["touch_dry"] as? String)
        #expect(dry.hasPrefix("--- a/deals/rijnmond-haulage.md\n+++ b/deals/rijnmond-haulage.md\n"))
        #expect(dry.contains("-last_contact: 2026-10-28\n+last_contact: 2026-11-20\n"))
        #expect(dry.contains("+- 2026-11-20 Karin: the scorecard comes Monday\n"))
        #expect(dry.hasSuffix("dry run: nothing was written (call again with apply: true to write it)\n"))
        #expect(session["file_after_dry"] as? String == original)
        let applied = try #require(session["touch_applied"] as? String)
        #expect(applied.hasSuffix("deals/rijnmond-haulage.md:63: - 2026-11-20 Karin: the scorecard comes Monday\nwritten\n"))
        let expected = original.replacingOccurrences(of: "last_contact: 2026-10-28", with: "last_contact: 2026-11-20")
            + "- 2026-11-20 Karin: the scorecard comes Monday\n"
        #expect(session["file_after_apply"] as? String == expected)
    }

    @Test func errorsAreMCPErrorsWithTheDiagnosticText() throws {
        let errors = try #require(try Self.get()["errors"] as? [String: [String: Any]])
        func error(_ key: String) -> (code: Int?, message: String?) {
            (errors[key]?["code"] as? Int, errors[key]?["message"] as? String)
        }
        #expect(error(#"touch{"deal": "nowhere"}"#) == (-32602, "Invalid params: no deal named 'nowhere'"))
        #expect(error(#"touch{}"#) == (-32602, "Invalid params: 'deal' is required"))
        #expect(error(#"check{"as_of": "yesterday"}"#) == (-32602, "Invalid params: 'as_of' must be a date written YYYY-MM-DD, got 'yesterday'"))
        #expect(error(#"check{"deal": "x"}"#) == (-32602, "Invalid params: 'check' takes no argument 'deal'"))
        #expect(error(#"nope{}"#).code == -32602)
        // The stage gate refuses as the command does, naming the open exit task.
        let gate = error(#"stage{"deal": "polder-bakeries", "stage": "evaluate"}"#)
        #expect(gate.code == -32602)
        #expect(gate.message?.contains("cannot move from 'qualify' to 'evaluate': 1 exit task is not done") == true)
        #expect(gate.message?.contains("deals/polder-bakeries.md:50: [ ] Confirm the budget range stage:qualify") == true)
        // A unique start of an id works as on the command line (and is only a dry run).
        #expect((errors[#"touch{"deal": "rijnmond"}"#]?["result"] as? String)?.contains("+- 2026-11-20 Contact with the buyer\n") == true)
    }

    @Test func thePlanFilesAreResourcesAndThePromptsAreListed() throws {
        let session = try Self.get()
        let resources = try #require(session["resources"] as? [String])
        #expect(resources.count == 21)
        #expect(resources.contains("scrumsell://deals/kade-transport.md"))
        #expect(resources.contains("scrumsell://sprints/2026-s47.md"))
        #expect(resources.contains("scrumsell://campaigns/logistics-fleet.md"))
        #expect(resources.contains("scrumsell://objectives/food-vertical-entry.md"))
        let file = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("sample-workspace/deals/kade-transport.md"), encoding: .utf8)
        #expect(session["resource_text"] as? String == file)
        #expect(session["resource_mime"] as? String == "text/markdown")
        #expect(session["prompts"] as? [String] == ["deal_review", "weekly_pipeline_review"])
        #expect((session["deal_review"] as? String)?.contains("what are the next two critical things you and the customer must do?") == true)
    }
}
