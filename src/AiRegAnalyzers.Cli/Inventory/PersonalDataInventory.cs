using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AiRegAnalyzers.Cli.Rules;
using AiRegAnalyzers.Cli.Scanning;

namespace AiRegAnalyzers.Cli.Inventory;

/// <summary>One member of the application that holds personal data.</summary>
internal sealed record InventoryItem(
    string Type,
    string Member,
    string Category,
    bool Sensitive,
    string ClassifiedBy,
    string Path,
    int Line,
    string Project,
    IReadOnlyList<Persistence> Persistence,
    IReadOnlyList<SinkUse> Sinks);

/// <summary>Where a member is stored: a finding of a storage rule at the member's declaration (EF Core entity property, AIREG103).</summary>
internal sealed record Persistence(string RuleId, string Description, bool Protected);

/// <summary>A place where a finding of a rule shows the member's value reaching a sink.</summary>
internal sealed record SinkUse(string RuleId, string Sink, string Path, int Line);

/// <summary>
/// The personal-information inventory (PIPL Art. 55-56 impact assessment input): the AIREG901
/// entries the analyzer reports from the rules' own personal data model, joined with the rules'
/// findings. A finding is a sink use of a member when the flagged expression ends with the
/// member's name, or (for objects) names it among the members that leak (a join by name: two
/// types with a member of the same name share their sinks); a finding at the member's own
/// declaration (AIREG103) is where it is persisted.
/// </summary>
internal static partial class PersonalDataInventory
{
    public static IReadOnlyList<InventoryItem> Build(ScanResult result, RuleCatalog rules)
    {
        var sources = new SourceLines(result.Root);

        // Member names each finding touches: the last identifier of the flagged expression and
        // any "{A, B}" member list in the message (objects that carry personal data).
        // A finding at a member's own declaration (AIREG103: persisted in clear text) is about that
        // member only; the others are matched by name.
        var declarations = result.InventoryEntries.Select(e => (e.Path, e.StartLine, e.StartColumn)).ToHashSet();
        var atDeclaration = new Dictionary<(string, int, int), List<Finding>>();
        var uses = new Dictionary<string, List<Finding>>(StringComparer.Ordinal);
        foreach (var finding in result.Findings)
        {
            if (rules[finding.RuleId] is not { IsTooling: false })
            {
                continue;
            }

            var where = (finding.Path, finding.StartLine, finding.StartColumn);
            if (declarations.Contains(where))
            {
                if (!atDeclaration.TryGetValue(where, out var here))
                {
                    atDeclaration[where] = here = [];
                }

                here.Add(finding);
                continue;
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            if (LastIdentifier(Excerpt(sources[finding.Path], finding)) is { } last)
            {
                names.Add(last);
            }

            foreach (Match list in MemberList().Matches(finding.Message))
            {
                foreach (var name in list.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    names.Add(name);
                }
            }

            foreach (var name in names)
            {
                if (!uses.TryGetValue(name, out var list))
                {
                    uses[name] = list = [];
                }

                list.Add(finding);
            }
        }

        var items = new List<InventoryItem>();
        foreach (var entry in result.InventoryEntries)
        {
            var member = entry.Properties.GetValueOrDefault("Member") ?? entry.Message;
            var name = member[(member.LastIndexOf('.') + 1)..];
            var persistence = new List<Persistence>();
            var sinks = new List<SinkUse>();
            foreach (var use in atDeclaration.GetValueOrDefault((entry.Path, entry.StartLine, entry.StartColumn)) ?? [])
            {
                persistence.Add(new Persistence(use.RuleId, use.Message, Protected: false));
            }

            foreach (var use in uses.GetValueOrDefault(name) ?? [])
            {
                sinks.Add(new SinkUse(use.RuleId, rules[use.RuleId]!.Title, use.Path, use.StartLine));
            }

            items.Add(new InventoryItem(
                entry.Properties.GetValueOrDefault("Type") ?? string.Empty,
                member,
                entry.Properties.GetValueOrDefault("Category") ?? "General",
                entry.Properties.GetValueOrDefault("Sensitive") == "true",
                entry.Properties.GetValueOrDefault("ClassifiedBy") ?? "name",
                entry.Path,
                entry.StartLine,
                entry.Project,
                persistence,
                sinks.DistinctBy(s => (s.RuleId, s.Path, s.Line)).ToList()));
        }

        return items
            .DistinctBy(i => (i.Type, i.Member))
            .OrderBy(i => i.Type, StringComparer.Ordinal).ThenBy(i => i.Member, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The text of the finding's region.</summary>
    public static string Excerpt(string[] lines, Finding finding)
    {
        if (finding.StartLine < 1 || finding.StartLine > lines.Length)
        {
            return string.Empty;
        }

        if (finding.EndLine == finding.StartLine)
        {
            var line = lines[finding.StartLine - 1];
            var start = Math.Clamp(finding.StartColumn - 1, 0, line.Length);
            var end = Math.Clamp(finding.EndColumn - 1, start, line.Length);
            return line[start..end];
        }

        var first = lines[finding.StartLine - 1];
        var parts = new List<string> { first[Math.Clamp(finding.StartColumn - 1, 0, first.Length)..] };
        for (var i = finding.StartLine; i < Math.Min(finding.EndLine - 1, lines.Length); i++)
        {
            parts.Add(lines[i]);
        }

        if (finding.EndLine <= lines.Length)
        {
            var last = lines[finding.EndLine - 1];
            parts.Add(last[..Math.Clamp(finding.EndColumn - 1, 0, last.Length)]);
        }

        return string.Join("\n", parts);
    }

    private static string? LastIdentifier(string expression)
    {
        var matches = Identifier().Matches(expression.TrimEnd('?', '!', ')', ' '));
        return matches.Count == 0 ? null : matches[^1].Value;
    }

    [GeneratedRegex(@"[\p{L}_][\p{L}\p{Nd}_]*")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"\{([\p{L}_][\p{L}\p{Nd}_]*(?:,\s*[\p{L}_][\p{L}\p{Nd}_]*)*)\}")]
    private static partial Regex MemberList();
}
