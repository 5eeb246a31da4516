using Microsoft.CodeAnalysis;

namespace AiRegAnalyzers;

/// <summary>
/// The only place that creates <see cref="DiagnosticDescriptor"/>s. Titles, message formats and
/// descriptions live in <c>Resources.resx</c> (English) and <c>Resources.zh-Hans.resx</c> under
/// <c>&lt;ID&gt;_Title</c>, <c>&lt;ID&gt;_Message</c> and <c>&lt;ID&gt;_Description</c>.
/// The comment on each field lists its message arguments.
/// </summary>
internal static class Descriptors
{
    /// <summary>Base of every rule's help link; the page is <c>docs/rules/&lt;ID&gt;.md</c>.</summary>
    public const string HelpLinkBase = AiRegHome.Url + "/blob/main/docs/rules/";

    // ---- AiRegPrivacy -------------------------------------------------------------------

    /// <summary>{0} data expression, {1} category text, {2} logging method.</summary>
    public static readonly DiagnosticDescriptor AIREG101_PersonalDataInLog = new(
        "AIREG101", Title("AIREG101"), Message("AIREG101"), DiagnosticCategories.Privacy, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        Description("AIREG101"), HelpLink("AIREG101"), RuleTags.Security, RuleTags.HighConfidence, RuleTags.Pipl51, RuleTags.Dsl27, RuleTags.GbT35273);

    /// <summary>{0} data expression, {1} category text, {2} storage API.</summary>
    public static readonly DiagnosticDescriptor AIREG102_PersonalDataStoredUnencrypted = new(
        "AIREG102", Title("AIREG102"), Message("AIREG102"), DiagnosticCategories.Privacy, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        Description("AIREG102"), HelpLink("AIREG102"), RuleTags.Security, RuleTags.Pipl51, RuleTags.Dsl27, RuleTags.GbT35273);

