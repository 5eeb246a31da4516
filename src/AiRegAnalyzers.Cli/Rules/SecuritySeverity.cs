using System.Collections.Generic;
using System.Globalization;

namespace AiRegAnalyzers.Cli.Rules;

/// <summary>
/// The <c>security-severity</c> GitHub code scanning grades alerts by (0.1-3.9 low, 4.0-6.9 medium,
/// 7.0-8.9 high, 9.0+ critical). One score per rule, judged on what an attacker or a leak gains
/// (documented in docs/cli.md); a rule not listed takes its category's score, and an unknown
/// category 5.0. Tooling diagnostics have none.
/// </summary>
internal static class SecuritySeverity
{
    private static readonly Dictionary<string, double> ByRule = new()
    {
        [RuleIds.PersonalDataInLog] = 6.5,
        [RuleIds.PersonalDataStoredUnencrypted] = 6.5,
        [RuleIds.SensitiveDataPersistedInClearText] = 7.5,
        [RuleIds.PersonalDataInUrl] = 6.5,
        [RuleIds.PersonalDataInExceptionMessage] = 5.5,
        [RuleIds.RealPersonalDataInSource] = 7.0,
        [RuleIds.PersonalDataSentToAiModel] = 7.0,
        [RuleIds.AiTelemetrySensitiveData] = 6.0,
        [RuleIds.AiContentInLog] = 5.5,
        [RuleIds.UnsafeDeserializer] = 8.1,
        [RuleIds.WeakHashAlgorithm] = 5.9,
        [RuleIds.WeakCipherAlgorithm] = 7.4,
        [RuleIds.InsecureCipherMode] = 6.5,
        [RuleIds.ShortKeySize] = 5.9,
        [RuleIds.ConstantKeyOrIV] = 7.5,
        [RuleIds.WeakPasswordHashing] = 7.5,
        [RuleIds.InsecureRandomness] = 5.3,
        [RuleIds.CertificateValidationDisabled] = 8.1,
        [RuleIds.ObsoleteTlsProtocol] = 7.4,
        [RuleIds.ClearTextProtocol] = 6.5,
        [RuleIds.InsecureCookie] = 5.3,
        [RuleIds.HardCodedCredential] = 8.8,
        [RuleIds.HardCodedApiKey] = 8.8,
    };

    private static readonly Dictionary<string, double> ByCategory = new()
    {
        [DiagnosticCategories.Privacy] = 6.5,
        [DiagnosticCategories.AI] = 6.5,
        [DiagnosticCategories.Crypto] = 6.5,
        [DiagnosticCategories.Transport] = 6.5,
        [DiagnosticCategories.Secrets] = 8.8,
    };

    public const double Default = 5.0;

    /// <summary>The score as SARIF wants it (a string with one decimal), or null for tooling diagnostics.</summary>
    public static string? For(RuleInfo rule) =>
        rule.IsTooling ? null : Score(rule).ToString("0.0", CultureInfo.InvariantCulture);

    public static double Score(RuleInfo rule) =>
        ByRule.TryGetValue(rule.Id, out var score) ? score : ByCategory.TryGetValue(rule.Category, out score) ? score : Default;
}
