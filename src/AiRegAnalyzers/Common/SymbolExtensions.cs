using Microsoft.CodeAnalysis;

namespace AiRegAnalyzers.Common;

internal static class SymbolExtensions
{
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
}
