using System.Collections.Concurrent;

namespace AiRegAnalyzers.AI;

/// <summary>
/// The parameters of the application's own AI wrappers that become the prompt itself (AIREG203):
/// <c>AskAsync(string question) => chat.GetResponseAsync(question)</c>, not a title only
/// interpolated into a larger instruction (<c>$"Translate: {title}"</c>), as for the SDK's own calls.
/// Read from the wrapper's body once; a wrapper without a body here (an interface, a virtual
/// method) keeps every parameter the method summaries found.
/// </summary>
internal sealed class WholePromptParameters
{
    private const int MaxDepth = 3;

    private readonly Compilation _compilation;
    private readonly SinkCatalogue _prompts;
    private readonly ConcurrentDictionary<IMethodSymbol, ulong> _whole = new(SymbolEqualityComparer.Default);

    public WholePromptParameters(Compilation compilation, SinkCatalogue prompts)
    {
        _compilation = compilation;
        _prompts = prompts;
    }

    /// <summary>Keeps in <paramref name="sent"/> the arguments that <paramref name="site"/>'s wrapper sends as the whole prompt.</summary>
    public void Filter(IOperation site, List<SinkValue> sent)
    {
        var method = site switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            _ => null,
        };
        if (method is null || Whole(method, MaxDepth) is not { } whole)
        {
            return;
        }

        sent.RemoveAll(value => value.Value.Parent is not IArgumentOperation { Parameter: { Ordinal: < 64 and var ordinal } } || (whole & (1UL << ordinal)) == 0);
    }

    /// <summary>Bit i: parameter i reaches a prompt as is; <see langword="null"/> when the body cannot be read.</summary>
    private ulong? Whole(IMethodSymbol method, int depth)
    {
        method = (method.ReducedFrom ?? method).OriginalDefinition;
        method = method.PartialImplementationPart ?? method;
        if (_whole.TryGetValue(method, out var cached))
        {
            return cached;
        }

        if (depth <= 0 || Body(method) is not { } body)
        {
            return null;
        }

        ulong bits = 0;
        var values = new List<SinkValue>();
        foreach (var site in BodyIndex.Of(body).Sites)
        {
            values.Clear();
            if (_prompts.MayBeSink(site))
            {
                _prompts.Collect(site, values);
                foreach (var value in values)
                {
                    bits |= ParameterBit(value.Value, method);
                }
            }
            else if (site is IInvocationOperation { TargetMethod: { } callee } call && !callee.DeclaringSyntaxReferences.IsEmpty
                     && Whole(callee, depth - 1) is { } inner && inner != 0)
            {
                // A wrapper calling a wrapper: Ask(q) => Send(q).
                foreach (var argument in call.Arguments)
                {
                    if (argument.Parameter is { Ordinal: < 64 } parameter && (inner & (1UL << parameter.Ordinal)) != 0)
                    {
                        bits |= ParameterBit(argument.Value, method);
                    }
                }
            }
        }

        return _whole.GetOrAdd(method, bits);
    }

    private static ulong ParameterBit(IOperation value, IMethodSymbol method)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value is IParameterReferenceOperation { Parameter: { Ordinal: < 64 } parameter }
               && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol.OriginalDefinition, method)
            ? 1UL << parameter.Ordinal
            : 0;
    }

    private IOperation? Body(IMethodSymbol method)
    {
        if (method.IsAbstract || method.IsVirtual || method.IsOverride || method.ContainingType?.TypeKind == TypeKind.Interface
            || method.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var syntax = method.DeclaringSyntaxReferences[0].GetSyntax();
        if (!_compilation.ContainsSyntaxTree(syntax.SyntaxTree))
        {
            return null;
        }

#pragma warning disable RS1030 // The wrapper's body is usually in another method, often another file.
        return _compilation.GetSemanticModel(syntax.SyntaxTree).GetOperation(syntax);
#pragma warning restore RS1030
    }
}
