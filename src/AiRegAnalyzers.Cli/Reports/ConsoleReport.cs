using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiRegAnalyzers.Cli.Inventory;
using AiRegAnalyzers.Cli.Rules;
using AiRegAnalyzers.Cli.Scanning;
using Spectre.Console;

namespace AiRegAnalyzers.Cli.Reports;

/// <summary>The summary tables printed after a scan: per rule, per category, per regulation article.</summary>
internal static class ConsoleReport
{
    public static void Summary(ScanResult result, RuleCatalog rules, ReportText text)
    {
        var summary = new Summary(result, rules);
        if (result.NoBuild)
        {
            System.Console.WriteLine(text.Format("NoBuild", result.FilesCompiled, result.FilesNotBound));
        }

        var byRule = new Table().Title(Markup.Escape(text["ByRule"])).AddColumn(text["Rule"]).AddColumn(text["Category"]).AddColumn(new TableColumn(text["Count"]).RightAligned());
        foreach (var (id, count) in summary.ByRule)
        {
            var rule = rules[id];
            byRule.AddRow(Markup.Escape(id + " " + (rule?.Title ?? string.Empty)), Markup.Escape(rule?.Category ?? string.Empty), count.ToString(CultureInfo.InvariantCulture));
        }

        byRule.AddRow("[bold]" + Markup.Escape(text["Total"]) + "[/]", string.Empty, "[bold]" + summary.Total.ToString(CultureInfo.InvariantCulture) + "[/]");
        AnsiConsole.Write(byRule);
        AnsiConsole.Write(Counts(text["ByCategory"], text["Category"], summary.ByCategory, text));
        AnsiConsole.Write(Counts(text["ByRegulation"], text["Regulation"], summary.ByRegulation, text));
        System.Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}: {1} · {2}: {3} · {4}: {5} · {6:0.0}s",
            text["Findings"], summary.Total, text["Suppressed"], summary.Suppressed, text["Projects"], result.Projects.Count, result.Elapsed.TotalSeconds));
    }

    public static void Inventory(IReadOnlyList<InventoryItem> items, ReportText text)
    {
        var table = new Table().Title(Markup.Escape(text["Inventory"])).AddColumn(text["Member"]).AddColumn(text["Category"]).AddColumn(text["Sensitive"])
            .AddColumn(text["Persisted"]).AddColumn(text["Reaches"]);
        foreach (var item in items)
        {
            table.AddRow(
                Markup.Escape(item.Member),
                Markup.Escape(text.Category(item.Category)),
                item.Sensitive ? text["Yes"] : text["No"],
                item.Persistence.Count == 0 ? "-" : Markup.Escape(string.Join(", ", item.Persistence.Select(p => p.RuleId))),
                item.Sinks.Count == 0 ? "-" : Markup.Escape(string.Join(", ", item.Sinks.Select(s => s.RuleId).Distinct())));
        }

        AnsiConsole.Write(table);
    }

    private static Table Counts(string title, string column, IReadOnlyList<(string Key, int Count)> rows, ReportText text)
    {
        var table = new Table().Title(Markup.Escape(title)).AddColumn(column).AddColumn(new TableColumn(text["Count"]).RightAligned());
        foreach (var (key, count) in rows)
        {
            table.AddRow(Markup.Escape(key), count.ToString(CultureInfo.InvariantCulture));
        }

        return table;
    }
}
