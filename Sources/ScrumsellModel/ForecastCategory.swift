/// Where an open deal stands in the forecast (Salesforce's forecast categories): `commit`
/// (the owner is confident it closes in its quarter), `best-case` (it could), `pipeline`
/// (it is being worked), `omitted` (left out of the forecast and of coverage).
public enum ForecastCategory: String, Sendable, Codable, CaseIterable {
    case commit
    case bestCase = "best-case"
    case pipeline
    case omitted

    /// A stage without `forecast:` forecasts its deals as pipeline.
    public static let stageDefault = ForecastCategory.pipeline
}
