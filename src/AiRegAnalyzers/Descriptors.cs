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
    public static readonly DiagnosticDescriptor AIREG101_PersonalDataInLog = Rule(RuleIds.PersonalDataInLog, DiagnosticCategories.Privacy,
        RuleTags.Security, RuleTags.HighConfidence, RuleTags.Pipl51, RuleTags.Dsl27, RuleTags.GbT35273);

    /// <summary>{0} data expression, {1} category text, {2} storage API.</summary>
    public static readonly DiagnosticDescriptor AIREG102_PersonalDataStoredUnencrypted = Rule(RuleIds.PersonalDataStoredUnencrypted, DiagnosticCategories.Privacy,
        RuleTags.Security, RuleTags.Pipl51, RuleTags.Dsl27, RuleTags.GbT35273);

    /// <summary>{0} entity property, {1} category text, {2} DbContext type.</summary>
    public static readonly DiagnosticDescriptor AIREG103_SensitiveDataPersistedInClearText = Rule(RuleIds.SensitiveDataPersistedInClearText, DiagnosticCategories.Privacy,
        RuleTags.Security, RuleTags.Sensitive, RuleTags.Pipl51, RuleTags.Dsl27, RuleTags.GbT35273, WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>{0} data expression, {1} category text, {2} URL consumer.</summary>
    public static readonly DiagnosticDescriptor AIREG104_PersonalDataInUrl = Rule(RuleIds.PersonalDataInUrl, DiagnosticCategories.Privacy,
        RuleTags.Security, RuleTags.Pipl51, RuleTags.GbT35273);

    /// <summary>{0} data expression, {1} category text, {2} exception type.</summary>
    public static readonly DiagnosticDescriptor AIREG105_PersonalDataInExceptionMessage = Rule(RuleIds.PersonalDataInExceptionMessage, DiagnosticCategories.Privacy,
        RuleTags.Security, RuleTags.Pipl51, RuleTags.GbT35273);

    /// <summary>{0} kind of data (localizable text).</summary>
    public static readonly DiagnosticDescriptor AIREG106_RealPersonalDataInSource = Rule(RuleIds.RealPersonalDataInSource, DiagnosticCategories.Privacy,
        RuleTags.Security, RuleTags.Sensitive, RuleTags.Pipl51, RuleTags.GbT35273);

    // ---- AiRegAI ------------------------------------------------------------------------

    /// <summary>{0} data expression, {1} category text, {2} AI API.</summary>
    public static readonly DiagnosticDescriptor AIREG201_PersonalDataSentToAiModel = Rule(RuleIds.PersonalDataSentToAiModel, DiagnosticCategories.AI,
        RuleTags.Security, RuleTags.Pipl38, RuleTags.Pipl51, RuleTags.GenAiArt11);

    /// <summary>{0} the setting that turns sensitive capture on.</summary>
    public static readonly DiagnosticDescriptor AIREG202_AiTelemetrySensitiveData = Rule(RuleIds.AiTelemetrySensitiveData, DiagnosticCategories.AI,
        RuleTags.Security, RuleTags.HighConfidence, RuleTags.GenAiArt11, RuleTags.Pipl51);

    /// <summary>{0} the prompt or response expression, {1} logging method.</summary>
    public static readonly DiagnosticDescriptor AIREG203_AiContentInLog = Rule(RuleIds.AiContentInLog, DiagnosticCategories.AI,
        RuleTags.Security, RuleTags.GenAiArt11, RuleTags.Pipl51);

    /// <summary>{0} the deserializer or setting.</summary>
    public static readonly DiagnosticDescriptor AIREG204_UnsafeDeserializer = Rule(RuleIds.UnsafeDeserializer, DiagnosticCategories.AI,
        RuleTags.Security, RuleTags.HighConfidence, RuleTags.Dsl27);

    // ---- AiRegCrypto --------------------------------------------------------------------

    /// <summary>{0} weak algorithm, {1} replacement.</summary>
    public static readonly DiagnosticDescriptor AIREG301_WeakHashAlgorithm = Rule(RuleIds.WeakHashAlgorithm, DiagnosticCategories.Crypto,
        RuleTags.Security, RuleTags.HighConfidence, RuleTags.Pipl51, RuleTags.Dsl27);

    /// <summary>{0} weak cipher, {1} replacement (by profile).</summary>
    public static readonly DiagnosticDescriptor AIREG302_WeakCipherAlgorithm = Rule(RuleIds.WeakCipherAlgorithm, DiagnosticCategories.Crypto,
        RuleTags.Security, RuleTags.HighConfidence, RuleTags.Pipl51, RuleTags.Dsl27);

    /// <summary>{0} mode or padding, {1} what to use instead.</summary>
    public static readonly DiagnosticDescriptor AIREG303_InsecureCipherMode = Rule(RuleIds.InsecureCipherMode, DiagnosticCategories.Crypto,
        RuleTags.Security, RuleTags.HighConfidence, RuleTags.Pipl51, RuleTags.Dsl27);

    /// <summary>{0} algorithm, {1} key size in bits, {2} minimum in bits.</summary>
    public static readonly DiagnosticDescriptor AIREG304_ShortKeySize = Rule(RuleIds.ShortKeySize, DiagnosticCategories.Crypto,
        RuleTags.Security, RuleTags.HighConfidence, RuleTags.Pipl51, RuleTags.Dsl27);

    /// <summary>{0} the constant key or IV expression.</summary>
    public static readonly DiagnosticDescriptor AIREG305_ConstantKeyOrIV = Rule(RuleIds.ConstantKeyOrIV, DiagnosticCategories.Crypto,
        RuleTags.Security, RuleTags.Pipl51, RuleTags.Dsl27);

    /// <summary>{0} the weak hashing expression, {1} minimum PBKDF2 iterations.</summary>
    public static readonly DiagnosticDescriptor AIREG306_WeakPasswordHashing = Rule(RuleIds.WeakPasswordHashing, DiagnosticCategories.Crypto,
        RuleTags.Security, RuleTags.Pipl51, RuleTags.Dsl27);

    /// <summary>{0} the security value produced by System.Random.</summary>
    public static readonly DiagnosticDescriptor AIREG307_InsecureRandomness = Rule(RuleIds.InsecureRandomness, DiagnosticCategories.Crypto,
        RuleTags.Security, RuleTags.Pipl51, RuleTags.Dsl27);

    /// <summary>{0} the algorithm or API, {1} the national replacement.</summary>
    public static readonly DiagnosticDescriptor AIREG308_AlgorithmOutsideNationalProfile = Rule(RuleIds.AlgorithmOutsideNationalProfile, DiagnosticCategories.Crypto,
        RuleTags.Security, RuleTags.GbT39786, RuleTags.CryptographyLaw);

    /// <summary>{0} the SM2Engine creation.</summary>
    public static readonly DiagnosticDescriptor AIREG309_Sm2CiphertextOrder = Rule(RuleIds.Sm2CiphertextOrder, DiagnosticCategories.Crypto,
        RuleTags.Security, RuleTags.HighConfidence, RuleTags.GbT39786);

    // ---- AiRegTransport -----------------------------------------------------------------

    /// <summary>{0} the override that disables validation.</summary>
    public static readonly DiagnosticDescriptor AIREG401_CertificateValidationDisabled = Rule(RuleIds.CertificateValidationDisabled, DiagnosticCategories.Transport,
        RuleTags.Security, RuleTags.HighConfidence, RuleTags.Pipl51, RuleTags.Dsl27);

    /// <summary>{0} the protocol version.</summary>
    public static readonly DiagnosticDescriptor AIREG402_ObsoleteTlsProtocol = Rule(RuleIds.ObsoleteTlsProtocol, DiagnosticCategories.Transport,
        RuleTags.Security, RuleTags.HighConfidence, RuleTags.Pipl51, RuleTags.Dsl27);

    /// <summary>{0} the clear-text endpoint or setting.</summary>
    public static readonly DiagnosticDescriptor AIREG403_ClearTextProtocol = Rule(RuleIds.ClearTextProtocol, DiagnosticCategories.Transport,
        RuleTags.Security, RuleTags.Pipl51, RuleTags.Dsl27);

    /// <summary>{0} the cookie options expression, {1} the missing flags.</summary>
    public static readonly DiagnosticDescriptor AIREG404_InsecureCookie = Rule(RuleIds.InsecureCookie, DiagnosticCategories.Transport,
        RuleTags.Security, RuleTags.Pipl51);

    // ---- AiRegSecrets -------------------------------------------------------------------

    /// <summary>{0} the symbol or API that receives the credential.</summary>
    public static readonly DiagnosticDescriptor AIREG501_HardCodedCredential = Rule(RuleIds.HardCodedCredential, DiagnosticCategories.Secrets,
        RuleTags.Security, RuleTags.Pipl51, RuleTags.Dsl27);

    /// <summary>{0} the secret format, {1} the symbol or API that receives it.</summary>
    public static readonly DiagnosticDescriptor AIREG502_HardCodedApiKey = Rule(RuleIds.HardCodedApiKey, DiagnosticCategories.Secrets,
        RuleTags.Security, RuleTags.HighConfidence, RuleTags.Pipl51, RuleTags.Dsl27);

    // ---- AiRegConfiguration -------------------------------------------------------------

    /// <summary>{0} the key as written, {1} why it is ignored (localizable text).</summary>
    public static readonly DiagnosticDescriptor AIREG001_InvalidConfiguration = Rule(RuleIds.InvalidConfiguration, DiagnosticCategories.Configuration,
        RuleTags.HighConfidence);

    /// <summary>A rule: a warning, on by default; everything but its category and tags follows from the ID.</summary>
    private static DiagnosticDescriptor Rule(string id, string category, params string[] tags)
        => Create(id, category, DiagnosticSeverity.Warning, isEnabledByDefault: true, tags);

    /// <summary>
    /// Title, message and description come from <c>&lt;ID&gt;_Title</c>, <c>_Message</c> and
    /// <c>_Description</c> in the resources; the help link is the rule's page.
    /// </summary>
    private static DiagnosticDescriptor Create(string id, string category, DiagnosticSeverity severity, bool isEnabledByDefault, params string[] tags)
        => new(
            id,
            Resources.Localizable(id + "_Title"),
            Resources.Localizable(id + "_Message"),
            category,
            severity,
            isEnabledByDefault,
            Resources.Localizable(id + "_Description"),
            HelpLinkBase + id + ".md",
            tags);

    /// <summary>
    /// Diagnostics of the tooling, not rules: kept apart from the rule fields above, so the rule
    /// meta tests and the analysis-mode configs (which reflect over those) never see them.
    /// </summary>
    internal static class Tooling
    {
        public const string Category = DiagnosticCategories.Tooling;

        /// <summary>{0} baseline file path, {1} what is wrong with it.</summary>
        public static readonly DiagnosticDescriptor AIREG900_BaselineUnreadable = Rule(RuleIds.BaselineUnreadable, Category,
            WellKnownDiagnosticTags.CompilationEnd);

        /// <summary>{0} the member, {1} category text. Off unless the <c>aireg</c> tool enables it; properties carry the inventory fields.</summary>
        public static readonly DiagnosticDescriptor AIREG901_PersonalDataInventory = Create(RuleIds.PersonalDataInventory, Category, DiagnosticSeverity.Hidden, isEnabledByDefault: false);
    }
}
