using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using AiRegAnalyzers.Cli.Rules;
using AiRegAnalyzers.Cli.Scanning;
using Microsoft.CodeAnalysis;

namespace AiRegAnalyzers.Cli.Reports;

/// <summary>
/// One SARIF 2.1.0 log for all projects, shaped for GitHub code scanning: paths relative to
/// <c>%SRCROOT%</c> (the repository root), every rule with its page as <c>help</c>, the
/// <c>security</c> tag and a <c>security-severity</c>, and suppressed findings carrying their
/// suppression (the baseline's as <c>external</c> with the justification "baseline").
/// </summary>
internal static class SarifReport
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(string path, ScanResult result, RuleCatalog rules)
    {
        var used = result.Findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
        var ruleList = rules.All.Where(r => r.Id != RuleCatalog.InventoryRuleId && (!r.IsTooling || used.Contains(r.Id))).ToList();
        var index = ruleList.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "AiRegAnalyzers");
        json.WriteString("informationUri", "https://github.com/AiRegAnalyzers/AiRegAnalyzers");
        var version = typeof(SarifReport).Assembly.GetName().Version?.ToString(3) ?? "1.0.0";
        json.WriteString("version", version);
        json.WriteString("semanticVersion", version);
        json.WriteStartArray("rules");
        foreach (var rule in ruleList)
        {
            WriteRule(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject("%SRCROOT%");
        json.WriteString("uri", new Uri(result.Root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).AbsoluteUri);
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("results");
        foreach (var finding in result.Findings.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.StartLine).ThenBy(f => f.StartColumn).ThenBy(f => f.RuleId, StringComparer.Ordinal))
        {
            if (index.TryGetValue(finding.RuleId, out var ruleIndex))
            {
                WriteResult(json, finding, ruleIndex);
            }
        }

        json.WriteEndArray();
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, RuleInfo rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", rule.Name);
        Text(json, "shortDescription", rule.Title);
        Text(json, "fullDescription", rule.Description);
        json.WriteString("helpUri", rule.HelpUri);
        json.WriteStartObject("help");
        json.WriteString("text", rule.Page ?? rule.Description);
        json.WriteString("markdown", rule.Page ?? rule.Description);
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", rule.IsEnabledByDefault ? Level(rule.DefaultSeverity) : "none");
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", rule.Category);
        json.WriteStartArray("tags");
        if (!rule.IsTooling)
        {
            json.WriteStringValue("security");
        }

        foreach (var tag in rule.Tags)
        {
            json.WriteStringValue(tag);
        }

        json.WriteEndArray();
        if (SecuritySeverity.For(rule) is { } score)
        {
            json.WriteString("security-severity", score);
            json.WriteString("precision", rule.Tags.Contains("HighConfidence") ? "high" : "medium");
            json.WriteString("problem.severity", rule.DefaultSeverity == DiagnosticSeverity.Error ? "error" : "warning");
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", finding.Level is "error" or "warning" or "note" ? finding.Level : "warning");
        Text(json, "message", finding.Message);
        json.WriteStartArray("locations");
        if (finding.Path.Length > 0)
        {
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", Uri.EscapeDataString(finding.Path).Replace("%2F", "/", StringComparison.Ordinal));
            json.WriteString("uriBaseId", "%SRCROOT%");
            json.WriteEndObject();
            if (finding.StartLine > 0)
            {
                json.WriteStartObject("region");
                json.WriteNumber("startLine", finding.StartLine);
                json.WriteNumber("startColumn", Math.Max(finding.StartColumn, 1));
                json.WriteNumber("endLine", Math.Max(finding.EndLine, finding.StartLine));
                json.WriteNumber("endColumn", Math.Max(finding.EndColumn, 1));
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (finding.Suppression is { } suppression)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", suppression.Kind);
            if (suppression.Justification is { } justification)
            {
                json.WriteString("justification", justification);
            }

            json.WriteEndObject();
            json.WriteEndArray();
        }

        if (finding.Properties.Count > 0)
        {
            json.WriteStartObject("properties");
            foreach (var (key, value) in finding.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                json.WriteString(key, value);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}
