import ScrumsellAnalyse
import ScrumsellModel

/// The rows of the weekly report's deal and step tables, which run to thousands: each is its
/// table and its index, two words a template value holds without allocating, and computes a
/// value when the template reads it. Each row has its deal's values (`DealValues`,
/// `ClosedDealValues`) and its table's own.
enum WeeklyReportRows {
    /// `won`, `lost`, `noDecision`: the closed deal's values.
    struct Closed: TemplateObject {
        let rows: [ClosedDeal]
        let index: Int

        var names: [String] { ClosedDealValues.names }

        func value(forKey key: String) -> TemplateValue? {
            rows.withElement(at: index) { row in ClosedDealValues.value(of: row.pointee, forKey: key) }
        }
    }

    /// `slipped`: and `date`, `days` (`3 days`).
    struct Slipped: TemplateObject {
        let rows: [WeeklyReport.DealDate]
        let index: Int

        var names: [String] { DealValues.names + ["date", "days"] }

        func value(forKey key: String) -> TemplateValue? {
            rows.withElement(at: index) { row in
                switch key {
                case "date": return .text(row.pointee.date.description)
                case "days": return .text(ReportFormatter.plural(row.pointee.days, "day"))
                default: return DealValues.value(of: row.pointee.deal, forKey: key)
                }
            }
        }
    }

    /// `goneDark`: and `lastContact`, `days`.
    struct GoneDark: TemplateObject {
        let rows: [WeeklyReport.GoneDark]
        let index: Int

        var names: [String] { DealValues.names + ["lastContact", "days"] }

        func value(forKey key: String) -> TemplateValue? {
            rows.withElement(at: index) { row in
                switch key {
                case "lastContact": return .text(row.pointee.lastContact.description)
                case "days": return .text(ReportFormatter.plural(row.pointee.days, "day"))
                default: return DealValues.value(of: row.pointee.deal, forKey: key)
                }
            }
        }
    }

    /// `gaps`: and `openSteps`, `required`, `buyerStep` (`yes`, `no`).
    struct Gap: TemplateObject {
        let rows: [WeeklyReport.NextStepGap]
        let index: Int

        var names: [String] { DealValues.names + ["openSteps", "required", "buyerStep"] }

        func value(forKey key: String) -> TemplateValue? {
            rows.withElement(at: index) { row in
                switch key {
                case "openSteps": return .text(String(row.pointee.openSteps))
                case "required": return .text(String(row.pointee.required))
                case "buyerStep": return .text(row.pointee.hasBuyerStep ? "yes" : "no")
                default: return DealValues.value(of: row.pointee.deal, forKey: key)
                }
            }
        }
    }

    /// `risks`: and `stakeholders` (the buyer-side count), `risk` (`single-threaded, no economic buyer`).
    struct Risk: TemplateObject {
        let rows: [WeeklyReport.InfluenceRisk]
        let index: Int

        var names: [String] { DealValues.names + ["stakeholders", "risk"] }

        func value(forKey key: String) -> TemplateValue? {
            rows.withElement(at: index) { row in
                switch key {
                case "stakeholders": return .text(String(row.pointee.buyerStakeholders))
                case "risk":
                    let risks = [row.pointee.singleThreaded ? "single-threaded" : nil, row.pointee.noEconomicBuyer ? "no economic buyer" : nil]
                    return .text(risks.compactMap { $0 }.joined(separator: ", "))
                default: return DealValues.value(of: row.pointee.deal, forKey: key)
                }
            }
        }
    }

    /// `stepsDue`'s `steps`: `due`, `overdue`, `daysOverdue`, `deal` (its id), `account`, `text`, `owners`, `section`.
    struct Step: TemplateObject {
        let rows: [StepDue]
        let index: Int

        var names: [String] { ["due", "overdue", "daysOverdue", "deal", "account", "text", "owners", "section"] }

        func value(forKey key: String) -> TemplateValue? {
            rows.withElement(at: index) { row in
                switch key {
                case "due": return .text(row.pointee.due.description)
                case "overdue": return .flag(row.pointee.overdue)
                case "daysOverdue": return .text(row.pointee.daysOverdue.map { ReportFormatter.plural($0, "day") } ?? "")
                case "deal": return .text(row.pointee.deal.id)
                case "account": return .text(row.pointee.deal.account)
                case "text": return .text(row.pointee.text)
                case "owners": return .text(ContextValues.people(row.pointee.owners))
                case "section": return .text(row.pointee.section == DealSection.buyingProcess.title ? "buying process" : "next step")
                default: return nil
                }
            }
        }
    }

    /// `followUps`: the closed deal's values and `date`, `due` (a flag), `when` (`3 days ago`,
    /// `today`, `in 2 days`); `lostTo` is `–` unless the deal was lost.
    struct FollowUp: TemplateObject {
        let rows: [WeeklyReport.FollowUp]
        let index: Int

        var names: [String] { ClosedDealValues.names + ["date", "due", "when"] }

        func value(forKey key: String) -> TemplateValue? {
            rows.withElement(at: index) { row in
                switch key {
                case "date": return .text(row.pointee.date.description)
                case "due": return .flag(row.pointee.due)
                case "when":
                    let days = row.pointee.days
                    return .text(days < 0 ? "\(ReportFormatter.plural(-days, "day")) ago" : days == 0 ? "today" : "in \(ReportFormatter.plural(days, "day"))")
                case "lostTo":
                    return .text(row.pointee.deal.outcome == .lost ? (row.pointee.deal.lostTo ?? "nobody named") : ContextValues.none)
                default: return ClosedDealValues.value(of: row.pointee.deal, forKey: key)
                }
            }
        }
    }

    /// `upcoming`: and `date`, `when` (`today`, `in 3 days`).
    struct Upcoming: TemplateObject {
        let rows: [WeeklyReport.DealDate]
        let index: Int

        var names: [String] { DealValues.names + ["date", "when"] }

        func value(forKey key: String) -> TemplateValue? {
            rows.withElement(at: index) { row in
                switch key {
                case "date": return .text(row.pointee.date.description)
                case "when": return .text(row.pointee.days == 0 ? "today" : "in \(ReportFormatter.plural(row.pointee.days, "day"))")
                default: return DealValues.value(of: row.pointee.deal, forKey: key)
                }
            }
        }
    }

    /// One value per row of `rows`.
    static func list<Row>(_ rows: [Row], _ row: ([Row], Int) -> any TemplateObject) -> TemplateValue {
        .list(rows.indices.map { .object(row(rows, $0)) })
    }
}

extension Array {
    /// Calls `body` with element `index` in place: a row reads a field or two of its element,
    /// and `self[index]` would copy all of it, a retain for every string it holds.
    @inline(__always)
    func withElement<Result>(at index: Int, _ body: (UnsafePointer<Element>) -> Result) -> Result {
        withUnsafeBufferPointer { body($0.baseAddress! + index) }
    }
}
