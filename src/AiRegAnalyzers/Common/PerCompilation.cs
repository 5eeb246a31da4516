using System.Runtime.CompilerServices;

namespace AiRegAnalyzers.Common;

/// <summary>
/// One instance of a per-compilation catalogue (resolved types, caches), shared by every rule
/// that asks for it and released with the compilation. Resolving types once matters: each
/// <c>GetTypeByMetadataName</c> searches every referenced assembly.
/// </summary>
internal static class PerCompilation<T>
    where T : class
{
    private static readonly ConditionalWeakTable<Compilation, T> Instances = new();

    public static T Get(Compilation compilation, ConditionalWeakTable<Compilation, T>.CreateValueCallback create) =>
        Instances.GetValue(compilation, create);
}
