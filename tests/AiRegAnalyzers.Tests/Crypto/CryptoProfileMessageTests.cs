using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace AiRegAnalyzers.Tests.Crypto;

/// <summary>Every crypto rule's advice follows the profile, in English and in Chinese.</summary>
public class CryptoProfileMessageTests
{
    private const string Gm = "aireg.crypto_profile = gm";

    private static Task VerifyMessage<TAnalyzer>(string source, string? editorConfig, string id, string culture, string message)
        where TAnalyzer : DiagnosticAnalyzer, new()
        => Verifiers.AnalyzerVerifier<TAnalyzer>.VerifyMessageAsync(source, editorConfig, id, culture, message);

    private const string HashSource = """
        using System.Security.Cryptography;
        class C { byte[] M(byte[] data) => {|#0:MD5.HashData(data)|}; }
        """;

    [Theory]
    [InlineData(null, "en", "'MD5' uses a weak hash algorithm; use SHA256")]
    [InlineData(Gm, "en", "'MD5' uses a weak hash algorithm; use SM3 (SM3Digest)")]
    [InlineData(Gm, "zh-Hans", "“MD5”使用了弱哈希算法；请改用 SM3 (SM3Digest)")]
    public Task AIREG301_recommends_SM3_under_gm(string? config, string culture, string message) =>
        VerifyMessage<AiRegAnalyzers.Crypto.WeakHashAlgorithmAnalyzer>(HashSource, config, "AIREG301", culture, message);

    private const string CipherSource = """
        using System.Security.Cryptography;
        class C { object M() => {|#0:DES.Create()|}; }
        """;

    [Theory]
    [InlineData(null, "en", "'DES' uses a weak cipher; use AES")]
    [InlineData(Gm, "en", "'DES' uses a weak cipher; use SM4 (GcmBlockCipher(new SM4Engine()))")]
    [InlineData(Gm, "zh-Hans", "“DES”使用了弱加密算法；请改用 SM4 (GcmBlockCipher(new SM4Engine()))")]
    public Task AIREG302_recommends_SM4_under_gm(string? config, string culture, string message) =>
        VerifyMessage<AiRegAnalyzers.Crypto.WeakCipherAlgorithmAnalyzer>(CipherSource, config, "AIREG302", culture, message);

    private const string ModeSource = """
        using System.Security.Cryptography;
        class C { void M(Aes aes) { aes.Mode = {|#0:CipherMode.ECB|}; } }
        """;

    [Theory]
    [InlineData(null, "en", "'CipherMode.ECB' is an insecure cipher mode or padding; use AesGcm")]
    [InlineData(Gm, "en", "'CipherMode.ECB' is an insecure cipher mode or padding; use SM4-GCM (GcmBlockCipher(new SM4Engine()))")]
    public Task AIREG303_recommends_SM4_GCM_under_gm(string? config, string culture, string message) =>
        VerifyMessage<AiRegAnalyzers.Crypto.InsecureCipherModeAnalyzer>(ModeSource, config, "AIREG303", culture, message);

    private const string PaddingSource = """
        using System.Security.Cryptography;
        class C { byte[] M(RSA rsa, byte[] data) => rsa.Encrypt(data, {|#0:RSAEncryptionPadding.Pkcs1|}); }
        """;

    [Theory]
    [InlineData(null, "en", "'RSAEncryptionPadding.Pkcs1' is an insecure cipher mode or padding; use RSAEncryptionPadding.OaepSHA256")]
    [InlineData(Gm, "en", "'RSAEncryptionPadding.Pkcs1' is an insecure cipher mode or padding; use SM2 (new SM2Engine(SM2Engine.Mode.C1C3C2))")]
    [InlineData(Gm, "zh-Hans", "“RSAEncryptionPadding.Pkcs1”是不安全的加密模式或填充方式；请改用 SM2 (new SM2Engine(SM2Engine.Mode.C1C3C2))")]
    public Task AIREG303_recommends_SM2_for_PKCS1_under_gm(string? config, string culture, string message) =>
        VerifyMessage<AiRegAnalyzers.Crypto.InsecureCipherModeAnalyzer>(PaddingSource, config, "AIREG303", culture, message);

    private const string BouncyCastleEcbSource = """
        using Org.BouncyCastle.Security;
        class C { object M() => CipherUtilities.GetCipher({|#0:"SM4/ECB/PKCS5Padding"|}); }
        """;

    [Theory]
    [InlineData(null, "en", "'\"SM4/ECB/PKCS5Padding\"' is an insecure cipher mode or padding; use \"SM4/GCM/NoPadding\" (GcmBlockCipher(new SM4Engine()))")]
    [InlineData(Gm, "zh-Hans", "“\"SM4/ECB/PKCS5Padding\"”是不安全的加密模式或填充方式；请改用 \"SM4/GCM/NoPadding\" (GcmBlockCipher(new SM4Engine()))")]
    public Task AIREG303_keeps_SM4_code_on_SM4_in_every_profile(string? config, string culture, string message) =>
        VerifyMessage<AiRegAnalyzers.Crypto.InsecureCipherModeAnalyzer>(BouncyCastleEcbSource, config, "AIREG303", culture, message);

