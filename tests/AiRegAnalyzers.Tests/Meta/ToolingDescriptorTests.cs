using System.Globalization;
using System.Linq;
using Xunit;

namespace AiRegAnalyzers.Tests.Meta;

/// <summary>The tooling diagnostics: outside the rule ranges and modes, but tracked, documented and translated like rules.</summary>
public sealed class ToolingDescriptorTests
{
    [Fact]
    public void Are_tracked_documented_and_translated()
    {
        Assert.Equal(new[] { "AIREG900", "AIREG901" }, RuleCatalog.ToolingDescriptors.Select(d => d.Id));
        var page = System.IO.File.ReadAllText(RuleCatalog.RepoFile("docs", "cli.md"));
        foreach (var d in RuleCatalog.ToolingDescriptors)
        {
            Assert.Equal(Descriptors.Tooling.Category, d.Category);
            Assert.Equal(Descriptors.HelpLinkBase + d.Id + ".md", d.HelpLinkUri);
            var rulePage = RuleCatalog.RepoFile("docs", "rules", d.Id + ".md");
            Assert.True(System.IO.File.Exists(rulePage), "missing page docs/rules/" + d.Id + ".md");
            Assert.StartsWith("# " + d.Id + ":", System.IO.File.ReadLines(rulePage).First(), System.StringComparison.Ordinal);
            Assert.Contains("| [" + d.Id + "](rules/" + d.Id + ".md) |", page, System.StringComparison.Ordinal);
            var row = Assert.Single(DescriptorTests.ReleaseRows(), r => r.Id == d.Id);
            Assert.Equal(d.Category, row.Category);
            Assert.Equal(d.IsEnabledByDefault ? d.DefaultSeverity.ToString() : "Disabled", row.Severity);
            foreach (var text in new[] { d.Title, d.MessageFormat, d.Description })
            {
                Assert.DoesNotContain(text.ToString(CultureInfo.InvariantCulture), DescriptorTests.IsCjk);
                Assert.Contains(text.ToString(CultureInfo.GetCultureInfo("zh-Hans")), DescriptorTests.IsCjk);
            }
        }

        // The analysis modes must not reach them: no mode config names their category or IDs.
        foreach (var config in System.IO.Directory.GetFiles(RuleCatalog.RepoFile("src", "AiRegAnalyzers.Package", "build", "config")))
        {
            var content = System.IO.File.ReadAllText(config);
            Assert.DoesNotContain(Descriptors.Tooling.Category, content, System.StringComparison.Ordinal);
            Assert.DoesNotContain("AIREG9", content, System.StringComparison.Ordinal);
        }
    }
}
