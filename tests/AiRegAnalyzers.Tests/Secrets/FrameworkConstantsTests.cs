using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using AiRegAnalyzers.Secrets;
using AiRegAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace AiRegAnalyzers.Tests.Secrets;

/// <summary>
/// Every <c>const string</c> of the .NET reference assemblies and of the watched packages is a real
/// constant that is not a secret: names of headers, claims, endpoints, configuration keys, token
/// purposes, grant types, error codes. Read through metadata at test time, each one is bound again
/// to a field of its own name (so the name heuristics see <c>TokenEndpoint</c>,
/// <c>ApiKeyHeaderName</c>, <c>ClientSecret</c>) and AIREG501/AIREG502 must stay silent on all of them.
/// </summary>
public class FrameworkConstantsTests
{
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public FrameworkConstantsTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

    private const int FieldsPerClass = 2000;
    private const int Trees = 4;

    [Fact]
    public void Thousands_of_constants_are_read_from_metadata()
    {
        var constants = FrameworkMetadata.Constants;
        Assert.True(constants.Length > 4_000, $"only {constants.Length} constants read");
        Assert.Contains(constants, c => c.Assembly == "System.Runtime");
        Assert.Contains(constants, c => c.Assembly.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.Contains(constants, c => c.Assembly.StartsWith("Microsoft.IdentityModel", StringComparison.Ordinal));
        Assert.Contains(constants, c => c.Assembly == "OpenAI");
    }

    [Fact]
    public async Task No_framework_or_package_constant_is_reported_as_a_secret()
    {
        var constants = FrameworkMetadata.Constants;
        var (trees, origin) = Generate(constants);
        var compilation = CSharpCompilation.Create(
            "FrameworkConstants",
            trees,
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new HardCodedCredentialAnalyzer(), new HardCodedApiKeyAnalyzer());
        var diagnostics = await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();
        _output.WriteLine($"{constants.Length} constants from {constants.Select(c => c.Assembly).Distinct().Count()} assemblies, {trees.Count} files");

        var findings = diagnostics
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                var constant = origin[(span.Path, span.StartLinePosition.Line)];
                return $"{d.Id} {constant.Assembly}: {constant.Type}.{constant.Name} = \"{constant.Value}\"";
            })
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        Assert.True(findings.Count == 0, $"{findings.Count} of {constants.Length} constants reported:\n" + string.Join("\n", findings.Take(300)));
    }

    private static (List<SyntaxTree> Trees, Dictionary<(string, int), FrameworkConstant> Origin) Generate(ImmutableArray<FrameworkConstant> constants)
    {
        // A name that occurs k times goes to the k-th class group, so names stay unique within a class.
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new List<List<FrameworkConstant>>();
        foreach (var constant in constants)
        {
            occurrences.TryGetValue(constant.Name, out var k);
            occurrences[constant.Name] = k + 1;
            while (groups.Count <= k)
            {
                groups.Add([]);
            }

            groups[k].Add(constant);
        }

        var builders = Enumerable.Range(0, Trees).Select(_ => new StringBuilder()).ToArray();
        var lines = new int[Trees];
        var origin = new Dictionary<(string, int), FrameworkConstant>();
        var classIndex = 0;
        foreach (var group in groups)
        {
            for (var start = 0; start < group.Count; start += FieldsPerClass)
            {
                var tree = classIndex % Trees;
                var builder = builders[tree];
                builder.Append("public static class Constants").Append(classIndex++).Append("\n{\n");
                lines[tree] += 2;
                foreach (var constant in group.Skip(start).Take(FieldsPerClass))
                {
                    builder.Append("    public const string ").Append(Identifier(constant.Name)).Append(" = ")
                        .Append(SymbolDisplay.FormatLiteral(constant.Value, quote: true)).Append(";\n");
                    origin[(Path(tree), lines[tree]++)] = constant;
                }

                builder.Append("}\n");
                lines[tree]++;
            }
        }

        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = builders.Select((b, i) => CSharpSyntaxTree.ParseText(b.ToString(), parse, Path(i), Encoding.UTF8)).ToList();
        return (trees, origin);
    }

    private static string Path(int tree) => $"Constants{tree}.cs";

    private static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

}
