using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using AiRegAnalyzers.Common;
using AiRegAnalyzers.PersonalData;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRegAnalyzers.Flow;

/// <summary>
/// What the application's own methods do with values, computed lazily and cached per method for
/// one compilation: what a method's result comes from (<see cref="Result{T}"/>), and which of its
/// parameters reach a sink (<see cref="SinkParameters"/>). Calls through an interface or a virtual
/// method resolve to the implementations in the compilation when they agree. Summaries nest at
/// most <see cref="MaxCallDepth"/> calls deep; a summary at depth d only uses summaries at depth
/// d - 1, so recursion ends and the answer does not depend on which method was asked first.
/// Framework and package methods have no body here: their catalogues decide.
/// </summary>
internal sealed class MethodSummaries
{
    /// <summary>How many application calls a value is followed through.</summary>
    public const int MaxCallDepth = 4;

    private const int MaxImplementations = 8;

    private readonly Compilation _compilation;
    private readonly INamedTypeSymbol? _jsonSerializer;
    private readonly INamedTypeSymbol? _jsonConvert;
    private readonly ConcurrentDictionary<IMethodSymbol, MethodBody?> _bodies = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>> _targets = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SummaryKey, object> _results = new();
    private readonly ConcurrentDictionary<SummaryKey, SinkSummary> _sinks = new();
    private readonly ConcurrentDictionary<INamedTypeSymbol, Dictionary<ISymbol, List<IOperation?>>> _memberWrites = new(SymbolEqualityComparer.Default);
    private readonly object _implementationsGate = new();
    private Dictionary<IMethodSymbol, List<IMethodSymbol>>? _implementations;

    private MethodSummaries(Compilation compilation)
    {
        _compilation = compilation;
        _jsonSerializer = compilation.GetTypeByMetadataName("System.Text.Json.JsonSerializer");
        _jsonConvert = compilation.GetTypeByMetadataName("Newtonsoft.Json.JsonConvert");
    }

    public static MethodSummaries Get(Compilation compilation) => PerCompilation<MethodSummaries>.Get(compilation, c => new MethodSummaries(c));

    /// <summary>The summaries of the compilation <paramref name="operation"/> belongs to.</summary>
    public static MethodSummaries? Get(IOperation operation) => operation.SemanticModel?.Compilation is { } compilation ? Get(compilation) : null;

    public bool IsSerializer(IMethodSymbol method) =>
        method.Name.StartsWith("Serialize", System.StringComparison.Ordinal)
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

        var key = new SummaryKey(source, Normalize(method), use, calls);
        if (_results.TryGetValue(key, out var cached))
        {
            return (ResultSummary<T>)cached;
        }

        ResultSummary<T>? combined = null;
        foreach (var target in targets)
        {
            var summary = ComputeResult(source, target, use, calls);
            combined = combined is null ? summary : combined.Agree(summary);
        }

