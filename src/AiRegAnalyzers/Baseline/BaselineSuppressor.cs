using System.Linq;
using System.Reflection;

namespace AiRegAnalyzers.Baseline;

/// <summary>
/// Suppresses exactly the findings listed in <c>aireg.baseline.json</c> (justification "baseline"):
/// per key, as many findings as the entry counts, in source order. New findings are untouched, so
/// they still fail a <c>Strict</c> build.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BaselineSuppressor : DiagnosticSuppressor
{
    public const string Justification = "baseline";

    /// <summary>Prefix of the suppression IDs (<c>AIREGB301</c> suppresses AIREG301); the compiler's SARIF names it.</summary>
    public const string SuppressionIdPrefix = "AIREGB";

    /// <summary>One suppression per rule, for every rule descriptor (found by reflection, so new rules are covered).</summary>
    private static readonly ImmutableDictionary<string, SuppressionDescriptor> ByRule =
        typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => ((DiagnosticDescriptor)f.GetValue(null)!).Id)
            .Distinct(StringComparer.Ordinal)
            .ToImmutableDictionary(id => id, id => new SuppressionDescriptor(SuppressionIdPrefix + id.Substring(5), id, Justification), StringComparer.Ordinal);

    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = ByRule.Values.OrderBy(s => s.Id, StringComparer.Ordinal).ToImmutableArray();

    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        var token = context.CancellationToken;
        foreach (var baseline in BaselineFile.Find(context.Options, token))
        {
            if (baseline.Error is not null || baseline.Counts.Count == 0)
            {
                continue;
            }

            var left = new Dictionary<BaselineKey, int>(baseline.Counts);
            foreach (var diagnostic in context.ReportedDiagnostics.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start))
            {
                if (!ByRule.TryGetValue(diagnostic.Id, out var suppression) || diagnostic.Location.SourceTree is not { } tree)
                {
                    continue;
                }

                var key = BaselineKey.Create(diagnostic.Id, tree, tree.GetText(token), diagnostic.Location.SourceSpan.Start, baseline.BaseDirectory, token);
                if (left.TryGetValue(key, out var count) && count > 0)
                {
                    left[key] = count - 1;
                    context.ReportSuppression(Suppression.Create(suppression, diagnostic));
                }
            }
        }
    }
}
