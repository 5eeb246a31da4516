using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiRegAnalyzers.Cli.Scanning;

/// <summary>
/// <c>--no-build</c>: every C# file under the folder in one compilation against the .NET
/// reference assemblies, with the SDK's implicit usings, the folders' <c>.editorconfig</c> files
/// and the baseline, and no restore. Package APIs do not bind, so rules that need them find
/// less; the result says how many files had compiler errors.
/// </summary>
internal static class SourceScanner
{
    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    public static ScanResult Scan(ScanOptions options, CancellationToken cancellationToken = default)
    {
        var folder = Directory.Exists(options.Target) ? options.Target : Path.GetDirectoryName(options.Target)!;
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
        var files = SourceFiles.Enumerate(folder, "*.cs").ToList();
        var trees = files
            .AsParallel().AsOrdered()
            .Select(f => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(f), System.Text.Encoding.UTF8), parseOptions, f, cancellationToken))
            .ToList();
        trees.Add(CSharpSyntaxTree.ParseText(ImplicitUsings, parseOptions, Path.Combine(folder, "obj", "aireg.GlobalUsings.g.cs"), cancellationToken: cancellationToken));

        var compilation = CSharpCompilation.Create(
            "aireg-no-build",
            trees,
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));

        var configs = EditorConfigs(folder, options.Root);
        var analyzerOptions = new AnalyzerOptions(
            BaselineText(options.Root),
            new ConfigOptionsProvider(configs, AnalyzerConfig.Parse(BuildScanner.ToolConfig, Path.Combine(folder, ".aireg.tool.globalconfig"))));
        var analyzers = Rules.RuleCatalog.CreateAnalyzers().ToImmutableArray();

        // The inventory is off by default: turn it on the way the build path's global config does.
        var specific = compilation.Options.SpecificDiagnosticOptions.SetItem(Rules.RuleCatalog.InventoryRuleId, ReportDiagnostic.Info);
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(specific));

        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            analyzerOptions, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true));
        var diagnostics = withAnalyzers.GetAllDiagnosticsAsync(cancellationToken).GetAwaiter().GetResult();

        var rules = Rules.RuleCatalog.Load(options.Culture);
        var unbound = diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree is not null && !d.Id.StartsWith("AIREG", StringComparison.Ordinal))
            .Select(d => d.Location.SourceTree!.FilePath)
            .Distinct(StringComparer.Ordinal)
            .Count();

        var projectOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var findings = diagnostics
            .Where(d => rules[d.Id] is not null && d.Location.IsInSource)
            .Select(d => ToFinding(d, options, compilation, projectOf))
            .OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.StartLine).ThenBy(f => f.StartColumn)
            .ToList();
        var projects = SourceFiles.Enumerate(folder, "*.csproj")
            .Select(p => new ProjectResult(Path.GetFileNameWithoutExtension(p), SarifLogReader.RelativePath(options.Root, p), Compiled: false))
            .ToList();
        return new ScanResult(options.Root, findings, projects)
        {
            NoBuild = true,
            FilesCompiled = files.Count,
            FilesNotBound = unbound,
        };
    }

    private static Finding ToFinding(Diagnostic d, ScanOptions options, Compilation compilation, Dictionary<string, string> projectOf)
    {
        var span = d.Location.GetLineSpan();
        Suppression? suppression = null;
        if (d.IsSuppressed)
        {
            // Pragmas and [SuppressMessage] are in the source; the only suppressor in the tool is the baseline.
            suppression = d.GetSuppressionInfo(compilation)?.Attribute is not null || HasPragma(d)
                ? new Suppression("inSource", null)
                : new Suppression("external", Baseline.BaselineWriter.Justification);
        }

        return new Finding(
            d.Id,
            d.Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "note" },
            d.GetMessage(options.Culture),
            SarifLogReader.RelativePath(options.Root, span.Path),
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1,
            span.EndLinePosition.Character + 1,
            projectOf.TryGetValue(span.Path, out var project) ? project : projectOf[span.Path] = ProjectOf(span.Path, options.Root),
            suppression,
            d.Properties.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal));
    }

    /// <summary>Whether a <c>#pragma warning disable</c> for the rule precedes the finding in its file.</summary>
    private static bool HasPragma(Diagnostic d)
    {
        var tree = d.Location.SourceTree!;
        var root = tree.GetRoot();
        return root.DescendantTrivia().Any(t => t.IsKind(SyntaxKind.PragmaWarningDirectiveTrivia) && t.SpanStart < d.Location.SourceSpan.Start && t.ToString().Contains(d.Id, StringComparison.Ordinal));
    }

    /// <summary>The project a file belongs to: the nearest folder above it with a <c>.csproj</c>.</summary>
    private static string ProjectOf(string file, string root)
    {
        for (var dir = Path.GetDirectoryName(file); dir is not null && dir.Length >= root.Length; dir = Path.GetDirectoryName(dir))
        {
            var project = Directory.EnumerateFiles(dir, "*.csproj").FirstOrDefault();
            if (project is not null)
            {
                return Path.GetFileNameWithoutExtension(project);
            }
        }

        return Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar));
    }

    private static ImmutableArray<AdditionalText> BaselineText(string root)
    {
        var path = Path.Combine(root, AiRegAnalyzers.Baseline.BaselineFile.FileName);
        return File.Exists(path) ? [new FileText(path)] : [];
    }

    /// <summary>The <c>.editorconfig</c> files under the folder and above it up to the root (the compiler would read the same ones).</summary>
    private static ImmutableArray<AnalyzerConfig> EditorConfigs(string folder, string root)
    {
        var paths = SourceFiles.Enumerate(folder, ".editorconfig").ToList();
        for (var dir = Path.GetDirectoryName(folder); dir is not null && dir.StartsWith(root, StringComparison.Ordinal); dir = Path.GetDirectoryName(dir))
        {
            var candidate = Path.Combine(dir, ".editorconfig");
            if (File.Exists(candidate))
            {
                paths.Add(candidate);
            }
        }

        return paths.Select(p => AnalyzerConfig.Parse(File.ReadAllText(p), p)).ToImmutableArray();
    }

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText? GetText(CancellationToken cancellationToken = default)
        {
            try
            {
                return SourceText.From(File.ReadAllText(Path));
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    /// <summary>Options per tree from the editorconfig set, as the compiler computes them.</summary>
    private sealed class ConfigOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly AnalyzerConfigSet _set;

        public ConfigOptionsProvider(ImmutableArray<AnalyzerConfig> configs, AnalyzerConfig toolConfig)
        {
            _set = AnalyzerConfigSet.Create(configs.Add(toolConfig));
            GlobalOptions = new Options(_set.GlobalConfigOptions.AnalyzerOptions);
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(_set.GetOptionsForSourcePath(tree.FilePath).AnalyzerOptions);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(_set.GetOptionsForSourcePath(textFile.Path).AnalyzerOptions);
    }

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