    /// <summary>{0} entity property, {1} category text, {2} DbContext type.</summary>
    public static readonly DiagnosticDescriptor AIREG103_SensitiveDataPersistedInClearText = new(
        "AIREG103", Title("AIREG103"), Message("AIREG103"), DiagnosticCategories.Privacy, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        Description("AIREG103"), HelpLink("AIREG103"), RuleTags.Security, RuleTags.Sensitive, RuleTags.Pipl51, RuleTags.Dsl27, RuleTags.GbT35273,
        WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>{0} data expression, {1} category text, {2} URL consumer.</summary>
    public static readonly DiagnosticDescriptor AIREG104_PersonalDataInUrl = new(
        "AIREG104", Title("AIREG104"), Message("AIREG104"), DiagnosticCategories.Privacy, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        Description("AIREG104"), HelpLink("AIREG104"), RuleTags.Security, RuleTags.Pipl51, RuleTags.GbT35273);

    /// <summary>{0} data expression, {1} category text, {2} exception type.</summary>
    public static readonly DiagnosticDescriptor AIREG105_PersonalDataInExceptionMessage = new(
        "AIREG105", Title("AIREG105"), Message("AIREG105"), DiagnosticCategories.Privacy, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        Description("AIREG105"), HelpLink("AIREG105"), RuleTags.Security, RuleTags.Pipl51, RuleTags.GbT35273);

    /// <summary>{0} kind of data (localizable text).</summary>
    public static readonly DiagnosticDescriptor AIREG106_RealPersonalDataInSource = new(
        "AIREG106", Title("AIREG106"), Message("AIREG106"), DiagnosticCategories.Privacy, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        Description("AIREG106"), HelpLink("AIREG106"), RuleTags.Security, RuleTags.Sensitive, RuleTags.Pipl51, RuleTags.GbT35273);

    // ---- AiRegAI ------------------------------------------------------------------------

    /// <summary>{0} data expression, {1} category text, {2} AI API.</summary>
    public static readonly DiagnosticDescriptor AIREG201_PersonalDataSentToAiModel = new(
        "AIREG201", Title("AIREG201"), Message("AIREG201"), DiagnosticCategories.AI, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        Description("AIREG201"), HelpLink("AIREG201"), RuleTags.Security, RuleTags.Pipl38, RuleTags.Pipl51, RuleTags.GenAiArt11);

    /// <summary>{0} the setting that turns sensitive capture on.</summary>
    public static readonly DiagnosticDescriptor AIREG202_AiTelemetrySensitiveData = new(
        "AIREG202", Title("AIREG202"), Message("AIREG202"), DiagnosticCategories.AI, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        Description("AIREG202"), HelpLink("AIREG202"), RuleTags.Security, RuleTags.HighConfidence, RuleTags.GenAiArt11, RuleTags.Pipl51);

    /// <summary>{0} the prompt or response expression, {1} logging method.</summary>
    public static readonly DiagnosticDescriptor AIREG203_AiContentInLog = new(
        "AIREG203", Title("AIREG203"), Message("AIREG203"), DiagnosticCategories.AI, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        Description("AIREG203"), HelpLink("AIREG203"), RuleTags.Security, RuleTags.GenAiArt11, RuleTags.Pipl51);

    /// <summary>{0} the deserializer or setting.</summary>
    public static readonly DiagnosticDescriptor AIREG204_UnsafeDeserializer = new(
        "AIREG204", Title("AIREG204"), Message("AIREG204"), DiagnosticCategories.AI, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        Description("AIREG204"), HelpLink("AIREG204"), RuleTags.Security, RuleTags.HighConfidence, RuleTags.Dsl27);

    // ---- AiRegCrypto --------------------------------------------------------------------

    /// <summary>{0} weak algorithm, {1} replacement.</summary>
    public static readonly DiagnosticDescriptor AIREG301_WeakHashAlgorithm = new(
        "AIREG301", Title("AIREG301"), Message("AIREG301"), DiagnosticCategories.Crypto, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        Description("AIREG301"), HelpLink("AIREG301"), RuleTags.Security, RuleTags.HighConfidence, RuleTags.Pipl51, RuleTags.Dsl27);

    /// <summary>{0} weak cipher, {1} replacement (by profile).</summary>
    public static readonly DiagnosticDescriptor AIREG302_WeakCipherAlgorithm = new(
        "AIREG302", Title("AIREG302"), Message("AIREG302"), DiagnosticCategories.Crypto, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        Description("AIREG302"), HelpLink("AIREG302"), RuleTags.Security, RuleTags.HighConfidence, RuleTags.Pipl51, RuleTags.Dsl27);

    /// <summary>{0} mode or padding, {1} what to use instead.</summary>
    public static readonly DiagnosticDescriptor AIREG303_InsecureCipherMode = new(
        "AIREG303", Title("AIREG303"), Message("AIREG303"), DiagnosticCategories.Crypto, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        Description("AIREG303"), HelpLink("AIREG303"), RuleTags.Security, RuleTags.HighConfidence, RuleTags.Pipl51, RuleTags.Dsl27);

    /// <summary>{0} algorithm, {1} key size in bits, {2} minimum in bits.</summary>
    public static readonly DiagnosticDescriptor AIREG304_ShortKeySize = new(
        "AIREG304", Title("AIREG304"), Message("AIREG304"), DiagnosticCategories.Crypto, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        Description("AIREG304"), HelpLink("AIREG304"), RuleTags.Security, RuleTags.HighConfidence, RuleTags.Pipl51, RuleTags.Dsl27);

    /// <summary>{0} the constant key or IV expression.</summary>
    public static readonly DiagnosticDescriptor AIREG305_ConstantKeyOrIV = new(
        "AIREG305", Title("AIREG305"), Message("AIREG305"), DiagnosticCategories.Crypto, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        Description("AIREG305"), HelpLink("AIREG305"), RuleTags.Security, RuleTags.Pipl51, RuleTags.Dsl27);

    /// <summary>{0} the weak hashing expression, {1} minimum PBKDF2 iterations.</summary>
    public static readonly DiagnosticDescriptor AIREG306_WeakPasswordHashing = new(
        "AIREG306", Title("AIREG306"), Message("AIREG306"), DiagnosticCategories.Crypto, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        Description("AIREG306"), HelpLink("AIREG306"), RuleTags.Security, RuleTags.Pipl51, RuleTags.Dsl27);

    /// <summary>{0} the security value produced by System.Random.</summary>
    public static readonly DiagnosticDescriptor AIREG307_InsecureRandomness = new(
        "AIREG307", Title("AIREG307"), Message("AIREG307"), DiagnosticCategories.Crypto, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        Description("AIREG307"), HelpLink("AIREG307"), RuleTags.Security, RuleTags.Pipl51, RuleTags.Dsl27);

    /// <summary>{0} the algorithm or API, {1} the national replacement.</summary>
    public static readonly DiagnosticDescriptor AIREG308_AlgorithmOutsideNationalProfile = new(
        "AIREG308", Title("AIREG308"), Message("AIREG308"), DiagnosticCategories.Crypto, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        Description("AIREG308"), HelpLink("AIREG308"), RuleTags.Security, RuleTags.GbT39786, RuleTags.CryptographyLaw);

    /// <summary>{0} the SM2Engine creation.</summary>
    public static readonly DiagnosticDescriptor AIREG309_Sm2CiphertextOrder = new(
        "AIREG309", Title("AIREG309"), Message("AIREG309"), DiagnosticCategories.Crypto, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        Description("AIREG309"), HelpLink("AIREG309"), RuleTags.Security, RuleTags.HighConfidence, RuleTags.GbT39786);

    // ---- AiRegTransport -----------------------------------------------------------------

    /// <summary>{0} the override that disables validation.</summary>
    public static readonly DiagnosticDescriptor AIREG401_CertificateValidationDisabled = new(
        "AIREG401", Title("AIREG401"), Message("AIREG401"), DiagnosticCategories.Transport, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        Description("AIREG401"), HelpLink("AIREG401"), RuleTags.Security, RuleTags.HighConfidence, RuleTags.Pipl51, RuleTags.Dsl27);

    /// <summary>{0} the protocol version.</summary>
    public static readonly DiagnosticDescriptor AIREG402_ObsoleteTlsProtocol = new(
        "AIREG402", Title("AIREG402"), Message("AIREG402"), DiagnosticCategories.Transport, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        Description("AIREG402"), HelpLink("AIREG402"), RuleTags.Security, RuleTags.HighConfidence, RuleTags.Pipl51, RuleTags.Dsl27);

    /// <summary>{0} the clear-text endpoint or setting.</summary>
    public static readonly DiagnosticDescriptor AIREG403_ClearTextProtocol = new(
        "AIREG403", Title("AIREG403"), Message("AIREG403"), DiagnosticCategories.Transport, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        Description("AIREG403"), HelpLink("AIREG403"), RuleTags.Security, RuleTags.Pipl51, RuleTags.Dsl27);

    /// <summary>{0} the cookie options expression, {1} the missing flags.</summary>
    public static readonly DiagnosticDescriptor AIREG404_InsecureCookie = new(
        "AIREG404", Title("AIREG404"), Message("AIREG404"), DiagnosticCategories.Transport, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        Description("AIREG404"), HelpLink("AIREG404"), RuleTags.Security, RuleTags.Pipl51);

    // ---- AiRegSecrets -------------------------------------------------------------------

    /// <summary>{0} the symbol or API that receives the credential.</summary>
    public static readonly DiagnosticDescriptor AIREG501_HardCodedCredential = new(
        "AIREG501", Title("AIREG501"), Message("AIREG501"), DiagnosticCategories.Secrets, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        Description("AIREG501"), HelpLink("AIREG501"), RuleTags.Security, RuleTags.Pipl51, RuleTags.Dsl27);

    /// <summary>{0} the secret format, {1} the symbol or API that receives it.</summary>
    public static readonly DiagnosticDescriptor AIREG502_HardCodedApiKey = new(
        "AIREG502", Title("AIREG502"), Message("AIREG502"), DiagnosticCategories.Secrets, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        Description("AIREG502"), HelpLink("AIREG502"), RuleTags.Security, RuleTags.HighConfidence, RuleTags.Pipl51, RuleTags.Dsl27);

    // ---- AiRegConfiguration -------------------------------------------------------------

    /// <summary>{0} the key as written, {1} why it is ignored (localizable text).</summary>
    public static readonly DiagnosticDescriptor AIREG001_InvalidConfiguration = new(
        "AIREG001", Title("AIREG001"), Message("AIREG001"), DiagnosticCategories.Configuration, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        Description("AIREG001"), HelpLink("AIREG001"), RuleTags.HighConfidence);

    private static LocalizableString Title(string id) => Resources.Localizable(id + "_Title");

    private static LocalizableString Message(string id) => Resources.Localizable(id + "_Message");

    private static LocalizableString Description(string id) => Resources.Localizable(id + "_Description");

    private static string HelpLink(string id) => HelpLinkBase + id + ".md";

    /// <summary>
    /// Diagnostics of the tooling, not rules: kept apart from the rule fields above, so the rule
    /// meta tests and the analysis-mode configs (which reflect over those) never see them.
    /// </summary>
    internal static class Tooling
    {
        /// <summary>Category of the tooling diagnostics; the analysis modes do not touch it.</summary>
        public const string Category = "AiRegTooling";

        /// <summary>{0} baseline file path, {1} what is wrong with it.</summary>
        public static readonly DiagnosticDescriptor AIREG900_BaselineUnreadable = new(
            "AIREG900", Title("AIREG900"), Message("AIREG900"), Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            Description("AIREG900"), HelpLink("AIREG900"), WellKnownDiagnosticTags.CompilationEnd);

        /// <summary>{0} the member, {1} category text. Off unless the <c>aireg</c> tool enables it; properties carry the inventory fields.</summary>
        public static readonly DiagnosticDescriptor AIREG901_PersonalDataInventory = new(
            "AIREG901", Title("AIREG901"), Message("AIREG901"), Category, DiagnosticSeverity.Hidden, isEnabledByDefault: false,
            Description("AIREG901"), HelpLink("AIREG901"));
    }
}
