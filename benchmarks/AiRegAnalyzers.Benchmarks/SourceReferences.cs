using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AiRegAnalyzers.Benchmarks;

/// <summary>
/// References for real code (<c>--source</c>): those of the generated corpus plus the other packages the
/// rules watch that real applications use often (NLog, log4net, JWT signing keys, the OpenAI SDK,
/// Identity's EF Core stores) and the whole ASP.NET Core shared framework (MVC view features, localization, ...), not only what the
/// anchors reach. Whatever else an application references is missing, so its calls do not bind: the run
/// says how much. The AI SDKs are referenced only for a checkout whose projects reference one
/// (<see cref="SourceCheckout.UsesAiSdk"/>): a real build of any other application has none, and the AI
/// rules register nothing there.
/// </summary>
internal static class SourceReferences
{
    private static readonly Type[] ExtraAnchorTypes =
    [
        typeof(NLog.LogManager),
        typeof(log4net.LogManager),
        typeof(Microsoft.IdentityModel.Tokens.SymmetricSecurityKey),
        typeof(Microsoft.AspNetCore.Identity.IdentityUser),
        typeof(Microsoft.AspNetCore.Identity.EntityFrameworkCore.IdentityDbContext),
    ];

    private static readonly Type[] AiAnchorTypes =
    [
        typeof(Microsoft.Extensions.AI.IChatClient),
        typeof(OpenAI.OpenAIClient),
        typeof(Microsoft.SemanticKernel.Kernel),
        typeof(Microsoft.SemanticKernel.KernelFunctionFactory),
        typeof(Microsoft.SemanticKernel.Connectors.OpenAI.OpenAIPromptExecutionSettings),
        typeof(Microsoft.Extensions.AI.ChatClientBuilder),
        typeof(Azure.AI.OpenAI.AzureOpenAIClient),
        typeof(ModelContextProtocol.Server.McpServerToolAttribute),
    ];

    public static ImmutableArray<MetadataReference> All { get; } = Build(withAi: true);

    public static ImmutableArray<MetadataReference> WithoutAi { get; } = Build(withAi: false);

    public static ImmutableArray<MetadataReference> For(SourceCheckout checkout) => checkout.UsesAiSdk ? All : WithoutAi;

    private static ImmutableArray<MetadataReference> Build(bool withAi)
    {
        var anchors = BenchmarkReferences.AnchorTypes.Except(AiAnchorTypes).Concat(ExtraAnchorTypes);
        var closure = ReferenceClosure.Build(withAi ? anchors.Concat(AiAnchorTypes) : anchors);
        var names = new HashSet<string>(closure.Select(r => Path.GetFileNameWithoutExtension(r.Display!)), StringComparer.OrdinalIgnoreCase);
        var sharedFramework = Path.GetDirectoryName(typeof(Microsoft.AspNetCore.Mvc.ControllerBase).Assembly.Location)!;
        var rest = Directory.GetFiles(sharedFramework, "*.dll")
            .Where(path => names.Add(Path.GetFileNameWithoutExtension(path)))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
        return [.. closure, .. rest];
    }
}
