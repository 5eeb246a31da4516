using AiRegAnalyzers.Sinks;

namespace AiRegAnalyzers.Privacy;

/// <summary>
/// AIREG104: personal data built into a URL or query string handed to an HTTP client, a URI type,
/// a query helper, a redirect or a navigation (see <see cref="UrlSinks"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataInUrlAnalyzer : PersonalDataSinkAnalyzer
{
    private static readonly ImmutableArray<OperationKind> Kinds =
        ImmutableArray.Create(OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment);

    public PersonalDataInUrlAnalyzer()
        : base(Descriptors.AIREG104_PersonalDataInUrl)
    {
    }

    private protected override ImmutableArray<OperationKind> SiteKinds => Kinds;

    private protected override SinkCatalogue? CreateCatalogue(Compilation compilation, AnalyzerOptions options) =>
        UrlSinks.Get(compilation) is { IsEmpty: false } sinks ? new UrlSinkCatalogue(sinks) : null;
}
