using System.Collections.Concurrent;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRegAnalyzers.Flow;

/// <summary>
/// What the application's own methods do with values, computed lazily and cached per method for
/// one compilation and shared by every rule: what a method's result comes from, per source
/// (<see cref="Result{T}"/>), and which of its parameters reach a sink of each registered
/// <see cref="SinkCatalogue"/> (<see cref="SinkParameters"/>: one summary per method serves every
/// catalogue, so a body's sinks are looked at once for all rules). Calls through an interface or a
/// virtual method resolve to the implementations in the compilation when they agree. Summaries nest
/// at most <see cref="MaxCallDepth"/> calls deep; a summary at depth d only uses summaries at depth
/// d - 1, so recursion ends and the answer does not depend on which method was asked first. A
/// summary records how deep it actually went (its height): one that the bound did not cut off is
/// the same at every depth from its height on, and is kept once for all of them.
/// Framework and package methods have no body here: their catalogues decide.
/// </summary>
internal sealed class MethodSummaries
{
    /// <summary>How many application calls a value is followed through.</summary>
    public const int MaxCallDepth = 4;

    /// <summary>The height of a summary that the depth bound cut off: it is kept for its own depth only.</summary>
    internal const int Truncated = int.MaxValue / 2;

    /// <summary>The depth slot of a summary that holds at every depth from its height on.</summary>
    private const int AnyDepth = 0;

    private const int MaxImplementations = 8;

    private readonly Compilation _compilation;
    private readonly INamedTypeSymbol? _jsonSerializer;
    private readonly INamedTypeSymbol? _jsonConvert;
    private readonly ConcurrentDictionary<IMethodSymbol, MethodBody?> _bodies = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>> _targets = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SummaryKey, object> _results = new();
    private readonly ConcurrentDictionary<SummaryKey, SinkSummaries> _sinks = new();
    private readonly ConcurrentDictionary<IMethodSymbol, SinkSummaries?> _atCall = new(IdentityComparer<IMethodSymbol>.Instance);
    private readonly ConcurrentDictionary<ISymbol, IReadOnlyList<IOperation?>> _memberWrites = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();
    private readonly object _catalogueGate = new();
    private readonly object _implementationsGate = new();
    private SinkCatalogue[] _catalogues = [];
    private SyntaxTree? _lastObserved;
    private Dictionary<IMethodSymbol, List<IMethodSymbol>>? _implementations;
    private WrapperScreen? _screen;
    private ApplicationNames? _names;

    private MethodSummaries(Compilation compilation)
    {
        _compilation = compilation;
        _jsonSerializer = compilation.GetTypeByMetadataName("System.Text.Json.JsonSerializer");
        _jsonConvert = compilation.GetTypeByMetadataName("Newtonsoft.Json.JsonConvert");
    }

    public static MethodSummaries Get(Compilation compilation) => PerCompilation<MethodSummaries>.Get(compilation, c => new MethodSummaries(c));

    /// <summary>The summaries of the compilation <paramref name="operation"/> belongs to.</summary>
    public static MethodSummaries? Get(IOperation operation)
    {
        if (operation.SemanticModel is not { } model)
        {
            return null;
        }

        var summaries = Get(model.Compilation);
        summaries.Observe(operation);
        return summaries;
    }

    /// <summary>
    /// Keeps the semantic model the analyzer driver analyses <paramref name="operation"/>'s tree
    /// with, so that summaries read that tree's bodies from the operation trees the driver already
    /// bound instead of binding them again once the driver has let the model go.
    /// </summary>
    public void Observe(IOperation operation)
    {
        var tree = operation.Syntax.SyntaxTree;
        if (ReferenceEquals(tree, _lastObserved))
        {
            return;
        }

        if (operation.SemanticModel is { IsSpeculativeSemanticModel: false } model
            && ReferenceEquals(model.SyntaxTree, tree) && ReferenceEquals(model.Compilation, _compilation))
        {
            _models.TryAdd(tree, model);
        }

        _lastObserved = tree;
    }

    /// <summary>
    /// Adds <paramref name="catalogue"/> to those every sink summary covers (once; a catalogue
    /// is registered on its first question if its rule did not register it at compilation start).
    /// </summary>
    public void Register(SinkCatalogue catalogue) => Slot(catalogue);

