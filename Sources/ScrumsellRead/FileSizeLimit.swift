/// How large a workspace file may be before it is refused instead of read whole: the
/// `max_file_bytes` key of `scrumsell.yml`, 64 MiB by default.
public enum FileSizeLimit {
    /// The key in `scrumsell.yml`.
    public static let key = "max_file_bytes"
    /// 64 MiB: a thousand times the largest plan anyone writes by hand.
    public static let defaultBytes = 64 << 20
    /// The values `check` accepts: from 1 KiB to 1 TiB.
    public static let allowed = 1024...(1 << 40)

    /// The limit `scrumsell.yml`'s fields set, or the default when they set none or one outside
    /// `allowed` (which `check` reports through `WorkspaceConfig`).
    package static func bytes(in fields: YAMLNode?) -> Int {
        guard let value = fields?.mapping?.first(where: { $0.key == key })?.value.scalar,
              let bytes = Int(value.trimmingSpaces()), allowed.contains(bytes) else { return defaultBytes }
        return bytes
    }
}
