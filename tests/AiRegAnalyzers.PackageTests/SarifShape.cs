using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace AiRegAnalyzers.PackageTests;

/// <summary>
/// The structure of a SARIF 2.1.0 log that GitHub code scanning accepts and grades as security
/// alerts. The official JSON schema is not available offline here, so these are the schema's
/// required members plus what code scanning documents it reads (rules' help and tags,
/// security-severity, relative artifact URIs with a base id, 1-based regions).
/// </summary>
internal static class SarifShape
{
    public static void AssertValidForCodeScanning(JsonElement log)
    {
        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        Assert.EndsWith("sarif-2.1.0.json", log.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        var run = Assert.Single(log.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.False(string.IsNullOrEmpty(driver.GetProperty("name").GetString()));

        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.NotEmpty(rules);
        Assert.Equal(rules.Count, rules.Select(r => r.GetProperty("id").GetString()).Distinct().Count());
        foreach (var rule in rules)
        {
            var id = rule.GetProperty("id").GetString()!;
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("shortDescription").GetProperty("text").GetString()), id);
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("fullDescription").GetProperty("text").GetString()), id);
            Assert.StartsWith("# " + id + ":", rule.GetProperty("help").GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.StartsWith("https://", rule.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "none", "note", "warning", "error" });
            var properties = rule.GetProperty("properties");
            if (id != "AIREG900")
            {
                Assert.Contains("security", properties.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
                var score = double.Parse(properties.GetProperty("security-severity").GetString()!, CultureInfo.InvariantCulture);
                Assert.InRange(score, 0.1, 10.0);
            }
        }

        var baseUri = run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!;
        Assert.True(Uri.IsWellFormedUriString(baseUri, UriKind.Absolute) && baseUri.EndsWith('/'), baseUri);

        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            var ruleId = result.GetProperty("ruleId").GetString();
            var index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(ruleId, rules[index].GetProperty("id").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "none", "note", "warning", "error" });
            Assert.False(string.IsNullOrWhiteSpace(result.GetProperty("message").GetProperty("text").GetString()));
            var physical = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            var artifact = physical.GetProperty("artifactLocation");
            var uri = artifact.GetProperty("uri").GetString()!;
            Assert.True(Uri.IsWellFormedUriString(uri, UriKind.Relative) && !uri.StartsWith('/'), "not a relative URI: " + uri);
            Assert.Equal("%SRCROOT%", artifact.GetProperty("uriBaseId").GetString());
            var region = physical.GetProperty("region");
            Assert.True(region.GetProperty("startLine").GetInt32() >= 1);
            Assert.True(region.GetProperty("startColumn").GetInt32() >= 1);
            if (result.TryGetProperty("suppressions", out var suppressions))
            {
                Assert.All(suppressions.EnumerateArray(), s => Assert.Contains(s.GetProperty("kind").GetString(), new[] { "inSource", "external" }));
            }
        }
    }
}
