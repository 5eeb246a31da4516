using AiRegAnalyzers.Privacy;
using AiRegAnalyzers.Sinks;

namespace AiRegAnalyzers.AI;

/// <summary>
/// AIREG201: personal data reaching the prompt, message or embedding input of an AI SDK call
/// (see <see cref="AiSinks"/>), the result of a tool the model calls (<see cref="ToolResults"/>),
/// an AI memory or vector store, or a wrapper method named in <c>aireg.ai_methods</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataSentToAiModelAnalyzer : PersonalDataSinkAnalyzer
{
    /// <summary>Wrapper methods that send their arguments to a model (<c>TriageGateway.Ask</c>); every argument counts.</summary>
    internal static readonly ListOption AiMethods = new("ai_methods");

    private const string RuleId = RuleIds.PersonalDataSentToAiModel;

    private static readonly ImmutableDictionary<string, string?> Hole = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.InterpolationHole, DiagnosticProperties.Set);

    // Calls and creations send prompts; returns and yields of tools send results.
    private static readonly ImmutableArray<OperationKind> Sites =
        ImmutableArray.Create(OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.Return, OperationKind.YieldReturn);

    public PersonalDataSentToAiModelAnalyzer()
        : base(Descriptors.AIREG201_PersonalDataSentToAiModel)
    {
    }

    private protected override ImmutableDictionary<string, string?> HoleProperties => Hole;

    private protected override ImmutableArray<OperationKind> SiteKinds => Sites;

    // Without an AI SDK only configured wrappers can be sinks.
    private protected override SinkCatalogue? CreateCatalogue(Compilation compilation, AnalyzerOptions options)
    {
        // No AI SDK referenced and no method configured as a model call: nothing here can reach a model.
        var ai = AiSinks.Get(compilation);
        var configured = ConfiguredMethods.Read(compilation, options, AiMethods, RuleId);
        return ai.IsEmpty && configured is null
            ? null
            : new PromptSinkCatalogue(ai, configured, compilation.GetTypeByMetadataName("System.Threading.CancellationToken"), ToolResults.Get(compilation));
    }

    /// <summary>A memory or vector store keeps what it is given: the message says so (PIPL Art. 19).</summary>
    private protected override LocalizableString RouteArgument(string api, string? route) =>
        AiSinks.IsMemoryApi(route ?? api) ? new RetainedInMemoryText(RouteText.Through(route)) : RouteText.Through(route);
}
