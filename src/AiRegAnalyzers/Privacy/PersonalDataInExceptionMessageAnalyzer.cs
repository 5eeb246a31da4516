using System.Collections.Immutable;
using AiRegAnalyzers.Flow;
using AiRegAnalyzers.Sinks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiRegAnalyzers.Privacy;

/// <summary>
/// AIREG105: personal data in the constructor arguments of a thrown exception
/// (<c>throw new InvalidOperationException($"No patient {idNumber}")</c>, also in throw expressions).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataInExceptionMessageAnalyzer : PersonalDataSinkAnalyzer
{
    /// <summary>Diagnostic property: set when the value is a hole of an interpolated string, which the fix can take out.</summary>
    internal const string InterpolationHoleProperty = "InterpolationHole";

    /// <summary>Diagnostic property: set when the value is one operand of a string concatenation, which the fix can take out.</summary>
    internal const string ConcatenationOperandProperty = "ConcatenationOperand";

    private static readonly ImmutableArray<OperationKind> Kinds = ImmutableArray.Create(OperationKind.Throw, OperationKind.Invocation, OperationKind.ObjectCreation);
    private static readonly ImmutableDictionary<string, string?> Hole = ImmutableDictionary<string, string?>.Empty.Add(InterpolationHoleProperty, "true");
    private static readonly ImmutableDictionary<string, string?> Operand = ImmutableDictionary<string, string?>.Empty.Add(ConcatenationOperandProperty, "true");

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
