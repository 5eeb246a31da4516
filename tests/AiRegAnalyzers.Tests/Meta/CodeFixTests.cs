using System.Composition;
using System.Linq;
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
}
