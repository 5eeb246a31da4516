using System.Runtime.CompilerServices;

namespace AiRegAnalyzers.Common;

/// <summary>
/// Compares by reference: for caches keyed by objects the compiler hands out once per entity (the
/// symbol of a source method), where a structural comparer would hash the symbol on every lookup.
/// </summary>
internal sealed class IdentityComparer<T> : IEqualityComparer<T>
    where T : class
{
    public static readonly IdentityComparer<T> Instance = new();

    private IdentityComparer()
    {
    }

    public bool Equals(T? x, T? y) => ReferenceEquals(x, y);

    public int GetHashCode(T obj) => RuntimeHelpers.GetHashCode(obj);
}
