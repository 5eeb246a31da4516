using System.Collections.Immutable;
using AiRegAnalyzers.Common;
using AiRegAnalyzers.Options;
using AiRegAnalyzers.PersonalData;
using AiRegAnalyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiRegAnalyzers.Privacy;

/// <summary>AIREG101: personal data reaching a logging call (see <see cref="LoggingSinks"/> for the APIs).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataInLogAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Wrapper methods that write to a log (<c>AuditTrail.Record</c>); every argument counts.</summary>
    internal static readonly ListOption LogMethods = new("log_methods");

    private const string RuleId = "AIREG101";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.AIREG101_PersonalDataInLog);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var sinks = LoggingSinks.Get(start.Compilation);
            var model = PersonalDataModel.Get(start.Compilation, start.Options);
            var logMethods = new PerTreeCache<MethodNameList>(start.Options, options => new MethodNameList(LogMethods.Read(options, RuleId)));
            start.RegisterOperationAction(
                operationContext => Analyze(operationContext, sinks, model, logMethods),
                OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, LoggingSinks sinks, PersonalDataModel model, PerTreeCache<MethodNameList> logMethods)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var tree = invocation.Syntax.SyntaxTree;
        if (!sinks.IsLogCall(invocation, logMethods.Get(tree)))
        {
            return;
        }

        var scope = model.GetScope(tree, RuleId);
        var methodName = invocation.TargetMethod.Name;
        foreach (var logged in LoggedValue.Collect(invocation, sinks))
        {
            var use = logged.IsDestructured ? CarrierUse.Serialized : CarrierUse.Stringified;
            if (logged.Value is IInterpolatedStringOperation interpolated)
            {
                // Report each hole, so that the fix can take out exactly that hole.
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation hole && scope.Find(hole.Expression, CarrierUse.Stringified) is { } inHole)
                    {
                        Report(context, hole.Expression.Syntax.GetLocation(), inHole, methodName, properties: null);
                    }
                }

                continue;
            }

            if (scope.Find(logged.Value, use) is { } finding)
            {
                var properties = logged.HolePosition >= 0
                    ? ImmutableDictionary<string, string?>.Empty
                        .Add(LoggedValue.HolePositionProperty, logged.HolePosition.ToString(System.Globalization.CultureInfo.InvariantCulture))
                        .Add(LoggedValue.TemplateArgumentProperty, logged.TemplateArgumentIndex.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    : null;
                Report(context, logged.Value.Syntax.GetLocation(), finding, methodName, properties);
            }
        }
    }

    private static void Report(OperationAnalysisContext context, Location location, PersonalDataFinding finding, string methodName, ImmutableDictionary<string, string?>? properties) =>
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.AIREG101_PersonalDataInLog,
            location,
            properties,
            PersonalDataText.DescribeSource(finding),
            PersonalDataText.Describe(finding),
            methodName));
}
