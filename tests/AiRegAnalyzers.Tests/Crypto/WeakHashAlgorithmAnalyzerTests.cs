using AiRegAnalyzers.Tests.Verifiers;
using System.Threading.Tasks;
using AiRegAnalyzers.CodeFixes.Crypto;
using AiRegAnalyzers.Crypto;
using Xunit;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Crypto.WeakHashAlgorithmAnalyzer>;
using VerifyFix = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<AiRegAnalyzers.Crypto.WeakHashAlgorithmAnalyzer, AiRegAnalyzers.CodeFixes.Crypto.WeakHashAlgorithmCodeFixProvider>;

namespace AiRegAnalyzers.Tests.Crypto;

public class WeakHashAlgorithmAnalyzerTests
{
    [Theory]
    [InlineData("MD5.Create()")]
    [InlineData("SHA1.Create()")]
    [InlineData("new MD5CryptoServiceProvider()")]
    [InlineData("new SHA1Managed()")]
    [InlineData("new SHA1CryptoServiceProvider()")]
    [InlineData("new HMACSHA1(key)")]
    [InlineData("new HMACMD5(key)")]
    [InlineData("new HMACSHA1()")]
    [InlineData("HashAlgorithm.Create(\"MD5\")")]
    [InlineData("HashAlgorithm.Create(\"System.Security.Cryptography.SHA1\")")]
    [InlineData("(HashAlgorithm?)CryptoConfig.CreateFromName(\"sha1\")")]
    [InlineData("KeyedHashAlgorithm.Create(\"HMACSHA1\")")]
    public async Task Flags_weak_hash_objects(string expression)
    {
        var source = $$"""
            using System.Security.Cryptography;

            class C
            {
                object M(byte[] key) => {|AIREG301:{{expression}}|}!;
            }
            """;
        if (expression.StartsWith("(HashAlgorithm?)"))
        {
            source = source.Replace("{|AIREG301:(HashAlgorithm?)CryptoConfig.CreateFromName(\"sha1\")|}", "(HashAlgorithm?){|AIREG301:CryptoConfig.CreateFromName(\"sha1\")|}");
        }

        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Flags_static_one_shot_methods()
    {
        const string source = """
            using System;
            using System.IO;
            using System.Security.Cryptography;
            using System.Threading.Tasks;

            class C
            {
                async Task M(byte[] data, byte[] key, Stream stream)
                {
                    byte[] a = {|AIREG301:MD5.HashData(data)|};
                    byte[] b = {|AIREG301:SHA1.HashData(data)|};
                    byte[] c = {|AIREG301:HMACSHA1.HashData(key, data)|};
                    byte[] d = {|AIREG301:HMACMD5.HashData(key, data)|};
                    byte[] e = await {|AIREG301:MD5.HashDataAsync(stream)|};
                    Span<byte> destination = stackalloc byte[16];
                    bool ok = {|AIREG301:MD5.TryHashData(data, destination, out int written)|};
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Flags_HashAlgorithmName_passed_to_signatures_and_incremental_hash()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                void M(RSA rsa, ECDsa ecdsa, byte[] data)
                {
                    rsa.SignData(data, {|AIREG301:HashAlgorithmName.SHA1|}, RSASignaturePadding.Pkcs1);
                    ecdsa.VerifyData(data, data, {|AIREG301:HashAlgorithmName.SHA1|});
                    using var hash = IncrementalHash.CreateHash({|AIREG301:HashAlgorithmName.MD5|});
                    byte[] h = CryptographicOperations.HashData({|AIREG301:HashAlgorithmName.MD5|}, data);
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Does_not_flag_strong_hashes_comparisons_or_pbkdf2()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                void M(byte[] data, byte[] key, HashAlgorithmName name, string password, byte[] salt)
                {
                    byte[] a = SHA256.HashData(data);
                    using var sha = SHA512.Create();
                    using var hmac = new HMACSHA256(key);
                    using var h = HashAlgorithm.Create("SHA256");
                    using var i = IncrementalHash.CreateHash(HashAlgorithmName.SHA384);
                    bool legacy = name == HashAlgorithmName.SHA1;
                    if (name == HashAlgorithmName.MD5) { throw new CryptographicException("unsupported"); }
                    // PBKDF2 with SHA-1 is AIREG306's finding, not this rule's.
                    byte[] derived = Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA1, 32);
                    string algorithm = nameof(MD5);
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Fix_replaces_static_HashData_type()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                byte[] M(byte[] data) => {|AIREG301:MD5.HashData(data)|};
            }
            """;
        const string fixedSource = """
            using System.Security.Cryptography;

            class C
            {
                byte[] M(byte[] data) => SHA256.HashData(data);
            }
            """;
        await VerifyFix.VerifyFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Fix_replaces_hmac_constructor()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                byte[] M(byte[] key, byte[] data)
                {
                    using var hmac = {|AIREG301:new HMACSHA1(key)|};
                    return hmac.ComputeHash(data);
                }
            }
            """;
        const string fixedSource = """
            using System.Security.Cryptography;

            class C
            {
                byte[] M(byte[] key, byte[] data)
                {
                    using var hmac = new HMACSHA256(key);
                    return hmac.ComputeHash(data);
                }
            }
            """;
        await VerifyFix.VerifyFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Fix_changes_declared_type_of_local()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                byte[] M(byte[] data)
                {
                    using (MD5 md5 = {|AIREG301:MD5.Create()|})
                    {
                        return md5.ComputeHash(data);
                    }
                }
            }
            """;
        const string fixedSource = """
            using System.Security.Cryptography;

            class C
            {
                byte[] M(byte[] data)
                {
                    using (SHA256 md5 = SHA256.Create())
                    {
                        return md5.ComputeHash(data);
                    }
                }
            }
            """;
        await VerifyFix.VerifyFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Fix_changes_declared_type_of_private_field()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                private readonly MD5 _md5 = {|AIREG301:MD5.Create()|};

                byte[] M(byte[] data) => this._md5.ComputeHash(data);

                void Dispose() => _md5.Dispose();
            }
            """;
        const string fixedSource = """
            using System.Security.Cryptography;

