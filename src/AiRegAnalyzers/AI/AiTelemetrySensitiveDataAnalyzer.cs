namespace AiRegAnalyzers.AI;

/// <summary>
/// AIREG202: turning on the capture of prompts and responses in AI telemetry:
/// <c>EnableSensitiveData = true</c> on Microsoft.Extensions.AI's OpenTelemetry clients (directly,
/// in an object initializer or in the <c>UseOpenTelemetry(configure: ...)</c> callback), and Semantic
/// Kernel's sensitive GenAI diagnostics switched on through <c>AppContext.SetSwitch</c> or its
/// environment variable, and <c>OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT</c> set to true;
/// each also when the value is read from configuration (<see cref="ConfigurationValueSource"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AiTelemetrySensitiveDataAnalyzer() : AiRegAnalyzer(Descriptors.AIREG202_AiTelemetrySensitiveData)
{
    internal const string SemanticKernelSwitch = "Microsoft.SemanticKernel.Experimental.GenAI.EnableOTelDiagnosticsSensitive";
    internal const string SemanticKernelVariable = "SEMANTICKERNEL_EXPERIMENTAL_GENAI_ENABLE_OTEL_DIAGNOSTICS_SENSITIVE";

    /// <summary>Read by Microsoft.Extensions.AI's OpenTelemetry clients as the default of <c>EnableSensitiveData</c>.</summary>
    internal const string OpenTelemetryVariable = "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT";

    private const string MeaiNamespace = "Microsoft.Extensions.AI";

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var compilation = start.Compilation;
        var hasMeai = compilation.GetTypeByMetadataName("Microsoft.Extensions.AI.OpenTelemetryChatClient") is not null;
        var hasKernel = compilation.GetTypeByMetadataName("Microsoft.SemanticKernel.Kernel") is not null;
        var configuration = hasMeai || hasKernel ? compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfiguration") : null;
        var fromConfiguration = configuration is null ? null : new ConfigurationValueSource(configuration);
        if (hasMeai)
        {
            start.RegisterOperationAction(context => AnalyzeAssignment(context, fromConfiguration), OperationKind.SimpleAssignment);
        }

        if (hasMeai || hasKernel)
        {
            var appContext = hasKernel ? compilation.GetTypeByMetadataName("System.AppContext") : null;
            var environment = compilation.GetTypeByMetadataName("System.Environment");
            start.RegisterOperationAction(context => AnalyzeInvocation(context, appContext, environment, hasMeai, hasKernel, fromConfiguration), OperationKind.Invocation);
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, ConfigurationValueSource? fromConfiguration)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation { Property: { Name: "EnableSensitiveData" } property }
            || !(IsTrue(assignment.Value) || FromConfiguration(assignment.Value, fromConfiguration))
            || property.ContainingType is not { } type
            || !type.Name.StartsWith("OpenTelemetry", StringComparison.Ordinal)
            || !type.ContainingNamespace.IsNamespace(MeaiNamespace))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.AIREG202_AiTelemetrySensitiveData,
            assignment.Value.Syntax.GetLocation(),
            BoolProperties,
            type.Name + ".EnableSensitiveData = " + Shown(assignment.Value)));
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, INamedTypeSymbol? appContext, INamedTypeSymbol? environment, bool hasMeai, bool hasKernel, ConfigurationValueSource? fromConfiguration)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.Name == "SetSwitch" && invocation.Arguments.Length == 2 && SymbolEqualityComparer.Default.Equals(method.ContainingType, appContext))
        {
            if (Argument(invocation, 0) is { ConstantValue: { HasValue: true, Value: string name } }
                && string.Equals(name, SemanticKernelSwitch, StringComparison.Ordinal)
                && Argument(invocation, 1) is { } value
                && (IsTrue(value) || FromConfiguration(value, fromConfiguration)))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.AIREG202_AiTelemetrySensitiveData, value.Syntax.GetLocation(), BoolProperties, "AppContext.SetSwitch(\"" + SemanticKernelSwitch + "\", " + Shown(value) + ")"));
            }

            return;
        }

        if (method.Name == "SetEnvironmentVariable" && invocation.Arguments.Length >= 2 && SymbolEqualityComparer.Default.Equals(method.ContainingType, environment)
            && Argument(invocation, 0) is { ConstantValue: { HasValue: true, Value: string variable } }
            && (hasKernel && string.Equals(variable, SemanticKernelVariable, StringComparison.OrdinalIgnoreCase)
                || hasMeai && string.Equals(variable, OpenTelemetryVariable, StringComparison.OrdinalIgnoreCase))
            && Argument(invocation, 1) is { } setting
            && (setting.ConstantValue is { HasValue: true, Value: string text } && (string.Equals(text.Trim(), "true", StringComparison.OrdinalIgnoreCase) || text.Trim() == "1")
                || FromConfiguration(setting, fromConfiguration)))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.AIREG202_AiTelemetrySensitiveData, setting.Syntax.GetLocation(), StringProperties, "Environment.SetEnvironmentVariable(\"" + variable + "\", " + Shown(setting) + ")"));
        }
    }

    private static bool IsTrue(IOperation value) => value.ConstantValue is { HasValue: true, Value: true };

    /// <summary>A switch value read from configuration: not fixed in code, but one settings edit from capturing every prompt.</summary>
    private static bool FromConfiguration(IOperation value, ConfigurationValueSource? source) =>
        source is not null && value.ConstantValue is not { HasValue: true } && ValueFlow<IOperation>.Find(source, value, CarrierUse.Stringified) is not null;

    /// <summary>The value as written: <c>true</c>, <c>"1"</c>, or the configuration read.</summary>
    private static string Shown(IOperation value)
    {
        while (value is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion.Operand;
        }

        return ValueDisplay.Of(value);
    }

    /// <summary>The value passed for the parameter at <paramref name="ordinal"/> (named arguments may come in any order).</summary>
    private static IOperation? Argument(IInvocationOperation invocation, int ordinal)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
            {
                return argument.Value;
            }
        }

        return null;
    }

    private static readonly ImmutableDictionary<string, string?> BoolProperties =
        ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.ValueKind, DiagnosticProperties.BoolValue);

    private static readonly ImmutableDictionary<string, string?> StringProperties =
        ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.ValueKind, DiagnosticProperties.StringValue);
}
