import Foundation

/// Deterministic JSON: sorted keys, pretty-printed, no escaped slashes, a final newline.
/// Written by `JSONTextEncoder`, byte for byte what `JSONEncoder` writes with those options
/// (but for numbers that are not finite, which `JSONEncoder` refuses and this writes `null`).
public enum JSONOutput {
    /// `snakeCaseKeys` writes property names such as `asOf` as `as_of`.
    ///
    /// Encoding cannot fail on what a workspace holds: a number that is not finite is written
    /// `null` (JSON has none), so the only failure left is a type of ours whose `encode(to:)`
    /// throws or writes nothing, a programming error that stops the command loudly rather than
    /// printing a document that is not the report.
    public static func encode<Value: Encodable>(_ value: Value, snakeCaseKeys: Bool = false) -> String {
        do {
            return try JSONTextEncoder(snakeCaseKeys: snakeCaseKeys).encode(value) + "\n"
        } catch {
            preconditionFailure("JSONOutput: a \(Value.self) did not encode: \(error)")
        }
    }

    /// The same through Foundation's `JSONEncoder`: the reference the tests hold `encode` to.
    package static func foundationEncode(_ value: some Encodable, snakeCaseKeys: Bool = false) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if snakeCaseKeys { encoder.keyEncodingStrategy = .convertToSnakeCase }
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
