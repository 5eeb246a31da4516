using System;
using System.Collections.Generic;
using System.Linq;

namespace AiRegAnalyzers.Cli.Scanning;

/// <summary>One diagnostic of an AiRegAnalyzers rule, with its location relative to the repository root.</summary>
internal sealed record Finding(
    string RuleId,
    string Level,
    string Message,
    string Path,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn,
    string Project,
    Suppression? Suppression,
    IReadOnlyDictionary<string, string> Properties)
{
    public bool IsSuppressed => Suppression is not null;

    public bool IsBaselined => Suppression?.Justification == AiRegAnalyzers.Cli.Baseline.BaselineWriter.Justification;
}

/// <summary>How a finding is suppressed: <c>inSource</c> (pragma, attribute) or <c>external</c> (the baseline).</summary>
internal sealed record Suppression(string Kind, string? Justification);

internal sealed record ProjectResult(string Name, string Path, bool Compiled);

/// <summary>Everything one scan found: rule findings, inventory entries, and what was compiled.</summary>
internal sealed class ScanResult
{
    public ScanResult(string root, IReadOnlyList<Finding> diagnostics, IReadOnlyList<ProjectResult> projects)
    {
        Root = root;
        Findings = diagnostics.Where(d => d.RuleId != Rules.RuleCatalog.InventoryRuleId).ToList();
        InventoryEntries = diagnostics.Where(d => d.RuleId == Rules.RuleCatalog.InventoryRuleId).ToList();
        Projects = projects;
    }

    /// <summary>The repository root every path is relative to.</summary>
    public string Root { get; }

    /// <summary>Findings of the rules (suppressed ones included, marked).</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>AIREG901 entries: the members the personal data model classifies.</summary>
    public IReadOnlyList<Finding> InventoryEntries { get; }

    public IReadOnlyList<ProjectResult> Projects { get; }

    /// <summary>Build path: whether the build itself failed (the results may be partial).</summary>
    public bool BuildFailed { get; init; }

    /// <summary>Build errors other than the rules' own, shown to the user.</summary>
    public IReadOnlyList<string> BuildErrors { get; init; } = Array.Empty<string>();

    /// <summary><c>--no-build</c>: C# files compiled, and those with compiler errors (code that did not bind).</summary>
    public int FilesCompiled { get; init; }

    public int FilesNotBound { get; init; }

    public bool NoBuild { get; init; }

    public TimeSpan Elapsed { get; set; }

    public IEnumerable<Finding> Active => Findings.Where(f => !f.IsSuppressed);
}
