namespace AiRegAnalyzers.Crypto;

/// <summary>
/// The cryptography profile a tree is checked against: <c>international</c> (the default) or
/// <c>gm</c>, the national commercial cryptography profile (商用密码: SM2, SM3, SM4, GB/T 39786-2021).
/// It decides what the crypto rules recommend and which fixes they offer, and turns AIREG308 on.
/// Each instance carries the profile's advice texts (code names, so they read the same in every
/// language), so a rule never branches on the profile to build a message.
/// </summary>
internal sealed class CryptoProfile
{
    /// <summary><c>aireg.crypto_profile = international | gm</c>; wins over the MSBuild property.</summary>
    public static readonly CryptoProfileOption Option = new("crypto_profile");

    /// <summary>The MSBuild property <c>AiRegCryptoProfile</c>, made visible to the compiler by the package props.</summary>
    public const string BuildProperty = "build_property.AiRegCryptoProfile";

    public static readonly CryptoProfile International = new(
        isNational: false,
        hash: WeakHashAlgorithmAnalyzer.Sha256,
        hmac: WeakHashAlgorithmAnalyzer.HmacSha256,
        hashName: WeakHashAlgorithmAnalyzer.HashNameSha256,
        cipher: "AES",
        authenticatedCipher: "AesGcm",
        bouncyCastleCipher: "\"AES/GCM/NoPadding\" (GcmBlockCipher)",
        asymmetricEncryption: "RSAEncryptionPadding.OaepSHA256",
        pbkdf2Prf: string.Empty,
        asymmetricKeyAdvice: string.Empty);

    public static readonly CryptoProfile National = new(
        isNational: true,
        hash: "SM3 (" + BouncyCastleNames.Sm3Digest + ")",
        hmac: BouncyCastleNames.HmacSm3 + " (MacUtilities.CalculateMac(\"" + BouncyCastleNames.HmacSm3 + "\", …))",
        hashName: "SM3 (" + BouncyCastleNames.Sm3Digest + ")",
        cipher: "SM4 (GcmBlockCipher(new SM4Engine()))",
        authenticatedCipher: "SM4-GCM (GcmBlockCipher(new SM4Engine()))",
        bouncyCastleCipher: "\"SM4/GCM/NoPadding\" (GcmBlockCipher(new SM4Engine()))",
        asymmetricEncryption: "SM2 (new SM2Engine(SM2Engine.Mode.C1C3C2))",
        pbkdf2Prf: " (HMAC-SM3)",
        asymmetricKeyAdvice: Resources.Localizable("Crypto_NationalAsymmetricAdvice"));

    private CryptoProfile(bool isNational, string hash, string hmac, string hashName, string cipher, string authenticatedCipher, string bouncyCastleCipher, string asymmetricEncryption, string pbkdf2Prf, object asymmetricKeyAdvice)
    {
        AsymmetricKeyAdvice = asymmetricKeyAdvice;
        IsNational = isNational;
        Hash = hash;
        Hmac = hmac;
        HashName = hashName;
        Cipher = cipher;
        AuthenticatedCipher = authenticatedCipher;
        BouncyCastleCipher = bouncyCastleCipher;
        AsymmetricEncryption = asymmetricEncryption;
        Pbkdf2Prf = pbkdf2Prf;
    }

    /// <summary>The national (GM) profile.</summary>
    public bool IsNational { get; }

    /// <summary>Recommended hash (AIREG301).</summary>
    public string Hash { get; }

    /// <summary>Recommended HMAC (AIREG301).</summary>
    public string Hmac { get; }

    /// <summary>Recommended replacement of a <c>HashAlgorithmName</c> (AIREG301).</summary>
    public string HashName { get; }

    /// <summary>Recommended block cipher (AIREG302).</summary>
    public string Cipher { get; }

    /// <summary>Recommended replacement of ECB in .NET code (AIREG303).</summary>
    public string AuthenticatedCipher { get; }

    /// <summary>Recommended replacement of ECB in BouncyCastle code (AIREG303).</summary>
    public string BouncyCastleCipher { get; }

    /// <summary>Recommended replacement of ECB for a BouncyCastle cipher of <paramref name="family"/>: SM4 code stays on SM4 in every profile.</summary>
    public string BouncyCastleCipherFor(AlgorithmFamily family) => family == AlgorithmFamily.Sm4 ? National.BouncyCastleCipher : BouncyCastleCipher;

    /// <summary>Recommended replacement of PKCS#1 v1.5 encryption (AIREG303).</summary>
    public string AsymmetricEncryption { get; }

    /// <summary>Text after "PBKDF2" in AIREG306's message: empty, or the national PRF.</summary>
    public string Pbkdf2Prf { get; }

    /// <summary>Ending of AIREG304's message: nothing, or (localizable) "the national profile uses SM2 instead".</summary>
    public object AsymmetricKeyAdvice { get; }

    /// <summary>One parse per options set; create in a compilation-start action.</summary>
    public static PerTreeCache<CryptoProfile> CreateCache(AnalyzerOptions options) => new(options, Option.Read);

    /// <summary>
    /// Whether any tree of the compilation is checked against the national profile, so a rule that
    /// exists only there can register nothing otherwise (one parse per distinct options).
    /// </summary>
    public static bool AnyNational(Compilation compilation, PerTreeCache<CryptoProfile> profiles) =>
        profiles.Any(compilation.SyntaxTrees, profile => profile.IsNational);
}

/// <summary>
/// <c>international</c> or <c>gm</c>, case-insensitive (the MSBuild property is spelled
/// <c>International</c> / <c>GM</c>); anything else is the default, <c>international</c>.
/// </summary>
internal sealed class CryptoProfileOption : AiRegOption
{
    public CryptoProfileOption(string name)
        : base(name)
    {
    }

    public CryptoProfile Read(AnalyzerConfigOptions options)
    {
        var raw = GetRaw(options, ruleId: null);
        if (raw is null || string.IsNullOrWhiteSpace(raw))
        {
            options.TryGetValue(CryptoProfile.BuildProperty, out raw);
        }

        return raw is not null && string.Equals(raw.Trim(), "gm", StringComparison.OrdinalIgnoreCase)
            ? CryptoProfile.National
            : CryptoProfile.International;
    }

    public override LocalizableString? Rejects(string raw) =>
        raw.Trim() is var value && (string.Equals(value, "gm", StringComparison.OrdinalIgnoreCase) || string.Equals(value, "international", StringComparison.OrdinalIgnoreCase))
            ? null
            : Resources.Localizable("Option_Accepts_CryptoProfile");
}
