using AiRegAnalyzers.Sinks;

namespace AiRegAnalyzers.AI;

/// <summary>
/// AI content as a source of the flow core (AIREG203): a value of an AI SDK message or response
/// type (<see cref="AiSinks.IsContentType"/>) or one of its text members, a local, parameter or
/// property that the same method body passes to a model as prompt text, or a parameter of a tool
/// (the model wrote it). Lengths, counts, token usage, roles and finish reasons are not content.
/// </summary>
internal sealed class AiContentSource : IValueSource<IOperation>
{
    private readonly AiSinks _ai;
    private readonly HashSet<ISymbol>? _prompts;
    private readonly AiContentSource? _shared;

    /// <summary>Per compilation (on the shared source): whether a method's name says it redacts, so a name is split once.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<IMethodSymbol, bool>? _sanitizerWords;

    /// <summary>
    /// <c>aireg.sanitizer_methods</c>, read per tree where the call is (folders may differ); kept
    /// apart from the name cache, which holds for the whole compilation.
    /// </summary>
    private readonly PerTreeCache<MethodNameList>? _configuredSanitizers;

    /// <param name="configuredSanitizers">The configured sanitizers, on the shared source.</param>
    /// <param name="prompts">Symbols the body passes to a model as prompt text; <see langword="null"/> for the shared source that reads other methods.</param>
    public AiContentSource(AiSinks ai, ToolResults tools, PerTreeCache<MethodNameList>? configuredSanitizers = null, HashSet<ISymbol>? prompts = null, AiContentSource? shared = null)
    {
        _ai = ai;
        Tools = tools;
        _prompts = prompts;
        _shared = shared;
        _sanitizerWords = shared is null ? new(SymbolEqualityComparer.Default) : null;
        _configuredSanitizers = shared is null ? configuredSanitizers : shared._configuredSanitizers;
    }

    public ToolResults Tools { get; }

    public bool FollowsMemberWrites => false;

    public IValueSource<IOperation> Summarized => _shared ?? this;

    public Traced<IOperation> Inspect(IOperation operation, CarrierUse use, ValueFlow<IOperation> flow)
    {
        if (operation.ConstantValue.HasValue
            || (operation.Type is { IsValueType: true } valueType && valueType.SpecialType != SpecialType.System_Char && !_ai.IsContentType(valueType)))
        {
            return Traced<IOperation>.Clean;
        }

        switch (operation)
        {
            case IParameterReferenceOperation parameter:
                return IsPrompt(parameter.Parameter) || _ai.IsContentType(parameter.Type) || IsToolArgument(parameter.Parameter)
                    ? Traced<IOperation>.Found(operation)
                    : Traced<IOperation>.Unknown;
            case ILocalReferenceOperation local:
                return IsPrompt(local.Local) || _ai.IsContentType(local.Type) ? Traced<IOperation>.Found(operation) : Traced<IOperation>.Unknown;
            case IPropertyReferenceOperation property when IsPrompt(property.Property):
                return Traced<IOperation>.Found(operation);
            case IPropertyReferenceOperation { Instance: { } instance } property when _ai.IsContentType(instance.Type):
                // response.Text, completion.Content, messages[0]; not response.ModelId or update.Role.
                return property.Property.IsIndexer || AiSinks.IsTextMember(property.Property) ? Traced<IOperation>.Found(operation) : Traced<IOperation>.Clean;
            case IInvocationOperation sanitizer when IsSanitizer(sanitizer):
                // Pii.Mask(response.Text): what the redaction method returns is what the fix meant to log.
                return Traced<IOperation>.Clean;
            case IInvocationOperation { Instance: { } receiver } invocation when _ai.IsContentType(receiver.Type):
                return AiSinks.IsTextMember(invocation.TargetMethod) ? Traced<IOperation>.Found(operation) : Traced<IOperation>.Clean;
            default:
                return Traced<IOperation>.Unknown;
        }
    }

    public Traced<IOperation> Leaf(IOperation operation, CarrierUse use, ValueFlow<IOperation> flow) =>
        _ai.IsContentType(operation.Type) ? Traced<IOperation>.Found(operation) : Traced<IOperation>.Unknown;

    public IOperation AtCall(IOperation found, IOperation call) => call;

    /// <summary>Whether <paramref name="call"/> redacts its argument (a sanitizer word in its name, or <c>aireg.sanitizer_methods</c>).</summary>
    internal bool IsSanitizer(IInvocationOperation call) =>
        (_shared ?? this)._sanitizerWords!.GetOrAdd(call.TargetMethod, static m => PersonalDataScope.HasSanitizerWord(m.Name))
        || (_configuredSanitizers is { } configured && configured.Get(call.Syntax.SyntaxTree).Contains(call.TargetMethod));

    private bool IsPrompt(ISymbol symbol) => _prompts is { } prompts && prompts.Contains(symbol);

    /// <summary>What a tool is called with: the model generated it (<c>SearchAsync(string query)</c> registered with <c>AIFunctionFactory.Create</c>).</summary>
    private bool IsToolArgument(IParameterSymbol parameter) => parameter.ContainingSymbol is IMethodSymbol method && Tools.IsTool(method);
}
