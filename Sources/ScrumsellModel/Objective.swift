import ScrumsellBase
import ScrumsellRead

/// A program objective, defined top-down (the sponsor's "I want…", details from the next
/// level, a thank-you review, a final review) and then used to manage and measure.
public struct Objective: Sendable, Codable {
    /// The review stages, in order.
    public enum Review: String, Sendable, Codable, CaseIterable, Comparable {
        case sponsor
        case details
        case thankYou = "thank-you"
        case final
        case agreed

        public static func < (lhs: Review, rhs: Review) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var ref: DocumentRef
    public var id: String { ref.id }
    public var path: String { ref.path }

    public var title: String
    public var sponsor: String?
    public var review: Review
    public var alignsTo: [String]
    public var stakeholders: [String]
    public var measures: [Measure]
    public var iWant: String?
    public var details: [String]
    public var reviewLog: [LogEntry]

    public var fieldLocations: LocationTable

    public static let knownKeys = ["title", "sponsor", "review", "aligns_to", "stakeholders", "measures"]

    public func location(of field: String) -> SourceLocation {
        fieldLocations[field] ?? SourceLocation(path: path, line: 1, column: 1)
    }
}

extension Objective {
    /// Builds an objective from a read document; `nil` when its front-matter could not be read.
    public static func decode(_ document: SourceDocument, diagnostics: inout [Diagnostic]) -> Objective? {
        guard let fields = document.fields else { return nil }
        let ref = DocumentRef(kind: .objective, id: document.id, path: document.path)
        var reader = FieldReader(fields, path: document.path, subject: "objective", known: knownKeys)
        var measures: [Measure] = []
        var measureDiagnostics: [Diagnostic] = []
        for node in reader.mappingList("measures", example: "[{metric: won_value, target: 500000, by: 2026-12-31}]") {
            var measure = FieldReader(node, path: document.path, subject: "measure", known: Measure.knownKeys)
            let metric = measure.choice("metric", from: Measure.Metric.allCases.map(\.rawValue)).flatMap(Measure.Metric.init(rawValue:))
            if measure.node("metric") == nil {
                measure.report(.error("missing-key", "the measure has no 'metric'", at: measure.origin,
                                      hint: "add 'metric:' — one of \(Measure.Metric.allCases.map(\.rawValue).joined(separator: ", "))"))
            }
            let target = measure.number("target", in: 1...1e15)
            if measure.node("target") == nil {
                measure.report(.error("missing-key", "the measure has no 'target'", at: measure.origin, hint: "add 'target:' with a number"))
            }
            if let metric, let target {
                measures.append(Measure(metric: metric, target: target, by: measure.day("by"), location: measure.origin))
            }
            measureDiagnostics += measure.diagnostics
        }
        let objective = Objective(
            ref: ref,
            title: reader.text("title", required: true, example: "Grow EMEA revenue") ?? document.id,
            sponsor: reader.text("sponsor"),
            review: reader.choice("review", from: Review.allCases.map(\.rawValue)).flatMap(Review.init(rawValue:)) ?? .sponsor,
            alignsTo: reader.textList("aligns_to", example: "[Grow recurring revenue 20%]").map(\.0),
            stakeholders: reader.textList("stakeholders", example: "[Chief Revenue Officer]").map(\.0),
            measures: measures,
            iWant: document.outline.section("I want")?.prose(in: document.source).nilIfEmpty,
            details: document.outline.section("Details")?.textLines(in: document.source) ?? [],
            reviewLog: document.outline.section("Review log")?.entries.map(LogEntry.parse) ?? [],
            fieldLocations: reader.locations)
        diagnostics += reader.diagnostics + measureDiagnostics
        return objective
    }
}
