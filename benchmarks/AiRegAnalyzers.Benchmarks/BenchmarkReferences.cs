using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AiRegAnalyzers.Benchmarks;

/// <summary>
/// The .NET 10 reference assemblies plus the real assemblies of the packages the corpus calls (and what
/// they reference), resolved from this program's own dependencies: nothing is downloaded at run time.
/// </summary>
internal static class BenchmarkReferences
{
    internal static readonly Type[] AnchorTypes =
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

    public static ImmutableArray<MetadataReference> All { get; } = ReferenceClosure.Build(AnchorTypes);
}
