/// The fuzz target's entry points. `scripts/fuzz` builds this target with libFuzzer and
/// AddressSanitizer and `-D SCRUMSELL_FUZZ`; an ordinary build compiles only the stub `main`
/// below, so `swift build` and `swift test` need no sanitizer.
#if SCRUMSELL_FUZZ
/// libFuzzer calls this with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzPass.run(bytes)
    return 0
}

/// libFuzzer's driver (C: `int LLVMFuzzerRunDriver(int *, char ***, int (*)(const uint8_t *, size_t))`).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<Int32>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

/// The process entry. SwiftPM links every executable with `main` defined as `<module>_main`
/// (so that tests can import it), which would shadow libFuzzer's own `main`; this one hands
/// the arguments to libFuzzer's driver instead.
@_cdecl("scrumsell_fuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzzTestOneInput(data, size) }
}
#else
@main
struct ScrumsellFuzzStub {
    static func main() {
        print("scrumsell-fuzz is built for fuzzing by scripts/fuzz; this build has no fuzzer.")
    }
}
#endif
