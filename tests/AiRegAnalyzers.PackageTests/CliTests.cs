using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace AiRegAnalyzers.PackageTests;

/// <summary>
/// The <c>aireg</c> tool end to end on copies of the sample that use the packed package: the scan
/// and its outputs against the plain build, the baseline round trip, and <c>--no-build</c>.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class CliTests
{
    private readonly PackageFixture _package;

    public CliTests(PackageFixture package) => _package = package;

    [Fact]
    public void Scan_writes_SARIF_HTML_Markdown_and_inventory_that_agree_with_the_build()
    {
        var copy = SampleCopy.Create(_package, "cli-scan");
        var output = Path.Combine(_package.Root, "cli-scan-out");
        var scan = SampleCopy.Aireg(copy.Root, "scan", copy.Root, "--fail-on", "warning",
            "--sarif", Path.Combine(output, "aireg.sarif"), "--html", Path.Combine(output, "aireg.html"),
            "--markdown", Path.Combine(output, "aireg.md"), "--inventory", Path.Combine(output, "inventory.json"),
            "--inventory-markdown", Path.Combine(output, "inventory.md"));
        _package.Timings.Add(("aireg scan of the sample", scan.Elapsed));
        Assert.True(scan.ExitCode == 1, "--fail-on warning with warnings left must exit 1\n" + scan);

        using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "aireg.sarif")));
        SarifShape.AssertValidForCodeScanning(sarif.RootElement);

        // The counts per rule are the sample's own build's.
        var build = copy.Build();
        Assert.True(build.Succeeded, build.ToString());
        var expected = build.DiagnosticsOf(copy.Project).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());
        var actual = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => !r.TryGetProperty("suppressions", out _))
            .GroupBy(r => r.GetProperty("ruleId").GetString()!)
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(kv => kv.Key), actual.OrderBy(kv => kv.Key));

        var html = File.ReadAllText(Path.Combine(output, "aireg.html"));
        AssertSelfContained(html);
        Assert.Contains("AIREG101", html, StringComparison.Ordinal);
        Assert.Contains("Patient.IdNumber", html, StringComparison.Ordinal);

        var markdown = File.ReadAllText(Path.Combine(output, "aireg.md"));
        Assert.Contains("| [AIREG101](", markdown, StringComparison.Ordinal);

        using var inventory = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "inventory.json")));
        var idNumber = inventory.RootElement.GetProperty("members").EnumerateArray()
            .Single(m => m.GetProperty("member").GetString() == "Patient.IdNumber");
        Assert.Equal("Identity", idNumber.GetProperty("category").GetString());
        Assert.True(idNumber.GetProperty("sensitive").GetBoolean());
        Assert.Contains(idNumber.GetProperty("persistence").EnumerateArray(), p => p.GetProperty("rule").GetString() == "AIREG103" && !p.GetProperty("protected").GetBoolean());
        Assert.Contains(idNumber.GetProperty("sinks").EnumerateArray(), s => s.GetProperty("rule").GetString() == "AIREG101");
        Assert.Contains("Patient.IdNumber", File.ReadAllText(Path.Combine(output, "inventory.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Baseline_suppresses_exactly_the_existing_findings_and_prune_drops_fixed_ones()
    {
        var copy = SampleCopy.Create(_package, "cli-baseline");
        var baselinePath = Path.Combine(copy.Root, "aireg.baseline.json");

        var write = SampleCopy.Aireg(copy.Root, "baseline", copy.Root);
        _package.Timings.Add(("aireg baseline of the sample", write.Elapsed));
        Assert.True(write.Succeeded, write.ToString());
        var entries = Entries(baselinePath);
        Assert.NotEmpty(entries);

        // Every existing finding is in the baseline: a Strict build passes.
        var strict = copy.Build("-p:AiRegAnalysisMode=Strict");
        Assert.True(strict.Succeeded, strict.ToString());
        Assert.Empty(strict.DiagnosticsOf(copy.Project));

        // A new violation fails the Strict build, alone; lines moved above baselined findings stay suppressed.
        var seed = copy.File(Path.Combine("Data", "SeedData.cs"));
        File.WriteAllText(seed, "// Seed data for local development.\n\n" + File.ReadAllText(seed));
        File.WriteAllText(copy.File("NewCode.cs"), """
            namespace ClinicAssistant;

            internal static class NewCode
            {
                public static byte[] Fingerprint(byte[] data) => System.Security.Cryptography.MD5.HashData(data);
            }
            """);
        strict = copy.Build("-p:AiRegAnalysisMode=Strict");
        Assert.False(strict.Succeeded, strict.ToString());
        var only = Assert.Single(strict.DiagnosticsOf(copy.Project));
        Assert.Equal(("AIREG301", "error", "NewCode.cs"), (only.Id, only.Severity, Path.GetFileName(only.File)));

        // Fix one baselined finding (and drop the new file): --prune removes exactly its entry.
        File.Delete(copy.File("NewCode.cs"));
        var fixedLine = File.ReadAllText(seed);
        Assert.Contains("\"110101199003074573\"", fixedLine, StringComparison.Ordinal);
        File.WriteAllText(seed, fixedLine.Replace("\"110101199003074573\"", "\"REDACTED\"", StringComparison.Ordinal));
        var prune = SampleCopy.Aireg(copy.Root, "baseline", copy.Root, "--prune");
        Assert.True(prune.Succeeded, prune.ToString());
        var pruned = Entries(baselinePath);
        Assert.Equal(entries.Count - 1, pruned.Count);
        var dropped = Assert.Single(entries.Except(pruned));
        Assert.Equal(("AIREG106", "ClinicAssistant/Data/SeedData.cs"), (dropped.Rule, dropped.Path));

        // A corrupt baseline: one clear warning, nothing suppressed, no analyzer exception.
        File.WriteAllText(baselinePath, "{ \"entries\": [ { \"rule\": ");
        strict = copy.Build("-p:AiRegAnalysisMode=Strict");
        Assert.False(strict.Succeeded, strict.ToString());
        // AIREG900 has no source location: the compiler prints it as "CSC : warning AIREG900: ..." (twice: in the log and the summary).
        var warnings = Regex.Matches(strict.Output, @"warning AIREG900: ([^\r\n\[]*)").Select(m => m.Groups[1].Value.Trim()).Distinct().ToList();
        Assert.Single(warnings);
        Assert.Contains("aireg.baseline.json", warnings[0], StringComparison.Ordinal);
        Assert.Equal(pruned.Count, strict.DiagnosticsOf(copy.Project).Count);
        Assert.DoesNotContain("AD0001", strict.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void No_build_scans_code_that_does_not_compile_and_counts_the_files_that_did_not_bind()
    {
        var folder = Path.Combine(_package.Root, "cli-nobuild");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Hashing.cs"), """
            namespace Broken;

            public static class Hashing
            {
                public static byte[] Digest(byte[] data) => System.Security.Cryptography.MD5.HashData(data);
            }
            """);
        File.WriteAllText(Path.Combine(folder, "Broken.cs"), """
            namespace Broken;

            public sealed class OrderService(IOrderRepository orders)
            {
                public Order Find(int id) => orders.Get(id) ?? throw new MissingOrder(
            """);
        var sarifPath = Path.Combine(folder, "out", "aireg.sarif");
        var htmlPath = Path.Combine(folder, "out", "aireg.html");
        var scan = SampleCopy.Aireg(folder, "scan", folder, "--no-build", "--sarif", sarifPath, "--html", htmlPath, "--lang", "zh-Hans");
        Assert.True(scan.Succeeded, scan.ToString());
        Assert.Contains("编译了 2 个 C# 文件；其中 1 个有编译错误", scan.Output, StringComparison.Ordinal);

        using var sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
        SarifShape.AssertValidForCodeScanning(sarif.RootElement);
        var result = Assert.Single(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal("AIREG301", result.GetProperty("ruleId").GetString());
        Assert.Equal("Hashing.cs", result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());

        var html = File.ReadAllText(htmlPath);
        AssertSelfContained(html);
        Assert.Contains("<html lang=\"zh-Hans\">", html, StringComparison.Ordinal);
        Assert.Contains("个人信息清单", html, StringComparison.Ordinal);
    }

    /// <summary>Nothing the page would fetch: no external script, style sheet, image, frame, font or import; links to rule pages are plain anchors.</summary>
    private static void AssertSelfContained(string html)
    {
        Assert.DoesNotMatch(new Regex(@"<(script|img|iframe|link|embed|object|source|video|audio)\b[^>]*\b(src|href|data)\s*=", RegexOptions.IgnoreCase), html);
        var css = string.Concat(Regex.Matches(html, @"<style>(.*?)</style>|\sstyle\s*=\s*""([^""]*)""", RegexOptions.Singleline).Select(m => m.Groups[1].Value + m.Groups[2].Value));
        Assert.DoesNotMatch(new Regex(@"url\s*\(|@import", RegexOptions.IgnoreCase), css);
        Assert.DoesNotMatch(new Regex(@"\bsrc\s*=", RegexOptions.IgnoreCase), html);
        Assert.Matches(new Regex(@"<style>"), html);
    }

    private sealed record Entry(string Rule, string Path, string Member, string LineHash);

    private static List<Entry> Entries(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("entries").EnumerateArray()
            .SelectMany(e => Enumerable.Repeat(
                new Entry(e.GetProperty("rule").GetString()!, e.GetProperty("path").GetString()!, e.GetProperty("member").GetString()!, e.GetProperty("lineHash").GetString()!),
                e.TryGetProperty("count", out var count) ? count.GetInt32() : 1))
            .ToList();
    }
}