    /// <summary>The name test of <see cref="IsSerializer"/>, for a caller that has not looked the summaries up yet.</summary>
    public static bool MayBeSerializer(IMethodSymbol method) => IsSerializerName(method.Name);

    /// <summary>The name test alone, for a call that did not bind (its called name).</summary>
    public static bool IsSerializerName(string name) => name.StartsWith("Serialize", System.StringComparison.Ordinal);

    public bool IsSerializer(IMethodSymbol method) =>
        MayBeSerializer(method)
        && (SymbolEqualityComparer.Default.Equals(method.ContainingType, _jsonSerializer) || SymbolEqualityComparer.Default.Equals(method.ContainingType, _jsonConvert));

    /// <summary>Whether <paramref name="method"/> is declared in source with a body (not abstract, extern, or an auto-property accessor).</summary>
    public static bool HasBody(IMethodSymbol method)
    {
        method = Normalize(method);
        if (method.IsAbstract || method.IsExtern || method.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        return method.DeclaringSyntaxReferences[0].GetSyntax() switch
        {
            MethodDeclarationSyntax declaration => declaration.Body is not null || declaration.ExpressionBody is not null,
            LocalFunctionStatementSyntax local => local.Body is not null || local.ExpressionBody is not null,
            AccessorDeclarationSyntax accessor => accessor.Body is not null || accessor.ExpressionBody is not null,
            ArrowExpressionClauseSyntax => true,
            _ => false,
        };
    }

    /// <summary>Whether <see cref="Result{T}"/> has something to read for <paramref name="method"/> (a body here, a result).</summary>
    public bool IsSummarized(IMethodSymbol method) => !method.ReturnsVoid && !Targets(method).IsEmpty;

    /// <summary>What the result of <paramref name="method"/> comes from, or <see langword="null"/> when it has no body here to read.</summary>
    public ResultSummary<T>? Result<T>(IValueSource<T> source, IMethodSymbol method, CarrierUse use, int calls)
        where T : class
    {
        if (calls <= 0 || method.ReturnsVoid)
        {
            return null;
        }

        var targets = Targets(method);
        if (targets.IsEmpty)
        {
            return null;
        }

        method = Normalize(method);
        var any = new SummaryKey(source, method, use, AnyDepth);
        if (_results.TryGetValue(any, out var cached) && ((ResultSummary<T>)cached).Height <= calls)
        {
            return (ResultSummary<T>)cached;
        }

        var key = new SummaryKey(source, method, use, calls);
        if (_results.TryGetValue(key, out cached))
        {
            return (ResultSummary<T>)cached;
        }

        ResultSummary<T>? combined = null;
        foreach (var target in targets)
        {
            var summary = ComputeResult(source, target, use, calls);
            combined = combined is null ? summary : combined.Agree(summary);
        }

        return (ResultSummary<T>)_results.GetOrAdd(combined!.Height <= calls ? any : key, combined);
    }

    /// <summary>
    /// Whether no parameter of <paramref name="method"/> reaches a sink of any catalogue registered (with
    /// <paramref name="catalogue"/>, registered now if it was not), as its kept at-call summary or the syntax
    /// screen tells: its callers need not ask whether their arguments carry anything (the costly part of a
    /// wrapper lookup).
    /// </summary>
    public bool IsKnownNoWrapper(IMethodSymbol method, SinkCatalogue? catalogue = null)
    {
        if (catalogue is not null)
        {
            _ = Slot(catalogue);
        }

        if (_atCall.TryGetValue(method, out var summaries) && (summaries is null || summaries.Covered >= _catalogues.Length))
        {
            return summaries is null || summaries.IsEmpty;
        }

        // Not summarized yet (or before a catalogue registered late): the syntax screen (kept per method) rules out
        // most methods before any argument is traced.
        var catalogues = _catalogues;
        if (catalogues.Length == 0)
        {
            return false;
        }

        var screen = Screen(catalogues);
        foreach (var target in Targets(method))
        {
            if (screen.MayReachSink(target))
            {
                return false;
            }
        }

        // Kept as the at-call summary, so that the other rules' questions about this method are one lookup.
        _atCall[method] = SinkSummaries.None(catalogues.Length);
        return true;
    }

    /// <summary>The parameters of <paramref name="method"/> whose value reaches a sink of <paramref name="catalogue"/>, with the sink each reaches.</summary>
    public SinkSummary SinkParameters(SinkCatalogue catalogue, IMethodSymbol method, int calls = MaxCallDepth)
    {
        if (calls <= 0 || method.Parameters.IsEmpty)
        {
            return SinkSummary.None;
        }

        var slot = Slot(catalogue);
        if (calls != MaxCallDepth)
        {
            return Sinks(method, calls, slot + 1) is { } nested ? nested.Of(slot) : SinkSummary.None;
        }

        // Every rule asks this at every call of an application method: the answer for all catalogues
        // is kept by the call's own method symbol, so the other rules' questions are one lookup.
        if (!_atCall.TryGetValue(method, out var summaries) || (summaries is not null && summaries.Covered <= slot))
        {
            summaries = Sinks(method, calls, _catalogues.Length);
            _atCall[method] = summaries;
        }

        return summaries is not null ? summaries.Of(slot) : SinkSummary.None;
    }

    /// <summary>The values the member's own type writes into a field or property (<see langword="null"/> entries: written with an unknown value).</summary>
    public IReadOnlyList<IOperation?>? WritesOf(ISymbol member)
    {
        if (member.ContainingType is null || member.DeclaringSyntaxReferences.IsEmpty)
        {
            return null;
        }

        var writes = _memberWrites.TryGetValue(member.OriginalDefinition, out var cached)
            ? cached
            : _memberWrites.GetOrAdd(member.OriginalDefinition, CollectMemberWrites(member.OriginalDefinition));
        return writes.Count == 0 ? null : writes;
    }

    /// <summary>The value each argument gives parameter <paramref name="ordinal"/>: a <c>params</c> array is expanded element by element.</summary>
    public static void ArgumentsFor(ImmutableArray<IArgumentOperation> arguments, int ordinal, List<IOperation> values)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Ordinal != ordinal || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
            {
                values.AddRange(initializer.ElementValues);
            }
            else
            {
                values.Add(argument.Value);
            }
        }
    }

    private int Slot(SinkCatalogue catalogue)
    {
        if (ReferenceEquals(catalogue.Owner, this))
        {
            return catalogue.Slot;
        }

        lock (_catalogueGate)
        {
            if (!ReferenceEquals(catalogue.Owner, this))
            {
                // Append-only: a summary that covers the first n catalogues stays right for them.
                var catalogues = new SinkCatalogue[_catalogues.Length + 1];
                _catalogues.CopyTo(catalogues, 0);
                catalogues[_catalogues.Length] = catalogue;
                catalogue.Slot = _catalogues.Length;
                catalogue.Owner = this;
                _catalogues = catalogues;
            }

            return catalogue.Slot;
        }
    }

    /// <summary>The sink summaries of <paramref name="method"/> at depth <paramref name="calls"/>, covering at least the first <paramref name="covered"/> catalogues.</summary>
    private SinkSummaries? Sinks(IMethodSymbol method, int calls, int covered)
    {
        var targets = Targets(method);
        if (targets.IsEmpty)
        {
            return null;
        }

        method = Normalize(method);
        var any = new SummaryKey(this, method, CarrierUse.Stringified, AnyDepth);
        if (_sinks.TryGetValue(any, out var cached) && cached.Height <= calls && cached.Covered >= covered)
        {
            return cached;
        }

        var key = new SummaryKey(this, method, CarrierUse.Stringified, calls);
        if (_sinks.TryGetValue(key, out cached) && cached.Covered >= covered)
        {
            return cached;
        }

        var catalogues = _catalogues;
        SinkSummaries? combined = null;
        foreach (var target in targets)
        {
            var summary = ComputeSinks(catalogues, target, calls);
            combined = combined is null ? summary : combined.Agree(summary);
        }

        // A catalogue registered later than a cached summary was computed replaces it (rare: rules register at compilation start).
        var slotKey = combined!.Height <= calls ? any : key;
        return _sinks.AddOrUpdate(slotKey, combined, (_, existing) => existing.Covered >= combined.Covered ? existing : combined);
    }

    private ResultSummary<T> ComputeResult<T>(IValueSource<T> source, IMethodSymbol target, CarrierUse use, int calls)
        where T : class
    {
        if (Body(target) is not { } body || body.Returns.Count == 0)
        {
            return ResultSummary<T>.Unknown;
        }

        var walker = ValueFlow<T>.InFrame(source, this, target, calls - 1);
        var value = Traced<T>.Unknown;
        var allClean = true;
        foreach (var returned in body.Returns)
        {
            var verdict = walker.Evaluate(returned, use, 0);
            if (verdict.IsFound && !value.IsFound)
            {
                value = verdict;
            }

            allClean &= verdict.IsClean;
        }

        if (!value.IsFound && allClean)
        {
            value = Traced<T>.Clean;
        }

        return new ResultSummary<T>(value, walker.ReachedAsText, walker.ReachedSerialized, Height(walker.Needed));
    }

    /// <summary>
    /// One pass over the sites of <paramref name="target"/>'s body for every catalogue: a site that
    /// is a sink of a catalogue adds the parameters its values come from; any other call adds the
    /// parameters that reach the callee's sinks of that catalogue (a wrapper calling a wrapper).
    /// </summary>
    private SinkSummaries ComputeSinks(SinkCatalogue[] catalogues, IMethodSymbol target, int calls)
    {
        if (catalogues.Length == 0 || !Screen(catalogues).MayReachSink(target) || Body(target) is not { } body)
        {
            return SinkSummaries.None(catalogues.Length);
        }

        var routes = new Dictionary<int, SinkRoute>?[catalogues.Length];
        var height = 1;
        var values = new List<SinkValue>();
        var arguments = new List<IOperation>();
        ReachCache? reaches = null;
        foreach (var site in body.Index.Sites)
        {
            if (!body.Contains(site))
            {
                continue;
            }

            var direct = 0UL;
            for (var k = 0; k < catalogues.Length; k++)
            {
                if (!catalogues[k].MayBeSink(site))
                {
                    continue;
                }

                values.Clear();
                catalogues[k].Collect(site, values);
                foreach (var value in values)
                {
                    var reached = Reach(ref reaches, target, value.Value, value.Use, calls, ref height);
                    Add(ref routes[k], reached, new SinkRoute(value.Route, value.Use, value.Options & SinkValueOptions.IgnoreBareReference));
                }

                if (values.Count > 0)
                {
                    direct |= 1UL << k;
                }
            }

            if (direct == AllOf(catalogues.Length))
            {
                continue;
            }

            // A call to another wrapper: Audit(m) => Write(m) => _log.LogInformation(m).
            var (callee, callArguments) = site switch
            {
                IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
                IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
                _ => (null, default),
            };
            if (callee is null || callArguments.IsDefaultOrEmpty || callee.Parameters.IsEmpty)
            {
                continue;
            }

            if (calls <= 1)
            {
                if (!Targets(callee).IsEmpty)
                {
                    height = Truncated;
                }

                continue;
            }

            if (Sinks(callee, calls - 1, catalogues.Length) is not { } inner)
            {
                continue;
            }

            height = System.Math.Max(height, inner.Height + 1);
            for (var k = 0; k < catalogues.Length; k++)
            {
                if ((direct & (1UL << k)) != 0)
                {
                    continue;
                }

                foreach (var pair in inner.Of(k).Routes)
                {
                    arguments.Clear();
                    ArgumentsFor(callArguments, pair.Key, arguments);
                    foreach (var argument in arguments)
                    {
                        var reached = Reach(ref reaches, target, argument, pair.Value.Use, calls, ref height);
                        Add(ref routes[k], reached, pair.Value);
                    }
                }
            }
        }

        return new SinkSummaries(catalogues.Length, routes, height);
    }

    /// <summary>The syntax screen for <paramref name="catalogues"/> (rebuilt when a catalogue registers late).</summary>
    private WrapperScreen Screen(SinkCatalogue[] catalogues)
    {
        var screen = _screen;
        if (screen is null || !ReferenceEquals(screen.Catalogues, catalogues))
        {
            screen = new WrapperScreen(_names ??= new ApplicationNames(_compilation), catalogues, Targets);
            _screen = screen;
        }

        return screen;
    }

    private static ulong AllOf(int count) => count >= 64 ? ulong.MaxValue : (1UL << count) - 1;

    /// <summary>The parameters of <paramref name="target"/> that <paramref name="value"/> comes from; asked once per value and use for all catalogues.</summary>
    private (ulong Reached, ulong Serialized) Reach(ref ReachCache? cache, IMethodSymbol target, IOperation value, CarrierUse use, int calls, ref int height)
    {
        cache ??= new ReachCache();
        if (cache.TryGet(value, use, out var known))
        {
            return known;
        }

        var walker = ValueFlow<string>.InFrame(ParameterReach.Instance, this, target, calls - 1);
        walker.Evaluate(value, use, 0);
        height = System.Math.Max(height, Height(walker.Needed));
        var reached = (walker.Reached, walker.ReachedSerialized);
        cache.Add(value, use, reached);
        return reached;
    }

    private static void Add(ref Dictionary<int, SinkRoute>? routes, (ulong Reached, ulong Serialized) reach, SinkRoute route)
    {
        var reached = reach.Reached;
        for (var ordinal = 0; reached != 0 && ordinal < 64; ordinal++, reached >>= 1)
        {
            if ((reached & 1) != 0)
            {
                routes ??= [];
                if (!routes.ContainsKey(ordinal))
                {
                    var serialized = (reach.Serialized & (1UL << ordinal)) != 0;
                    routes[ordinal] = new SinkRoute(route.Api, serialized ? CarrierUse.Serialized : route.Use, route.Options);
                }
            }
        }
    }

    /// <summary>The height of a summary whose walk used summaries <paramref name="needed"/> calls deep.</summary>
    private static int Height(int needed) => needed >= Truncated ? Truncated : needed + 1;

    /// <summary>The methods a call to <paramref name="method"/> may run that have a body here: itself, or the implementations of an interface or virtual method.</summary>
    private ImmutableArray<IMethodSymbol> Targets(IMethodSymbol method)
    {
        method = Normalize(method);
        if (_targets.TryGetValue(method, out var cached))
        {
            return cached;
        }

        // Asked after the cache: a source symbol makes a new array of its syntax references on every call.
        return method.DeclaringSyntaxReferences.IsEmpty ? ImmutableArray<IMethodSymbol>.Empty : _targets.GetOrAdd(method, FindTargets(method));
    }

    private ImmutableArray<IMethodSymbol> FindTargets(IMethodSymbol method)
    {
        var throughInterface = method.ContainingType?.TypeKind == TypeKind.Interface;
        var dispatched = throughInterface
            || ((method.IsVirtual || method.IsAbstract || method.IsOverride) && method.ContainingType is { IsSealed: false });
        if (!dispatched)
        {
            return HasBody(method) ? ImmutableArray.Create(method) : ImmutableArray<IMethodSymbol>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<IMethodSymbol>();
        AddTarget(method);
        var map = Implementations();
        if (map.TryGetValue(method, out var implementations))
        {
            foreach (var implementation in implementations)
            {
                AddTarget(implementation);

                // An interface method a base class implements as abstract or virtual runs the overrides of derived classes.
                if (throughInterface && (implementation.IsAbstract || implementation.IsVirtual || implementation.IsOverride) && map.TryGetValue(implementation, out var overrides))
                {
                    foreach (var overriding in overrides)
                    {
                        AddTarget(overriding);
                    }
                }
            }
        }

        return builder.Count is 0 or > MaxImplementations ? ImmutableArray<IMethodSymbol>.Empty : builder.ToImmutable();

        void AddTarget(IMethodSymbol target)
        {
            if (HasBody(target) && builder.IndexOf(target, 0, builder.Count, SymbolEqualityComparer.Default) < 0)
            {
                builder.Add(target);
            }
        }
    }

    /// <summary>Interface and virtual methods declared in source, mapped to their implementations and overrides in source; built once, on first need.</summary>
    private Dictionary<IMethodSymbol, List<IMethodSymbol>> Implementations()
    {
        lock (_implementationsGate)
        {
            if (_implementations is not null)
            {
                return _implementations;
            }

            var map = new Dictionary<IMethodSymbol, List<IMethodSymbol>>(SymbolEqualityComparer.Default);
            var interfaces = new SourceInterfaceWalk(_compilation.Assembly);
            foreach (var type in _compilation.Assembly.DeclaredTypes())
            {
                if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
                {
                    continue;
                }

                foreach (var member in type.GetMembers())
                {
                    if (member is IMethodSymbol { IsOverride: true } overriding)
                    {
                        for (var overridden = overriding.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
                        {
                            Add(map, overridden.OriginalDefinition, overriding);
                        }
                    }
                }

                foreach (var @interface in interfaces.Of(type))
                {
                    foreach (var member in @interface.GetMembers())
                    {
                        if (member is IMethodSymbol interfaceMethod
                            && type.FindImplementationForInterfaceMember(interfaceMethod) is IMethodSymbol implementation
                            && SymbolEqualityComparer.Default.Equals(implementation.ContainingType.OriginalDefinition, type))
                        {
                            Add(map, interfaceMethod.OriginalDefinition, implementation.OriginalDefinition);
                        }
                    }
                }
            }

            _implementations = map;
            return map;
        }

        static void Add(Dictionary<IMethodSymbol, List<IMethodSymbol>> map, IMethodSymbol key, IMethodSymbol value)
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = new List<IMethodSymbol>(1);
            }

            if (!System.Linq.Enumerable.Contains(list, value, SymbolEqualityComparer.Default))
            {
                list.Add(value);
            }
        }
    }

    private MethodBody? Body(IMethodSymbol method)
    {
        method = Normalize(method);
        if (_bodies.TryGetValue(method, out var cached))
        {
            return cached;
        }

        return _bodies.GetOrAdd(method, FindBody(method));
    }

    private MethodBody? FindBody(IMethodSymbol method)
    {
        if (!HasBody(method))
        {
            return null;
        }

        var syntax = method.DeclaringSyntaxReferences[0].GetSyntax();
        if (!_compilation.ContainsSyntaxTree(syntax.SyntaxTree))
        {
            return null;
        }

        var model = ModelOf(syntax.SyntaxTree);
        var operation = model.GetOperation(syntax);
        var function = operation switch
        {
            ILocalFunctionOperation local => local,
            IMethodBodyOperation or IBlockOperation => operation.Root(),
            _ => null,
        };
        return function is null ? null : new MethodBody(function, BodyIndex.Of(function));
    }

    /// <summary>
    /// The semantic model the driver analyses <paramref name="tree"/> with (<see cref="Observe"/>),
    /// or the compilation's (under the driver, its cached one, which the driver then shares), kept
    /// for the compilation: a body bound once is never bound again.
    /// </summary>
    private SemanticModel ModelOf(SyntaxTree tree)
    {
        if (_models.TryGetValue(tree, out var model))
        {
            return model;
        }

#pragma warning disable RS1030 // Summaries read the bodies of other methods; under the analyzer driver this model is the driver's cached one.
        return _models.GetOrAdd(tree, _compilation.GetSemanticModel(tree));
#pragma warning restore RS1030
    }

    /// <summary>
    /// What the member's type writes into <paramref name="member"/>: only the type's members that
    /// name it (a syntax check, no binding) are read, so asking about one field binds nothing else.
    /// </summary>
    private IReadOnlyList<IOperation?> CollectMemberWrites(ISymbol member)
    {
        var type = member.ContainingType.OriginalDefinition;
        List<IOperation?>? writes = null;
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not TypeDeclarationSyntax declaration || !_compilation.ContainsSyntaxTree(declaration.SyntaxTree))
            {
                continue;
            }

            SemanticModel? model = null;
            foreach (var declared in declaration.Members)
            {
                if (!Names(declared, member.Name))
                {
                    continue;
                }

                foreach (var node in WriterNodes(declared))
                {
                    model ??= ModelOf(declaration.SyntaxTree);
                    if (model.GetOperation(node) is { } operation && BodyIndex.Of(operation).MemberWritesOf(member) is { } written)
                    {
                        (writes ??= []).AddRange(written);
                    }
                }
            }
        }

        return writes ?? (IReadOnlyList<IOperation?>)[];
    }

    /// <summary>
    /// Whether <paramref name="node"/> may mention <paramref name="name"/> (declare it, read or write it): the name as a
    /// whole word of its text, found without creating syntax nodes or tokens. A word in a comment or a string costs a
    /// look at the member's operations, which then find no write; a name spelled with a Unicode escape is not seen.
    /// </summary>
    private static bool Names(SyntaxNode node, string name) => SourceTextSearch.ContainsWord(node.SyntaxTree.GetText(), node.Span, name);

    /// <summary>The syntax nodes of a member whose operation trees can write fields and properties: initializers and bodies.</summary>
    private static IEnumerable<SyntaxNode> WriterNodes(MemberDeclarationSyntax member)
    {
        switch (member)
        {
            case FieldDeclarationSyntax field:
                foreach (var variable in field.Declaration.Variables)
                {
                    if (variable.Initializer is { } initializer)
                    {
                        yield return initializer;
                    }
                }

                break;
            case PropertyDeclarationSyntax property:
                if (property.Initializer is { } propertyInitializer)
                {
                    yield return propertyInitializer;
                }

                if (property.AccessorList is { } accessors)
                {
                    foreach (var accessor in accessors.Accessors)
                    {
                        if (accessor.Body is not null || accessor.ExpressionBody is not null)
                        {
                            yield return accessor;
                        }
                    }
                }

                break;
            case BaseMethodDeclarationSyntax method when method.Body is not null || method.ExpressionBody is not null:
                yield return method;
                break;
        }
    }

    private static IMethodSymbol Normalize(IMethodSymbol method)
    {
        method = (method.ReducedFrom ?? method).OriginalDefinition;
        return method.PartialImplementationPart ?? method;
    }

    /// <summary>A summary's key: who asks (a source, or these summaries for the sinks of every catalogue; by identity), the method, the use, and the depth (<see cref="AnyDepth"/>: every depth from the summary's height on).</summary>
    private readonly struct SummaryKey : System.IEquatable<SummaryKey>
    {
        private readonly object _owner;
        private readonly IMethodSymbol _method;
        private readonly int _variant;

        public SummaryKey(object owner, IMethodSymbol method, CarrierUse use, int calls)
        {
            _owner = owner;
            _method = method;
            _variant = ((int)use * 16) + calls;
        }

        public bool Equals(SummaryKey other) =>
            ReferenceEquals(_owner, other._owner) && SymbolEqualityComparer.Default.Equals(_method, other._method) && _variant == other._variant;

        public override bool Equals(object? obj) => obj is SummaryKey other && Equals(other);

        public override int GetHashCode() =>
            (((System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(_owner) * 31) + SymbolEqualityComparer.Default.GetHashCode(_method)) * 31) + _variant;
    }

    /// <summary>A method's body: the function operation (the body root, or a local function) and the index of its tree.</summary>
    private sealed class MethodBody
    {
        public MethodBody(IOperation function, BodyIndex index)
        {
            Function = function;
            Index = index;
            Returns = index.ReturnsOf(function);
        }

        public IOperation Function { get; }

        public BodyIndex Index { get; }

        public IReadOnlyList<IOperation> Returns { get; }

        public bool Contains(IOperation site) => Function == Index.Root || BodyIndex.IsInside(site, Function);
    }
}

