using System.Collections.Generic;
using System.Collections.Immutable;
using AiRegAnalyzers.Common;
using AiRegAnalyzers.Options;
using AiRegAnalyzers.PersonalData;
using AiRegAnalyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiRegAnalyzers.AI;

/// <summary>
/// AIREG201: personal data reaching the prompt, message or embedding input of an AI SDK call
/// (see <see cref="AiSinks"/>), or of a wrapper method named in <c>aireg.ai_methods</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataSentToAiModelAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Wrapper methods that send their arguments to a model (<c>TriageGateway.Ask</c>); every argument counts.</summary>
    internal static readonly ListOption AiMethods = new("ai_methods");

    /// <summary>Diagnostic property: present (value "true") when the reported expression is one hole of an interpolated string.</summary>
    public const string InterpolationHoleProperty = "InterpolationHole";

    private const string RuleId = "AIREG201";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.AIREG201_PersonalDataSentToAiModel);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var sinks = AiSinks.Get(start.Compilation);
            var aiMethods = new PerTreeCache<MethodNameList>(start.Options, options => new MethodNameList(AiMethods.Read(options, RuleId)));
            var model = PersonalDataModel.Get(start.Compilation, start.Options);
            var cancellationToken = start.Compilation.GetTypeByMetadataName("System.Threading.CancellationToken");

            // Without an AI SDK only configured wrappers can be sinks.
            start.RegisterOperationAction(
                operationContext =>
                {
                    switch (operationContext.Operation)
                    {
                        case IInvocationOperation invocation:
                            Analyze(operationContext, invocation.TargetMethod, invocation.Arguments, sinks, aiMethods, model, cancellationToken);
                            break;
                        case IObjectCreationOperation { Constructor: { } constructor } creation:
                            Analyze(operationContext, constructor, creation.Arguments, sinks, aiMethods, model, cancellationToken);
                            break;
                    }
                },
                OperationKind.Invocation,
                OperationKind.ObjectCreation);
        });
    }

    private static void Analyze(
        OperationAnalysisContext context,
        IMethodSymbol method,
        ImmutableArray<IArgumentOperation> arguments,
        AiSinks sinks,
        PerTreeCache<MethodNameList> aiMethods,
        PersonalDataModel model,
        INamedTypeSymbol? cancellationToken)
    {
        if (arguments.IsDefaultOrEmpty)
        {
            return;
        }

        var tree = context.Operation.Syntax.SyntaxTree;
        List<IOperation>? values = null;
        if (!sinks.IsEmpty && sinks.MayBeSink(method) && sinks.IsSink(method))
        {
            values = new List<IOperation>(2);
            sinks.CollectPromptValues(arguments, values);
        }
        else if (method.MethodKind != MethodKind.Constructor && aiMethods.Get(tree) is { IsEmpty: false } wrappers && wrappers.Contains(method))
        {
            values = new List<IOperation>(arguments.Length);
            foreach (var argument in arguments)
            {
                if (argument.Parameter is { } parameter && argument.ArgumentKind != ArgumentKind.DefaultValue
                    && !SymbolEqualityComparer.Default.Equals(parameter.Type, cancellationToken)
                    && !(parameter.Ordinal == 0 && (method.ReducedFrom ?? method).IsExtensionMethod))
                {
                    values.Add(argument.Value);
                }
            }
        }

        if (values is null || values.Count == 0)
        {
            return;
        }

        var scope = model.GetScope(tree, RuleId);
        var apiName = ApiName(method);
        foreach (var value in values)
        {
            if (value is IInterpolatedStringOperation interpolated)
            {
                // Report each hole, so that a fix can redact or drop exactly that hole.
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation hole && scope.Find(hole.Expression, CarrierUse.Stringified) is { } inHole)
                    {
                        Report(context, hole.Expression, inHole, apiName, isHole: true);
                    }
                }

                continue;
            }

            // Objects handed to a wrapper or a template argument are typically serialized into the prompt.
            var use = value.Type?.SpecialType == SpecialType.System_String ? CarrierUse.Stringified : CarrierUse.Serialized;
            if (scope.Find(value, use) is { } finding)
            {
                Report(context, value, finding, apiName, isHole: false);
            }
        }
    }

    private static string ApiName(IMethodSymbol method)
    {
        method = method.ReducedFrom ?? method;
        var type = method.ContainingType?.Name ?? string.Empty;
        return method.MethodKind == MethodKind.Constructor ? "new " + type : type + "." + method.Name;
    }

    private static void Report(OperationAnalysisContext context, IOperation value, PersonalDataFinding finding, string apiName, bool isHole) =>
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.AIREG201_PersonalDataSentToAiModel,
            value.Syntax.GetLocation(),
            isHole ? HoleProperties : null,
            PersonalDataText.DescribeSource(finding),
            PersonalDataText.Describe(finding),
            apiName));

    private static readonly ImmutableDictionary<string, string?> HoleProperties =
        ImmutableDictionary<string, string?>.Empty.Add(InterpolationHoleProperty, "true");
}
