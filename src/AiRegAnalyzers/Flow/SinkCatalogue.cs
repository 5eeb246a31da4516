namespace AiRegAnalyzers.Flow;

/// <summary>
/// A catalogue of sinks of one kind (log, file, cookie, cache, URL, exception message, AI prompt),
/// in one shape: a cheap pre-check by name, then one lookup that lists the values a call, creation,
/// throw or assignment hands to the sink. <see cref="MethodSummaries"/> uses the same catalogue to
/// find the application's own methods whose parameters reach a sink.
/// </summary>
internal abstract class SinkCatalogue
{
    /// <summary>The summaries this catalogue is registered with, and its slot there (<see cref="MethodSummaries.Register"/>).</summary>
    internal MethodSummaries? Owner { get; set; }

    internal int Slot { get; set; }

    /// <summary>The cheap pre-check: whether <paramref name="site"/> (a call, creation, throw or assignment) is a sink at all; most operations stop here.</summary>
    public abstract bool MayBeSink(IOperation site);

    /// <summary>Adds the values that <paramref name="site"/> hands to a sink of this catalogue.</summary>
    public abstract void Collect(IOperation site, List<SinkValue> values);

    /// <summary>
    /// Every name a sink site of this catalogue can bear in source: the invoked method, the created type, the
    /// assigned property, or a <see cref="WrapperScreen"/> marker (a throw, an indexer). An application method
    /// none of whose sites bears one reaches no sink, which <see cref="WrapperScreen"/> tells from its syntax
    /// without binding it. <see langword="null"/>: not known (configured methods), every body is bound.
    /// </summary>
    public virtual IEnumerable<string>? SiteNames => null;

    /// <summary>Whether the values <paramref name="method"/> returns reach a sink of this catalogue (a tool's result reaches the model).</summary>
    public virtual bool ReturnsReachSink(IMethodSymbol method) => false;

    /// <summary>
    /// The values <paramref name="site"/> hands to a sink through an application method whose parameters
    /// reach one (a wrapper; ask <see cref="MayBeSink"/> and <see cref="Collect"/> for a direct sink), with
    /// the sink the wrapper reaches in <paramref name="route"/>; <see langword="null"/> when it is no
    /// wrapper, so most calls allocate nothing. A rule that knows what it looks for passes
    /// <paramref name="mayCarry"/>: a call none of whose arguments may carry it is not looked into, so
    /// the callee's body is not bound for a summary nobody needs.
    /// </summary>
    public List<SinkValue>? CollectThroughWrapper(IOperation site, MethodSummaries summaries, out string? route, Func<IOperation, bool>? mayCarry = null) =>
        CollectThroughWrapper(ApplicationCall(site), summaries, out route, mayCarry);

    /// <summary>As above, for a call whose <see cref="ApplicationCall"/> the caller already has.</summary>
    public List<SinkValue>? CollectThroughWrapper(
        (IMethodSymbol? Method, ImmutableArray<IArgumentOperation> Arguments) call, MethodSummaries summaries, out string? route, Func<IOperation, bool>? mayCarry = null)
    {
        route = null;
        var (method, arguments) = call;
        if (method is null || (mayCarry is not null && (summaries.IsKnownNoWrapper(method, this) || !AnyArgument(arguments, mayCarry))))
        {
            return null;
        }

        var summary = summaries.SinkParameters(this, method);
        if (summary.IsEmpty)
        {
            return null;
        }

        var values = new List<SinkValue>();
        var api = method.MethodKind == MethodKind.Constructor ? "new " + method.ContainingType.Name : (method.ReducedFrom ?? method).Name;
        var found = new List<IOperation>();
        foreach (var pair in summary.Routes)
        {
            found.Clear();
            MethodSummaries.ArgumentsFor(arguments, pair.Key, found);
            foreach (var value in found)
            {
                values.Add(new SinkValue(value, pair.Value.Use, api, pair.Value.Options | SinkValueOptions.SplitHoles));
            }

            route ??= pair.Value.Api;
        }

        return values;
    }

    /// <summary>The application method (declared in source) that <paramref name="site"/> calls or constructs with arguments, or none: only such a call can be a wrapper.</summary>
    public static (IMethodSymbol? Method, ImmutableArray<IArgumentOperation> Arguments) ApplicationCall(IOperation site)
    {
        var (method, arguments) = site switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
            _ => (null, default),
        };
        return method is null || arguments.IsDefaultOrEmpty || (method.ReducedFrom ?? method).OriginalDefinition.DeclaringSyntaxReferences.IsEmpty
            ? (null, default)
            : (method, arguments);
    }

    /// <summary>Whether <paramref name="mayCarry"/> holds for any value the <paramref name="arguments"/> pass (a <c>params</c> array element by element).</summary>
    public static bool AnyArgument(ImmutableArray<IArgumentOperation> arguments, Func<IOperation, bool> mayCarry)
    {
        foreach (var argument in arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
            {
                foreach (var element in initializer.ElementValues)
                {
                    if (mayCarry(element))
                    {
                        return true;
                    }
                }
            }
            else if (mayCarry(argument.Value))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>One value handed to a sink, and how a finding in it is reported.</summary>
internal readonly struct SinkValue
{
    public SinkValue(
        IOperation value,
        CarrierUse use,
        string api,
        SinkValueOptions options = SinkValueOptions.None,
        ImmutableDictionary<string, string?>? properties = null,
        string? route = null)
    {
        Value = value;
        Use = use;
        Api = api;
        Options = options;
        Properties = properties;
        Route = route ?? api;
    }

    public IOperation Value { get; }

    /// <summary>How the sink uses an object: as text, or every member (serialized, destructured).</summary>
    public CarrierUse Use { get; }

    /// <summary>The sink's name in messages (<c>LogInformation</c>, <c>File.WriteAllText</c>).</summary>
    public string Api { get; }

    /// <summary>The sink's name when a wrapper reaches it (<c>ILogger.LogInformation</c>): the route named in a finding at the wrapper's caller.</summary>
    public string Route { get; }

    public SinkValueOptions Options { get; }

    /// <summary>Diagnostic properties for a finding in the value as a whole (the fixes read them).</summary>
    public ImmutableDictionary<string, string?>? Properties { get; }
}

[System.Flags]
internal enum SinkValueOptions
{
    None = 0,

    /// <summary>An interpolated string is reported hole by hole, so a fix can take out exactly that hole.</summary>
    SplitHoles = 1,

    /// <summary>A string concatenation is reported operand by operand.</summary>
    SplitConcatenation = 2,

    /// <summary>A bare variable is the whole sink value (a URL), whatever its name: only data built into it counts.</summary>
    IgnoreBareReference = 4,
}
