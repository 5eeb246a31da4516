using System.Collections.Concurrent;

namespace AiRegAnalyzers.Crypto;

/// <summary>
/// <see cref="CryptoHelpers.FindRoot"/> remembered per type, for one compilation: a rule that looks at every
/// object creation sees the same few types again and again, and walking each one's base types against
/// every watched root is the work the cache saves.
/// </summary>
internal sealed class TypeRoots
{
    private readonly ImmutableArray<INamedTypeSymbol> _roots;
    private readonly ConcurrentDictionary<ITypeSymbol, INamedTypeSymbol?> _byType = new(SymbolEqualityComparer.Default);
    private readonly Func<ITypeSymbol, INamedTypeSymbol?> _find;

    public TypeRoots(ImmutableArray<INamedTypeSymbol> roots)
    {
        _roots = roots;
        _find = type => CryptoHelpers.FindRoot(type, _roots);
    }

    public bool IsEmpty => _roots.IsDefaultOrEmpty;

    /// <summary>The watched type that <paramref name="type"/> is or derives from, or <see langword="null"/>.</summary>
    public INamedTypeSymbol? Find(ITypeSymbol? type) =>
        type is null || _roots.IsDefaultOrEmpty ? null : _byType.GetOrAdd(type, _find);
}
