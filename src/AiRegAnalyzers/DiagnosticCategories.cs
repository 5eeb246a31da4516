namespace AiRegAnalyzers;

/// <summary>
/// Descriptor categories. Each is unique to this package so that
/// <c>dotnet_analyzer_diagnostic.category-&lt;name&gt;.severity</c> touches only these rules.
/// </summary>
internal static class DiagnosticCategories
{
    public const string Privacy = "AiRegPrivacy";
    public const string AI = "AiRegAI";
    public const string Crypto = "AiRegCrypto";
    public const string Transport = "AiRegTransport";
    public const string Secrets = "AiRegSecrets";
    public const string Configuration = "AiRegConfiguration";

    /// <summary>The baseline and inventory diagnostics: not rules; the analysis modes leave them alone.</summary>
    public const string Tooling = "AiRegTooling";
}
