using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiRegAnalyzers.Benchmarks;

/// <summary>
/// <c>--source DIR</c>: the package on a real checkout instead of the generated corpus. Prints the cost
/// against binding (package and per rule), how much of the code failed to bind, and writes every
/// finding to a TSV for review (<c>--findings FILE</c>).
/// </summary>
internal static class SourceBenchmark
{
    public static async Task<int> RunAsync(string directory, string? findingsPath, int iterations, int warmup, bool generators)
    {
        if (!Directory.Exists(directory))
        {
            Console.Error.WriteLine($"no such directory: {directory}");
            return 2;
        }

        var analyzers = Program.DiscoverAnalyzers();
        var checkout = SourceCheckout.Load(directory);
        Console.WriteLine($"== {checkout.Root}: {checkout.Files:N0} files, {checkout.Lines:N0} lines ({checkout.SkippedTestFiles:N0} files of test projects skipped), " +
            $"{analyzers.Length} analyzer(s), {SourceReferences.For(checkout).Length} references ({(checkout.UsesAiSdk ? "with" : "without")} the AI SDKs: " +
            $"{(checkout.UsesAiSdk ? "the projects reference one" : "no project references one")})");
        var generatedTrees = generators ? RunGenerators(checkout) : ImmutableArray<SyntaxTree>.Empty;
        var trees = checkout.Trees.AddRange(generatedTrees);
        var generated = generatedTrees.ToHashSet();

        var binding = new List<double>();
        var bindingCpu = new List<double>();
        var driverCpu = new List<double>();
        var package = new List<double>();
        var perAnalyzer = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var diagnostics = ImmutableArray<Diagnostic>.Empty;
        for (var i = 0; i < warmup + iterations; i++)
        {
            Program.Collect();
            var cpu = Program.Cpu();
            var sw = Stopwatch.StartNew();
            var compilerDiagnostics = CreateCompilation(checkout, trees).GetDiagnostics();
            sw.Stop();
            var cpuBinding = Program.Cpu() - cpu;
            if (i == 0)
            {
                PrintCompilerErrors(checkout, compilerDiagnostics, generated);
            }

            Program.Collect();
            cpu = Program.Cpu();
            var run = await RunAnalyzersAsync(CreateCompilation(checkout, trees), analyzers);
            var cpuDriver = Program.Cpu() - cpu;
            diagnostics = run.Diagnostics;
            if (i < warmup)
            {
                continue;
            }

            binding.Add(sw.Elapsed.TotalMilliseconds);
            bindingCpu.Add(cpuBinding);
            driverCpu.Add(cpuDriver);
            package.Add(run.PerAnalyzerMs.Values.Sum());
            foreach (var (name, ms) in run.PerAnalyzerMs)
            {
                (perAnalyzer.TryGetValue(name, out var list) ? list : perAnalyzer[name] = new List<double>()).Add(ms);
            }
        }

        var bindingMs = Program.Median(binding);
        var packageMs = Program.Median(package);
        Console.WriteLine($"   binding {bindingMs:N0} ms, package {packageMs:N1} ms: {packageMs / bindingMs:F4} x binding (medians of {iterations})");

        // Callback times include binding the driver would do anyway, done early for a summary; process CPU
        // against a driver run with a no-op analyzer counts only what the package adds.
        Program.Collect();
        var noOpCpu = Program.Cpu();
        await RunAnalyzersAsync(CreateCompilation(checkout, trees), [Program.CreateNoOpAnalyzer()]);
        noOpCpu = Program.Cpu() - noOpCpu;
        Console.WriteLine($"   cpu cross-check: driver CPU {Program.Median(driverCpu):N0} ms, with a no-op analyzer {noOpCpu:N0} ms, binding CPU {Program.Median(bindingCpu):N0} ms: " +
            $"{(Program.Median(driverCpu) - noOpCpu) / Program.Median(bindingCpu):F4} x binding");
        var byId = diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Console.WriteLine($"{"analyzer",-48} {"ids",-18} {"ms",9} {"x binding",10} {"findings",9}");
        foreach (var analyzer in analyzers.OrderByDescending(a => Program.Median(perAnalyzer[a.GetType().Name])))
        {
            var ids = analyzer.SupportedDiagnostics.Select(d => d.Id).Distinct().ToArray();
            var ms = Program.Median(perAnalyzer[analyzer.GetType().Name]);
            var findings = ids.Sum(id => byId.TryGetValue(id, out var n) ? n : 0);
            Console.WriteLine($"{analyzer.GetType().Name,-48} {string.Join(",", ids),-18} {ms,9:N1} {ms / bindingMs,10:F4} {findings,9:N0}");
        }

        Console.WriteLine("   findings by rule: " + (byId.Count == 0 ? "none" : string.Join(", ", byId.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"))));
        if (findingsPath is not null)
        {
            WriteFindings(checkout, diagnostics, generated, findingsPath);
            Console.WriteLine($"   {diagnostics.Length:N0} finding(s) written to {findingsPath}");
        }

        return 0;
    }

    /// <summary>
    /// What a real build adds before compiling: the SDK's source generators' output, made once here, so that
    /// neither the binding nor the analyzer figures include the generators' time.
    /// </summary>
    private static ImmutableArray<SyntaxTree> RunGenerators(SourceCheckout checkout)
    {
        var generators = SourceGenerators.Load();
        Console.WriteLine("   generators loaded: " + (generators.Names.IsEmpty ? "none" : string.Join(", ", generators.Names)));
        if (!generators.Skipped.IsEmpty)
        {
            Console.WriteLine("   generators off by default, not run: " + string.Join(", ", generators.Skipped));
        }
        foreach (var failure in generators.Failures)
        {
            Console.WriteLine("   generator NOT LOADED: " + failure);
        }

        var compilation = CreateCompilation(checkout, checkout.Trees);
        var sw = Stopwatch.StartNew();
        var (trees, diagnostics) = generators.Run(compilation, checkout);
        sw.Stop();
        Console.WriteLine($"   generators: {generators.Generators.Length} loaded, {trees.Length:N0} trees generated, {sw.Elapsed.TotalSeconds:F1} s" +
            (diagnostics.IsEmpty ? string.Empty : "; reported: " + string.Join(", ", diagnostics.GroupBy(d => d.Id).Select(g => $"{g.Key} {g.Count()}"))));
        foreach (var failure in diagnostics.Where(d => d.Id is "CS8784" or "CS8785").Select(d => d.GetMessage(CultureInfo.InvariantCulture)).Distinct().Take(5))
        {
            Console.WriteLine("   GENERATOR FAILED " + failure);
        }

        Console.WriteLine($"   compiler, without the generated code: {ErrorSummary(checkout, Errors(compilation.GetDiagnostics()), new HashSet<SyntaxTree>())}");
        return trees;
    }

    private static CSharpCompilation CreateCompilation(SourceCheckout checkout, ImmutableArray<SyntaxTree> trees) =>
        CSharpCompilation.Create(
            "Source",
            trees,
            SourceReferences.For(checkout),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                allowUnsafe: true,
                concurrentBuild: false));

    /// <summary>Real code does not bind fully without its own packages; say how much did not.</summary>
    private static void PrintCompilerErrors(SourceCheckout checkout, ImmutableArray<Diagnostic> compilerDiagnostics, IReadOnlySet<SyntaxTree> generated)
    {
        var errors = Errors(compilerDiagnostics);
        Console.WriteLine($"   compiler: {ErrorSummary(checkout, errors, generated)}");
        Console.WriteLine("   most frequent: " + string.Join(", ", errors.GroupBy(e => e.Id).OrderByDescending(g => g.Count()).Take(6).Select(g => $"{g.Key} {g.Count()}")));
        // CS0246/CS0234/CS0103: the missing namespaces, types and names, i.e. what the packages it would restore declare.
        var missing = errors.Where(e => e.Id is "CS0246" or "CS0234" or "CS0103")
            .GroupBy(e => Regex.Match(e.GetMessage(CultureInfo.InvariantCulture), "'([^']+)'").Groups[1].Value)
            .OrderByDescending(g => g.Count())
            .Take(12)
            .Select(g => $"{g.Key} {g.Count()}");
        Console.WriteLine("   missing names: " + string.Join(", ", missing));
    }

    private static List<Diagnostic> Errors(ImmutableArray<Diagnostic> compilerDiagnostics) =>
        compilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    /// <summary>Errors, and the share of the checkout's own files that have one (errors in generated code are counted apart).</summary>
    private static string ErrorSummary(SourceCheckout checkout, List<Diagnostic> errors, IReadOnlySet<SyntaxTree> generated)
    {
        var inGenerated = errors.Where(e => e.Location.SourceTree is { } tree && generated.Contains(tree)).ToList();
        var filesWithErrors = errors.Select(e => e.Location.SourceTree).Where(t => t is not null && !generated.Contains(t)).Select(t => t!.FilePath).Distinct().Count();
        return $"{errors.Count:N0} error(s) in {filesWithErrors:N0} of {checkout.Files:N0} files ({100.0 * filesWithErrors / Math.Max(1, checkout.Files):F0} %)" +
            (inGenerated.Count > 0
                ? $", {inGenerated.Count:N0} of them in generated code ({string.Join(", ", inGenerated.GroupBy(e => e.Id).OrderByDescending(g => g.Count()).Take(4).Select(g => $"{g.Key} {g.Count()}"))})"
                : string.Empty);
    }

    private static async Task<(ImmutableArray<Diagnostic> Diagnostics, Dictionary<string, double> PerAnalyzerMs)> RunAnalyzersAsync(
        Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var exceptions = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (e, analyzer, _) =>
            {
                lock (exceptions)
                {
                    exceptions.Add($"{analyzer.GetType().Name}: {e.GetType().Name}: {e.Message} at {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}");
                }
            },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        var perAnalyzer = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var analyzer in analyzers)
        {
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
            perAnalyzer[analyzer.GetType().Name] = telemetry.ExecutionTime.TotalMilliseconds;
        }

        // An analyzer that throws is switched off for the user (AD0001): never silent here.
        foreach (var exception in exceptions.Distinct().Take(10))
        {
            Console.WriteLine("   ANALYZER EXCEPTION " + exception);
        }

        return (diagnostics, perAnalyzer);
    }

    /// <summary>rule, file (relative to the checkout), line, message, source line (trimmed): one finding a row, sorted.</summary>
    private static void WriteFindings(SourceCheckout checkout, ImmutableArray<Diagnostic> diagnostics, IReadOnlySet<SyntaxTree> generated, string path)
    {
        var rows = diagnostics
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                var line = span.StartLinePosition.Line;
                var text = d.Location.SourceTree?.GetText();
                var source = text is not null && line < text.Lines.Count ? text.Lines[line].ToString().Trim() : string.Empty;
                // A generated tree has no file in the checkout: its path is the generator's hint name.
                var file = !d.Location.IsInSource ? string.Empty
                    : generated.Contains(d.Location.SourceTree!) ? "(generated) " + span.Path
                    : checkout.Relative(span.Path);
                return (d.Id, File: file, Line: line + 1, Message: d.GetMessage(CultureInfo.InvariantCulture), Source: source);
            })
            .OrderBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Line).ThenBy(r => r.Id, StringComparer.Ordinal);
        var output = new StringBuilder("rule\tfile\tline\tmessage\tsource\n");
        foreach (var r in rows)
        {
            output.Append(r.Id).Append('\t').Append(Cell(r.File)).Append('\t').Append(r.Line).Append('\t')
                .Append(Cell(r.Message)).Append('\t').Append(Cell(r.Source)).Append('\n');
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, output.ToString());
    }

    private static string Cell(string value) => value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
