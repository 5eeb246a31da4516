using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using AiRegAnalyzers.Inventory;
using AiRegAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace AiRegAnalyzers.Tests.Inventory;

/// <summary>AIREG901: off by default; when enabled, one entry per classified instance member with the model's verdict.</summary>
public class PersonalDataInventoryAnalyzerTests
{
    private const string Source = """
        using Microsoft.AspNetCore.Identity;

        namespace App;

        public class Patient
        {
            public int Id { get; set; }
            public string IdNumber { get; set; } = "";
            public string Email { get; set; } = "";
            [PersonalData] public string Notes { get; set; } = "";
            public string MemberNo { get; set; } = "";
            public bool EmailConfirmed { get; set; }
            public static readonly string[] PhoneFormats = [];
            private string _diagnosis = "";
        }
        """;

    [Fact]
    public async Task Is_off_unless_enabled()
    {
        Assert.Empty(await Analyze(enable: false));
    }

    [Fact]
    public async Task Lists_classified_instance_members_with_category_sensitivity_and_route()
    {
        var entries = (await Analyze(enable: true)).ToDictionary(d => d.Properties["Member"]!, d => d.Properties);

        Assert.Equal(new[] { "Patient.Email", "Patient.IdNumber", "Patient.MemberNo", "Patient.Notes", "Patient._diagnosis" }, entries.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        Assert.Equal(("Identity", "true", "name", "App.Patient"), (entries["Patient.IdNumber"]["Category"], entries["Patient.IdNumber"]["Sensitive"], entries["Patient.IdNumber"]["ClassifiedBy"], entries["Patient.IdNumber"]["Type"]));
        Assert.Equal(("Contact", "false"), (entries["Patient.Email"]["Category"], entries["Patient.Email"]["Sensitive"]));
        Assert.Equal("attribute", entries["Patient.Notes"]["ClassifiedBy"]);
        Assert.Equal("configuration", entries["Patient.MemberNo"]["ClassifiedBy"]);
        Assert.Equal("true", entries["Patient._diagnosis"]["Sensitive"]);
    }

    private static async Task<ImmutableArray<Diagnostic>> Analyze(bool enable)
    {
        var tree = CSharpSyntaxTree.ParseText(Source, path: "/src/Patient.cs");
        var compilation = CSharpCompilation.Create("App", [tree], TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var config = "root = true\n\n[*.cs]\naireg.personal_data_names = member_no\n" + (enable ? "dotnet_diagnostic.AIREG901.severity = suggestion\n" : string.Empty);
        var set = AnalyzerConfigSet.Create(ImmutableArray.Create(AnalyzerConfig.Parse(config, "/.editorconfig")));
        var treeOptions = set.GetOptionsForSourcePath(tree.FilePath);
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(treeOptions.TreeOptions));
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new ConfigProvider(treeOptions.AnalyzerOptions));
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PersonalDataInventoryAnalyzer()), options);
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    }

    private sealed class ConfigProvider(ImmutableDictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(values);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(values);
    }

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
