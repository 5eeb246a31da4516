using System.Threading.Tasks;
using Xunit;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Crypto.AlgorithmOutsideNationalProfileAnalyzer>;
using VerifyFix = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<AiRegAnalyzers.Crypto.AlgorithmOutsideNationalProfileAnalyzer, AiRegAnalyzers.CodeFixes.Crypto.AlgorithmOutsideNationalProfileCodeFixProvider>;

namespace AiRegAnalyzers.Tests.Crypto;

public class AlgorithmOutsideNationalProfileAnalyzerTests
{
    private const string Gm = "aireg.crypto_profile = gm";

    [Theory]
    [InlineData("SHA256.Create()")]
    [InlineData("SHA512.HashData(data)")]
    [InlineData("SHA3_256.HashData(data)")]
    [InlineData("new SHA256Managed()")]
    [InlineData("HMACSHA256.HashData(key, data)")]
    [InlineData("new HMACSHA512(key)")]
    [InlineData("Aes.Create()")]
    [InlineData("new AesGcm(key, 16)")]
    [InlineData("new AesCcm(key)")]
    [InlineData("RSA.Create(3072)")]
    [InlineData("new RSACryptoServiceProvider()")]
    [InlineData("ECDsa.Create(ECCurve.NamedCurves.nistP256)")]
    [InlineData("ECDiffieHellman.Create()")]
    public async Task Flags_dotnet_algorithms_under_gm(string expression)
    {
        var source = $$"""
            using System.Security.Cryptography;

            class C
            {
                object M(byte[] key, byte[] data) => {|AIREG308:{{expression}}|};
            }
            """;
        await Verify.VerifyAsync(source, Gm);
    }

    [Theory]
    [InlineData("new Sha256Digest()")]
    [InlineData("new Sha3Digest(256)")]
    [InlineData("new AesEngine()")]
    [InlineData("new RsaEngine()")]
    [InlineData("new ECDsaSigner()")]
    [InlineData("new ECDHBasicAgreement()")]
    [InlineData("DigestUtilities.GetDigest({|AIREG308:\"SHA-256\"|})")]
    [InlineData("DigestUtilities.CalculateDigest({|AIREG308:\"sha512\"|}, data)")]
    [InlineData("MacUtilities.GetMac({|AIREG308:\"HMAC-SHA256\"|})")]
    [InlineData("CipherUtilities.GetCipher({|AIREG308:\"AES/GCM/NoPadding\"|})")]
    [InlineData("SignerUtilities.GetSigner({|AIREG308:\"SHA256withRSA\"|})")]
    [InlineData("SignerUtilities.GetSigner({|AIREG308:\"SHA256withECDSA\"|})")]
    [InlineData("ECNamedCurveTable.GetByName({|AIREG308:\"secp256r1\"|})")]
    public async Task Flags_BouncyCastle_algorithms_under_gm(string expression)
    {
        var marked = expression.Contains("{|") ? expression : "{|AIREG308:" + expression + "|}";
        var source = $$"""
            using Org.BouncyCastle.Asn1.X9;
            using Org.BouncyCastle.Crypto.Agreement;
            using Org.BouncyCastle.Crypto.Digests;
            using Org.BouncyCastle.Crypto.Engines;
            using Org.BouncyCastle.Crypto.Signers;
            using Org.BouncyCastle.Security;

            class C
            {
                object M(byte[] data) => {{marked}};
            }
            """;
        await Verify.VerifyAsync(source, Gm);
    }

