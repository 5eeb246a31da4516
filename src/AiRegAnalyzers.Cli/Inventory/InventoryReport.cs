using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using AiRegAnalyzers.Cli.Reports;

namespace AiRegAnalyzers.Cli.Inventory;

/// <summary>The inventory as JSON (for tools and dashboards) and Markdown (for the assessment document).</summary>
internal static class InventoryReport
{
    public static void WriteJson(string path, IReadOnlyList<InventoryItem> items)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteNumber("version", 1);
        json.WriteStartArray("members");
        foreach (var item in items)
        {
            json.WriteStartObject();
            json.WriteString("type", item.Type);
            json.WriteString("member", item.Member);
            json.WriteString("category", item.Category);
            json.WriteBoolean("sensitive", item.Sensitive);
            json.WriteString("classifiedBy", item.ClassifiedBy);
            json.WriteString("path", item.Path);
            json.WriteNumber("line", item.Line);
            json.WriteString("project", item.Project);
            json.WriteStartArray("persistence");
            foreach (var p in item.Persistence)
            {
                json.WriteStartObject();
                json.WriteString("rule", p.RuleId);
                json.WriteBoolean("protected", p.Protected);
                json.WriteString("description", p.Description);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("sinks");
            foreach (var s in item.Sinks)
            {
                json.WriteStartObject();
                json.WriteString("rule", s.RuleId);
                json.WriteString("sink", s.Sink);
                json.WriteString("path", s.Path);
                json.WriteNumber("line", s.Line);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void WriteMarkdown(string path, IReadOnlyList<InventoryItem> items, ReportText text)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(text["Inventory"]).Append("\n\n").Append(text["InventoryIntro"]).Append("\n\n");
        md.Append("| ").Append(text["Member"]).Append(" | ").Append(text["Category"]).Append(" | ").Append(text["Sensitive"]).Append(" | ")
            .Append(text["ClassifiedBy"]).Append(" | ").Append(text["Persisted"]).Append(" | ").Append(text["Reaches"]).Append(" | ").Append(text["Declared"]).Append(" |\n");
        md.Append("|---|---|---|---|---|---|---|\n");
        foreach (var item in items)
        {
            md.Append("| `").Append(item.Type).Append('.').Append(item.Member[(item.Member.IndexOf('.') + 1)..]).Append("` | ")
                .Append(text.Category(item.Category)).Append(" | ").Append(item.Sensitive ? text["Yes"] : text["No"]).Append(" | ")
                .Append(text.ClassifiedBy(item.ClassifiedBy)).Append(" | ")
                .Append(item.Persistence.Count == 0 ? "-" : string.Join("; ", item.Persistence.Select(p => p.RuleId + " " + text["ClearText"]))).Append(" | ")
                .Append(item.Sinks.Count == 0 ? "-" : string.Join("; ", item.Sinks.GroupBy(s => s.RuleId).Select(g => MarkdownReport.Cell(g.Key + " " + g.First().Sink) + " ×" + g.Count()))).Append(" | ")
                .Append(item.Path).Append(':').Append(item.Line).Append(" |\n");
        }

        File.WriteAllText(path, md.ToString(), new UTF8Encoding(false));
    }
}
