using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace AiRegAnalyzers.Tests.Meta;

/// <summary>
/// The rule tables of the repository README and of the package README (what the NuGet page shows)
/// list every descriptor, in ID order, with its English title, its category and its page.
/// </summary>
public sealed class ReadmeRuleTableTests
{
    private static readonly Regex Row = new(@"^\| \[(?<id>AIREG\d+)\]\((?<link>[^)]+)\) \| (?<title>[^|]+?) \| (?<category>[^|]+?) \|\s*$", RegexOptions.Multiline);

    [Theory]
    [InlineData("README.md", false)]
    [InlineData("src/AiRegAnalyzers.Package/PackageReadme.md", true)]
    public void Rule_table_matches_the_descriptors(string file, bool absoluteLinks)
    {
        var text = File.ReadAllText(RuleCatalog.RepoFile(file.Split('/'))).ReplaceLineEndings("\n");
        var rows = Row.Matches(text).Select(m => (
            Id: m.Groups["id"].Value,
            Link: m.Groups["link"].Value,
            Title: m.Groups["title"].Value,
            Category: m.Groups["category"].Value)).ToList();

        var expected = RuleCatalog.Descriptors.Select(d => (
            d.Id,
            Link: absoluteLinks ? d.HelpLinkUri : "docs/rules/" + d.Id + ".md",
            Title: d.Title.ToString(CultureInfo.InvariantCulture),
            d.Category)).ToList();

        Assert.Equal(expected, rows);
    }
}
