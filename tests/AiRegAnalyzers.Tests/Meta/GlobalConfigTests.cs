using System.IO;
using System.Linq;
using AiRegAnalyzers.ConfigGen;
using Xunit;

namespace AiRegAnalyzers.Tests.Meta;

/// <summary>
/// The analysis-mode global configs in src/AiRegAnalyzers.Package/build/config are generated from the
/// descriptors; they must not drift. To regenerate: <c>dotnet run --project tools/AiRegAnalyzers.ConfigGen</c>.
/// </summary>
public sealed class GlobalConfigTests
{
    public static TheoryData<string> Modes() => new(GlobalConfigGenerator.Modes);

    [Theory]
    [MemberData(nameof(Modes))]
    public void Committed_mode_config_matches_the_descriptors(string mode)
    {
        var path = RuleCatalog.RepoFile("src", "AiRegAnalyzers.Package", "build", "config", GlobalConfigGenerator.FileName(mode));
        Assert.True(File.Exists(path), path + " is missing; run: dotnet run --project tools/AiRegAnalyzers.ConfigGen");
        var expected = GlobalConfigGenerator.Generate(RuleCatalog.Descriptors, mode);
        var actual = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(expected == actual, path + " is out of date; run: dotnet run --project tools/AiRegAnalyzers.ConfigGen\n--- expected ---\n" + expected);
    }

    [Fact]
    public void Generator_sees_the_same_descriptors_as_the_meta_tests() =>
        Assert.Equal(
            RuleCatalog.Descriptors.Select(d => d.Id),
            GlobalConfigGenerator.LoadDescriptors(RuleCatalog.AnalyzerAssembly).Select(d => d.Id));

    [Theory]
    [MemberData(nameof(RuleCatalog.Ids), MemberType = typeof(RuleCatalog))]
    public void Rule_appears_in_every_mode_config(string id)
    {
        var descriptor = RuleCatalog.Descriptor(id);
        foreach (var mode in GlobalConfigGenerator.Modes)
        {
            var text = GlobalConfigGenerator.Generate(RuleCatalog.Descriptors, mode);
            var covered = mode switch
            {
                // None and Strict act through the category keys.
                "None" => text.Contains("dotnet_analyzer_diagnostic.category-" + descriptor.Category + ".severity = none", System.StringComparison.Ordinal),
                "Strict" => text.Contains("dotnet_analyzer_diagnostic.category-" + descriptor.Category + ".severity = error", System.StringComparison.Ordinal),
                "Minimum" => GlobalConfigGenerator.IsHighConfidence(descriptor)
                    ? !text.Contains("dotnet_diagnostic." + id + ".", System.StringComparison.Ordinal) && text.Contains("# " + id + " on", System.StringComparison.Ordinal)
                    : text.Contains("dotnet_diagnostic." + id + ".severity = none", System.StringComparison.Ordinal),
                _ => text.Contains("# " + id + " ", System.StringComparison.Ordinal) && !System.Text.RegularExpressions.Regex.IsMatch(text, "^dotnet_", System.Text.RegularExpressions.RegexOptions.Multiline),
            };
            Assert.True(covered, id + " is not handled by the " + mode + " config:\n" + text);
        }
    }
}
