using System.Collections.Concurrent;

namespace AiRegAnalyzers.Configuration;

/// <summary>
/// AIREG001: an <c>aireg.*</c> key that no rule reads (a typo such as <c>aireg.min_rsa_keysize</c>
/// silently leaves the default in force) or a value the option does not accept. Each key is
/// reported once per compilation, however many files or folders share it.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidConfigurationAnalyzer : DiagnosticAnalyzer
{
    private const string Prefix = "aireg.";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.AIREG001_InvalidConfiguration);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            var provider = start.Options.AnalyzerConfigOptionsProvider;
            var checkedOptions = new ConcurrentDictionary<AnalyzerConfigOptions, bool>();
            var reportedKeys = new ConcurrentDictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
            start.RegisterSyntaxTreeAction(tree =>
            {
                Check(provider.GlobalOptions, checkedOptions, reportedKeys, tree.ReportDiagnostic);
                Check(provider.GetOptions(tree.Tree), checkedOptions, reportedKeys, tree.ReportDiagnostic);
            });
        });
    }

    private static void Check(
        AnalyzerConfigOptions options,
        ConcurrentDictionary<AnalyzerConfigOptions, bool> checkedOptions,
        ConcurrentDictionary<string, bool> reportedKeys,
        Action<Diagnostic> report)
    {
        if (!checkedOptions.TryAdd(options, true))
        {
            return;
        }

        IEnumerable<string> keys;
        try
        {
            keys = options.Keys;
        }
        catch (NotImplementedException)
        {
            // A host whose options cannot list their keys: nothing to check.
            return;
        }

        foreach (var key in keys)
        {
            if (!key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || Problem(key, options) is not { } problem || !reportedKeys.TryAdd(key, true))
            {
                continue;
            }

            report(Diagnostic.Create(Descriptors.AIREG001_InvalidConfiguration, Location.None, key, problem));
        }
    }

    /// <summary>Why the key is ignored, or <see langword="null"/> when it is a known option with an accepted value.</summary>
    private static LocalizableString? Problem(string key, AnalyzerConfigOptions options)
    {
        var name = key.Substring(Prefix.Length);
        var dot = name.IndexOf('.');
        if (dot >= 0)
        {
            // aireg.<ID>.<option>: a rule-specific override.
            if (!OptionRegistry.RuleIds.Contains(name.Substring(0, dot)))
            {
                // No such rule: the general key is what was probably meant.
                var general = name.Substring(dot + 1);
                return OptionRegistry.Options.ContainsKey(general)
                    ? Resources.Localizable("AIREG001_UnknownKeySuggestion", Prefix + general)
                    : Unknown(name);
            }

            name = name.Substring(dot + 1);
        }

        if (!OptionRegistry.Options.TryGetValue(name, out var option))
        {
            return Unknown(name);
        }

        return options.TryGetValue(key, out var value) && option.Rejects(value) is { } accepted
            ? Resources.Localizable("AIREG001_BadValue", value, accepted)
            : null;
    }

    private static LocalizableString Unknown(string name) =>
        ClosestOption(name) is { } suggestion
            ? Resources.Localizable("AIREG001_UnknownKeySuggestion", Prefix + suggestion)
            : Resources.Localizable("AIREG001_UnknownKey");

    /// <summary>The known option within two edits of the last part of <paramref name="name"/>, if one is.</summary>
    private static string? ClosestOption(string name)
    {
        var dot = name.LastIndexOf('.');
        var tail = dot >= 0 ? name.Substring(dot + 1) : name;
        string? best = null;
        var bestDistance = 3;
        foreach (var candidate in OptionRegistry.Options.Keys)
        {
            var distance = EditDistance(tail, candidate, bestDistance);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is null ? null : dot >= 0 ? name.Substring(0, dot + 1) + best : best;
    }

    /// <summary>Levenshtein distance, giving up (returning <paramref name="limit"/>) once it cannot stay below it.</summary>
    private static int EditDistance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) >= limit)
        {
            return limit;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin >= limit)
            {
                return limit;
            }

            (previous, current) = (current, previous);
        }

        return Math.Min(previous[b.Length], limit);
    }
}