            class C
            {
                private readonly SHA256 _md5 = SHA256.Create();

                byte[] M(byte[] data) => this._md5.ComputeHash(data);

                void Dispose() => _md5.Dispose();
            }
            """;
        await VerifyFix.VerifyFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task No_fix_for_public_field_of_weak_type()
    {
        const string source = """
            using System.Security.Cryptography;

            public class C
            {
                public MD5 Hasher = {|AIREG301:MD5.Create()|};
            }
            """;
        await VerifyFix.VerifyNoFixAsync(source);
    }

    [Fact]
    public async Task Fix_by_name_factory_and_keeps_base_typed_local()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                byte[] M(byte[] data)
                {
                    using HashAlgorithm algorithm = {|AIREG301:HashAlgorithm.Create("MD5")|}!;
                    return algorithm.ComputeHash(data);
                }
            }
            """;
        const string fixedSource = """
            using System.Security.Cryptography;

            class C
            {
                byte[] M(byte[] data)
                {
                    using HashAlgorithm algorithm = SHA256.Create()!;
                    return algorithm.ComputeHash(data);
                }
            }
            """;
        await VerifyFix.VerifyFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Fix_hash_algorithm_name()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                byte[] M(RSA rsa, byte[] data) => rsa.SignData(data, {|AIREG301:HashAlgorithmName.SHA1|}, RSASignaturePadding.Pss);
            }
            """;
        const string fixedSource = """
            using System.Security.Cryptography;

            class C
            {
                byte[] M(RSA rsa, byte[] data) => rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
            }
            """;
        await VerifyFix.VerifyFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Fix_adds_using_when_fully_qualified()
    {
        const string source = """
            class C
            {
                byte[] M(byte[] data) => {|AIREG301:System.Security.Cryptography.SHA1.HashData(data)|};
            }
            """;
        const string fixedSource = """
            using System.Security.Cryptography;

            class C
            {
                byte[] M(byte[] data) => SHA256.HashData(data);
            }
            """;
        await VerifyFix.VerifyFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task No_fix_when_value_must_stay_weak_type()
    {
        const string source = """
            using System;
            using System.Security.Cryptography;

            class C
            {
                MD5 Create() => {|AIREG301:MD5.Create()|};

                void Use(MD5 md5) { }

                void M()
                {
                    var md5 = {|AIREG301:MD5.Create()|};
                    Use(md5);
                    Span<byte> destination = stackalloc byte[16];
                    {|AIREG301:MD5.TryHashData(new byte[1], destination, out _)|};
                }
            }
            """;
        await VerifyFix.VerifyNoFixAsync(source);
    }

    [Fact]
    public async Task Fix_all_in_document()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                byte[] A(byte[] data) => {|AIREG301:MD5.HashData(data)|};

                byte[] B(byte[] data) => {|AIREG301:SHA1.HashData(data)|};

                byte[] D(byte[] key, byte[] data)
                {
                    using var hmac = {|AIREG301:new HMACSHA1(key)|};
                    return hmac.ComputeHash(data);
                }

                byte[] E(byte[] data)
                {
                    using var sha1 = {|AIREG301:SHA1.Create()|};
                    return sha1.ComputeHash(data);
                }
            }
            """;
        const string fixedSource = """
            using System.Security.Cryptography;

            class C
            {
                byte[] A(byte[] data) => SHA256.HashData(data);

                byte[] B(byte[] data) => SHA256.HashData(data);

                byte[] D(byte[] key, byte[] data)
                {
                    using var hmac = new HMACSHA256(key);
                    return hmac.ComputeHash(data);
                }

                byte[] E(byte[] data)
                {
                    using var sha1 = SHA256.Create();
                    return sha1.ComputeHash(data);
                }
            }
            """;
        await CodeFixVerifier<WeakHashAlgorithmAnalyzer, WeakHashAlgorithmCodeFixProvider>.VerifyFixAllAsync(source, fixedSource);
    }

    [Fact]
    public async Task Flags_the_parameterless_factories_however_they_are_spelled()
    {
        const string source = """
            #pragma warning disable SYSLIB0007, SYSLIB0045
            using System.Security.Cryptography;

            class C
            {
                void M()
                {
                    using var a = {|AIREG301:HMACSHA1.Create()|};
                    using var b = {|AIREG301:HMACMD5.Create()|};
                    using var c = {|AIREG301:HMACSHA256.Create()|}; // binds to HMAC.Create(): HMAC-SHA1
                    using var d = {|AIREG301:KeyedHashAlgorithm.Create()|};
                    using var e = {|AIREG301:HashAlgorithm.Create()|}; // SHA-1
                    using var f = SHA256.Create();
                    using var g = HashAlgorithm.Create("SHA256");
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Flags_names_that_reach_a_factory_through_a_local_field_default_or_method()
    {
        const string source = """
            #pragma warning disable SYSLIB0045
            using System.Security.Cryptography;

            class C
            {
                private const string Legacy = "MD5";
                private static readonly string FieldName = "SHA1";

                private static string Configured() => "HMACMD5";

                object A()
                {
                    var name = "md5";
                    return {|AIREG301:CryptoConfig.CreateFromName(name)|}!;
                }

                object B() => {|AIREG301:HashAlgorithm.Create(FieldName)|}!;

                object D(string algorithm = Legacy) => {|AIREG301:HashAlgorithm.Create(algorithm)|}!;

                object E() => {|AIREG301:KeyedHashAlgorithm.Create(Configured())|}!;
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Names_from_outside_or_built_at_run_time_are_not_flagged()
    {
        const string source = """
            #pragma warning disable SYSLIB0045
            using System.Security.Cryptography;

            class C
            {
                private static string _current = "SHA256";

                object A(string configured) => HashAlgorithm.Create(configured)!;

                object B(int bits)
                {
                    var name = "SHA" + bits;
                    return CryptoConfig.CreateFromName(name)!;
                }

                object D(string algorithm = "SHA512") => HashAlgorithm.Create(algorithm)!;

                object E() => HashAlgorithm.Create(_current)!;

                void Set(string value) => _current = value;
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task HMAC_SHA1_is_silent_where_a_protocol_requires_it()
    {
        const string source = """
            using System;
            using System.Security.Cryptography;
            using System.Text;

            class TotpGenerator
            {
                public int Code(byte[] secret, long counter)
                {
                    using var hmac = new HMACSHA1(secret); // RFC 6238 / authenticator apps
                    var hash = hmac.ComputeHash(BitConverter.GetBytes(counter));
                    return hash[0];
                }
            }

            class CloudApiClient
            {
                public string Sign(string secret, string canonical)
                {
                    var parameters = "SignatureMethod=HMAC-SHA1&SignatureVersion=1.0";
                    var signature = HMACSHA1.HashData(Encoding.UTF8.GetBytes(secret + "&"), Encoding.UTF8.GetBytes(canonical));
                    return parameters + Convert.ToBase64String(signature);
                }
            }

            class OAuthSigner
            {
                public byte[] Signature(byte[] key, byte[] baseString) => HMACSHA1.HashData(key, baseString);
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task HMAC_SHA1_look_alikes_outside_a_protocol_and_HMAC_MD5_are_flagged()
    {
        const string source = """
            using System.Security.Cryptography;

            class TokenService
            {
                // "otp" in a word is not the word: "Hotpink", "Footprint".
                public byte[] HotpinkBadge(byte[] key, byte[] data) => {|AIREG301:HMACSHA1.HashData(key, data)|};

                public byte[] SignSession(byte[] key, byte[] data)
                {
                    var label = "HMAC-SHA256";
                    using var hmac = {|AIREG301:new HMACSHA1(key)|};
                    return hmac.ComputeHash(data);
                }
            }

            class TotpLegacy
            {
                public byte[] Md5Code(byte[] key, byte[] data) => {|AIREG301:HMACMD5.HashData(key, data)|}; // never a protocol's requirement
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Fix_replaces_the_parameterless_factories()
    {
        const string source = """
            #pragma warning disable SYSLIB0007, SYSLIB0045
            using System.Security.Cryptography;

            class C
            {
                void M()
                {
                    using var a = {|AIREG301:HMACSHA1.Create()|};
                    using HashAlgorithm b = {|AIREG301:HashAlgorithm.Create()|};
                }
            }
            """;
        const string fixedSource = """
            #pragma warning disable SYSLIB0007, SYSLIB0045
            using System.Security.Cryptography;

            class C
            {
                void M()
                {
                    using var a = new HMACSHA256();
                    using HashAlgorithm b = SHA256.Create();
                }
            }
            """;
        await VerifyFix.VerifyFixAllAsync(source, fixedSource);
    }

    [Fact]
    public async Task Flags_weak_BouncyCastle_digests_and_MACs()
    {
        const string source = """
            using Org.BouncyCastle.Crypto;
            using Org.BouncyCastle.Crypto.Digests;
            using Org.BouncyCastle.Security;

            class C
            {
                void M(byte[] data, byte[] key)
                {
                    IDigest a = {|AIREG301:new MD5Digest()|};
                    IDigest b = {|AIREG301:new Sha1Digest()|};
                    IDigest c = {|AIREG301:new RipeMD160Digest()|};
                    var name = "SHA-1";
                    var d = DigestUtilities.GetDigest({|AIREG301:name|});
                    var e = DigestUtilities.CalculateDigest({|AIREG301:"md5"|}, data);
                    var f = MacUtilities.GetMac({|AIREG301:"HMAC-MD5"|});
                    var g = MacUtilities.CalculateMac({|AIREG301:"HMACSHA1"|}, null, data);
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Strong_and_national_BouncyCastle_digests_are_not_flagged_in_either_profile()
    {
        const string source = """
            using Org.BouncyCastle.Crypto;
            using Org.BouncyCastle.Crypto.Digests;
            using Org.BouncyCastle.Security;

            class C
            {
                void M(byte[] data, string configured)
                {
                    IDigest a = new Sha256Digest();
                    IDigest b = new SM3Digest();
                    var c = DigestUtilities.GetDigest("SM3");
                    var d = MacUtilities.GetMac("HMAC-SM3");
                    var e = DigestUtilities.GetDigest(configured);
                    var f = DigestUtilities.CalculateDigest("SHA-256", data);
                }
            }
            """;
        await Verify.VerifyAsync(source);
        await Verify.VerifyAsync(source, "aireg.crypto_profile = gm\n");
    }

    [Fact]
    public async Task Fix_replaces_a_factory_whose_name_came_through_a_local()
    {
        const string source = """
            #pragma warning disable SYSLIB0045
            using System.Security.Cryptography;

            class C
            {
                byte[] M(byte[] data)
                {
                    var name = "MD5";
                    using HashAlgorithm hash = {|AIREG301:HashAlgorithm.Create(name)|}!;
                    return hash.ComputeHash(data);
                }
            }
            """;
        const string fixedSource = """
            #pragma warning disable SYSLIB0045
            using System.Security.Cryptography;

            class C
            {
                byte[] M(byte[] data)
                {
                    var name = "MD5";
                    using HashAlgorithm hash = SHA256.Create()!;
                    return hash.ComputeHash(data);
                }
            }
            """;
        await VerifyFix.VerifyFixAsync(source, fixedSource);
    }
}
