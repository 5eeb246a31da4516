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
        ["AIREG101"] = 6.5, // personal data in logs
        ["AIREG102"] = 6.5, // stored unencrypted
        ["AIREG103"] = 7.5, // sensitive data persisted in clear text
        ["AIREG104"] = 6.5, // in URLs
        ["AIREG105"] = 5.5, // in exception messages
        ["AIREG106"] = 7.0, // real personal data in source
        ["AIREG201"] = 7.0, // sent to an AI model
        ["AIREG202"] = 6.0, // AI telemetry captures content
        ["AIREG203"] = 5.5, // prompts or responses logged
        ["AIREG204"] = 8.1, // unsafe deserializer (code execution)
        ["AIREG301"] = 5.9, // weak hash
        ["AIREG302"] = 7.4, // weak cipher
        ["AIREG303"] = 6.5, // insecure cipher mode
        ["AIREG304"] = 5.9, // short key
        ["AIREG305"] = 7.5, // constant key or IV
        ["AIREG306"] = 7.5, // weak password hashing
        ["AIREG307"] = 5.3, // insecure randomness
        ["AIREG401"] = 8.1, // certificate validation disabled
        ["AIREG402"] = 7.4, // obsolete TLS
        ["AIREG403"] = 6.5, // clear-text protocol
        ["AIREG404"] = 5.3, // insecure cookie
        ["AIREG501"] = 8.8, // hard-coded credential
        ["AIREG502"] = 8.8, // hard-coded API key
    };

    private static readonly Dictionary<string, double> ByCategory = new()
    {
        ["AiRegPrivacy"] = 6.5,
        ["AiRegAI"] = 6.5,
        ["AiRegCrypto"] = 6.5,
        ["AiRegTransport"] = 6.5,
        ["AiRegSecrets"] = 8.8,
    };

    public const double Default = 5.0;

    /// <summary>The score as SARIF wants it (a string with one decimal), or null for tooling diagnostics.</summary>
    public static string? For(RuleInfo rule) =>
        rule.IsTooling ? null : Score(rule).ToString("0.0", CultureInfo.InvariantCulture);

    public static double Score(RuleInfo rule) =>
        ByRule.TryGetValue(rule.Id, out var score) ? score : ByCategory.TryGetValue(rule.Category, out score) ? score : Default;
}