/// <summary>What a method's result comes from, and which of its parameters flow into it.</summary>
internal sealed class ResultSummary<T>
    where T : class
{
    public static readonly ResultSummary<T> Unknown = new(Traced<T>.Unknown, 0, 0, 1);

    public ResultSummary(Traced<T> value, ulong reachedAsText, ulong reachedSerialized, int height)
    {
        Value = value;
        ReachedAsText = reachedAsText;
        ReachedSerialized = reachedSerialized;
        Height = height;
    }

    public Traced<T> Value { get; }

    public ulong ReachedAsText { get; }

    public ulong ReachedSerialized { get; }

    public ulong Reached => ReachedAsText | ReachedSerialized;

    /// <summary>The depth from which this summary holds at every depth (<see cref="MethodSummaries.Truncated"/>: only at its own).</summary>
    public int Height { get; }

    /// <summary>Two implementations of one call: what they agree on.</summary>
    public ResultSummary<T> Agree(ResultSummary<T> other)
    {
        var value = Value.IsFound && other.Value.IsFound ? Value
            : Value.IsClean && other.Value.IsClean ? Traced<T>.Clean
            : Traced<T>.Unknown;
        return new ResultSummary<T>(value, ReachedAsText & other.ReachedAsText, ReachedSerialized & other.ReachedSerialized, System.Math.Max(Height, other.Height));
    }
}

