using System.Threading.Tasks;
using Xunit;
using VerifyCipherFix = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<AiRegAnalyzers.Crypto.WeakCipherAlgorithmAnalyzer, AiRegAnalyzers.CodeFixes.Crypto.WeakCipherAlgorithmCodeFixProvider>;
using VerifyHashFix = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<AiRegAnalyzers.Crypto.WeakHashAlgorithmAnalyzer, AiRegAnalyzers.CodeFixes.Crypto.WeakHashAlgorithmCodeFixProvider>;
using VerifyPasswordFix = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<AiRegAnalyzers.Crypto.WeakPasswordHashingAnalyzer, AiRegAnalyzers.CodeFixes.Crypto.WeakPasswordHashingCodeFixProvider>;

namespace AiRegAnalyzers.Tests.Crypto;

/// <summary>Under the national profile the fixes write SM algorithms, or nothing rather than an algorithm AIREG308 would report.</summary>
public class CryptoProfileFixTests
{
    private const string Gm = "aireg.crypto_profile = gm";

    [Fact]
    public async Task AIREG301_one_shot_hashes_become_SM3_and_HMAC_SM3_with_Fix_All()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                byte[] A(byte[] data) => {|AIREG301:MD5.HashData(data)|};
                byte[] B(byte[] data) => {|AIREG301:SHA1.HashData(data)|};
                byte[] D(byte[] key, byte[] data) => {|AIREG301:HMACSHA1.HashData(key, data)|};
            }
            """;
        const string fixedSource = """
            using System.Security.Cryptography;
            using Org.BouncyCastle.Crypto.Parameters;
            using Org.BouncyCastle.Security;

            class C
            {
                byte[] A(byte[] data) => DigestUtilities.CalculateDigest("SM3", data);
                byte[] B(byte[] data) => DigestUtilities.CalculateDigest("SM3", data);
                byte[] D(byte[] key, byte[] data) => MacUtilities.CalculateMac("HMAC-SM3", new KeyParameter(key), data);
            }
            """;
        await VerifyHashFix.VerifyFixAllAsync(source, fixedSource, Gm);
    }

    [Fact]
    public async Task AIREG301_international_Fix_All_is_unchanged()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                byte[] A(byte[] data) => {|AIREG301:MD5.HashData(data)|};
                object B() => {|AIREG301:SHA1.Create()|};
            }
            """;
        const string fixedSource = """
            using System.Security.Cryptography;

            class C
            {
                byte[] A(byte[] data) => SHA256.HashData(data);
                object B() => SHA256.Create();
            }
            """;
        await VerifyHashFix.VerifyFixAllAsync(source, fixedSource);
    }

    [Fact]
    public async Task AIREG301_no_SHA256_fix_under_gm_where_no_SM3_call_replaces_it()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                object A() => {|AIREG301:MD5.Create()|};
                object B(byte[] key) => {|AIREG301:new HMACSHA1(key)|};
                object D() => {|AIREG301:HashAlgorithmName.SHA1|};
            }
            """;
        await VerifyHashFix.VerifyNoFixAsync(source, Gm);
    }

    [Fact]
    public async Task AIREG302_no_AES_fix_under_gm()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                object A() => {|AIREG302:DES.Create()|};
            }
            """;
        await VerifyCipherFix.VerifyNoFixAsync(source, Gm);
    }

    [Fact]
    public async Task AIREG306_raises_iterations_but_does_not_select_SHA256_under_gm()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                byte[] A(string password, byte[] salt) => {|AIREG306:Rfc2898DeriveBytes.Pbkdf2(password, salt, 1000, HashAlgorithmName.SHA256, 32)|};
            }
            """;
        const string fixedSource = """
            using System.Security.Cryptography;

            class C
            {
                byte[] A(string password, byte[] salt) => Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32);
            }
            """;
        await VerifyPasswordFix.VerifyFixAsync(source, fixedSource, Gm);

        const string sha1 = """
            using System.Security.Cryptography;

            class C
            {
                byte[] B(string password, byte[] salt) => {|AIREG306:Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA1, 32)|};
            }
            """;
        await VerifyPasswordFix.VerifyNoFixAsync(sha1, Gm);
    }
}
