namespace AiRegAnalyzers;

/// <summary>
/// The contract between the analyzers and the code fixes: every key an analyzer writes into a
/// diagnostic's properties, and the values of the keys that are not free text. The fixes read
/// nothing else, so a renamed key breaks the build instead of silently disabling a fix.
/// </summary>
internal static class DiagnosticProperties
{
    /// <summary>The shape of the flagged code a fix works on, a <see cref="AiRegAnalyzers.FixKind"/> name.</summary>
    public const string FixKind = "FixKind";

    /// <summary>The value the fix writes (a key size, a curve name).</summary>
    public const string Value = "Value";

    /// <summary>The algorithm the fix moves to (<c>SHA256</c>, <c>HMACSHA256</c>, <c>SM3</c>).</summary>
    public const string Replacement = "Replacement";

    /// <summary>AIREG306: the hash the fix selects (SHA256, SHA384, SHA512); absent to keep the argument.</summary>
    public const string Hash = "Hash";

    /// <summary>AIREG306: the iteration count the fix writes; absent to keep the argument.</summary>
    public const string Iterations = "Iterations";

    /// <summary>AIREG303: the receiver is an <c>RSACryptoServiceProvider</c> (OAEP with SHA-1 only on Windows).</summary>
    public const string CspReceiver = "CspReceiver";

    /// <summary>AIREG101/AIREG203: the value's position among the message template's arguments.</summary>
    public const string HolePosition = "HolePosition";

    /// <summary>AIREG101/AIREG203: the index of the message template argument.</summary>
    public const string TemplateArgument = "TemplateArgument";

    /// <summary>AIREG105/AIREG201: the value is a hole of an interpolated string.</summary>
    public const string InterpolationHole = "InterpolationHole";

    /// <summary>AIREG105: the value is an operand of a string concatenation.</summary>
    public const string ConcatenationOperand = "ConcatenationOperand";

    /// <summary>AIREG102: the kind of store (a <c>StorageKind</c> name).</summary>
    public const string StorageKind = "StorageKind";

    /// <summary>AIREG103: the protection attribute the fix adds (fully qualified).</summary>
    public const string ProtectionAttribute = "ProtectionAttribute";

    /// <summary>AIREG202: the switch takes a <see cref="BoolValue"/> or a <see cref="StringValue"/>.</summary>
    public const string ValueKind = "ValueKind";

    public const string BoolValue = "bool";
    public const string StringValue = "string";

    /// <summary>AIREG402: the protocol enum (<c>SslProtocols</c> or <c>SecurityProtocolType</c>).</summary>
    public const string ProtocolEnum = "Enum";

    /// <summary>AIREG404: the flags the cookie lacks, comma-separated (<c>Secure,HttpOnly</c>).</summary>
    public const string MissingFlags = "Missing";

    /// <summary>AIREG305/AIREG501/AIREG502: the environment variable the fix reads, e.g. <c>SMTP_PASSWORD</c>.</summary>
    public const string EnvironmentName = "EnvironmentName";

    /// <summary>AIREG501/AIREG502: the configuration key the fix reads, e.g. <c>Smtp:Password</c>.</summary>
    public const string ConfigurationKey = "ConfigurationKey";

    /// <summary>The value of a flag property (<see cref="InterpolationHole"/>, <see cref="CspReceiver"/>).</summary>
    public const string Set = "true";

    /// <summary>The fix kind the analyzer recorded, or <see langword="null"/>.</summary>
    public static FixKind? GetFixKind(this Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(FixKind, out var text) && Enum.TryParse<FixKind>(text, out var kind) ? kind : null;

    /// <summary>The text of a property, or <see langword="null"/> when it is absent or empty.</summary>
    public static string? Get(this Diagnostic diagnostic, string key) =>
        diagnostic.Properties.TryGetValue(key, out var value) && !string.IsNullOrEmpty(value) ? value : null;

    public static bool Has(this Diagnostic diagnostic, string key) => diagnostic.Properties.ContainsKey(key);
}

/// <summary>
/// What a fix does. The analyzers record the shape they found (<see cref="DiagnosticProperties.FixKind"/>);
/// the fixes register their actions under <c>&lt;ID&gt;.&lt;kind&gt;</c> with the title resource
/// <c>&lt;ID&gt;_&lt;kind&gt;</c>.
/// </summary>
internal enum FixKind
{
    // Values reaching a sink (AIREG101, AIREG102, AIREG105, AIREG201, AIREG203).
    Remove,
    Wrap,
    SecureStorage,
    AddAttribute,

    // AIREG202, AIREG204.
    Disable,
    TypeNameHandlingNone,

    // AIREG301 and AIREG308.
    StaticType,
    Create,
    NewType,
    HashName,
    Name,
    Sm3Digest,
    HmacSm3,
    Sm3DigestObject,
    UseSha256,
    UseSm3,
    UseHmacSm3,

    // AIREG302.
    CreateAes,

    // AIREG303.
    PaddingProperty,
    BoolArgument,
    OaepSha256,
    OaepSha1,
    KeyExchange,
    OaepKeyExchange,

    // AIREG304.
    Number,
    CurveName,
    NamedCurve,
    SizeInConstructor,

    // AIREG305.
    IVAssignment,
    GenerateIV,
    KeyAssignment,
    KeyFromEnvironment,

    // AIREG306.
    Pbkdf2,
    IdentityIterations,
    IdentityV3,

    // AIREG307.
    GetInt32,
    Fill,
    SameName,

    // AIREG309.
    C1C3C2,

    // AIREG401.
    Assignment,
    Argument,

    // AIREG402.
    SystemDefault,
    Tls12Tls13,

    // AIREG403.
    Https,
    EnableSsl,
    AddEnableSsl,

    // AIREG404.
    AddFlags,
    SetTrue,
    SecurePolicyAlways,

    // AIREG501, AIREG502.
    FromConfiguration,
    FromEnvironment,
}
