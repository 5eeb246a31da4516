using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace AiRegAnalyzers.PackageTests;

/// <summary>
/// Console projects consuming the packed package from a folder feed, built with the real SDK under
/// each analysis mode and configuration a user would write (see <see cref="Scenarios"/>).
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerBuildTests
{
    private const string Id = "AIREG301";

    private readonly PackageFixture fixture;

    public ConsumerBuildTests(PackageFixture fixture) => this.fixture = fixture;

    private ConsumerBuild Default => fixture[Scenarios.Default];

    private static void AllSeverities(ConsumerBuild build, string severity) =>
        Assert.All(build.Diagnostics, d => Assert.True(d.Severity == severity, build.Name + ": " + d));

    private static void SameIds(ConsumerBuild expected, ConsumerBuild actual) =>
        Assert.Equal(expected.Ids.OrderBy(i => i), actual.Ids.OrderBy(i => i));

    [Fact]
    public void Default_build_reports_the_rule_as_a_warning_with_file_and_line()
    {
        var build = Default;

        Assert.True(build.Succeeded, build.ToString());
        var diagnostic = Assert.Single(build.Diagnostics, d => d.Id == Id);
        Assert.Equal("warning", diagnostic.Severity);
        Assert.Equal(System.IO.Path.Combine(fixture.ConsumerDir, Scenarios.Default.Name, "Program.cs"), diagnostic.File);
        Assert.Equal(PackageFixture.LineOf("MD5.Create()"), diagnostic.Line);
        Assert.Equal("https://github.com/AiRegAnalyzers/AiRegAnalyzers/blob/main/docs/rules/AIREG301.md", diagnostic.HelpLink);
        AllSeverities(build, "warning");
    }

    [Fact]
    public void EditorConfig_error_fails_the_build()
    {
        var build = fixture[Scenarios.RuleError];

        Assert.False(build.Succeeded, build.ToString());
        Assert.Equal("error", Assert.Single(build.Diagnostics, d => d.Id == Id).Severity);
    }

    [Fact]
    public void EditorConfig_none_silences_the_rule_only()
    {
        var build = fixture[Scenarios.RuleNone];

        Assert.True(build.Succeeded, build.ToString());
        Assert.DoesNotContain(Id, build.Ids);
        Assert.Equal(Default.Ids.Where(i => i != Id).OrderBy(i => i), build.Ids.OrderBy(i => i));
    }

    [Fact]
    public void Recommended_is_the_default()
    {
        var build = fixture[Scenarios.Recommended];

        Assert.True(build.Succeeded, build.ToString());
        Assert.Equal(
            Default.Diagnostics.Select(d => (d.Id, d.Severity, d.Line)).OrderBy(d => d),
            build.Diagnostics.Select(d => (d.Id, d.Severity, d.Line)).OrderBy(d => d));
    }

    [Fact]
    public void Strict_makes_every_rule_an_error_and_fails_the_build()
    {
        var build = fixture[Scenarios.Strict];

        Assert.False(build.Succeeded, build.ToString());
        SameIds(Default, build);
        AllSeverities(build, "error");
    }

    [Fact]
    public void None_silences_every_rule()
    {
        var build = fixture[Scenarios.None];

        Assert.True(build.Succeeded, build.ToString());
        Assert.Empty(build.Diagnostics);
    }

    [Fact]
    public void Minimum_keeps_only_the_high_confidence_rules()
    {
        var all = Default.Ids;
        var build = fixture[Scenarios.Minimum];

        Assert.True(build.Succeeded, build.ToString());
        Assert.Contains(Id, build.Ids);
        AllSeverities(build, "warning");
        Assert.Equal(all.Where(fixture.HighConfidenceIds.Contains).OrderBy(i => i), build.Ids.OrderBy(i => i));

        // The consumer holds violations of AIREG305 and AIREG307 (outside Minimum); once either rule exists,
        // the default build must show it, or this test would not tell the modes apart.
        if (fixture.ImplementedIds.Contains("AIREG305") || fixture.ImplementedIds.Contains("AIREG307"))
        {
            Assert.Contains(all, id => !fixture.HighConfidenceIds.Contains(id));
        }
    }

    [Fact]
    public void Unknown_mode_warns_and_keeps_the_defaults()
    {
        var build = fixture[Scenarios.UnknownMode];

        Assert.True(build.Succeeded, build.ToString());
        Assert.Contains("warning AIREGMODE", build.Build.Output, StringComparison.Ordinal);
        SameIds(Default, build);
        AllSeverities(build, "warning");
    }

    [Fact]
    public void EditorConfig_rule_severity_overrides_Strict()
    {
        var build = fixture[Scenarios.StrictRuleWarning];

        Assert.Equal("warning", Assert.Single(build.Diagnostics, d => d.Id == Id).Severity);
        Assert.All(build.Diagnostics.Where(d => d.Id != Id), d => Assert.Equal("error", d.Severity));
        Assert.Equal(build.Diagnostics.Count == 1, build.Succeeded);
    }

    [Fact]
    public void EditorConfig_rule_severity_overrides_None()
    {
        var build = fixture[Scenarios.NoneRuleWarning];

        Assert.True(build.Succeeded, build.ToString());
        Assert.Equal("warning", Assert.Single(build.Diagnostics).Severity);
        Assert.Equal(Id, build.Diagnostics[0].Id);
    }

    [Fact]
    public void EditorConfig_rule_severity_overrides_Minimum()
    {
        var build = fixture[Scenarios.MinimumRuleError];

        Assert.False(build.Succeeded, build.ToString());
        Assert.Equal("error", Assert.Single(build.Diagnostics, d => d.Id == Id).Severity);
    }

    [Fact]
    public void Category_severity_reaches_every_rule_of_the_category()
    {
        var build = fixture[Scenarios.CategoryError];

        Assert.False(build.Succeeded, build.ToString());
        SameIds(Default, build);
        AllSeverities(build, "error");
    }

    [Fact]
    public void Category_severity_overrides_Strict()
    {
        var build = fixture[Scenarios.StrictCategoryWarning];

        Assert.True(build.Succeeded, build.ToString());
        SameIds(Default, build);
        AllSeverities(build, "warning");
    }

    [Fact]
    public void Category_severity_overrides_None()
    {
        var build = fixture[Scenarios.NoneCategoryWarning];

        Assert.True(build.Succeeded, build.ToString());
        SameIds(Default, build);
        AllSeverities(build, "warning");
    }

    /// <summary>
    /// Documented precedence: Minimum switches rules off with per-ID entries, and a per-ID entry (even
    /// from the package's global config) beats a category entry (even from .editorconfig). A category
    /// setting therefore re-grades the rules Minimum keeps but does not bring back those it dropped.
    /// </summary>
    [Fact]
    public void Category_severity_under_Minimum_grades_only_the_rules_Minimum_keeps()
    {
        var build = fixture[Scenarios.MinimumCategoryError];

        Assert.False(build.Succeeded, build.ToString());
        Assert.Equal("error", Assert.Single(build.Diagnostics, d => d.Id == Id).Severity);
        Assert.Equal(fixture[Scenarios.Minimum].Ids.OrderBy(i => i), build.Ids.OrderBy(i => i));
    }

    [Fact]
    public void Sarif_from_the_command_line_carries_help_link_category_and_tags()
    {
        var build = Default;
        Assert.True(build.Sarif is not null, "no report.sarif written by " + PackageFixture.SarifArgument + "\n" + build);
        using var sarif = JsonDocument.Parse(build.Sarif!);

        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Where(r => r.GetProperty("id").GetString()!.StartsWith("AIREG", StringComparison.Ordinal))
            .ToDictionary(r => r.GetProperty("id").GetString()!);
        // The tooling diagnostics (baseline warning, inventory) are described too; they are not rules.
        var tooling = rules.Where(r => r.Value.GetProperty("properties").GetProperty("category").GetString() == "AiRegTooling").Select(r => r.Key).ToList();
        Assert.Equal(new[] { "AIREG900", "AIREG901" }, tooling.Order());
        tooling.ForEach(id => rules.Remove(id));
        Assert.Contains(Id, rules.Keys);
        // The log describes every rule of the loaded analyzers; each reported one must be among them.
        Assert.All(build.Ids, id => Assert.Contains(id, rules.Keys));

        foreach (var (id, rule) in rules)
        {
            var descriptor = fixture.Descriptors.Single(d => d.Id == id);
            Assert.Equal(descriptor.HelpLinkUri, rule.GetProperty("helpUri").GetString());
            var properties = rule.GetProperty("properties");
            Assert.Equal(descriptor.Category, properties.GetProperty("category").GetString());
            var tags = properties.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ToList();
            Assert.Equal(descriptor.CustomTags.OrderBy(t => t), tags.OrderBy(t => t));
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("fullDescription").GetProperty("text").GetString()));
        }

        Assert.Contains("PIPL-Art51", rules[Id].GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        var result = Assert.Single(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == Id);
        Assert.Equal("warning", result.GetProperty("level").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.EndsWith("/" + Scenarios.Default.Name + "/Program.cs", location.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
        Assert.Equal(PackageFixture.LineOf("MD5.Create()"), location.GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void Strict_shows_as_error_level_in_Sarif()
    {
        var build = fixture[Scenarios.Strict];
        Assert.NotNull(build.Sarif);
        using var sarif = JsonDocument.Parse(build.Sarif!);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString()!.StartsWith("AIREG", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Equal("error", r.GetProperty("level").GetString()));
    }

    private static bool HasChinese(string text) => text.Any(c => c >= '\u4e00' && c <= '\u9fff');

    [Fact]
    public void Messages_are_in_Chinese_with_PreferredUILang()
    {
        var build = fixture[Scenarios.ChineseProperty];

        var message = Assert.Single(build.Diagnostics, d => d.Id == Id).Message;
        Assert.True(HasChinese(message), "expected a Chinese message, got: " + message);
        Assert.Contains("MD5", message, StringComparison.Ordinal);
        Assert.False(HasChinese(Assert.Single(Default.Diagnostics, d => d.Id == Id).Message), "the default build should be in English");
    }

    [Fact]
    public void Messages_are_in_Chinese_with_DOTNET_CLI_UI_LANGUAGE()
    {
        var build = fixture.ChineseCli;

        var message = Assert.Single(build.Diagnostics, d => d.Id == Id).Message;
        Assert.True(HasChinese(message), "expected a Chinese message, got: " + message + "\n" + build);
    }

    [Fact]
    public void Configuration_mistakes_are_reported_once_per_key_and_the_defaults_stay()
    {
        var build = fixture[Scenarios.ConfigurationMistakes];
        var lines = build.Build.Output.Split('\n')
            .Where(l => l.Contains("warning AIREG001", StringComparison.Ordinal) && l.Contains(build.ProjectPath, StringComparison.Ordinal))
            .Select(l => l.Trim())
            .Distinct()
            .ToList();

        Assert.True(build.Succeeded, build.ToString());
        Assert.Single(lines, l => l.Contains("'aireg.min_rsa_keysize'", StringComparison.Ordinal) && l.Contains("'aireg.min_rsa_key_size'", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("'aireg.allow_pbkdf2_sha1'", StringComparison.Ordinal) && l.Contains("'yes'", StringComparison.Ordinal));
        SameIds(Default, build);
    }

    [Fact]
    public void Analyzers_load_and_report_in_an_older_compiler_package()
    {
        var build = fixture[Scenarios.OlderCompiler];

        Assert.True(build.Succeeded, build.ToString());
        Assert.DoesNotContain("warning CS8032", build.Build.Output, StringComparison.Ordinal);
        Assert.NotNull(build.Sarif);
        using var sarif = JsonDocument.Parse(build.Sarif!);
        var compiler = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("semanticVersion").GetString();
        Assert.StartsWith("4.14.", compiler, StringComparison.Ordinal);
        SameIds(Default, build);
    }
}
