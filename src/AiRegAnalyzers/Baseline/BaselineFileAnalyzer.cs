namespace AiRegAnalyzers.Baseline;

/// <summary>AIREG900: the baseline cannot be read, so <see cref="BaselineSuppressor"/> suppresses nothing. Reported once per project.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BaselineFileAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.Tooling.AIREG900_BaselineUnreadable);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(compilation =>
        {
            foreach (var baseline in BaselineFile.Find(compilation.Options, compilation.CancellationToken))
            {
                if (baseline.Error is { } error)
                {
                    compilation.ReportDiagnostic(Diagnostic.Create(Descriptors.Tooling.AIREG900_BaselineUnreadable, Location.None, baseline.Path, error));
                }
            }
        });
    }
}
