using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace AiRegAnalyzers.Benchmarks;

/// <summary>
/// The .NET 10 reference assemblies plus the real assemblies of the packages the corpus calls (and what
/// they reference), resolved from this program's own dependencies: nothing is downloaded at run time.
/// </summary>
internal static class BenchmarkReferences
{
    private static readonly Type[] AnchorTypes =
    [
        typeof(Microsoft.Extensions.Logging.ILogger),
        typeof(Microsoft.Extensions.Logging.LoggerMessageAttribute),
        typeof(Microsoft.Extensions.Caching.Distributed.IDistributedCache),
        typeof(Microsoft.Extensions.Configuration.IConfiguration),
        typeof(Serilog.Log),
        typeof(Microsoft.EntityFrameworkCore.DbContext),
        typeof(Microsoft.Extensions.AI.IChatClient),
        typeof(Newtonsoft.Json.JsonConvert),
        typeof(Microsoft.AspNetCore.Identity.PersonalDataAttribute),
        typeof(Microsoft.AspNetCore.Http.HttpContext),
        typeof(Microsoft.AspNetCore.Http.Results),
        typeof(Microsoft.AspNetCore.Mvc.ControllerBase),
        typeof(Microsoft.AspNetCore.Builder.WebApplication),
        typeof(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder),
    ];

    public static ImmutableArray<MetadataReference> All { get; } = Build();

    private static ImmutableArray<MetadataReference> Build()
    {
        var byName = new Dictionary<string, MetadataReference>(StringComparer.OrdinalIgnoreCase);
        foreach (var reference in Basic.Reference.Assemblies.Net100.References.All)
        {
            byName[Path.GetFileNameWithoutExtension(reference.FilePath!)] = reference;
        }

        var pending = new Queue<Assembly>(AnchorTypes.Select(t => t.Assembly));
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
                    // Optional dependency not shipped with the benchmark: the corpus does not need it.
                }
            }
        }

        return [.. byName.Values];
    }
}
