namespace AiRegAnalyzers.Flow;

/// <summary>
/// The source interfaces among a type's <c>AllInterfaces</c>, without building <c>AllInterfaces</c> (the closure
/// of every library interface of every type, most of the cost of the implementation map): only a source type
/// lists a source interface, and a library interface extends none, so the walk follows the type's source base
/// classes and source interfaces only. One instance serves a whole walk over the compilation's types; the list
/// <see cref="Of"/> returns is reused by the next call.
/// </summary>
internal sealed class SourceInterfaceWalk(IAssemblySymbol source)
{
    private readonly Stack<INamedTypeSymbol> _pending = new();
    private readonly HashSet<INamedTypeSymbol> _seen = new(SymbolEqualityComparer.Default);
    private readonly List<INamedTypeSymbol> _found = [];

    public List<INamedTypeSymbol> Of(INamedTypeSymbol type)
    {
        _found.Clear();
        _seen.Clear();
        for (var current = type; current is not null && IsSource(current); current = current.BaseType)
        {
            foreach (var listed in current.Interfaces)
            {
                _pending.Push(listed);
            }
        }

        while (_pending.Count > 0)
        {
            var @interface = _pending.Pop();
            if (!IsSource(@interface) || !_seen.Add(@interface))
            {
                continue;
            }

            _found.Add(@interface);
            foreach (var extended in @interface.Interfaces)
            {
                _pending.Push(extended);
            }
        }

        return _found;
    }

    private bool IsSource(INamedTypeSymbol type) => SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, source);
}
