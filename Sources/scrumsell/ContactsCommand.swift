import ArgumentParser
import Foundation
import ScrumsellKit

/// `scrumsell contacts [DEAL] [--format vcf|csv]`.
struct ContactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contacts",
        abstract: "Write the stakeholders of one deal or of all as vCard 4.0 or CSV.",
        discussion: "Each card has FN, TITLE, ORG (the deal's account) and a NOTE with influence and rapport."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case vcf, csv }

    @OptionGroup var global: GlobalOptions
    @Argument(help: "A deal id (default: every deal).") var deal: String?
    @Option(help: "vcf (vCard 4.0) or csv.") var format: Format = .vcf
    @OptionGroup var output: ReportOutput

    func run() throws {
        // Stakeholders are front-matter: the bodies are not read.
        let workspace = try global.load(scope: .frontMatterOnly)
        var deals = workspace.deals
        if let deal {
            // An id, or the start of only one id, as the editing commands take it.
            let starting = workspace.deals.filter { $0.id.hasPrefix(deal) }
            guard let found = workspace.deal(deal) ?? (starting.count == 1 ? starting[0] : nil) else {
                throw CommandFailure.usage(starting.count > 1 ? "'\(deal)' is the start of \(starting.count) deals: \(starting.map(\.id).sorted().joined(separator: ", "))"
                                           : "no deal named '\(deal)'\(Suggestion.didYouMean(deal, in: workspace.deals.map(\.id)))")
            }
            deals = [found]
        }
        ReportOutput.noteProblems(in: workspace)
        let cards = ContactCard.cards(of: deals)
        try Self.emit(format == .vcf ? VCardRenderer.render(cards) : ContactCSVRenderer.render(cards), to: output.output)
    }

    /// Prints `text`, or writes it to `file` (left untouched when its bytes are the same).
    static func emit(_ text: String, to file: String?) throws {
        if let file {
            do {
                try FileUpdate.write(text, to: URL(fileURLWithPath: file))
            } catch {
                throw CommandFailure.failed("cannot write \(file): \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