/// <summary>The parameters of a method that reach a sink, each with the sink it reaches.</summary>
internal sealed class SinkSummary
{
    public static readonly SinkSummary None = new(new Dictionary<int, SinkRoute>());

    public SinkSummary(Dictionary<int, SinkRoute> routes) => Routes = routes;

    /// <summary>Parameter ordinal to the sink its value reaches.</summary>
    public IReadOnlyDictionary<int, SinkRoute> Routes { get; }

    public bool IsEmpty => Routes.Count == 0;

    /// <summary>Two implementations of one call: a parameter is a sink when it is one in both.</summary>
    public SinkSummary Agree(SinkSummary other)
    {
        if (IsEmpty || other.IsEmpty)
        {
            return None;
        }

        var routes = new Dictionary<int, SinkRoute>();
        foreach (var pair in Routes)
        {
            if (other.Routes.ContainsKey(pair.Key))
            {
                routes[pair.Key] = pair.Value;
            }
        }

        return routes.Count == 0 ? None : new SinkSummary(routes);
    }
}

/// <summary>A method's sink summaries for the first <see cref="Covered"/> registered catalogues, computed in one pass over its body.</summary>
internal sealed class SinkSummaries
{
    private readonly SinkSummary[] _byCatalogue;

    public SinkSummaries(int covered, Dictionary<int, SinkRoute>?[] routes, int height)
    {
        _byCatalogue = new SinkSummary[covered];
        for (var k = 0; k < covered; k++)
        {
            _byCatalogue[k] = routes[k] is { } found ? new SinkSummary(found) : SinkSummary.None;
        }

        Height = height;
    }

