using AiRegAnalyzers.AI;

namespace AiRegAnalyzers.Sinks;

/// <summary>
/// The prompt, message and embedding inputs of AI SDK calls (<see cref="AiSinks"/>) and of the
/// wrappers configured in <c>ai_methods</c>, as a <see cref="SinkCatalogue"/>; and the values a
/// tool returns to the model (<see cref="ToolResults"/>) when the rule asks for return sites.
/// </summary>
internal sealed class PromptSinkCatalogue : SinkCatalogue
{
    private readonly AiSinks _sinks;
    private readonly PerTreeCache<MethodNameList>? _aiMethods;
    private readonly INamedTypeSymbol? _cancellationToken;
    private readonly ToolResults? _tools;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<SyntaxNode, bool> _syntheticScopes = new();

    /// <param name="aiMethods">The wrappers configured in <c>ai_methods</c>; <see langword="null"/> when no file lists one.</param>
    /// <param name="tools">The compilation's tools, when return sites count (AIREG201); <see langword="null"/> otherwise.</param>
    public PromptSinkCatalogue(AiSinks sinks, PerTreeCache<MethodNameList>? aiMethods, INamedTypeSymbol? cancellationToken, ToolResults? tools = null)
    {
        _sinks = sinks;
        _aiMethods = aiMethods;
        _cancellationToken = cancellationToken;
        _tools = sinks.IsEmpty ? null : tools;
    }

    public override IEnumerable<string>? SiteNames => _aiMethods is null ? _sinks.SiteNames : null;

    public override bool ReturnsReachSink(IMethodSymbol method) => _tools is not null && _tools.IsTool(method);

    public override bool MayBeSink(IOperation site)
    {
        var sink = site is IReturnOperation returned
            ? _tools is not null && _tools.IsToolResult(returned)
            : Call(site) is { } method && (IsSdkSink(method) || IsConfiguredWrapper(method, site.Syntax.SyntaxTree));

        // Decided last: rare, once a site is a sink.
        return sink && !SyntheticDataCode.Contains(site, _syntheticScopes);
    }

    public override void Collect(IOperation site, List<SinkValue> values)
    {
        if (site is IReturnOperation returned)
        {
            ToolResults.Collect(returned, values);
            return;
        }

        var method = Call(site)!;
        var arguments = site is IInvocationOperation invocation ? invocation.Arguments : ((IObjectCreationOperation)site).Arguments;
        var found = new List<IOperation>(arguments.Length);
        if (IsSdkSink(method))
        {
            _sinks.CollectPromptValues(arguments, found);
        }
        else
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter is { } parameter && argument.ArgumentKind != ArgumentKind.DefaultValue
                    && !SymbolEqualityComparer.Default.Equals(parameter.Type, _cancellationToken)
                    && !(parameter.Ordinal == 0 && (method.ReducedFrom ?? method).IsExtensionMethod))
                {
                    found.Add(argument.Value);
                }
            }
        }

        var original = method.ReducedFrom ?? method;
        var api = _sinks.MemoryApi(original)
            ?? (original.MethodKind == MethodKind.Constructor ? "new " + original.ContainingType.Name : original.ContainingType?.Name + "." + original.Name);
        foreach (var value in found)
        {
            AddValue(value, api, values);
        }
    }

    /// <summary>
    /// Adds a value sent to the model: a string as text, an object serialized whole (a wrapper's
    /// argument, a template argument, a tool result, a vector store record); an object built in
    /// place (<c>new { c.Tier, c.Email }</c>, <c>new Record { Email = c.Email }</c>) member by
    /// member, so that each finding is one value a redaction method can take.
    /// </summary>
    internal static void AddValue(IOperation value, string api, List<SinkValue> values)
    {
        var unwrapped = value;
        while (unwrapped is IConversionOperation conversion)
        {
            unwrapped = conversion.Operand;
        }

        switch (unwrapped)
        {
            case IAnonymousObjectCreationOperation anonymous:
                foreach (var member in anonymous.Initializers)
                {
                    AddValue(member is ISimpleAssignmentOperation assignment ? assignment.Value : member, api, values);
                }

                return;
            case IObjectCreationOperation { Arguments.IsEmpty: true, Initializer.Initializers: { Length: > 0 } initializers }:
                foreach (var member in initializers)
                {
                    if (member is ISimpleAssignmentOperation assignment)
                    {
                        AddValue(assignment.Value, api, values);
                    }
                }

                return;
            default:
                var use = value.Type?.SpecialType == SpecialType.System_String ? CarrierUse.Stringified : CarrierUse.Serialized;
                values.Add(new SinkValue(value, use, api, SinkValueOptions.SplitHoles));
                return;
        }
    }

    private static IMethodSymbol? Call(IOperation site) => site switch
    {
        IInvocationOperation { Arguments.IsEmpty: false } invocation => invocation.TargetMethod,
        IObjectCreationOperation { Constructor: { } constructor, Arguments.IsEmpty: false } => constructor,
        _ => null,
    };

    private bool IsSdkSink(IMethodSymbol method) => !_sinks.IsEmpty && _sinks.MayBeSink(method) && _sinks.IsSink(method);

    private bool IsConfiguredWrapper(IMethodSymbol method, SyntaxTree tree) =>
        _aiMethods is not null && method.MethodKind != MethodKind.Constructor && _aiMethods.Get(tree) is { IsEmpty: false } wrappers && wrappers.Contains(method);
}
