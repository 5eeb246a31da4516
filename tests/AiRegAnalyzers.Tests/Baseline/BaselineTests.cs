using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiRegAnalyzers.Baseline;
using AiRegAnalyzers.Crypto;
using AiRegAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace AiRegAnalyzers.Tests.Baseline;

/// <summary>The baseline key, the file reader, the suppressor and the AIREG900 warning, on real compilations.</summary>
public class BaselineTests
{
    private const string Root = "/repo";
    private const string FilePath = "/repo/src/Hashing.cs";

    private const string Source = """
        using System.Security.Cryptography;

        namespace App;

        public static class Hashing
        {
            public static byte[] Legacy(byte[] data) => MD5.HashData(data);

            public static byte[] Other(byte[] data) => SHA1.HashData(data);
        }
        """;

    [Fact]
    public void Key_ignores_edits_elsewhere_and_moved_lines_but_not_a_changed_line()
    {
        var original = Key(Source, "MD5.HashData");
        var linesAbove = Key("// header\n\n" + Source.Replace("namespace App;", "namespace App;\n\n// more", System.StringComparison.Ordinal), "MD5.HashData");
        var reindented = Key(Source.Replace("    public static byte[] Legacy", "        public  static byte[] Legacy", System.StringComparison.Ordinal), "MD5.HashData");
        var changed = Key(Source.Replace("MD5.HashData(data)", "MD5.HashData(data ?? [])", System.StringComparison.Ordinal), "MD5.HashData");
        var otherMember = Key(Source.Replace("Legacy(", "Renamed(", System.StringComparison.Ordinal), "MD5.HashData");

        Assert.Equal(("AIREG301", "src/Hashing.cs", "App.Hashing.Legacy(byte[])"), (original.Rule, original.Path, original.Member));
        Assert.Equal(original, linesAbove);
        Assert.Equal(original, reindented);
        Assert.NotEqual(original, changed);
        Assert.NotEqual(original, otherMember);
    }

    [Fact]
    public async Task Suppresses_exactly_the_listed_findings_with_the_baseline_justification()
    {
        var legacy = Key(Source, "MD5.HashData");
        var baseline = BaselineJson((legacy.Rule, legacy.Path, legacy.Member, legacy.LineHash));

        var diagnostics = await Analyze(Source, baseline);

        var md5 = Assert.Single(diagnostics, d => d.Id == "AIREG301" && d.GetMessage().Contains("MD5"));
        Assert.True(md5.IsSuppressed);
        var sha1 = Assert.Single(diagnostics, d => d.Id == "AIREG301" && d.GetMessage().Contains("SHA1"));
        Assert.False(sha1.IsSuppressed);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AIREG900");
    }

    [Fact]
    public async Task A_copy_of_a_baselined_line_beyond_the_count_is_reported()
    {
        var source = Source.Replace(
            "    public static byte[] Other",
            "    public static byte[] Legacy(byte[] data, int copy) => MD5.HashData(data);\n\n    public static byte[] Other",
            System.StringComparison.Ordinal);
        var legacy = Key(Source, "MD5.HashData");
        var diagnostics = await Analyze(source, BaselineJson((legacy.Rule, legacy.Path, legacy.Member, legacy.LineHash)));

        // The overload is another member; the listed one stays suppressed.
        Assert.Equal(new[] { true, false }, diagnostics.Where(d => d.GetMessage().Contains("MD5")).OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.IsSuppressed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{ not json")]
    [InlineData("{\"entries\": {}}")]
    [InlineData("{\"entries\": [ {\"rule\": \"AIREG301\"} ]}")]
    [InlineData("[1, 2, 3]")]
    public async Task A_malformed_baseline_warns_once_and_suppresses_nothing(string content)
    {
        var diagnostics = await Analyze(Source, content);

        var warning = Assert.Single(diagnostics, d => d.Id == "AIREG900");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("aireg.baseline.json", warning.GetMessage(), System.StringComparison.Ordinal);
        Assert.All(diagnostics.Where(d => d.Id == "AIREG301"), d => Assert.False(d.IsSuppressed));
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    [Fact]
    public void Reader_accepts_unknown_members_escapes_and_counts()
    {
        var file = BaselineFile.Read("/repo/aireg.baseline.json", SourceText.From("""
            { "version": 1, "note": "x\u00e9\n", "entries": [
              { "rule": "AIREG301", "path": "a\/b.cs", "member": "M()", "lineHash": "00ff", "count": 2, "line": 3, "message": "m" },
              { "rule": "AIREG301", "path": "a/b.cs", "member": "M()", "lineHash": "00ff", "extra": [true, false, null, -1.5e3] } ] }
            """));

        Assert.Null(file.Error);
        Assert.Equal(3, file.Counts[new BaselineKey("AIREG301", "a/b.cs", "M()", "00ff")]);
    }

    private static BaselineKey Key(string source, string at)
    {
        var tree = CSharpSyntaxTree.ParseText(source, path: FilePath);
        var text = tree.GetText();
        return BaselineKey.Create("AIREG301", tree, text, source.IndexOf(at, System.StringComparison.Ordinal), Root, CancellationToken.None);
    }

    private static string BaselineJson(params (string Rule, string Path, string Member, string Hash)[] entries) =>
        "{ \"version\": 1, \"entries\": [" + string.Join(",", entries.Select(e =>
            $"{{ \"rule\": \"{e.Rule}\", \"path\": \"{e.Path}\", \"member\": \"{e.Member}\", \"lineHash\": \"{e.Hash}\" }}")) + "] }";

    private static async Task<ImmutableArray<Diagnostic>> Analyze(string source, string baseline)
    {
        var tree = CSharpSyntaxTree.ParseText(source, path: FilePath);
        var compilation = CSharpCompilation.Create("App", [tree], TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new AnalyzerOptions([new InMemoryText("/repo/aireg.baseline.json", baseline)]);
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new WeakHashAlgorithmAnalyzer(), new BaselineSuppressor(), new BaselineFileAnalyzer());
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true));
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    }

    private sealed class InMemoryText(string path, string content) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(content);
    }
}
