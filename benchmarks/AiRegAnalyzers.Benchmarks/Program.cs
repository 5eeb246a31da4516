using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiRegAnalyzers.Benchmarks;

/// <summary>
/// Measures the analyzers' cost against the compiler's own binding cost on a generated corpus.
/// Usage: <c>dotnet run -c Release --project benchmarks/AiRegAnalyzers.Benchmarks -- [--sizes 50000,200000] [--iterations 3] [--warmup 1]</c>.
/// </summary>
internal static class Program
{
    private const double PackageTarget = 0.10;
    private const double RuleTarget = 0.02;
    private const double GrowthTarget = 4.4;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static async Task<int> Main(string[] args)
    {
        var sizes = new[] { 50_000, 200_000 };
        var iterations = 3;
        var warmup = 1;
        string? source = null;
        string? findings = null;
        var generators = true;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--sizes" when i + 1 < args.Length:
                    sizes = args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s.Replace("_", string.Empty), Inv)).ToArray();
                    break;
                case "--iterations" when i + 1 < args.Length:
                    iterations = Math.Max(1, int.Parse(args[++i], Inv));
                    break;
                case "--warmup" when i + 1 < args.Length:
                    warmup = Math.Max(0, int.Parse(args[++i], Inv));
                    break;
                case "--source" when i + 1 < args.Length:
                    source = args[++i];
                    break;
                case "--findings" when i + 1 < args.Length:
                    findings = args[++i];
                    break;
                case "--no-generators":
                    generators = false;
                    break;
                case "-h":
                case "--help":
                    Console.WriteLine("dotnet run -c Release --project benchmarks/AiRegAnalyzers.Benchmarks -- [--sizes 50000,200000] [--iterations 3] [--warmup 1]");
                    Console.WriteLine("  real code instead of the corpus: --source DIR [--findings FILE.tsv] [--iterations N] [--warmup N] [--no-generators]");
                    return 0;
                default:
                    Console.Error.WriteLine($"unknown argument '{args[i]}' (try --help)");
                    return 2;
            }
        }

        if (source is not null)
        {
            return await SourceBenchmark.RunAsync(source, findings, iterations, warmup, generators);
        }

        var total = Stopwatch.StartNew();
        var analyzers = DiscoverAnalyzers();
        Console.WriteLine($"AiRegAnalyzers benchmark: {analyzers.Length} analyzer(s) from {typeof(Descriptors).Assembly.GetName().Name}, " +
            $"{Environment.ProcessorCount} core(s), {iterations} iteration(s) after {warmup} warm-up, .NET {Environment.Version}");
        Console.WriteLine($"References: {BenchmarkReferences.All.Length} assemblies");
        if (analyzers.IsEmpty)
        {
            Console.WriteLine("No analyzers found: only the binding time is measured; the targets are not applicable.");
        }

        // What a fresh compilation costs for one module of the corpus: mostly loading the symbols of the
        // referenced assemblies that the code touches (ASP.NET Core, EF Core, ...), which every fresh
        // compilation pays once whatever its size. Part of every binding figure below.
        var module = CorpusGenerator.Generate(1).Select(f => CSharpSyntaxTree.ParseText(f.Text, new CSharpParseOptions(LanguageVersion.Latest), f.Path)).ToImmutableArray();
        var fixedCost = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            Collect();
            var cpu = Cpu();
            _ = CreateCompilation(module, concurrentBuild: false).GetDiagnostics();
            fixedCost.Add(Cpu() - cpu);
        }

        Console.WriteLine($"Binding a fresh compilation of one corpus module ({module.Sum(t => t.GetText().Lines.Count):N0} lines): {Median(fixedCost):N0} ms CPU (mostly symbols of the referenced assemblies, paid once per compilation)");

        var results = new List<SizeResult>();
        foreach (var size in sizes)
        {
            // The warm-up (JIT, metadata of the references) is only needed before the first size.
            results.Add(await MeasureSizeAsync(size, analyzers, iterations, results.Count == 0 ? warmup : 0));
        }

        PrintSummary(results, analyzers);
        Console.WriteLine();
        Console.WriteLine($"Total benchmark time: {total.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    /// <summary>Every concrete <see cref="DiagnosticAnalyzer"/> in the analyzer assembly that declares C#.</summary>
    internal static ImmutableArray<DiagnosticAnalyzer> DiscoverAnalyzers()
    {
        Type[] types;
        try
        {
            types = typeof(Descriptors).Assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = e.Types.Where(t => t is not null).ToArray()!;
        }

        return types
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Where(t => t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
    }

    private static CSharpCompilation CreateCompilation(ImmutableArray<SyntaxTree> trees, bool concurrentBuild) =>
        CSharpCompilation.Create(
            "Corpus",
            trees,
            BenchmarkReferences.All,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                concurrentBuild: concurrentBuild));

    private static async Task<SizeResult> MeasureSizeAsync(int targetLines, ImmutableArray<DiagnosticAnalyzer> analyzers, int iterations, int warmup)
    {
        Console.WriteLine();
        var files = CorpusGenerator.Generate(targetLines);
        var lines = files.Sum(f => CorpusGenerator.CountLines(f.Text));
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var parse = Stopwatch.StartNew();
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parseOptions, f.Path)).ToImmutableArray();
        parse.Stop();
        Console.WriteLine($"== corpus ~{targetLines:N0} lines: {files.Count:N0} files, {lines:N0} lines, parsed in {parse.ElapsedMilliseconds:N0} ms");

        // Binding: a fresh compilation each time so nothing is cached; single-threaded so that it is
        // comparable with the analyzers' per-callback times, which add up CPU time over all threads.
        var result = new SizeResult(targetLines, lines, files.Count);
        for (var i = 0; i < warmup + iterations; i++)
        {
            var measured = i >= warmup;
            Collect();
            var cpu = Cpu();
            var sw = Stopwatch.StartNew();
            var compilerDiagnostics = CreateCompilation(trees, concurrentBuild: false).GetDiagnostics();
            sw.Stop();
            if (measured)
            {
                result.BindingMs.Add(sw.Elapsed.TotalMilliseconds);
                result.BindingCpuMs.Add(Cpu() - cpu);
            }

            if (i == 0)
            {
                // The corpus must compile: analyzers behave differently on broken code.
                var errors = compilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                Console.WriteLine($"   compiler: {errors.Count} error(s), {compilerDiagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning)} warning(s)");
                foreach (var error in errors.Take(10))
                {
                    Console.WriteLine("     " + error);
                }
            }

            if (analyzers.IsEmpty)
            {
                continue;
            }

            var run = await RunAnalyzersAsync(CreateCompilation(trees, concurrentBuild: false), analyzers);
            if (measured)
            {
                result.Runs.Add(run);
            }
        }

        {
            // The driver itself (and the binding it triggers) with an analyzer that does nothing: the
            // package's own allocations are the difference.
            var baseline = await RunAnalyzersAsync(CreateCompilation(trees, concurrentBuild: false), [new NoOpAnalyzer()]);
            result.BaselineAllocated = baseline.Allocated;
            result.BaselineWallMs = baseline.WallMs;
            result.BaselineCpuMs = baseline.CpuMs;
        }

        Console.WriteLine($"   binding (median of {iterations}): {Median(result.BindingMs):N0} ms wall, {Median(result.BindingCpuMs):N0} ms CPU");
        if (result.Runs.Count == 0)
        {
            Console.WriteLine($"   analyzer driver with a no-op analyzer: {result.BaselineWallMs:N0} ms, {result.BaselineAllocated / 1048576.0:N0} MB allocated");
        }
        else
        {
            Console.WriteLine($"   analyzers: sum of callback times {Median(result.Runs.Select(r => r.TotalMs)):N0} ms, " +
                $"driver wall time {Median(result.Runs.Select(r => r.WallMs)):N0} ms (no-op analyzer: {result.BaselineWallMs:N0} ms), " +
                $"driver CPU {Median(result.Runs.Select(r => r.CpuMs)):N0} ms (no-op analyzer: {result.BaselineCpuMs:N0} ms), " +
                $"{result.Runs[^1].DiagnosticCount:N0} diagnostics");
        }

        return result;
    }

    private static async Task<AnalyzerRun> RunAnalyzersAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var exceptions = 0;
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (_, _, _) => Interlocked.Increment(ref exceptions),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Cpu();
        var sw = Stopwatch.StartNew();
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        sw.Stop();
        var cpuMs = Cpu() - cpu;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        var perAnalyzer = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var analyzer in analyzers)
        {
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
            perAnalyzer[analyzer.GetType().Name] = telemetry.ExecutionTime.TotalMilliseconds;
        }

        var ad0001 = diagnostics.Count(d => d.Id == "AD0001");
        if (exceptions > 0 || ad0001 > 0)
        {
            Console.WriteLine($"   WARNING: {exceptions} analyzer exception(s), {ad0001} AD0001 diagnostic(s)");
        }

        var byId = diagnostics.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new AnalyzerRun(sw.Elapsed.TotalMilliseconds, cpuMs, allocated, perAnalyzer, diagnostics.Length, byId);
    }

    private static void PrintSummary(List<SizeResult> results, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        Console.WriteLine();
        Console.WriteLine("== summary (medians; ratios are to the compiler's binding time on the same corpus)");
        Console.WriteLine($"{"lines",10} {"binding ms",11} {"package ms",11} {"pkg/bind",9} {"alloc MB",9} {"net MB",8} {"cpu x",7}  package <= {PackageTarget:F2} x binding");
        foreach (var r in results)
        {
            var binding = Median(r.BindingMs);
            if (r.Runs.Count == 0)
            {
                Console.WriteLine($"{r.Lines,10:N0} {binding,11:N0} {"-",11} {"-",9} {"-",9} {"-",8} {"-",7}  n/a (no analyzers)");
                continue;
            }

            var package = Median(r.Runs.Select(x => x.TotalMs));
            var allocated = Median(r.Runs.Select(x => (double)x.Allocated));
            var net = allocated - r.BaselineAllocated;
            // Cross-check that does not depend on wall time: extra process CPU of the full run over the
            // no-op run, against the CPU time of binding.
            var cpuRatio = (Median(r.Runs.Select(x => x.CpuMs)) - r.BaselineCpuMs) / Median(r.BindingCpuMs);
            Console.WriteLine($"{r.Lines,10:N0} {binding,11:N0} {package,11:N1} {package / binding,9:F4} {allocated / 1048576.0,9:N0} {net / 1048576.0,8:N0} {cpuRatio,7:F3}  {Verdict(package / binding <= PackageTarget)}");
        }

        if (analyzers.IsEmpty)
        {
            Console.WriteLine("Per-rule and growth targets: n/a (no analyzers)");
            return;
        }

        Console.WriteLine();
        Console.WriteLine($"Per analyzer (largest corpus first; target: each < {RuleTarget:F2} x binding)");
        var largest = results.OrderByDescending(r => r.Lines).First();
        var largestBinding = Median(largest.BindingMs);
        var rows = analyzers
            .Select(a => a.GetType().Name)
            .Select(name => (Name: name, Ms: Median(largest.Runs.Select(x => x.PerAnalyzerMs[name]))))
            .OrderByDescending(x => x.Ms)
            .ToList();
        var idsByName = analyzers.ToDictionary(a => a.GetType().Name, a => string.Join(",", a.SupportedDiagnostics.Select(d => d.Id).Distinct()));
        Console.WriteLine($"{"analyzer",-48} {"ids",-10} {"ms",9} {"x binding",10} {"diags",7}  {string.Join(" ", results.Select(r => $"{r.Lines / 1000}k:x bind"))}");
        foreach (var (name, ms) in rows)
        {
            var diags = idsByName[name].Split(',').Sum(id => largest.Runs[^1].ById.TryGetValue(id, out var n) ? n : 0);
            var perSize = string.Join(" ", results.Select(r => (Median(r.Runs.Select(x => x.PerAnalyzerMs[name])) / Median(r.BindingMs)).ToString("F4", Inv).PadLeft(10)));
            Console.WriteLine($"{name,-48} {idsByName[name],-10} {ms,9:N1} {ms / largestBinding,10:F4} {diags,7:N0}  {perSize}  {Verdict(results.All(r => Median(r.Runs.Select(x => x.PerAnalyzerMs[name])) / Median(r.BindingMs) < RuleTarget))}");
        }

        if (results.Count >= 2)
        {
            var small = results.OrderBy(r => r.Lines).First();
            var large = results.OrderByDescending(r => r.Lines).First();
            var lineFactor = (double)large.Lines / small.Lines;
            var growth = Median(large.Runs.Select(x => x.TotalMs)) / Median(small.Runs.Select(x => x.TotalMs));
            var bindingGrowth = Median(large.BindingMs) / Median(small.BindingMs);
            Console.WriteLine();
            Console.WriteLine($"Growth {large.Lines / 1000}k/{small.Lines / 1000}k lines (x{lineFactor:F2} lines): package x{growth:F2}, binding x{bindingGrowth:F2}; target package <= x{GrowthTarget:F1}: {Verdict(growth <= GrowthTarget)}");
        }

        Console.WriteLine();
        Console.WriteLine("Slowest three: " + string.Join(", ", rows.Take(3).Select(r => $"{r.Name} {r.Ms / largestBinding:F4}")));
    }

    /// <summary>CPU time of the whole process in ms: unlike wall time, not inflated when other processes compete for the cores.</summary>
    internal static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;

    private static string Verdict(bool pass) => pass ? "PASS" : "FAIL";

    internal static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private sealed record AnalyzerRun(double WallMs, double CpuMs, long Allocated, Dictionary<string, double> PerAnalyzerMs, int DiagnosticCount, Dictionary<string, int> ById)
    {
        public double TotalMs => PerAnalyzerMs.Values.Sum();
    }

    private sealed class SizeResult(int target, int lines, int files)
    {
        public int Target { get; } = target;

        public int Lines { get; } = lines;

        public int Files { get; } = files;

        public List<double> BindingMs { get; } = new();

        public List<double> BindingCpuMs { get; } = new();

        public double BaselineCpuMs { get; set; }

        public List<AnalyzerRun> Runs { get; } = new();

        public long BaselineAllocated { get; set; }

        public double BaselineWallMs { get; set; }
    }

    internal static DiagnosticAnalyzer CreateNoOpAnalyzer() => new NoOpAnalyzer();

    /// <summary>Registers one cheap operation action so the driver does its full walk; reports nothing.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class NoOpAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("BENCH000", "No-op", "No-op", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(static _ => { }, OperationKind.Invocation);
        }
    }
}
