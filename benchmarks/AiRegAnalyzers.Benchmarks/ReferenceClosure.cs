using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace AiRegAnalyzers.Benchmarks;

/// <summary>
/// The .NET 10 reference assemblies plus the assemblies of the given anchor types and everything they
/// reference, resolved from the running program's own dependencies: nothing is downloaded at run time.
/// Shared by the benchmark and the test suite (linked there).
/// </summary>
internal static class ReferenceClosure
{
    public static ImmutableArray<MetadataReference> Build(IEnumerable<Type> anchorTypes)
    {
        var byName = new Dictionary<string, MetadataReference>(StringComparer.OrdinalIgnoreCase);
        foreach (var reference in Basic.Reference.Assemblies.Net100.References.All)
        {
            byName[Path.GetFileNameWithoutExtension(reference.FilePath!)] = reference;
        }

        var pending = new Queue<Assembly>(anchorTypes.Select(t => t.Assembly));
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (pending.Count > 0)
        {
            var assembly = pending.Dequeue();
            var name = assembly.GetName().Name!;
            if (!seen.Add(name) || byName.ContainsKey(name) || string.IsNullOrEmpty(assembly.Location))
            {
                continue;
            }

            byName[name] = MetadataReference.CreateFromFile(assembly.Location);
            foreach (var dependency in assembly.GetReferencedAssemblies())
            {
                if (byName.ContainsKey(dependency.Name!) || seen.Contains(dependency.Name!))
                {
                    continue;
                }

                try
                {
                    pending.Enqueue(Assembly.Load(dependency));
                }
                catch (FileNotFoundException)
                {
                    // An optional dependency that is not shipped with the program: compilations do not need it.
                }
            }
        }

        return [.. byName.Values];
    }
}
