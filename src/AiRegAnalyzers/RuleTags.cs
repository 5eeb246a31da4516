namespace AiRegAnalyzers;

/// <summary>
/// Custom tags carried by the descriptors (and so by SARIF output): the regulation each rule
/// serves, and the markers the analysis-mode global configs are generated from.
/// </summary>
internal static class RuleTags
{
    /// <summary>GitHub code scanning grades results of rules tagged <c>security</c> as security alerts.</summary>
    public const string Security = "security";

    /// <summary>Rules precise enough to stay on in <c>AiRegAnalysisMode=Minimum</c>.</summary>
    public const string HighConfidence = "HighConfidence";

    /// <summary>The rule is about PIPL Art. 28 sensitive personal information.</summary>
    public const string Sensitive = "PIPL-Art28-Sensitive";

    public const string Pipl51 = "PIPL-Art51";
    public const string Pipl38 = "PIPL-Art38-40";
    public const string Dsl27 = "DSL-Art27";
    public const string GbT35273 = "GB/T-35273-2020";
    public const string GenAiArt11 = "GenAI-Measures-Art11";
    public const string GbT39786 = "GB/T-39786-2021";
    public const string CryptographyLaw = "Cryptography-Law";
}