    private SinkSummaries(SinkSummary[] byCatalogue, int height)
    {
        _byCatalogue = byCatalogue;
        Height = height;
    }

    /// <summary>How many catalogues (the first ones registered) this covers.</summary>
    public int Covered => _byCatalogue.Length;

    /// <summary>The depth from which these summaries hold at every depth (<see cref="MethodSummaries.Truncated"/>: only at their own).</summary>
    public int Height { get; }

    public static SinkSummaries None(int covered) => new(covered, new Dictionary<int, SinkRoute>?[covered], 1);

    /// <summary>The summary for the catalogue in registration slot <paramref name="slot"/>.</summary>
    public SinkSummary Of(int slot) => _byCatalogue[slot];

    /// <summary>Whether no parameter reaches a sink of any catalogue covered.</summary>
    public bool IsEmpty
    {
        get
        {
            foreach (var summary in _byCatalogue)
            {
                if (!summary.IsEmpty)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Two implementations of one call: catalogue by catalogue, what they agree on.</summary>
    public SinkSummaries Agree(SinkSummaries other)
    {
        var covered = System.Math.Min(Covered, other.Covered);
        var agreed = new SinkSummary[covered];
        for (var k = 0; k < covered; k++)
        {
            agreed[k] = _byCatalogue[k].Agree(other._byCatalogue[k]);
        }

        return new SinkSummaries(agreed, System.Math.Max(Height, other.Height));
    }
}

/// <summary>The parameters each value of one body comes from, so that a value several catalogues collect is followed once.</summary>
internal sealed class ReachCache
{
    private readonly List<(IOperation Value, CarrierUse Use, (ulong Reached, ulong Serialized) Reach)> _entries = [];

    public bool TryGet(IOperation value, CarrierUse use, out (ulong Reached, ulong Serialized) reach)
    {
        foreach (var entry in _entries)
        {
            if (entry.Value == value && entry.Use == use)
            {
                reach = entry.Reach;
                return true;
            }
        }

        reach = default;
        return false;
    }

    public void Add(IOperation value, CarrierUse use, (ulong Reached, ulong Serialized) reach) => _entries.Add((value, use, reach));
}

/// <summary>The catalogued sink a parameter reaches (<c>ILogger.LogInformation</c>), and how it uses the value.</summary>
internal sealed class SinkRoute
{
    public SinkRoute(string api, CarrierUse use, SinkValueOptions options)
    {
        Api = api;
        Use = use;
        Options = options;
    }

    public string Api { get; }

    public CarrierUse Use { get; }

    /// <summary>How a finding in the argument is judged (a whole URL: only data built into it counts).</summary>
    public SinkValueOptions Options { get; }
}
