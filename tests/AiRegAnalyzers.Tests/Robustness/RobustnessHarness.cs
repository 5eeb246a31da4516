using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using AiRegAnalyzers.Options;
using AiRegAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiRegAnalyzers.Tests.Robustness;

/// <summary>
/// Shared machinery of the robustness tests: every analyzer and code fix found by reflection (so a
/// new rule is covered the moment it lands), the C# sources embedded in the suite's own tests, and a
/// runner that records every analyzer exception.
/// </summary>
internal static class RobustnessHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>One instance of every analyzer, shared by all runs (as the IDE shares them).</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = DiscoverAnalyzers();

    /// <summary>One instance of every code fix provider.</summary>
    public static ImmutableArray<CodeFixProvider> CodeFixProviders { get; } = DiscoverCodeFixProviders();

    private static readonly Lazy<ImmutableArray<SuiteSource>> SuiteSourcesLazy = new(LoadSuiteSources);

    /// <summary>The C# sources written as string literals in the suite's test files (markup removed).</summary>
    public static ImmutableArray<SuiteSource> SuiteSources => SuiteSourcesLazy.Value;

    public static CSharpCompilationOptions CompilationOptions(OutputKind kind = OutputKind.DynamicallyLinkedLibrary, bool allowUnsafe = false) =>
        new(kind, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: allowUnsafe);

    public static CSharpCompilation CreateCompilation(IEnumerable<SyntaxTree> trees, bool allowUnsafe = false)
    {
        var list = trees.ToList();
        var kind = list.Any(t => t.GetRoot().DescendantNodes(n => n is CompilationUnitSyntax).OfType<GlobalStatementSyntax>().Any())
            ? OutputKind.ConsoleApplication
            : OutputKind.DynamicallyLinkedLibrary;
        return CSharpCompilation.Create("Robustness", list, TestReferences.All, CompilationOptions(kind, allowUnsafe));
    }

    public static SyntaxTree Parse(string text, string path) => CSharpSyntaxTree.ParseText(text, ParseOptions, path);

    /// <summary>
    /// Runs every analyzer (concurrent execution on) and returns one line per analyzer exception or
    /// AD0001 diagnostic, plus the diagnostics reported.
    /// </summary>
    public static async Task<(List<string> Failures, ImmutableArray<Diagnostic> Diagnostics)> RunAnalyzersAsync(
        Compilation compilation, AnalyzerConfigOptionsProvider? options = null, CancellationToken cancellationToken = default,
        ImmutableArray<DiagnosticAnalyzer> analyzers = default)
    {
        var failures = new ConcurrentQueue<string>();
        analyzers = analyzers.IsDefault ? Analyzers : analyzers;
        if (analyzers.IsEmpty)
        {
            return ([], ImmutableArray<Diagnostic>.Empty);
        }

        var analyzerOptions = options is null
            ? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty)
            : new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, options);
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(
                analyzerOptions,
                onAnalyzerException: (exception, analyzer, _) => failures.Enqueue($"{analyzer.GetType().Name} threw {Describe(exception)}"),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Id == "AD0001")
            {
                failures.Enqueue("AD0001: " + diagnostic.GetMessage());
            }
        }

        return (failures.Distinct().ToList(), diagnostics);
    }

    private static string Describe(Exception exception)
    {
        var frame = exception.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("AiRegAnalyzers", StringComparison.Ordinal))?.Trim();
        return $"{exception.GetType().Name}: {exception.Message} {frame}";
    }

    private static ImmutableArray<DiagnosticAnalyzer> DiscoverAnalyzers() =>
        ConcreteTypes(typeof(Descriptors).Assembly)
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Where(t => t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    private static ImmutableArray<CodeFixProvider> DiscoverCodeFixProviders() =>
        ConcreteTypes(Assembly.Load(new AssemblyName("AiRegAnalyzers.CodeFixes")))
            .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t))
            .Where(t => t.GetCustomAttributes<ExportCodeFixProviderAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    private static IEnumerable<Type> ConcreteOrStaticTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes().Where(t => !t.ContainsGenericParameters);
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.Where(t => t is not null && !t.ContainsGenericParameters)!;
        }
    }

    private static IEnumerable<Type> ConcreteTypes(Assembly assembly)
    {
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = e.Types.Where(t => t is not null).ToArray()!;
        }

        return types
            .Where(t => t.IsClass && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
    }

    /// <summary>Every <c>aireg.*</c> key the analyzers declare (static option fields), general and per rule.</summary>
    public static ImmutableArray<string> OptionKeys { get; } = DiscoverOptionKeys();

    private static ImmutableArray<string> DiscoverOptionKeys()
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in ConcreteOrStaticTypes(typeof(Descriptors).Assembly))
        {
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (!typeof(AiRegOption).IsAssignableFrom(field.FieldType))
                {
                    continue;
                }

                try
                {
                    if (field.GetValue(null) is AiRegOption option)
                    {
                        names.Add(option.Name);
                    }
                }
                catch (Exception e) when (e is TargetInvocationException or TypeInitializationException)
                {
                    // A type initializer that throws is reported by the analyzer runs themselves.
                }
            }
        }

        var ids = Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().ToList();
        var keys = new List<string>();
        foreach (var name in names)
        {
            keys.Add("aireg." + name);
            keys.AddRange(ids.Select(id => "aireg." + id + "." + name));
        }

        return [.. keys];
    }

    /// <summary>
    /// An options provider that gives every declared option key a malformed or extreme value (empty,
    /// separators only, negative, overflowing, non-numeric, odd characters), chosen by <paramref name="seed"/>.
    /// </summary>
    public static AnalyzerConfigOptionsProvider HostileOptions(int seed)
    {
        string[] values =
        [
            "", " ", ",", ",,;#", "-1", "0", "2147483648", "99999999999999999999", "abc", "true,false", "TRUE", "nope",
            "a,,b, ,c", "*", "System.String.Format", "..", "\t", "数据,个人信息", new string('x', 5000),
        ];
        var random = new Random(seed);
        var map = new Dictionary<string, string>(AnalyzerConfigOptions.KeyComparer);
        foreach (var key in OptionKeys)
        {
            map[key] = values[random.Next(values.Length)];
        }

        return new DictionaryOptionsProvider(map);
    }

    private sealed class DictionaryOptionsProvider(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly DictionaryOptions _options = new(values);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;
    }

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value)
        {
            if (values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }

            value = null!;
            return false;
        }

        public override IEnumerable<string> Keys => values.Keys;
    }

    // ---------- the suite's own test sources ----------

    /// <summary>A test source; <paramref name="MarkupIds"/> are the diagnostic IDs its markup expected.</summary>
    public sealed record SuiteSource(string Name, string Text, ImmutableHashSet<string> MarkupIds);

    private static readonly Regex MarkupId = new(@"\{\|([A-Za-z]+[0-9]+):", RegexOptions.Compiled);

    private static readonly Regex MarkupOpen = new(@"\{\|[^:|{}\s]+:", RegexOptions.Compiled);

    /// <summary>Removes Microsoft.CodeAnalysis.Testing markup: <c>{|ID:…|}</c>, <c>[|…|]</c>, <c>$$</c> is left alone.</summary>
    public static string StripMarkup(string text) =>
        MarkupOpen.Replace(text, string.Empty).Replace("|}", string.Empty, StringComparison.Ordinal)
            .Replace("[|", string.Empty, StringComparison.Ordinal).Replace("|]", string.Empty, StringComparison.Ordinal);

    public static string? FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AiRegAnalyzers.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static ImmutableArray<SuiteSource> LoadSuiteSources()
    {
        var root = FindRepositoryRoot();
        var testsDir = root is null ? null : Path.Combine(root, "tests", "AiRegAnalyzers.Tests");
        if (testsDir is null || !Directory.Exists(testsDir))
        {
            return ImmutableArray<SuiteSource>.Empty;
        }

        var sep = Path.DirectorySeparatorChar;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<SuiteSource>();
        var files = Directory.EnumerateFiles(testsDir, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{sep}bin{sep}", StringComparison.Ordinal) && !f.Contains($"{sep}obj{sep}", StringComparison.Ordinal)
                && !f.Contains($"{sep}Robustness{sep}", StringComparison.Ordinal) && !f.Contains($"{sep}Verifiers{sep}", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file), ParseOptions);
            var index = 0;
            foreach (var token in tree.GetRoot().DescendantTokens())
            {
                if (!token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) && !token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken)
                    && !token.IsKind(SyntaxKind.StringLiteralToken))
                {
                    continue;
                }

                var text = token.ValueText;
                if (text.Length < 20 || !LooksLikeCSharp(text))
                {
                    continue;
                }

                var ids = MarkupId.Matches(text).Select(m => m.Groups[1].Value).ToImmutableHashSet(StringComparer.Ordinal);
                text = StripMarkup(text);
                if (seen.Add(text))
                {
                    result.Add(new SuiteSource($"{Path.GetFileNameWithoutExtension(file)}#{index++}", text, ids));
                }
            }
        }

        return result.ToImmutable();
    }

    private static bool LooksLikeCSharp(string text) =>
        (text.Contains(';') || text.Contains('}')) &&
        (text.Contains("class ", StringComparison.Ordinal) || text.Contains("using ", StringComparison.Ordinal)
            || text.Contains("record ", StringComparison.Ordinal) || text.Contains("struct ", StringComparison.Ordinal)
            || text.Contains("var ", StringComparison.Ordinal));

    // ---------- mutations ----------

    /// <summary>The text cut at <paramref name="count"/> points (fixed seed): half-typed code.</summary>
    public static IEnumerable<string> Truncations(string text, int count, Random random)
    {
        if (text.Length < 2)
        {
            yield break;
        }

        for (var i = 0; i < count; i++)
        {
            // Half the cuts evenly spread, half random.
            var at = i % 2 == 0 ? (int)((long)text.Length * (i + 1) / (count + 1)) : random.Next(1, text.Length);
            yield return text.Substring(0, at);
        }
    }

    /// <summary>The text with <paramref name="deletions"/> random tokens removed (fixed seed).</summary>
    public static string DeleteTokens(string text, int deletions, Random random)
    {
        var tokens = CSharpSyntaxTree.ParseText(text, ParseOptions).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToList();
        if (tokens.Count == 0)
        {
            return text;
        }

        var spans = new SortedSet<int>();
        for (var i = 0; i < deletions; i++)
        {
            spans.Add(random.Next(tokens.Count));
        }

        var changes = spans.Select(i => new TextChange(tokens[i].Span, string.Empty));
        return SourceText.From(text).WithChanges(changes).ToString();
    }
}
