using System.Collections.Concurrent;
using System.Collections.Generic;
using AiRegAnalyzers.Common;
using AiRegAnalyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRegAnalyzers.Sinks;

/// <summary>
/// What a tool returns is sent to the model that called it (AIREG201): the returned values of
/// Semantic Kernel <c>[KernelFunction]</c> methods, and of lambdas handed to a tool factory
/// (<c>AIFunctionFactory.Create</c>, <c>KernelFunctionFactory.CreateFromMethod</c>,
/// <c>kernel.CreateFunctionFromMethod</c>).
/// </summary>
internal sealed class ToolResults
{
    private readonly AiSinks _sinks;
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _isKernelFunction = new(SymbolEqualityComparer.Default);

    public ToolResults(AiSinks sinks) => _sinks = sinks;

    /// <summary>Whether <paramref name="returned"/> returns (or yields) a value from a tool.</summary>
    public bool IsToolResult(IReturnOperation returned)
    {
        if (returned.ReturnedValue is null)
        {
            return false;
        }

        IOperation root = returned;
        for (var current = returned.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case IAnonymousFunctionOperation lambda:
                    return IsToolLambda(lambda);
                case ILocalFunctionOperation:
                    return false;
            }

            root = current;
        }

        // Attributes are on the declaration: most methods stop at the syntax check, before any binding.
        return _sinks.KernelFunctionAttribute is { } attribute
            && root.Syntax is MethodDeclarationSyntax { AttributeLists.Count: > 0 } declaration
            && returned.SemanticModel?.GetDeclaredSymbol(declaration) is IMethodSymbol method
            && _isKernelFunction.GetOrAdd(method, m => HasAttribute(m, attribute));
    }

    /// <summary>Adds the values <paramref name="returned"/> hands to the model.</summary>
    public static void Collect(IReturnOperation returned, List<SinkValue> values) =>
        PromptSinkCatalogue.AddValue(returned.ReturnedValue!, Api(returned), values);

    /// <summary>A lambda passed as the delegate of a tool factory: <c>AIFunctionFactory.Create((int id) => ...)</c>.</summary>
    private bool IsToolLambda(IAnonymousFunctionOperation lambda)
    {
        IOperation? current = lambda.Parent;
        while (current is IDelegateCreationOperation or IConversionOperation)
        {
            current = current.Parent;
        }

        return current is IArgumentOperation { Parent: IInvocationOperation invocation } && _sinks.IsToolFactory(invocation.TargetMethod);
    }

    private static string Api(IReturnOperation returned)
    {
        for (var current = returned.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation)
            {
                for (var outer = current.Parent; outer is not null; outer = outer.Parent)
                {
                    if (outer is IInvocationOperation invocation)
                    {
                        return SinkNames.Qualified(invocation.TargetMethod);
                    }
                }
            }
        }

        var method = returned.SemanticModel?.GetEnclosingSymbol(returned.Syntax.SpanStart) as IMethodSymbol;
        return "[KernelFunction] " + (method is null ? "?" : method.ContainingType?.Name + "." + method.Name);
    }

    private static bool HasAttribute(IMethodSymbol method, INamedTypeSymbol attribute)
    {
        foreach (var data in method.GetAttributes())
        {
            if (data.AttributeClass.InheritsFromOrEquals(attribute))
            {
                return true;
            }
        }

        return false;
    }
}
