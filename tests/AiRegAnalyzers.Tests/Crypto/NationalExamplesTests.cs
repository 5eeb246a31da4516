using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using AiRegAnalyzers.Tests.Meta;
using AiRegAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace AiRegAnalyzers.Tests.Crypto;

/// <summary>
/// The complete BouncyCastle examples of the national-profile docs (every <c>csharp</c> block that
/// starts with a using directive) compile against BouncyCastle.Cryptography 2.7.0 and are clean
/// under every rule of the package with <c>aireg.crypto_profile = gm</c>: what the docs recommend
/// is what the analyzers accept.
/// </summary>
public class NationalExamplesTests
{
    private static readonly string[] Pages = ["docs/configuration.md", "docs/rules/AIREG308.md", "docs/rules/AIREG309.md"];

    public static IEnumerable<object[]> Examples() =>
        from page in Pages
        let text = File.ReadAllText(RuleCatalog.RepoFile(page.Split('/')))
        from Match block in Regex.Matches(text, "```csharp\n(using [\\s\\S]*?)```")
        select new object[] { page + " @" + block.Index, block.Groups[1].Value };

    [Fact]
    public void There_are_examples_for_SM4_GCM_SM2_HMAC_SM3_and_PBKDF2()
    {
        var all = string.Concat(Examples().Select(e => (string)e[1]));
        Assert.Contains("new GcmBlockCipher(new SM4Engine())", all);
        Assert.Contains("SM2Engine.Mode.C1C3C2", all);
        Assert.Contains("\"HMAC-SM3\"", all);
        Assert.Contains("new Pkcs5S2ParametersGenerator(new SM3Digest())", all);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_compiles_and_is_clean_under_gm(string where, string code)
    {
        var compilation = CSharpCompilation.Create(
            "Example",
            [CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest), path: "/0/Example.cs")],
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, where + " does not compile:\n" + string.Join("\n", errors));

        var analyzers = RuleCatalog.AnalyzerTypes.Select(RuleCatalog.CreateAnalyzer).ToImmutableArray();
        var options = new AnalyzerOptions([], new GmOptions());
        var findings = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        Assert.True(findings.IsEmpty, where + " is flagged:\n" + string.Join("\n", findings));
    }

    private sealed class GmOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Options = new Values();

        public override AnalyzerConfigOptions GlobalOptions => Options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options;

        private sealed class Values : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = "gm";
                return key == "aireg.crypto_profile";
            }
        }
    }
}
