using System.Collections.Generic;
using System.Collections.Immutable;
using AiRegAnalyzers.Common;
using AiRegAnalyzers.Flow;
using AiRegAnalyzers.Options;
using AiRegAnalyzers.PersonalData;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AiRegAnalyzers.Sinks;

/// <summary>The prompt, message and embedding inputs of AI SDK calls (<see cref="AiSinks"/>) and of the wrappers configured in <c>ai_methods</c>, as a <see cref="SinkCatalogue"/>.</summary>
internal sealed class PromptSinkCatalogue : SinkCatalogue
{
    private readonly AiSinks _sinks;
    private readonly PerTreeCache<MethodNameList> _aiMethods;
    private readonly INamedTypeSymbol? _cancellationToken;

    public PromptSinkCatalogue(AiSinks sinks, PerTreeCache<MethodNameList> aiMethods, INamedTypeSymbol? cancellationToken)
    {
        _sinks = sinks;
        _aiMethods = aiMethods;
        _cancellationToken = cancellationToken;
    }

    public override bool MayBeSink(IOperation site)
    {
        if (Call(site) is not { } method)
        {
            return false;
        }

        return IsSdkSink(method) || IsConfiguredWrapper(method, site.Syntax.SyntaxTree);
    }

    public override void Collect(IOperation site, List<SinkValue> values)
    {
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
        var api = original.MethodKind == MethodKind.Constructor ? "new " + original.ContainingType.Name : original.ContainingType?.Name + "." + original.Name;
        foreach (var value in found)
        {
            // Objects handed to a wrapper or a template argument are typically serialized into the prompt.
            var use = value.Type?.SpecialType == SpecialType.System_String ? CarrierUse.Stringified : CarrierUse.Serialized;
            values.Add(new SinkValue(value, use, api, SinkValueOptions.SplitHoles));
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
        method.MethodKind != MethodKind.Constructor && _aiMethods.Get(tree) is { IsEmpty: false } wrappers && wrappers.Contains(method);
}
