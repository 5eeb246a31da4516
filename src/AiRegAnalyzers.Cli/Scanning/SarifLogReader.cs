using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace AiRegAnalyzers.Cli.Scanning;

/// <summary>Reads the compiler's SARIF 2.1 error logs (one per compilation) into <see cref="Finding"/>s.</summary>
internal static class SarifLogReader
{
    public static IEnumerable<Finding> Read(string sarifPath, string root, string project, Func<string, bool> isOurRule)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(sarifPath), new JsonDocumentOptions { AllowTrailingCommas = true });
        if (!document.RootElement.TryGetProperty("runs", out var runs))
        {
            yield break;
        }

        foreach (var run in runs.EnumerateArray())
        {
            if (!run.TryGetProperty("results", out var results))
            {
                continue;
            }

            foreach (var result in results.EnumerateArray())
            {
                var ruleId = result.TryGetProperty("ruleId", out var id) ? id.GetString() : null;
                if (ruleId is null || !isOurRule(ruleId))
                {
                    continue;
                }

                var level = result.TryGetProperty("level", out var l) ? l.GetString() ?? "warning" : "warning";
                var message = result.TryGetProperty("message", out var m) && m.TryGetProperty("text", out var t) ? t.GetString() ?? string.Empty : string.Empty;
                string path = string.Empty;
                int startLine = 0, startColumn = 0, endLine = 0, endColumn = 0;
                if (result.TryGetProperty("locations", out var locations) && locations.GetArrayLength() > 0
                    && locations[0].TryGetProperty("physicalLocation", out var physical))
                {
                    if (physical.TryGetProperty("artifactLocation", out var artifact) && artifact.TryGetProperty("uri", out var uri))
                    {
                        path = RelativePath(root, uri.GetString() ?? string.Empty);
                    }

                    if (physical.TryGetProperty("region", out var region))
                    {
                        startLine = Int(region, "startLine");
                        startColumn = Int(region, "startColumn");
                        endLine = Int(region, "endLine", startLine);
                        endColumn = Int(region, "endColumn", startColumn);
                    }
                }

                yield return new Finding(ruleId, level, message, path, startLine, startColumn, endLine, endColumn, project, ReadSuppression(result), ReadProperties(result));
            }
        }
    }

    /// <summary>A path relative to <paramref name="root"/> with <c>/</c> separators, from a file URI or a path.</summary>
    public static string RelativePath(string root, string uriOrPath)
    {
        var path = Uri.TryCreate(uriOrPath, UriKind.Absolute, out var uri) && uri.IsFile ? uri.LocalPath : uriOrPath;
        if (!Path.IsPathRooted(path))
        {
            return path.Replace('\\', '/');
        }

        var relative = Path.GetRelativePath(root, path);
        return relative.Replace('\\', '/');
    }

    private static Suppression? ReadSuppression(JsonElement result)
    {
        if (!result.TryGetProperty("suppressions", out var suppressions) || suppressions.GetArrayLength() == 0)
        {
            return null;
        }

        string? kind = null;
        string? justification = null;
        foreach (var s in suppressions.EnumerateArray())
        {
            kind ??= s.TryGetProperty("kind", out var k) ? k.GetString() : null;
            var j = s.TryGetProperty("justification", out var js) ? js.GetString() : null;

            // The compiler names a suppressor's suppression only in a property:
            // "DiagnosticSuppressor { Suppression Id: AIREGB301, Suppression Justification: baseline }".
            var type = s.TryGetProperty("properties", out var p) && p.TryGetProperty("suppressionType", out var t) ? t.GetString() : null;
            if (j == Baseline.BaselineWriter.Justification
                || (type is not null && type.Contains("Suppression Id: " + AiRegAnalyzers.Baseline.BaselineSuppressor.SuppressionIdPrefix, StringComparison.Ordinal)))
            {
                return new Suppression("external", Baseline.BaselineWriter.Justification);
            }

            justification ??= j;
        }

        return new Suppression(kind ?? "inSource", justification);
    }

    private static IReadOnlyDictionary<string, string> ReadProperties(JsonElement result)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        if (result.TryGetProperty("properties", out var bag) && bag.TryGetProperty("customProperties", out var custom) && custom.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in custom.EnumerateObject())
            {
                properties[p.Name] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() ?? string.Empty : p.Value.ToString();
            }
        }

        return properties;
    }

    private static int Int(JsonElement element, string name, int fallback = 0) =>
        element.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : fallback;
}
