namespace AiRegAnalyzers.Common;

/// <summary>
/// A configured list of methods (<c>aireg.log_methods</c>, <c>aireg.sanitizer_methods</c>, ...).
/// An entry is a method name (<c>Record</c>), or a dotted suffix of the fully qualified name
/// (<c>AuditTrail.Record</c>, <c>MyApp.Services.AuditTrail.Record</c>).
/// </summary>
internal sealed class MethodNameList
{
    /// <summary>No methods: what a rule uses where no file configures any.</summary>
    public static readonly MethodNameList None = new(ImmutableArray<string>.Empty);

    private readonly ImmutableArray<string> _entries;

    public MethodNameList(ImmutableArray<string> entries) => _entries = entries;

    public bool IsEmpty => _entries.IsDefaultOrEmpty;

    public bool Contains(IMethodSymbol method)
    {
        if (IsEmpty)
        {
            return false;
        }

        method = method.ReducedFrom ?? method;
        foreach (var entry in _entries)
        {
            var dot = entry.LastIndexOf('.');
            var name = dot < 0 ? entry : entry.Substring(dot + 1);
            if (!string.Equals(name, method.Name, StringComparison.Ordinal))
            {
                continue;
            }

            if (dot < 0 || EndsWithQualifiedName(method.ContainingType, entry.Substring(0, dot)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/>'s qualified name ends with <paramref name="qualifier"/> on a dot boundary.</summary>
    private static bool EndsWithQualifiedName(INamespaceOrTypeSymbol? type, string qualifier)
    {
        var end = qualifier.Length;
        ISymbol? current = type;
        while (current is INamespaceOrTypeSymbol and not INamespaceSymbol { IsGlobalNamespace: true } && end > 0)
        {
            var name = current.Name;
            var start = end - name.Length;
            if (start < 0 || string.CompareOrdinal(qualifier, start, name, 0, name.Length) != 0)
            {
                return false;
            }

            if (start == 0)
            {
                return true;
            }

            if (qualifier[start - 1] != '.')
            {
                return false;
            }

            end = start - 1;
            current = current.ContainingSymbol;
        }

        return false;
    }
}
