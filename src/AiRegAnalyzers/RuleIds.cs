namespace AiRegAnalyzers;

/// <summary>
/// Every diagnostic ID of the package, the one place an ID is spelled. Analyzers, fixes,
/// suppressors and the <c>aireg</c> tool refer to these constants.
/// </summary>
internal static class RuleIds
{
    public const string InvalidConfiguration = "AIREG001";
    public const string PersonalDataInLog = "AIREG101";
    public const string PersonalDataStoredUnencrypted = "AIREG102";
    public const string SensitiveDataPersistedInClearText = "AIREG103";
    public const string PersonalDataInUrl = "AIREG104";
    public const string PersonalDataInExceptionMessage = "AIREG105";
    public const string RealPersonalDataInSource = "AIREG106";
    public const string PersonalDataSentToAiModel = "AIREG201";
    public const string AiTelemetrySensitiveData = "AIREG202";
    public const string AiContentInLog = "AIREG203";
    public const string UnsafeDeserializer = "AIREG204";
    public const string WeakHashAlgorithm = "AIREG301";
    public const string WeakCipherAlgorithm = "AIREG302";
    public const string InsecureCipherMode = "AIREG303";
    public const string ShortKeySize = "AIREG304";
    public const string ConstantKeyOrIV = "AIREG305";
    public const string WeakPasswordHashing = "AIREG306";
    public const string InsecureRandomness = "AIREG307";
    public const string AlgorithmOutsideNationalProfile = "AIREG308";
    public const string Sm2CiphertextOrder = "AIREG309";
    public const string CertificateValidationDisabled = "AIREG401";
    public const string ObsoleteTlsProtocol = "AIREG402";
    public const string ClearTextProtocol = "AIREG403";
    public const string InsecureCookie = "AIREG404";
    public const string HardCodedCredential = "AIREG501";
    public const string HardCodedApiKey = "AIREG502";
    public const string BaselineUnreadable = "AIREG900";
    public const string PersonalDataInventory = "AIREG901";
}
