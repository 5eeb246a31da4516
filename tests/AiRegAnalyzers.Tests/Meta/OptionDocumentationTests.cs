using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace AiRegAnalyzers.Tests.Meta;

/// <summary>
/// Every <c>aireg.*</c> option read in code (a static field of an <see cref="AiRegAnalyzers.Options.AiRegOption"/>
/// type, in the analyzer or code-fix assembly) is documented in docs/configuration.md and on the page of
/// each rule whose analyzer (or code fix) declares it.
/// </summary>
public sealed class OptionDocumentationTests
{
    public static IEnumerable<object[]> OptionFields() =>
        RuleCatalog.Options.Count == 0
            ? [[RuleCatalog.NoneYet]]
            : RuleCatalog.Options.Select(o => new object[] { o.Field.DeclaringType!.FullName + "." + o.Field.Name }).OrderBy(x => (string)x[0]);

    private static (System.Reflection.FieldInfo Field, AiRegAnalyzers.Options.AiRegOption Option) Find(string name) =>
        RuleCatalog.Options.Single(o => o.Field.DeclaringType!.FullName + "." + o.Field.Name == name);

    [Fact]
    public void Option_keys_are_lower_snake_case_and_unique_per_name()
    {
        Assert.All(RuleCatalog.Options, o => Assert.Matches("^[a-z][a-z0-9_]*$", o.Option.Name));
    }

    [Theory]
    [MemberData(nameof(OptionFields))]
    public void Option_is_documented_in_the_configuration_reference(string field)
    {
        if (field == RuleCatalog.NoneYet)
        {
            return;
        }

        var (_, option) = Find(field);
        var reference = File.ReadAllText(RuleCatalog.RepoFile("docs", "configuration.md"));
        Assert.True(
            reference.Contains("`" + option.Key + "`", StringComparison.Ordinal),
            $"{option.Key} (read by {field}) is missing from docs/configuration.md: add a table row `{option.Key}` | type | default | read by | example");
    }

    [Theory]
    [MemberData(nameof(OptionFields))]
    public void Option_is_documented_on_the_page_of_each_rule_that_reads_it(string field)
    {
        if (field == RuleCatalog.NoneYet)
        {
            return;
        }

        var (info, option) = Find(field);
        var declaring = info.DeclaringType!;
        IEnumerable<string> ids =
            typeof(DiagnosticAnalyzer).IsAssignableFrom(declaring) ? RuleCatalog.CreateAnalyzer(declaring).SupportedDiagnostics.Select(d => d.Id)
            : typeof(CodeFixProvider).IsAssignableFrom(declaring) ? ((CodeFixProvider)Activator.CreateInstance(declaring)!).FixableDiagnosticIds
            : []; // shared options (e.g. SharedOptions) are checked in configuration.md only

        foreach (var id in ids.Distinct())
        {
            var page = RuleCatalog.RepoFile("docs", "rules", id + ".md");
            Assert.True(File.Exists(page), "missing rule page docs/rules/" + id + ".md");
            Assert.True(
                File.ReadAllText(page).Contains(option.Key, StringComparison.Ordinal),
                $"docs/rules/{id}.md does not mention {option.Key}, which {declaring.Name} reads");
        }
    }
}
