using System;
using System.IO;
using System.Linq;
using System.Text;
using AiRegAnalyzers.Cli.Rules;
using AiRegAnalyzers.Cli.Scanning;

namespace AiRegAnalyzers.Cli.Reports;

/// <summary>A short summary for a pull-request comment: totals, a table per rule, the first findings.</summary>
internal static class MarkdownReport
{
    private const int ListedFindings = 20;

    public static void Write(string path, ScanResult result, RuleCatalog rules, ReportText text) =>
        File.WriteAllText(path, Render(result, rules, text), new UTF8Encoding(false));

    public static string Render(ScanResult result, RuleCatalog rules, ReportText text)
    {
        var summary = new Summary(result, rules);
        var md = new StringBuilder();
        md.Append("## ").Append(text["Title"]).Append(": ").Append(summary.Total).Append(' ').Append(text["Findings"].ToLowerInvariant());
        if (summary.Suppressed > 0)
        {
            md.Append(" (").Append(summary.Suppressed).Append(' ').Append(text["Suppressed"].ToLowerInvariant()).Append(')');
        }

        md.Append("\n\n");
        if (result.NoBuild)
        {
            md.Append("> ").Append(text.Format("NoBuild", result.FilesCompiled, result.FilesNotBound)).Append("\n\n");
        }

        if (result.BuildFailed)
        {
            md.Append("> ").Append(text["BuildFailed"]).Append("\n\n");
        }

        if (summary.Total == 0)
        {
            md.Append(text["NoFindings"]).Append('\n');
            return md.ToString();
        }

        md.Append("| ").Append(text["Rule"]).Append(" | ").Append(text["Category"]).Append(" | ").Append(text["Count"]).Append(" |\n|---|---|---:|\n");
        foreach (var (id, count) in summary.ByRule)
        {
            var rule = rules[id];
            md.Append("| [").Append(id).Append("](").Append(rule?.HelpUri).Append(") ").Append(Cell(rule?.Title ?? string.Empty)).Append(" | ")
                .Append(rule?.Category).Append(" | ").Append(count).Append(" |\n");
        }

        md.Append('\n').Append("**").Append(text["ByRegulation"]).Append("**: ")
            .Append(string.Join(", ", summary.ByRegulation.Select(r => r.Key + " " + r.Count))).Append("\n\n");

        var listed = result.Active.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.StartLine).Take(ListedFindings).ToList();
        md.Append("<details><summary>").Append(text["AllFindings"]).Append("</summary>\n\n");
        foreach (var f in listed)
        {
            md.Append("- `").Append(f.Path).Append(':').Append(f.StartLine).Append("` **").Append(f.RuleId).Append("** ").Append(Cell(f.Message)).Append('\n');
        }

        if (summary.Total > listed.Count)
        {
            md.Append("- ").Append(text.Format("MoreFindings", summary.Total - listed.Count)).Append('\n');
        }

        md.Append("\n</details>\n");
        return md.ToString();
    }

    internal static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
