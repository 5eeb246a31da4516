namespace AiRegAnalyzers.Common;

/// <summary>
/// Base of the package's analyzers: concurrent, silent in generated code, and one compilation-start
/// action in which a rule resolves what it watches once and registers nothing when it is absent.
/// </summary>
public abstract class AiRegAnalyzer : DiagnosticAnalyzer
{
    private protected AiRegAnalyzer(params DiagnosticDescriptor[] rules) => SupportedDiagnostics = ImmutableArray.Create(rules);

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private protected abstract void OnCompilationStart(CompilationStartAnalysisContext context);
}
