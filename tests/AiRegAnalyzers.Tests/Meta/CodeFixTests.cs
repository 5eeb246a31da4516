using System.Composition;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using AiRegAnalyzers.CodeFixes;
using AiRegAnalyzers.CodeFixes.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace AiRegAnalyzers.Tests.Meta;

/// <summary>Every code fix provider: exported for C#, shared, with Fix All, fixing only rules that exist.</summary>
public sealed class CodeFixTests
{
    [Theory]
    [MemberData(nameof(RuleCatalog.CodeFixNames), MemberType = typeof(RuleCatalog))]
    public void Code_fix_is_exported_with_Fix_All_for_known_rules(string fixName)
    {
        if (fixName == RuleCatalog.NoneYet)
        {
            return;
        }

        var type = RuleCatalog.TypeNamed(fixName);
        var export = Assert.Single(type.GetCustomAttributes(typeof(ExportCodeFixProviderAttribute), inherit: false).Cast<ExportCodeFixProviderAttribute>());
        Assert.Contains(LanguageNames.CSharp, export.Languages);
        Assert.False(string.IsNullOrEmpty(export.Name), fixName + ": give the export a Name");
        Assert.NotEmpty(type.GetCustomAttributes(typeof(SharedAttribute), inherit: false));

        var fix = (CodeFixProvider)System.Activator.CreateInstance(type)!;
        Assert.NotNull(fix.GetFixAllProvider());
        Assert.NotEmpty(fix.FixableDiagnosticIds);
        var ids = RuleCatalog.Descriptors.Select(d => d.Id).ToHashSet();
        Assert.All(fix.FixableDiagnosticIds, id => Assert.Contains(id, ids));
    }

    /// <summary>
    /// Every fix a provider can offer is registered through the shared base, so its title is the
    /// resource <c>&lt;ID&gt;_&lt;kind&gt;</c>: present in English and in zh-Hans, with the same
    /// placeholders, and no title resource is left without a fix.
    /// </summary>
    [Fact]
    public void Every_fix_title_is_a_resource_in_both_languages()
    {
        var used = new System.Collections.Generic.HashSet<string>();
        foreach (var type in RuleCatalog.CodeFixTypes)
        {
            Assert.True(typeof(AiRegCodeFixProvider).IsAssignableFrom(type), type.Name + ": derive from AiRegCodeFixProvider");
            var provider = (AiRegCodeFixProvider)System.Activator.CreateInstance(type)!;
            Assert.NotEmpty(provider.Kinds);
            foreach (var id in provider.FixableDiagnosticIds)
            {
                foreach (var kind in provider.Kinds)
                {
                    var name = CodeFixResources.TitleName(id, kind);
                    used.Add(name);
                    var english = CodeFixResources.Get(name, CultureInfo.InvariantCulture);
                    var chinese = CodeFixResources.Get(name, CultureInfo.GetCultureInfo("zh-Hans"));
                    Assert.False(string.IsNullOrWhiteSpace(english), name + ": no English title");
                    Assert.False(string.IsNullOrWhiteSpace(chinese), name + ": no zh-Hans title");
                    Assert.NotEqual(english, chinese);
                    Assert.Equal(Placeholders(english!), Placeholders(chinese!));
                    Assert.Matches("[\\u4e00-\\u9fff]", chinese!);
                }
            }
        }

        var declared = System.Xml.Linq.XDocument.Load(System.IO.Path.Combine(RuleCatalog.RepoRoot, "src", "AiRegAnalyzers.CodeFixes", "CodeFixResources.resx"))
            .Root!.Elements("data").Select(e => (string)e.Attribute("name")!);
        Assert.Empty(declared.Where(name => !used.Contains(name)));
    }

    private static string[] Placeholders(string text) =>
        Regex.Matches(text, "\\{\\d+\\}").Select(m => m.Value).Distinct().OrderBy(v => v, System.StringComparer.Ordinal).ToArray();
}
