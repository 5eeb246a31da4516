using System.Collections.Immutable;
using AiRegAnalyzers.PersonalData;
using AiRegAnalyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiRegAnalyzers.Privacy;

/// <summary>
/// AIREG104: personal data built into a URL or query string handed to an HTTP client, a URI type,
/// a query helper, a redirect or a navigation (see <see cref="UrlSinks"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataInUrlAnalyzer : DiagnosticAnalyzer
{
    private const string RuleId = "AIREG104";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.AIREG104_PersonalDataInUrl);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var sinks = UrlSinks.Get(start.Compilation);
            if (sinks.IsEmpty)
            {
                return;
            }

            var model = PersonalDataModel.Get(start.Compilation, start.Options);
            start.RegisterOperationAction(c => AnalyzeCall(c, sinks, model), OperationKind.Invocation, OperationKind.ObjectCreation);
            start.RegisterOperationAction(c => AnalyzeAssignment(c, sinks, model), OperationKind.SimpleAssignment);
        });
    }

    private static void AnalyzeCall(OperationAnalysisContext context, UrlSinks sinks, PersonalDataModel model)
    {
        IMethodSymbol? method;
        ImmutableArray<IArgumentOperation> arguments;
        if (context.Operation is IInvocationOperation invocation)
        {
            method = invocation.TargetMethod;
            arguments = invocation.Arguments;
        }
        else
        {
            var creation = (IObjectCreationOperation)context.Operation;
            method = creation.Constructor;
            arguments = creation.Arguments;
        }

        if (method is null || arguments.IsEmpty || !sinks.IsCandidateType(method.ContainingType))
        {
            return;
        }

        PersonalDataScope? scope = null;
        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { } parameter || argument.Value is null || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            var part = sinks.Classify(method, parameter);
            if (part == UrlPart.None)
            {
                continue;
            }

            scope ??= model.GetScope(context.Operation.Syntax.SyntaxTree, RuleId);
            if (Find(scope, argument.Value, part) is { } finding)
            {
                Report(context, argument.Value, finding, method);
            }
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, UrlSinks sinks, PersonalDataModel model)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation { Property: { } property } || !sinks.IsUrlPieceProperty(property))
        {
            return;
        }

        var scope = model.GetScope(assignment.Syntax.SyntaxTree, RuleId);
        if (scope.Find(assignment.Value, CarrierUse.Stringified) is { } finding)
        {
            Report(context, assignment.Value, finding, property.ContainingType.Name + "." + property.Name);
        }
    }

    private static PersonalDataFinding? Find(PersonalDataScope scope, IOperation value, UrlPart part)
    {
        switch (part)
        {
            case UrlPart.WholeUrl:
                // A variable that is the whole URL (string location, Uri address) is a URL, whatever its name;
                // what counts is personal data built into it.
                var finding = scope.Find(value, CarrierUse.Stringified);
                return finding is not null && IsBareReference(value, finding) ? null : finding;
            case UrlPart.Piece:
                return scope.Find(value, CarrierUse.Stringified);
            case UrlPart.RouteValues:
                return scope.Find(value, CarrierUse.Serialized);
            case UrlPart.Collection:
                return FindInInitializer(scope, value);
            default:
                return null;
        }
    }

    private static bool IsBareReference(IOperation value, PersonalDataFinding finding)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation
            && finding.Display == value.Syntax.ToString();
    }

    /// <summary>Values in <c>new Dictionary&lt;string, string?&gt; { ["email"] = email }</c> or <c>{ { "email", email } }</c>.</summary>
    private static PersonalDataFinding? FindInInitializer(PersonalDataScope scope, IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        if (value is not IObjectCreationOperation { Initializer: { } initializer })
        {
            return scope.Find(value, CarrierUse.Serialized);
        }

        foreach (var element in initializer.Initializers)
        {
            var found = element switch
            {
                ISimpleAssignmentOperation assignment => scope.Find(assignment.Value, CarrierUse.Stringified),
                IInvocationOperation { Arguments.Length: 2 } add => scope.Find(add.Arguments[1].Value, CarrierUse.Stringified),
                _ => null,
            };
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private static void Report(OperationAnalysisContext context, IOperation value, PersonalDataFinding finding, IMethodSymbol method) =>
        Report(context, value, finding, method.MethodKind == MethodKind.Constructor ? "new " + method.ContainingType.Name : ApiName(method));

    private static void Report(OperationAnalysisContext context, IOperation value, PersonalDataFinding finding, string api) =>
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.AIREG104_PersonalDataInUrl,
            value.Syntax.GetLocation(),
            PersonalDataText.DescribeSource(finding),
            PersonalDataText.Describe(finding),
            api));

    private static string ApiName(IMethodSymbol method)
    {
        var original = method.ReducedFrom ?? method;
        var type = original.IsExtensionMethod && original.Parameters.Length > 0 ? original.Parameters[0].Type.Name : method.ContainingType.Name;
        return type + "." + method.Name;
    }
}
