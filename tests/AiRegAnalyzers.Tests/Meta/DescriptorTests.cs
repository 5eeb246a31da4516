using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace AiRegAnalyzers.Tests.Meta;

/// <summary>Every descriptor: identity, category, help link and page, release tracking, strings in both languages.</summary>
public sealed class DescriptorTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");

    [Fact]
    public void Ids_are_unique_and_well_formed()
    {
        var ids = RuleCatalog.Descriptors.Select(d => d.Id).ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.Matches(@"^AIREG\d{3}$", id));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(RuleCatalog.Ids), MemberType = typeof(RuleCatalog))]
    public void Category_follows_the_ID_hundred(string id)
    {
        var descriptor = RuleCatalog.Descriptor(id);
        Assert.Equal(RuleCatalog.CategoryByHundred[id[5]], descriptor.Category);
    }

    /// <summary>Every rule about data protection carries the <c>security</c> tag, so code scanning grades it as a security alert; the configuration rule does not.</summary>
    [Theory]
    [MemberData(nameof(RuleCatalog.Ids), MemberType = typeof(RuleCatalog))]
    public void Security_rules_carry_the_security_tag(string id)
    {
        var descriptor = RuleCatalog.Descriptor(id);
        Assert.Equal(descriptor.Category != DiagnosticCategories.Configuration, descriptor.CustomTags.Contains("security"));
    }

    /// <summary>Category bulk settings and the analysis modes only reach rules that are enabled by default.</summary>
    [Theory]
    [MemberData(nameof(RuleCatalog.Ids), MemberType = typeof(RuleCatalog))]
    public void Is_enabled_by_default_as_a_warning(string id)
    {
        var descriptor = RuleCatalog.Descriptor(id);
        Assert.True(descriptor.IsEnabledByDefault);
        Assert.Equal(DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
    }

    [Theory]
    [MemberData(nameof(RuleCatalog.Ids), MemberType = typeof(RuleCatalog))]
    public void Help_link_points_to_the_rule_page(string id)
    {
        var descriptor = RuleCatalog.Descriptor(id);
        Assert.Equal(AiRegAnalyzers.Descriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);

        var page = RuleCatalog.RepoFile("docs", "rules", id + ".md");
        Assert.True(File.Exists(page), "missing rule page docs/rules/" + id + ".md");
        var firstLine = File.ReadLines(page).FirstOrDefault() ?? string.Empty;
        Assert.StartsWith("# " + id + ":", firstLine, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleCatalog.Ids), MemberType = typeof(RuleCatalog))]
    public void Is_in_release_tracking_with_its_category_and_severity(string id)
    {
        var descriptor = RuleCatalog.Descriptor(id);
        var rows = ReleaseRows().Where(r => r.Id == id).ToList();
        var row = Assert.Single(rows);
        Assert.Equal(descriptor.Category, row.Category);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), row.Severity);
    }

    [Theory]
    [MemberData(nameof(RuleCatalog.Ids), MemberType = typeof(RuleCatalog))]
    public void Title_message_and_description_exist_in_English_and_Chinese(string id)
    {
        var descriptor = RuleCatalog.Descriptor(id);
        foreach (var (what, text) in new[] { ("title", descriptor.Title), ("message", descriptor.MessageFormat), ("description", descriptor.Description) })
        {
            var english = text.ToString(CultureInfo.InvariantCulture);
            var chinese = text.ToString(Chinese);
            Assert.False(string.IsNullOrWhiteSpace(english), id + " " + what + " is empty in English");
            Assert.False(string.IsNullOrWhiteSpace(chinese), id + " " + what + " is empty in zh-Hans");
            Assert.True(chinese.Any(IsCjk), id + " " + what + " has no Chinese text in zh-Hans: " + chinese);
            Assert.False(english.Any(IsCjk), id + " " + what + " has Chinese text in English: " + english);
            Assert.True(
                Placeholders(english).SequenceEqual(Placeholders(chinese)),
                $"{id} {what}: placeholders differ, English [{string.Join(" ", Placeholders(english))}] zh-Hans [{string.Join(" ", Placeholders(chinese))}]");
        }
    }

    [Fact]
    public void Every_English_resource_has_a_Chinese_translation_with_the_same_placeholders()
    {
        var english = ResourceStrings("Resources.resx");
        var chinese = ResourceStrings("Resources.zh-Hans.resx");

        Assert.Empty(english.Keys.Except(chinese.Keys).OrderBy(k => k));
        Assert.Empty(chinese.Keys.Except(english.Keys).OrderBy(k => k));
        Assert.All(english, kv => Assert.True(
            Placeholders(kv.Value).SequenceEqual(Placeholders(chinese[kv.Key])),
            kv.Key + ": placeholders differ between Resources.resx and Resources.zh-Hans.resx"));
    }

    private static System.Collections.Generic.Dictionary<string, string> ResourceStrings(string file) =>
        XDocument.Load(RuleCatalog.RepoFile("src", "AiRegAnalyzers", file)).Root!
            .Elements("data")
            .ToDictionary(e => (string)e.Attribute("name")!, e => (string?)e.Element("value") ?? string.Empty, StringComparer.Ordinal);

    internal static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static string[] Placeholders(string text) =>
        Regex.Matches(text, @"\{(\d+)(?:[,:][^}]*)?\}").Select(m => m.Groups[1].Value).Distinct().OrderBy(x => x, StringComparer.Ordinal).ToArray();

    internal static System.Collections.Generic.IEnumerable<(string Id, string Category, string Severity, string Notes)> ReleaseRows()
    {
        foreach (var file in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
        {
            foreach (var line in File.ReadLines(RuleCatalog.RepoFile("src", "AiRegAnalyzers", file)))
            {
                var m = Regex.Match(line, @"^\s*(AIREG\d{3})\s*\|\s*([^|\s]+)\s*\|\s*([^|\s]+)\s*\|\s*(.*?)\s*$");
                if (m.Success && !m.Groups[4].Value.Contains('|', StringComparison.Ordinal))
                {
                    yield return (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value);
                }
            }
        }
    }
}
