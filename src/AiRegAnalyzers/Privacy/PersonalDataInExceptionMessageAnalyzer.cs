using AiRegAnalyzers.Sinks;

namespace AiRegAnalyzers.Privacy;

/// <summary>
/// AIREG105: personal data in the constructor arguments of a thrown exception
/// (<c>throw new InvalidOperationException($"No patient {idNumber}")</c>, also in throw expressions).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataInExceptionMessageAnalyzer : PersonalDataSinkAnalyzer
{
    private static readonly ImmutableArray<OperationKind> Kinds = ImmutableArray.Create(OperationKind.Throw, OperationKind.Invocation, OperationKind.ObjectCreation);
    private static readonly ImmutableDictionary<string, string?> Hole = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.InterpolationHole, DiagnosticProperties.Set);
    private static readonly ImmutableDictionary<string, string?> Operand = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.ConcatenationOperand, DiagnosticProperties.Set);

    public PersonalDataInExceptionMessageAnalyzer()
        : base(Descriptors.AIREG105_PersonalDataInExceptionMessage)
    {
    }

    private protected override ImmutableArray<OperationKind> SiteKinds => Kinds;

    private protected override ImmutableDictionary<string, string?> HoleProperties => Hole;

    private protected override ImmutableDictionary<string, string?> OperandProperties => Operand;

    private protected override SinkCatalogue? CreateCatalogue(Compilation compilation, AnalyzerOptions options) =>
        compilation.GetTypeByMetadataName("System.Exception") is { } exception ? new ExceptionSinkCatalogue(exception) : null;
}
