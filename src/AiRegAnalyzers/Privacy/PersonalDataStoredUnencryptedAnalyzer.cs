using System.Collections.Immutable;
using AiRegAnalyzers.PersonalData;
using AiRegAnalyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiRegAnalyzers.Privacy;

/// <summary>
/// AIREG102: personal data written unencrypted to files, response cookies, a distributed cache or
/// MAUI preferences (see <see cref="StorageSinks"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataStoredUnencryptedAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the <see cref="StorageKind"/> of the sink, for the fixes.</summary>
    internal const string StorageKindProperty = "StorageKind";

    private const string RuleId = "AIREG102";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.AIREG102_PersonalDataStoredUnencrypted);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var sinks = StorageSinks.Get(start.Compilation);
            if (sinks.IsEmpty)
            {
                return;
            }

            var model = PersonalDataModel.Get(start.Compilation, start.Options);
            start.RegisterOperationAction(c => Analyze(c, sinks, model), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, StorageSinks sinks, PersonalDataModel model)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.Arguments.IsEmpty || !sinks.IsCandidate(invocation.TargetMethod))
        {
            return;
        }

        PersonalDataScope? scope = null;
        foreach (var argument in invocation.Arguments)
        {
            var kind = sinks.Classify(invocation, argument, out var serialized);
            if (kind == StorageKind.None || argument.Value is null)
            {
                continue;
            }

            scope ??= model.GetScope(invocation.Syntax.SyntaxTree, RuleId);
            if (scope.Find(argument.Value, serialized ? CarrierUse.Serialized : CarrierUse.Stringified) is { } finding)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.AIREG102_PersonalDataStoredUnencrypted,
                    argument.Value.Syntax.GetLocation(),
                    ImmutableDictionary<string, string?>.Empty.Add(StorageKindProperty, kind.ToString()),
                    PersonalDataText.DescribeSource(finding),
                    PersonalDataText.Describe(finding),
                    ApiName(invocation.TargetMethod)));
            }
        }
    }

    private static string ApiName(IMethodSymbol method)
    {
        var original = method.ReducedFrom ?? method;
        var type = original.IsExtensionMethod && original.Parameters.Length > 0 ? original.Parameters[0].Type.Name : method.ContainingType.Name;
        return type + "." + method.Name;
    }
}
