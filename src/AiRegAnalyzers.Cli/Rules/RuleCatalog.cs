using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiRegAnalyzers.Cli.Rules;

/// <summary>One rule as the reports show it: the descriptor's metadata, in the report language, and its documentation page.</summary>
internal sealed record RuleInfo(
    string Id,
    string Name,
    string Title,
    string Description,
    string Category,
    string HelpUri,
    IReadOnlyList<string> Tags,
    DiagnosticSeverity DefaultSeverity,
    bool IsEnabledByDefault,
    string? Page)
{
    /// <summary>The regulation articles among the tags (PIPL-Art51, DSL-Art27, GB/T-35273-2020, ...).</summary>
    public IEnumerable<string> Regulations => Tags.Where(t => t.StartsWith("PIPL-", StringComparison.Ordinal) || t.StartsWith("DSL-", StringComparison.Ordinal)
        || t.StartsWith("GB/T-", StringComparison.Ordinal) || t.StartsWith("GenAI-", StringComparison.Ordinal) || t.StartsWith("CryptoLaw", StringComparison.Ordinal));

    public bool IsTooling => Category == RuleCatalog.ToolingCategory;

    /// <summary>A section of the rule page (<c>## Compliant</c>, <c>## Code fix</c>), without its heading, or null.</summary>
    public string? PageSection(string heading)
    {
        if (Page is null)
        {
            return null;
        }

        var start = Page.IndexOf("\n## " + heading, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start = Page.IndexOf('\n', start + 1);
        var end = Page.IndexOf("\n## ", start, StringComparison.Ordinal);
        return (end < 0 ? Page[start..] : Page[start..end]).Trim();
    }
}

/// <summary>
/// The rules, read from the analyzer assembly the scan runs (every analyzer's supported
/// descriptors), so rules added to the package appear in every report without a change here.
/// </summary>
internal sealed class RuleCatalog
{
    public const string InventoryRuleId = RuleIds.PersonalDataInventory;
    public const string ToolingCategory = DiagnosticCategories.Tooling;

    private readonly Dictionary<string, RuleInfo> _rules;

    private RuleCatalog(Dictionary<string, RuleInfo> rules) => _rules = rules;

    /// <summary>The analyzer assembly beside the tool, the one the build hook hands to the compiler.</summary>
    public static string AnalyzerPath => Path.Combine(AppContext.BaseDirectory, "AiRegAnalyzers.dll");

    public static Assembly AnalyzerAssembly => typeof(AiRegAnalyzers.Baseline.BaselineSuppressor).Assembly;

    public IEnumerable<RuleInfo> All => _rules.Values.OrderBy(r => r.Id, StringComparer.Ordinal);

    public RuleInfo? this[string id] => _rules.TryGetValue(id, out var rule) ? rule : null;

    /// <summary>Every analyzer and suppressor type in the analyzer assembly, instantiated.</summary>
    public static IReadOnlyList<DiagnosticAnalyzer> CreateAnalyzers() =>
        AnalyzerAssembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToList();

    public static RuleCatalog Load(CultureInfo culture)
    {
        var rules = new Dictionary<string, RuleInfo>(StringComparer.Ordinal);
        foreach (var analyzer in CreateAnalyzers())
        {
            foreach (var d in analyzer.SupportedDiagnostics)
            {
                if (!rules.ContainsKey(d.Id))
                {
                    rules[d.Id] = new RuleInfo(
                        d.Id, PascalCase(d.Title.ToString(CultureInfo.InvariantCulture)), d.Title.ToString(culture), d.Description.ToString(culture), d.Category, d.HelpLinkUri,
                        d.CustomTags.Where(t => t != WellKnownDiagnosticTags.CompilationEnd).ToList(), d.DefaultSeverity, d.IsEnabledByDefault, ReadPage(d.Id));
                }
            }
        }

        return new RuleCatalog(rules);
    }

    /// <summary>A language-independent rule name from the English title, as SARIF viewers expect (<c>PersonalDataWrittenToALog</c>).</summary>
    private static string PascalCase(string title) =>
        string.Concat(title.Split([' ', '-', '/', '(', ')', ',', '.', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.IsLetterOrDigit(w[0]) ? char.ToUpperInvariant(w[0]) + w[1..] : string.Empty));

    private static string? ReadPage(string id)
    {
        using var stream = typeof(RuleCatalog).Assembly.GetManifestResourceStream("rules/" + id + ".md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
