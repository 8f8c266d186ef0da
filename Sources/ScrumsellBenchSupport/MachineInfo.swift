import Foundation

/// The machine the figures come from: cores, CPU model, memory.
package struct MachineInfo: CustomStringConvertible {
    var cores: Int
    var cpu: String
    var memoryBytes: Int

    package static var current: MachineInfo {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }.map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
        let kilobytes = meminfo.split(separator: "\n").first { $0.hasPrefix("MemTotal:") }
            .flatMap { $0.split(separator: " ").dropFirst().first }.flatMap { Int($0) } ?? 0
        return MachineInfo(cores: ProcessInfo.processInfo.activeProcessorCount, cpu: model, memoryBytes: kilobytes * 1024)
    }

    package var description: String {
        "Machine: \(cores) cores (nproc), \(cpu), \(String(format: "%.1f", Double(memoryBytes) / 1_073_741_824)) GiB RAM, \(ProcessInfo.processInfo.operatingSystemVersionString)"
    }
}
