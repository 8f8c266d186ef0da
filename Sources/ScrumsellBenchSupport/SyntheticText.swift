/// Word lists the synthetic workspace is written from: plausible B2B selling prose, so
/// files have the length, the punctuation and the token density of real sales plans.
enum SyntheticText {
    static let firstNames = ["Sofia", "Daan", "Amira", "Joost", "Lena", "Dana", "Leo", "Maria", "Raj", "Ingrid", "Kees", "Lotte",
                             "Henk", "Ruud", "Annelies", "Marieke", "Ruben", "Karel", "Ilse", "Pieter", "Eva", "Tomas", "Noor",
                             "Femke", "Bram", "Sanne", "Youssef", "Anouk", "Milan", "Zoë", "José", "Björn"]
    static let lastNames = ["Brandt", "Visser", "Haddad", "Bakker", "Vos", "Kim", "Marsh", "Lopez", "Patel", "van Dam", "Brouwer",
                            "Meijer", "Aarts", "Schouten", "Hermans", "Jansen", "Claes", "Dumont", "Vermaat", "de Boer", "Smit",
                            "Mulder", "Peeters", "Dekker", "Willems", "Jacobs", "El Amrani", "Müller", "Nieuwenhuis"]
    static let accountWords = ["Noord", "Zuid", "Oost", "West", "Haven", "Polder", "Delta", "Rijn", "Maas", "Kade", "Dijk",
                               "Vlaanderen", "Brabant", "Kempen", "Eems", "Waal", "Schelde", "Veluwe", "Zeeland", "Amstel"]
    static let accountKinds = ["Logistics", "Freight", "Dairy", "Cold Store", "Bakeries", "Water", "Grid", "Haulage", "Couriers",
                               "Terminals", "Foods", "Pharma", "Transport", "Energy", "Brewers", "Packaging", "Steel", "Farms"]
    static let accountSuffixes = ["BV", "NV", "Group", "Holding", "& Zonen", "Cooperative", "Partners", "Industries"]
    static let products = ["FleetPulse", "LinePulse", "GridWatch", "ColdTrack", "Guarantee report", "Planner", "Parts forecast"]
    static let partners = ["Fabrik Integrators", "IntegraCo", "Transics Services", "NordData", "Polder IT"]
    static let titles = ["CFO", "COO", "CEO", "Fleet Manager", "Head of Engineering", "Plant Manager", "IT Director",
                         "Procurement Lead", "Quality Manager", "Workshop Manager", "Head of Transport", "Finance Controller"]
    static let influences = ["economic", "technical", "user", "coach"]
    static let rapport = ["Runs half-marathons; we met at the Ten Miles", "Collects old machinery manuals",
                          "Third generation in the family business", "Ran the pilot; speaks for us in the management team",
                          "Sails on the Grevelingen most weekends", "Former mechanic; trusts data over slides",
                          "Introduced us to the CFO", "Retires next year; wants a working plan for the successor",
                          "Prefers short emails, \"no attachments\"", "Coaches the youth football team on Saturdays"]
    static let objectives = ["Cut roadside breakdowns by a quarter next year", "Report downtime by cause to the board every week",
                             "Hold the supplier to its 95% uptime guarantee", "Move workshop planning out of spreadsheets",
                             "Pass the next GDP inspection without findings", "Halve the time to close the month",
                             "Know a truck will fail before the driver does", "Replace three legacy tools with one"]
    static let buyingSteps = ["Sponsor agrees the problem is worth solving", "Demo to the evaluation team",
                              "Six-week pilot on one site", "Technical evaluation by IT", "Security review by InfoSec",
                              "Proposal reviewed by the CFO", "Management team decides", "Contract through group procurement",
                              "Reference call with a customer", "Budget approved in the yearly round"]
    static let activities = [("Proposal with two rollout options", "proposal"), ("Pilot results for the management team", "evaluation"),
                             ("Reconciliation demo for IT", "demo"), ("Security questionnaire", "evaluation"),
                             ("Reference call with a customer in Germany", "meeting"), ("Quote for the second site", "quote"),
                             ("One-page measurement plan", "proposal"), ("Connector for the ERP export", "capability"),
                             ("Workshop with the planners", "meeting"), ("Business case in the buyer's numbers", "proposal")]
    static let nextSteps = ["confirms the evaluation criteria", "books the security review with InfoSec",
                            "shares the repair log of the last year", "confirms the new decision date",
                            "introduces us to procurement", "sends the data export for the pilot", "signs the pilot agreement"]
    static let ourSteps = ["Send the measurement plan", "Prepare the reference call", "Book the demo room",
                           "Send the revised quote", "Write the pilot success criteria", "Call back after the board meeting"]
    static let logLines = ["Call with the sponsor: budget approved in principle.", "Demo went well; IT wants the API documentation.",
                           "Meeting cancelled for the budget round; new date to follow.", "Pilot closed: changeovers are 40% of losses.",
                           "Procurement asked for a three-year price.", "Email from the fleet manager: the repair log is on its way.",
                           "Lunch with the coach; the CFO is the one to convince.", "Proposal presented to the management team."]
    static let contingencies = ["If the decision slips past the retrofit, offer the pilot terms for January.",
                                "If procurement stalls, ask the sponsor to name the blocker.",
                                "If IT rejects the connector, bring in the partner's ERP team."]
    static let industries = ["Logistics and road freight", "Food and beverage plants", "Utilities field service",
                             "Pharmaceutical distribution", "Cold storage", "Construction equipment rental"]
    static let audience = ["Fleet Manager", "Head of Transport", "Plant Manager", "Quality Assurance Manager", "Maintenance Lead",
                           "COO", "Workshop Manager"]
    static let competitors = ["Samsara", "Geotab", "an in-house team", "nobody", "Webfleet"]
    static let lostReasons = ["price", "timing, the budget moved to next year", "incumbent relationship", "no internal sponsor"]
    static let scrumKinds = ["win", "rejection", "idea", "reaction"]
    static let scrumNotes = ["Meeting booked with a plant manager from the audit pitch", "Carrier silent for three weeks now",
                             "Job adverts for planners as a trigger list", "Fleet managers like that we need no new boxes",
                             "Reference line added to the email", "Budget moved to next year at two prospects"]
    static let retroNotes = ["The audit pitch opens doors at plants", "Cold calls before nine reach the managers",
                             "Too many calls to the same region", "Voicemail too long; cut to twenty seconds",
                             "Lead with the guarantee, not the dashboard", "Rank food plants above utilities next sprint"]
}
