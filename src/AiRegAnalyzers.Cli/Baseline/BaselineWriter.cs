using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using AiRegAnalyzers.Baseline;
using AiRegAnalyzers.Cli.Scanning;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AiRegAnalyzers.Cli.Baseline;

/// <summary>
/// Writes <c>aireg.baseline.json</c>: one entry per current finding (same key as the suppressor,
/// <see cref="BaselineKey"/>), or with <c>--prune</c> only the existing entries that still match.
/// </summary>
internal static class BaselineWriter
{
    /// <summary>The justification the suppressor gives; SARIF shows it on baselined findings.</summary>
    public const string Justification = AiRegAnalyzers.Baseline.BaselineSuppressor.Justification;

    public sealed record Entry(BaselineKey Key, int Count, int Line, string Message);

    /// <summary>The entries for the findings a baseline should hold: those not suppressed in source.</summary>
    public static List<Entry> Entries(ScanResult result)
    {
        var trees = new Dictionary<string, (Microsoft.CodeAnalysis.SyntaxTree Tree, SourceText Text)?>(StringComparer.Ordinal);
        var entries = new Dictionary<BaselineKey, Entry>();
        foreach (var finding in result.Findings)
        {
            if ((finding.IsSuppressed && !finding.IsBaselined) || finding.Path.Length == 0)
            {
                continue;
            }

            var full = Path.GetFullPath(Path.Combine(result.Root, finding.Path));
            if (!trees.TryGetValue(full, out var parsed))
            {
                parsed = File.Exists(full) ? Parse(full) : null;
                trees[full] = parsed;
            }

            if (parsed is not { } p || finding.StartLine < 1 || finding.StartLine > p.Text.Lines.Count)
            {
                continue;
            }

            var line = p.Text.Lines[finding.StartLine - 1];
            var position = Math.Min(line.Start + Math.Max(finding.StartColumn - 1, 0), line.End);
            var key = BaselineKey.Create(finding.RuleId, p.Tree, p.Text, position, result.Root, default);
            entries[key] = entries.TryGetValue(key, out var existing)
                ? existing with { Count = existing.Count + 1 }
                : new Entry(key, 1, finding.StartLine, finding.Message);
        }

        return entries.Values.OrderBy(e => e.Key.Path, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Key.Rule, StringComparer.Ordinal).ToList();
    }

    /// <summary>The existing entries that still match a current finding, each capped at the number that match.</summary>
    public static List<Entry> Prune(BaselineFile existing, IReadOnlyList<Entry> current)
    {
        var byKey = current.ToDictionary(e => e.Key);
        return existing.Counts
            .Where(kv => byKey.ContainsKey(kv.Key))
            .Select(kv => byKey[kv.Key] with { Count = Math.Min(kv.Value, byKey[kv.Key].Count) })
            .OrderBy(e => e.Key.Path, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Key.Rule, StringComparer.Ordinal)
            .ToList();
    }

    public static void Write(string path, IReadOnlyList<Entry> entries)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteNumber("version", 1);
        json.WriteString("description", "AiRegAnalyzers baseline: findings accepted when the baseline was taken. Written by `aireg baseline`; the analyzers suppress exactly these. Line and message are for readers; matching uses rule, path, member and lineHash.");
        json.WriteStartArray("entries");
        foreach (var e in entries)
        {
            json.WriteStartObject();
            json.WriteString("rule", e.Key.Rule);
            json.WriteString("path", e.Key.Path);
            json.WriteString("member", e.Key.Member);
            json.WriteString("lineHash", e.Key.LineHash);
            if (e.Count > 1)
            {
                json.WriteNumber("count", e.Count);
            }

            json.WriteNumber("line", e.Line);
            json.WriteString("message", e.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.Write("\n"u8);
    }

    public static BaselineFile Read(string path) =>
        BaselineFile.Read(path, File.Exists(path) ? SourceText.From(File.ReadAllText(path, Encoding.UTF8)) : null);

    private static (Microsoft.CodeAnalysis.SyntaxTree, SourceText) Parse(string path)
    {
        var text = SourceText.From(File.ReadAllText(path), Encoding.UTF8);
        return (CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Preview), path), text);
    }
}