        return (ResultSummary<T>)_results.GetOrAdd(key, combined!);
    }

    /// <summary>The parameters of <paramref name="method"/> whose value reaches a sink of <paramref name="catalogue"/>, with the sink each reaches.</summary>
    public SinkSummary SinkParameters(SinkCatalogue catalogue, IMethodSymbol method, int calls = MaxCallDepth)
    {
        if (calls <= 0 || method.Parameters.IsEmpty)
        {
            return SinkSummary.None;
        }

        var targets = Targets(method);
        if (targets.IsEmpty)
        {
            return SinkSummary.None;
        }

        var key = new SummaryKey(catalogue, Normalize(method), CarrierUse.Stringified, calls);
        if (_sinks.TryGetValue(key, out var cached))
        {
            return cached;
        }

        SinkSummary? combined = null;
        foreach (var target in targets)
        {
            var summary = ComputeSinks(catalogue, target, calls);
            combined = combined is null ? summary : combined.Agree(summary);
        }

        return _sinks.GetOrAdd(key, combined ?? SinkSummary.None);
    }

    /// <summary>The values the member's own type writes into a field or property (<see langword="null"/> entries: written with an unknown value).</summary>
    public IReadOnlyList<IOperation?>? WritesOf(ISymbol member)
    {
        if (member.ContainingType is not { } type || member.DeclaringSyntaxReferences.IsEmpty)
        {
            return null;
        }

        var writes = _memberWrites.GetOrAdd(type.OriginalDefinition, CollectMemberWrites);
        return writes.TryGetValue(member.OriginalDefinition, out var list) ? list : null;
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

        return new ResultSummary<T>(value, walker.ReachedAsText, walker.ReachedSerialized);
    }

    private SinkSummary ComputeSinks(SinkCatalogue catalogue, IMethodSymbol target, int calls)
    {
        if (Body(target) is not { } body)
        {
            return SinkSummary.None;
        }

        Dictionary<int, SinkRoute>? routes = null;
        var values = new List<SinkValue>();
        var arguments = new List<IOperation>();
        foreach (var site in body.Index.Sites)
        {
            if (!body.Contains(site))
            {
                continue;
            }

            values.Clear();
            if (catalogue.MayBeSink(site))
            {
                catalogue.Collect(site, values);
            }

            foreach (var value in values)
            {
                Reach(target, value.Value, value.Use, calls, new SinkRoute(value.Route, value.Use, value.Options & SinkValueOptions.IgnoreBareReference), ref routes);
            }

            if (values.Count > 0 || calls <= 1)
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
            if (callee is null || callArguments.IsDefaultOrEmpty)
            {
                continue;
            }

            var inner = SinkParameters(catalogue, callee, calls - 1);
            foreach (var pair in inner.Routes)
            {
                arguments.Clear();
                ArgumentsFor(callArguments, pair.Key, arguments);
                foreach (var argument in arguments)
                {
                    Reach(target, argument, pair.Value.Use, calls, pair.Value, ref routes);
                }
            }
        }

        return routes is null ? SinkSummary.None : new SinkSummary(routes);
    }

    private void Reach(IMethodSymbol target, IOperation value, CarrierUse use, int calls, SinkRoute route, ref Dictionary<int, SinkRoute>? routes)
    {
        var walker = ValueFlow<string>.InFrame(ParameterReach.Instance, this, target, calls - 1);
        walker.Evaluate(value, use, 0);
        var reached = walker.Reached;
        for (var ordinal = 0; reached != 0 && ordinal < 64; ordinal++, reached >>= 1)
        {
            if ((reached & 1) != 0)
            {
                routes ??= [];
                if (!routes.ContainsKey(ordinal))
                {
                    var serialized = (walker.ReachedSerialized & (1UL << ordinal)) != 0;
                    routes[ordinal] = new SinkRoute(route.Api, serialized ? CarrierUse.Serialized : route.Use, route.Options);
                }
            }
        }
    }

    /// <summary>The methods a call to <paramref name="method"/> may run that have a body here: itself, or the implementations of an interface or virtual method.</summary>
    private ImmutableArray<IMethodSymbol> Targets(IMethodSymbol method)
    {
        method = Normalize(method);
        if (method.DeclaringSyntaxReferences.IsEmpty)
        {
            return ImmutableArray<IMethodSymbol>.Empty;
        }

        return _targets.TryGetValue(method, out var cached) ? cached : _targets.GetOrAdd(method, FindTargets(method));
    }

    private ImmutableArray<IMethodSymbol> FindTargets(IMethodSymbol method)
    {
        var dispatched = method.ContainingType?.TypeKind == TypeKind.Interface
            || ((method.IsVirtual || method.IsAbstract || method.IsOverride) && method.ContainingType is { IsSealed: false });
        if (!dispatched)
        {
            return HasBody(method) ? ImmutableArray.Create(method) : ImmutableArray<IMethodSymbol>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<IMethodSymbol>();
        if (HasBody(method))
        {
            builder.Add(method);
        }

        if (Implementations().TryGetValue(method, out var implementations))
        {
            foreach (var implementation in implementations)
            {
                if (HasBody(implementation))
                {
                    builder.Add(implementation);
                }
            }
        }

        return builder.Count is 0 or > MaxImplementations ? ImmutableArray<IMethodSymbol>.Empty : builder.ToImmutable();
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
            var types = new Stack<INamespaceOrTypeSymbol>();
            types.Push(_compilation.Assembly.GlobalNamespace);
            while (types.Count > 0)
            {
                var current = types.Pop();
                foreach (var member in current.GetMembers())
                {
                    if (member is INamespaceOrTypeSymbol nested)
                    {
                        types.Push(nested);
                    }
                }

                if (current is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } type)
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

                foreach (var @interface in type.AllInterfaces)
                {
                    if (@interface.DeclaringSyntaxReferences.IsEmpty)
                    {
                        continue;
                    }

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

#pragma warning disable RS1030 // Summaries read the bodies of other methods; under the analyzer driver this model is the driver's cached one.
        var model = _compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
        var operation = model.GetOperation(syntax);
        var function = operation switch
        {
            ILocalFunctionOperation local => local,
            IMethodBodyOperation or IBlockOperation => operation.Root(),
            _ => null,
        };
        return function is null ? null : new MethodBody(function, BodyIndex.Of(function));
    }

    private Dictionary<ISymbol, List<IOperation?>> CollectMemberWrites(INamedTypeSymbol type)
    {
        var writes = new Dictionary<ISymbol, List<IOperation?>>(SymbolEqualityComparer.Default);
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not TypeDeclarationSyntax declaration || !_compilation.ContainsSyntaxTree(declaration.SyntaxTree))
            {
                continue;
            }

#pragma warning disable RS1030 // The writes of a type's fields sit in its other members, possibly in other files.
            var model = _compilation.GetSemanticModel(declaration.SyntaxTree);
#pragma warning restore RS1030
            foreach (var member in declaration.Members)
            {
                foreach (var node in WriterNodes(member))
                {
                    if (model.GetOperation(node) is not { } operation)
                    {
                        continue;
                    }

                    var index = BodyIndex.Of(operation);
                    foreach (var symbol in index.WrittenMembers)
                    {
                        if (!SymbolEqualityComparer.Default.Equals(symbol.ContainingType?.OriginalDefinition, type))
                        {
                            continue;
                        }

                        if (!writes.TryGetValue(symbol, out var list))
                        {
                            writes[symbol] = list = [];
                        }

                        list.AddRange(index.MemberWritesOf(symbol)!);
                    }
                }
            }
        }

        return writes;
    }

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

    /// <summary>A summary's key: who asks (a source or a catalogue, by identity), the method, and the use and depth asked for.</summary>
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
    public static readonly ResultSummary<T> Unknown = new(Traced<T>.Unknown, 0, 0);

    public ResultSummary(Traced<T> value, ulong reachedAsText, ulong reachedSerialized)
    {
        Value = value;
        ReachedAsText = reachedAsText;
        ReachedSerialized = reachedSerialized;
    }

    public Traced<T> Value { get; }

    public ulong ReachedAsText { get; }

    public ulong ReachedSerialized { get; }

    public ulong Reached => ReachedAsText | ReachedSerialized;

    /// <summary>Two implementations of one call: what they agree on.</summary>
    public ResultSummary<T> Agree(ResultSummary<T> other)
    {
        var value = Value.IsFound && other.Value.IsFound ? Value
            : Value.IsClean && other.Value.IsClean ? Traced<T>.Clean
            : Traced<T>.Unknown;
        return new ResultSummary<T>(value, ReachedAsText & other.ReachedAsText, ReachedSerialized & other.ReachedSerialized);
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