    private const string KeySizeSource = """
        using System.Security.Cryptography;
        class C { object M() => RSA.Create({|#0:1024|}); }
        """;

    [Theory]
    [InlineData(null, "en", "RSA key size of 1024 bits is below the minimum of 2048 bits")]
    [InlineData(Gm, "en", "RSA key size of 1024 bits is below the minimum of 2048 bits; the national profile uses SM2 instead")]
    [InlineData(Gm, "zh-Hans", "RSA 密钥长度为 1024 位，低于最低要求的 2048 位；商用密码配置应改用 SM2")]
    public Task AIREG304_points_to_SM2_under_gm(string? config, string culture, string message) =>
        VerifyMessage<AiRegAnalyzers.Crypto.ShortKeySizeAnalyzer>(KeySizeSource, config, "AIREG304", culture, message);

    private const string PasswordSource = """
        using System.Security.Cryptography;
        using System.Text;
        class C { byte[] M(string password) => {|#0:SHA256.HashData(Encoding.UTF8.GetBytes(password))|}; }
        """;

    [Theory]
    [InlineData(null, "en", "'SHA256.HashData(Encoding.UTF8.GetBytes(password))' hashes passwords weakly; use PBKDF2 with a random salt and at least 600,000 iterations")]
    [InlineData(Gm, "en", "'SHA256.HashData(Encoding.UTF8.GetBytes(password))' hashes passwords weakly; use PBKDF2 (HMAC-SM3) with a random salt and at least 600,000 iterations")]
    [InlineData(Gm, "zh-Hans", "“SHA256.HashData(Encoding.UTF8.GetBytes(password))”对口令的哈希处理过弱；请使用带随机盐值、迭代至少 600,000 次的 PBKDF2 (HMAC-SM3)")]
    public Task AIREG306_recommends_PBKDF2_with_HMAC_SM3_under_gm(string? config, string culture, string message) =>
        VerifyMessage<AiRegAnalyzers.Crypto.WeakPasswordHashingAnalyzer>(PasswordSource, config, "AIREG306", culture, message);

    private const string Pbkdf2Source = """
        using System.Security.Cryptography;
        class C { byte[] M(string password, byte[] salt) => {|#0:Rfc2898DeriveBytes.Pbkdf2(password, salt, 1000, HashAlgorithmName.SHA256, 32)|}; }
        """;

    [Theory]
    [InlineData("en", "'Rfc2898DeriveBytes.Pbkdf2 (SHA256, 1,000 iterations)' hashes passwords weakly; use PBKDF2 with a random salt and at least 600,000 iterations")]
    [InlineData("zh-Hans", "“Rfc2898DeriveBytes.Pbkdf2（SHA256，迭代 1,000 次）”对口令的哈希处理过弱；请使用带随机盐值、迭代至少 600,000 次的 PBKDF2")]
    public Task AIREG306_describes_the_iterations_in_the_message_language(string culture, string message) =>
        VerifyMessage<AiRegAnalyzers.Crypto.WeakPasswordHashingAnalyzer>(Pbkdf2Source, null, "AIREG306", culture, message);

    private const string OutsideSource = """
        using System.Security.Cryptography;
        class C { object M() => {|#0:Aes.Create()|}; }
        """;

    [Theory]
    [InlineData("en", "'Aes' is outside the national cryptography profile (GB/T 39786-2021); use SM4 (GcmBlockCipher(new SM4Engine()))")]
    [InlineData("zh-Hans", "“Aes”不属于商用密码（国密）算法配置（GB/T 39786-2021）；请改用 SM4 (GcmBlockCipher(new SM4Engine()))")]
    public Task AIREG308_in_both_languages(string culture, string message) =>
        VerifyMessage<AiRegAnalyzers.Crypto.AlgorithmOutsideNationalProfileAnalyzer>(OutsideSource, Gm, "AIREG308", culture, message);

    private const string Sm2Source = """
        using Org.BouncyCastle.Crypto.Engines;
        class C { object M() => {|#0:new SM2Engine()|}; }
        """;

    [Theory]
    [InlineData("en", "'new SM2Engine()' produces SM2 ciphertext in the old C1C2C3 order; pass SM2Engine.Mode.C1C3C2 (GB/T 32918.4-2016)")]
    [InlineData("zh-Hans", "“new SM2Engine()”生成的 SM2 密文采用旧的 C1C2C3 顺序；请传入 SM2Engine.Mode.C1C3C2（GB/T 32918.4-2016）")]
    public Task AIREG309_in_both_languages(string culture, string message) =>
        VerifyMessage<AiRegAnalyzers.Crypto.Sm2CiphertextOrderAnalyzer>(Sm2Source, null, "AIREG309", culture, message);
}
