using AiRegAnalyzers.Sinks;

namespace AiRegAnalyzers.Privacy;

/// <summary>
/// AIREG102: personal data written unencrypted to files, response cookies, a distributed cache or
/// MAUI preferences (see <see cref="StorageSinks"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataStoredUnencryptedAnalyzer : PersonalDataSinkAnalyzer
{
    private static readonly System.Collections.Immutable.ImmutableArray<OperationKind> Kinds =
        System.Collections.Immutable.ImmutableArray.Create(OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment);

    public PersonalDataStoredUnencryptedAnalyzer()
        : base(Descriptors.AIREG102_PersonalDataStoredUnencrypted)
    {
    }

    /// <summary>Calls and creations, and the assignments that set a classic ASP.NET cookie's value.</summary>
    private protected override System.Collections.Immutable.ImmutableArray<OperationKind> SiteKinds => Kinds;

    private protected override SinkCatalogue? CreateCatalogue(Compilation compilation, AnalyzerOptions options) =>
        StorageSinks.Get(compilation) is { IsEmpty: false } sinks ? new StorageSinkCatalogue(sinks) : null;
}
