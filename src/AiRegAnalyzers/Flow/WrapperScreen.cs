using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRegAnalyzers.Flow;

/// <summary>
/// Tells from syntax alone that an application method reaches no sink of the registered catalogues, so
/// that <see cref="MethodSummaries"/> does not bind its body for a summary that would be empty (most
/// methods a value is passed to are no wrappers). A method may reach a sink when one of its sites bears
/// a name of a catalogue's <see cref="SinkCatalogue.SiteNames"/>, when it calls or creates an
/// application member of that name that may (followed as deep as the summaries go), or when its syntax
/// is not understood here (a call through an expression, a name a using alias gives, a name more than
/// eight application types declare). Names are a superset of what the catalogues accept, so the screen
/// never hides a sink; a configured method list turns it off.
/// </summary>
internal sealed class WrapperScreen
{
    /// <summary>The site name of a <c>throw</c>.</summary>
    public const string Throw = "throw";

    /// <summary>The site name of an assignment to an indexer (<c>x["k"] = v</c>).</summary>
    public const string Indexer = "[]";

    private const string Unknown = "";

    private readonly SinkCatalogue[] _catalogues;
    private readonly HashSet<string>? _siteNames;
    private readonly Func<IMethodSymbol, ImmutableArray<IMethodSymbol>> _targets;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<IMethodSymbol, bool> _verdicts = new(SymbolEqualityComparer.Default);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(IMethodSymbol Method, int Calls), bool> _cutVerdicts = new(CutKeyComparer.Instance);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Name, CallKind Call, int Calls), (bool May, bool Exact)> _throughVerdicts = new();
    private readonly ApplicationNames _names;

    public WrapperScreen(ApplicationNames applicationNames, SinkCatalogue[] catalogues, Func<IMethodSymbol, ImmutableArray<IMethodSymbol>> targets)
    {
        _names = applicationNames;
        _catalogues = catalogues;
        _targets = targets;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var catalogue in catalogues)
        {
            if (catalogue.SiteNames is not { } siteNames)
            {
                return; // _siteNames stays null: every method may reach a sink.
            }

            names.UnionWith(siteNames);
        }

        _siteNames = names;
    }

    /// <summary>The catalogues this screen was built for (a catalogue registered later needs a new screen).</summary>
    public SinkCatalogue[] Catalogues => _catalogues;

    /// <summary>Whether <paramref name="method"/> (with a body here) may reach a sink, itself or through the application methods it calls.</summary>
    public bool MayReachSink(IMethodSymbol method) => _siteNames is null || MayReach(method, MethodSummaries.MaxCallDepth, out _);

    /// <param name="exact">Whether the answer holds at every depth (no call was cut off by <paramref name="calls"/>), so it may be kept.</param>
    private bool MayReach(IMethodSymbol method, int calls, out bool exact)
    {
        exact = true;
        method = method.OriginalDefinition;
        if (_verdicts.TryGetValue(method, out var known))
        {
            return known;
        }

        if (_cutVerdicts.TryGetValue((method, calls), out known))
        {
            exact = false;
            return known;
        }

        // A "may" is kept for every depth (it only costs a bind); a "no" only when no call was cut off, else for this depth.
        var result = Scan(method, calls, ref exact);
        if (result || exact)
        {
            exact = true;
            _verdicts.TryAdd(method, result);
        }
        else
        {
            _cutVerdicts.TryAdd((method, calls), result);
        }

        return result;
    }

    private bool Scan(IMethodSymbol method, int calls, ref bool exact)
    {
        foreach (var catalogue in _catalogues)
        {
            if (catalogue.ReturnsReachSink(method))
            {
                return true;
            }
        }

        if (method.DeclaringSyntaxReferences.Length != 1)
        {
            return true;
        }

        foreach (var node in method.DeclaringSyntaxReferences[0].GetSyntax().DescendantNodes())
        {
            var (name, call) = SiteName(node);
            if (name is null)
            {
                continue;
            }

            if (name.Length == 0 || _siteNames!.Contains(name) || _names.Aliases.Contains(name))
            {
                return true;
            }

            if (call != CallKind.None && MayReachThrough(name, call, calls, ref exact))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an application method or constructor named <paramref name="name"/> may reach a sink, as the summary of a call to it would find.</summary>
    private bool MayReachThrough(string name, CallKind call, int calls, ref bool exact)
    {
        // The same names are called from many methods: the answer depends on the name, the kind of call and the depth only.
        if (!_throughVerdicts.TryGetValue((name, call, calls), out var verdict))
        {
            var nameExact = true;
            verdict = (MayReachThroughOwners(name, call, calls, ref nameExact), nameExact);
            _throughVerdicts.TryAdd((name, call, calls), verdict);
        }

        exact &= verdict.Exact;
        return verdict.May;
    }

    private bool MayReachThroughOwners(string name, CallKind call, int calls, ref bool exact)
    {
        if (!(call == CallKind.Invocation ? _names.Members : _names.Types).TryGetValue(name, out var owners))
        {
            return false; // not the application's: the catalogues decide it, by name above.
        }

        if (calls <= 1)
        {
            // The summary at this depth does not follow the call; deeper ones may.
            exact = false;
            return false;
        }

        if (owners.Count > ApplicationNames.MaxOwners)
        {
            return true; // a name too common to look into (as the summaries give up on many implementations)
        }

        foreach (var owner in owners)
        {
            var candidates = call == CallKind.Invocation ? owner.GetMembers(name) : owner.InstanceConstructors.CastArray<ISymbol>();
            foreach (var candidate in candidates)
            {
                if (candidate is not IMethodSymbol method)
                {
                    continue;
                }

                if (method.IsPartialDefinition && method.PartialImplementationPart is null)
                {
                    return true; // generated elsewhere ([LoggerMessage]): a catalogue decides at the call.
                }

                foreach (var target in _targets(method))
                {
                    if (MayReach(target, calls - 1, out var innerExact))
                    {
                        return true;
                    }

                    exact &= innerExact;
                }
            }
        }

        return false;
    }

    private static (string? Name, CallKind Call) SiteName(SyntaxNode node) => node switch
    {
        InvocationExpressionSyntax invocation => (NameOf(invocation.Expression) ?? Unknown, CallKind.Invocation),
        // A creation without arguments hands nothing to a constructor (an initializer's assignments are sites of their own).
        BaseObjectCreationExpressionSyntax { ArgumentList: null or { Arguments.Count: 0 } } => (null, CallKind.None),
        ObjectCreationExpressionSyntax creation => (NameOf(creation.Type) ?? Unknown, CallKind.Creation),
        ImplicitObjectCreationExpressionSyntax or ConstructorInitializerSyntax => (Unknown, CallKind.None),
        ThrowStatementSyntax { Expression: { } thrown } => (ThrowName(thrown), CallKind.None),
        ThrowExpressionSyntax { Expression: { } thrown } => (ThrowName(thrown), CallKind.None),
        AssignmentExpressionSyntax assignment => (AssignedName(assignment.Left), CallKind.None),
        InitializerExpressionSyntax { RawKind: (int)SyntaxKind.CollectionInitializerExpression } => ("Add", CallKind.Invocation),
        _ => (null, CallKind.None),
    };

    /// <summary>A thrown exception whose arguments are all constants (<c>new ArgumentNullException(nameof(x))</c>) carries no value; a rethrow or a variable is no sink site.</summary>
    private static string? ThrowName(ExpressionSyntax thrown)
    {
        if (thrown is not BaseObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: > 0 } arguments })
        {
            return null;
        }

        foreach (var argument in arguments)
        {
            if (argument.Expression is not (LiteralExpressionSyntax or InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } }))
            {
                return Throw;
            }
        }

        return null;
    }

    private static string? NameOf(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        PredefinedTypeSyntax predefined => predefined.Keyword.ValueText,
        NullableTypeSyntax nullable => NameOf(nullable.ElementType),
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };

    private static string AssignedName(ExpressionSyntax target) => target switch
    {
        ElementAccessExpressionSyntax or ImplicitElementAccessSyntax => Indexer,
        ConditionalAccessExpressionSyntax conditional => AssignedName(conditional.WhenNotNull),
        TupleExpressionSyntax or DeclarationExpressionSyntax => "()", // deconstruction: no sink site
        _ => NameOf(target) ?? Unknown,
    };

    private sealed class CutKeyComparer : IEqualityComparer<(IMethodSymbol Method, int Calls)>
    {
        public static readonly CutKeyComparer Instance = new();

        public bool Equals((IMethodSymbol Method, int Calls) x, (IMethodSymbol Method, int Calls) y) =>
            x.Calls == y.Calls && SymbolEqualityComparer.Default.Equals(x.Method, y.Method);

        public int GetHashCode((IMethodSymbol Method, int Calls) key) => (SymbolEqualityComparer.Default.GetHashCode(key.Method) * 31) + key.Calls;
    }

    private enum CallKind
    {
        None,
        Invocation,
        Creation,
    }
}
