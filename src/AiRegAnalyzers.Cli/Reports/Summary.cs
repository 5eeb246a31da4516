using System;
using System.Collections.Generic;
using System.Linq;
using AiRegAnalyzers.Cli.Rules;
using AiRegAnalyzers.Cli.Scanning;

namespace AiRegAnalyzers.Cli.Reports;

/// <summary>The counts every report shows: unsuppressed findings per rule, category, regulation article and project.</summary>
internal sealed class Summary
{
    public Summary(ScanResult result, RuleCatalog rules)
    {
        var active = result.Active.ToList();
        Total = active.Count;
        Suppressed = result.Findings.Count(f => f.IsSuppressed);
        Baselined = result.Findings.Count(f => f.IsBaselined);
        ByRule = Count(active, f => [f.RuleId]);
        ByCategory = Count(active, f => [rules[f.RuleId]?.Category ?? "?"]);
        ByRegulation = Count(active, f => rules[f.RuleId]?.Regulations ?? []);
        ByProject = Count(active, f => [f.Project]);
        Files = active.Select(f => f.Path).Distinct(StringComparer.Ordinal).Count();
    }

    public int Total { get; }

    public int Suppressed { get; }

    public int Baselined { get; }

    public int Files { get; }

    public IReadOnlyList<(string Key, int Count)> ByRule { get; }

    public IReadOnlyList<(string Key, int Count)> ByCategory { get; }

    public IReadOnlyList<(string Key, int Count)> ByRegulation { get; }

    public IReadOnlyList<(string Key, int Count)> ByProject { get; }

    private static List<(string, int)> Count(IEnumerable<Finding> findings, Func<Finding, IEnumerable<string>> keys) =>
        findings.SelectMany(keys)
            .GroupBy(k => k, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal)
            .ToList();
}
