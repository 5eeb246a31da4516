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
        // Generated code is never analysed. Diagnostics are not filtered again unless a rule reports
        // outside the code it analyses: the driver's filter walks the tokens of every tree a
        // diagnostic lands in, work a rule whose callbacks already skip generated code does not need.
        context.ConfigureGeneratedCodeAnalysis(ReportsOutsideAnalyzedCode ? GeneratedCodeAnalysisFlags.None : GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    /// <summary>
    /// Whether the rule can report at a location other than the code its callback analyses (a
    /// compilation-end report on an entity, a constant declared in another file), which may be
    /// generated code: then the driver filters its diagnostics in generated code.
    /// </summary>
    private protected virtual bool ReportsOutsideAnalyzedCode => false;

    private protected abstract void OnCompilationStart(CompilationStartAnalysisContext context);
}
