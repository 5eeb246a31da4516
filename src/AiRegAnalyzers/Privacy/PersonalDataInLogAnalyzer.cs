using AiRegAnalyzers.Sinks;

namespace AiRegAnalyzers.Privacy;

/// <summary>AIREG101: personal data reaching a logging call (see <see cref="LoggingSinks"/> for the APIs).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataInLogAnalyzer : PersonalDataSinkAnalyzer
{
    /// <summary>Wrapper methods that write to a log (<c>AuditTrail.Record</c>); every argument counts.</summary>
    internal static readonly ListOption LogMethods = new("log_methods");

    private const string RuleId = RuleIds.PersonalDataInLog;

    public PersonalDataInLogAnalyzer()
        : base(Descriptors.AIREG101_PersonalDataInLog)
    {
    }

    private protected override SinkCatalogue CreateCatalogue(Compilation compilation, AnalyzerOptions options) =>
        new LogSinkCatalogue(LoggingSinks.Get(compilation), ConfiguredMethods.Read(compilation, options, LogMethods, RuleId));
}
