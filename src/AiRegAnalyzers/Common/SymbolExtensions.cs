namespace AiRegAnalyzers.Common;

internal static class SymbolExtensions
{
    /// <summary>Every type <paramref name="assembly"/> declares, nested types included (namespaces and types walked once, without recursion).</summary>
    public static IEnumerable<INamedTypeSymbol> DeclaredTypes(this IAssemblySymbol assembly)
    {
        var pending = new Stack<INamespaceOrTypeSymbol>();
        pending.Push(assembly.GlobalNamespace);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current is INamespaceSymbol @namespace)
            {
                foreach (var nested in @namespace.GetNamespaceMembers())
                {
                    pending.Push(nested);
                }
            }
            else if (current is INamedTypeSymbol type)
            {
                yield return type;
            }

            foreach (var nested in current.GetTypeMembers())
            {
                pending.Push(nested);
            }
        }
    }

    /// <summary>Whether <paramref name="type"/> is <paramref name="baseType"/> or derives from it (classes only; interfaces are not walked).</summary>
    public static bool InheritsFromOrEquals(this ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="ns"/> is the namespace <paramref name="name"/> (<c>System.Text</c>), or, with
    /// <paramref name="orBelow"/>, one nested in it. Compares name parts in place: no display string is built.
    /// </summary>
    public static bool IsNamespace(this INamespaceSymbol? ns, string name, bool orBelow = false)
    {
        if (ns is null)
        {
            return false;
        }

        // Skip namespaces nested below the one named, when allowed.
        var length = Depth(ns);
        var expected = 1;
        foreach (var c in name)
        {
            if (c == '.')
            {
                expected++;
            }
        }

        if (length < expected || (length > expected && !orBelow))
        {
            return false;
        }

        for (; length > expected; length--)
        {
            ns = ns!.ContainingNamespace;
        }

        var end = name.Length;
        for (var current = ns; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace)
        {
            var start = end - current.Name.Length;
            if (start < 0 || string.CompareOrdinal(name, start, current.Name, 0, current.Name.Length) != 0 || (start > 0 && name[start - 1] != '.'))
            {
                return false;
            }

            end = start - 1;
        }

        return end <= 0;
    }

    private static int Depth(INamespaceSymbol ns)
    {
        var depth = 0;
        for (var current = ns; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace)
        {
            depth++;
        }

        return depth;
    }
}
