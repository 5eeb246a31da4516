using System;
using System.IO;
using System.Linq;
using AiRegAnalyzers.ConfigGen;
using Xunit;

namespace AiRegAnalyzers.Tests.Meta;

/// <summary>
/// docs/aireg.editorconfig is generated from the descriptors and docs/configuration.md; it lists
/// every rule and every option read in code. To regenerate: <c>dotnet run --project tools/AiRegAnalyzers.ConfigGen</c>.
/// </summary>
public sealed class EditorConfigReferenceTests
{
    private static readonly string Path_ = RuleCatalog.RepoFile("docs", EditorConfigReference.FileName);

    private static string Generated() => EditorConfigReference.Generate(
        EditorConfigReference.LoadDescriptors(RuleCatalog.AnalyzerAssembly),
        File.ReadAllText(RuleCatalog.RepoFile("docs", "configuration.md")));

    [Fact]
    public void Committed_file_is_up_to_date()
    {
        Assert.True(File.Exists(Path_), Path_ + " is missing; run: dotnet run --project tools/AiRegAnalyzers.ConfigGen");
        var expected = Generated();
        Assert.True(
            expected == File.ReadAllText(Path_).ReplaceLineEndings("\n"),
            Path_ + " is out of date; run: dotnet run --project tools/AiRegAnalyzers.ConfigGen\n--- expected ---\n" + expected);
    }

    [Fact]
    public void Lists_every_rule_and_every_option()
    {
        var text = Generated();
        Assert.All(
            RuleCatalog.Descriptors.Concat(RuleCatalog.ToolingDescriptors),
            d => Assert.Contains("# dotnet_diagnostic." + d.Id + ".severity = ", text, StringComparison.Ordinal));
        Assert.All(
            RuleCatalog.Options.Select(o => o.Option.Key).Distinct(),
            key => Assert.Contains("\n# " + key + ": ", text, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_line_is_a_comment_a_section_or_blank()
    {
        // An active severity line would override AiRegAnalysisMode for whoever copies the file whole.
        var active = Generated().Split('\n').Where(l => l.Length > 0 && l[0] != '#' && l != "[*.cs]");
        Assert.Empty(active);
    }
}
