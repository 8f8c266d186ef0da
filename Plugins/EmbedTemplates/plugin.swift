import Foundation
import PackagePlugin

/// Compiles the package's top-level `templates/` folder into ScrumsellKit, so the built
/// binary renders with no files beside it and the folder stays the one source of the
/// built-in templates.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "templates")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let inputs = names.filter { $0.hasSuffix(".mustache") }.sorted().map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInTemplates.swift")
        return [.buildCommand(
            displayName: "Embedding \(inputs.count) templates",
            executable: try context.tool(named: "TemplateEmbedder").url,
            arguments: [output.path] + inputs.map(\.path),
            inputFiles: inputs,
            outputFiles: [output]
        )]
    }
}