    [Fact]
    public async Task Flags_hash_names_given_to_hashing_HMAC_and_key_derivation()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                void M(byte[] data, byte[] key, string password, byte[] salt)
                {
                    using var h = IncrementalHash.CreateHash({|AIREG308:HashAlgorithmName.SHA256|});
                    using var m = IncrementalHash.CreateHMAC({|AIREG308:HashAlgorithmName.SHA384|}, key);
                    var d = CryptographicOperations.HashData({|AIREG308:HashAlgorithmName.SHA512|}, data);
                    var k = Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, {|AIREG308:HashAlgorithmName.SHA256|}, 32);
                    var e = HKDF.DeriveKey({|AIREG308:HashAlgorithmName.SHA256|}, key, 32);
                }
            }
            """;
        await Verify.VerifyAsync(source, Gm);
    }

    [Fact]
    public async Task Silent_for_national_algorithms_and_for_what_AIREG301_and_AIREG302_report()
    {
        const string source = """
            using System.Security.Cryptography;
            using Org.BouncyCastle.Asn1.GM;
            using Org.BouncyCastle.Asn1.X9;
            using Org.BouncyCastle.Crypto.Digests;
            using Org.BouncyCastle.Crypto.Engines;
            using Org.BouncyCastle.Crypto.Macs;
            using Org.BouncyCastle.Crypto.Signers;
            using Org.BouncyCastle.Security;

            class C
            {
                void M(byte[] data, byte[] key, RSA fromCertificate)
                {
                    var a = new SM3Digest();
                    var b = new SM4Engine();
                    var c = new SM2Signer();
                    var d = new HMac(new SM3Digest());
                    var e = DigestUtilities.CalculateDigest("SM3", data);
                    var f = MacUtilities.GetMac("HMAC-SM3");
                    var g = CipherUtilities.GetCipher("SM4/GCM/NoPadding");
                    var h = SignerUtilities.GetSigner("SM3withSM2");
                    var i = ECNamedCurveTable.GetByName("sm2p256v1");
                    var j = GMNamedCurves.GetByName("sm2p256v1");
                    var weak1 = MD5.HashData(data);           // AIREG301's
                    var weak2 = SHA1.Create();                // AIREG301's
                    var weak3 = TripleDES.Create();           // AIREG302's
                    var weak4 = DigestUtilities.GetDigest("SHA-1");
                    var signature = fromCertificate.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
                    var name = HashAlgorithmName.SHA256.Name;
                }
            }
            """;
        await Verify.VerifyAsync(source, Gm);
    }

    [Fact]
    public async Task Silent_under_the_international_profile_and_by_default()
    {
        const string source = """
            using System.Security.Cryptography;
            using Org.BouncyCastle.Security;

            class C
            {
                object A(byte[] data) => SHA256.HashData(data);
                object B() => Aes.Create();
                object D() => DigestUtilities.GetDigest("SHA-256");
            }
            """;
        await Verify.VerifyAsync(source);
        await Verify.VerifyAsync(source, "aireg.crypto_profile = international");
    }

    [Fact]
    public async Task Editorconfig_value_is_case_insensitive_and_the_MSBuild_property_works_too()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                object A(byte[] data) => {|AIREG308:SHA256.HashData(data)|};
            }
            """;
        await Verify.VerifyAsync(source, "aireg.crypto_profile = GM");
        await Verify.VerifyAsync(source, "build_property.AiRegCryptoProfile = GM");
    }

    [Fact]
    public async Task Editorconfig_key_wins_over_the_MSBuild_property()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                object A(byte[] data) => SHA256.HashData(data);
            }
            """;
        await Verify.VerifyAsync(source, "build_property.AiRegCryptoProfile = GM\naireg.crypto_profile = international");
    }

    [Fact]
    public async Task Fix_one_shot_hash_and_HMAC_to_SM3()
    {
        const string source = """
            using System;
            using System.Security.Cryptography;

            class C
            {
                byte[] Hash(byte[] data) => {|AIREG308:SHA256.HashData(data)|};
                byte[] HashSpan(ReadOnlySpan<byte> data) => {|AIREG308:SHA512.HashData(data)|};
                byte[] Mac(byte[] key, byte[] data) => {|AIREG308:HMACSHA256.HashData(key, data)|};
                byte[] Named(byte[] key, byte[] data) => {|AIREG308:HMACSHA256.HashData(source: data, key: key)|};
            }
            """;
        const string fixedSource = """
            using System;
            using System.Security.Cryptography;
            using Org.BouncyCastle.Crypto.Parameters;
            using Org.BouncyCastle.Security;

            class C
            {
                byte[] Hash(byte[] data) => DigestUtilities.CalculateDigest("SM3", data);
                byte[] HashSpan(ReadOnlySpan<byte> data) => DigestUtilities.CalculateDigest("SM3", data);
                byte[] Mac(byte[] key, byte[] data) => MacUtilities.CalculateMac("HMAC-SM3", new KeyParameter(key), data);
                byte[] Named(byte[] key, byte[] data) => MacUtilities.CalculateMac("HMAC-SM3", new KeyParameter(key), data);
            }
            """;
        await VerifyFix.VerifyFixAllAsync(source, fixedSource, Gm);
    }

    [Fact]
    public async Task Fix_BouncyCastle_names_and_the_SHA256_digest_object()
    {
        const string source = """
            using Org.BouncyCastle.Crypto;
            using Org.BouncyCastle.Crypto.Digests;
            using Org.BouncyCastle.Crypto.Parameters;
            using Org.BouncyCastle.Security;

            class C
            {
                byte[] A(byte[] data) => DigestUtilities.CalculateDigest({|AIREG308:"SHA-256"|}, data);
                IMac B() => MacUtilities.GetMac({|AIREG308:"HMAC-SHA256"|});
                byte[] D()
                {
                    var digest = {|AIREG308:new Sha256Digest()|};
                    var output = new byte[digest.GetDigestSize()];
                    digest.DoFinal(output, 0);
                    return output;
                }
            }
            """;
        const string fixedSource = """
            using Org.BouncyCastle.Crypto;
            using Org.BouncyCastle.Crypto.Digests;
            using Org.BouncyCastle.Crypto.Parameters;
            using Org.BouncyCastle.Security;

            class C
            {
                byte[] A(byte[] data) => DigestUtilities.CalculateDigest("SM3", data);
                IMac B() => MacUtilities.GetMac("HMAC-SM3");
                byte[] D()
                {
                    var digest = new SM3Digest();
                    var output = new byte[digest.GetDigestSize()];
                    digest.DoFinal(output, 0);
                    return output;
                }
            }
            """;
        await VerifyFix.VerifyFixAllAsync(source, fixedSource, Gm);
    }

    [Fact]
    public async Task No_fix_for_ciphers_key_pairs_streams_or_without_BouncyCastle_forms()
    {
        const string source = """
            using System.IO;
            using System.Security.Cryptography;

            class C
            {
                object A() => {|AIREG308:Aes.Create()|};
                object B() => {|AIREG308:RSA.Create()|};
                byte[] D(Stream s) => {|AIREG308:SHA256.HashData(s)|};
                object E() => {|AIREG308:SHA256.Create()|};
            }
            """;
        await VerifyFix.VerifyNoFixAsync(source, Gm);
    }
}
