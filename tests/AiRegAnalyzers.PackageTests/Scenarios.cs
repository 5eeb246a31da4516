using System.Collections.Generic;

namespace AiRegAnalyzers.PackageTests;

/// <summary>A consumer project: its <c>[*.cs]</c> .editorconfig body (null: none), MSBuild properties and extra package references (id to version).</summary>
public sealed record Scenario(string Name, string? EditorConfig, IReadOnlyDictionary<string, string> Properties, IReadOnlyDictionary<string, string>? Packages = null);

/// <summary>Every consumer configuration the package tests build.</summary>
public static class Scenarios
{
    private static readonly Dictionary<string, string> NoProperties = new();

    private static Dictionary<string, string> Mode(string mode) => new() { ["AiRegAnalysisMode"] = mode };

    public static readonly Scenario Default = new("default", null, NoProperties);
    public static readonly Scenario Recommended = new("recommended", null, Mode("Recommended"));
    public static readonly Scenario Strict = new("strict", null, Mode("Strict"));
    public static readonly Scenario None = new("none", null, Mode("None"));
    public static readonly Scenario Minimum = new("minimum", null, Mode("Minimum"));
    public static readonly Scenario UnknownMode = new("unknown-mode", null, Mode("Strickt"));

    public static readonly Scenario RuleError = new("rule-error", "dotnet_diagnostic.AIREG301.severity = error", NoProperties);
    public static readonly Scenario RuleNone = new("rule-none", "dotnet_diagnostic.AIREG301.severity = none", NoProperties);

    public static readonly Scenario StrictRuleWarning = new("strict-rule-warning", "dotnet_diagnostic.AIREG301.severity = warning", Mode("Strict"));
    public static readonly Scenario NoneRuleWarning = new("none-rule-warning", "dotnet_diagnostic.AIREG301.severity = warning", Mode("None"));
    public static readonly Scenario MinimumRuleError = new("minimum-rule-error", "dotnet_diagnostic.AIREG301.severity = error", Mode("Minimum"));

    public static readonly Scenario CategoryError = new("category-error", "dotnet_analyzer_diagnostic.category-AiRegCrypto.severity = error", NoProperties);
    public static readonly Scenario StrictCategoryWarning = new("strict-category-warning", "dotnet_analyzer_diagnostic.category-AiRegCrypto.severity = warning", Mode("Strict"));
    public static readonly Scenario NoneCategoryWarning = new("none-category-warning", "dotnet_analyzer_diagnostic.category-AiRegCrypto.severity = warning", Mode("None"));
    public static readonly Scenario MinimumCategoryError = new("minimum-category-error", "dotnet_analyzer_diagnostic.category-AiRegCrypto.severity = error", Mode("Minimum"));

    /// <summary>The Csc task's PreferredUILang becomes /preferreduilang: the compiler's UI culture.</summary>
    public static readonly Scenario ChineseProperty = new("zh-property", null, new Dictionary<string, string> { ["PreferredUILang"] = "zh-CN" });

    private static Dictionary<string, string> Profile(string profile) => new() { ["AiRegCryptoProfile"] = profile };

    public static readonly Scenario CryptoGmProperty = new("crypto-gm-property", null, Profile("GM"));
    public static readonly Scenario CryptoGmEditorConfig = new("crypto-gm-editorconfig", "aireg.crypto_profile = gm", NoProperties);
    public static readonly Scenario CryptoGmPropertyOverridden = new("crypto-gm-overridden", "aireg.crypto_profile = international", Profile("GM"));
    public static readonly Scenario CryptoUnknownProfile = new("crypto-unknown-profile", null, Profile("SM"));
    public static readonly Scenario CryptoGmChinese = new("crypto-gm-zh", null, new Dictionary<string, string> { ["AiRegCryptoProfile"] = "GM", ["PreferredUILang"] = "zh-CN" });

    /// <summary>A mistyped option and a value its option does not accept (AIREG001).</summary>
    public static readonly Scenario ConfigurationMistakes = new("config-mistakes", "aireg.min_rsa_keysize = 3072\naireg.allow_pbkdf2_sha1 = yes", NoProperties);

    /// <summary>
    /// The oldest compiler package served here (Roslyn 4.14) instead of the SDK's own: the analyzers,
    /// built against Microsoft.CodeAnalysis 4.8, must load and report in it. On SDK 10 a compiler
    /// package is used only with <c>RoslynCompilerType=Package</c>.
    /// </summary>
    public static readonly Scenario OlderCompiler = new(
        "older-compiler",
        null,
        new Dictionary<string, string> { ["RoslynCompilerType"] = "Package" },
        new Dictionary<string, string> { ["Microsoft.Net.Compilers.Toolset"] = "4.14.0" });

    public static readonly IReadOnlyList<Scenario> All =
    [
        Default, Recommended, Strict, None, Minimum, UnknownMode, RuleError, RuleNone,
        StrictRuleWarning, NoneRuleWarning, MinimumRuleError,
        CategoryError, StrictCategoryWarning, NoneCategoryWarning, MinimumCategoryError,
        ChineseProperty, ConfigurationMistakes, OlderCompiler,
        CryptoGmProperty, CryptoGmEditorConfig, CryptoGmPropertyOverridden, CryptoUnknownProfile, CryptoGmChinese,
    ];
}
