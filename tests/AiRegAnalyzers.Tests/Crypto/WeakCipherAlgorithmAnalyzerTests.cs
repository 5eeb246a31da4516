using AiRegAnalyzers.Tests.Verifiers;
using System.Threading.Tasks;
using AiRegAnalyzers.CodeFixes.Crypto;
using AiRegAnalyzers.Crypto;
using Xunit;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Crypto.WeakCipherAlgorithmAnalyzer>;
using VerifyFix = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<AiRegAnalyzers.Crypto.WeakCipherAlgorithmAnalyzer, AiRegAnalyzers.CodeFixes.Crypto.WeakCipherAlgorithmCodeFixProvider>;

namespace AiRegAnalyzers.Tests.Crypto;

public class WeakCipherAlgorithmAnalyzerTests
{
    [Theory]
    [InlineData("DES.Create()")]
    [InlineData("TripleDES.Create()")]
    [InlineData("RC2.Create()")]
    [InlineData("new DESCryptoServiceProvider()")]
    [InlineData("new TripleDESCryptoServiceProvider()")]
    [InlineData("new RC2CryptoServiceProvider()")]
    [InlineData("SymmetricAlgorithm.Create(\"DES\")")]
    [InlineData("SymmetricAlgorithm.Create(\"3DES\")")]
    [InlineData("CryptoConfig.CreateFromName(\"System.Security.Cryptography.TripleDES\")")]
    public async Task Flags_weak_ciphers(string expression)
    {
        var source = $$"""
            using System.Security.Cryptography;

            class C
            {
                object? M() => {|AIREG302:{{expression}}|};
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Does_not_flag_aes_or_key_checks()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                void M(byte[] key)
                {
                    using var aes = Aes.Create();
                    using var gcm = new AesGcm(key, 16);
                    using var byName = SymmetricAlgorithm.Create("AES");
                    bool weak = DES.IsWeakKey(key);
                    string name = nameof(TripleDES);
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Fix_replaces_create_with_aes()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                byte[] M(byte[] data)
                {
                    using var des = {|AIREG302:TripleDES.Create()|};
                    des.GenerateKey();
                    return des.EncryptCbc(data, des.IV);
                }
            }
            """;
        const string fixedSource = """
            using System.Security.Cryptography;

            class C
            {
                byte[] M(byte[] data)
                {
                    using var des = Aes.Create();
                    des.GenerateKey();
                    return des.EncryptCbc(data, des.IV);
                }
            }
            """;
        await VerifyFix.VerifyFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Fix_changes_declared_type()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                ICryptoTransform M()
                {
                    DESCryptoServiceProvider des = {|AIREG302:new DESCryptoServiceProvider()|};
                    SymmetricAlgorithm algorithm = {|AIREG302:RC2.Create()|};
                    return des.CreateEncryptor();
                }
            }
            """;
        const string fixedSource = """
            using System.Security.Cryptography;

            class C
            {
                ICryptoTransform M()
                {
                    Aes des = Aes.Create();
                    SymmetricAlgorithm algorithm = Aes.Create();
                    return des.CreateEncryptor();
                }
            }
            """;
        await CodeFixVerifier<WeakCipherAlgorithmAnalyzer, WeakCipherAlgorithmCodeFixProvider>.VerifyFixAllAsync(source, fixedSource);
    }

    [Fact]
    public async Task No_fix_when_the_old_type_is_required()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                TripleDES Make() => {|AIREG302:TripleDES.Create()|};

                void M()
                {
                    var des = {|AIREG302:new DESCryptoServiceProvider { Mode = CipherMode.CBC }|};
                }
            }
            """;
        await VerifyFix.VerifyNoFixAsync(source);
    }

    [Fact]
    public async Task Flags_weak_BouncyCastle_engines_and_transformations()
    {
        const string source = """
            using Org.BouncyCastle.Crypto;
            using Org.BouncyCastle.Crypto.Engines;
            using Org.BouncyCastle.Crypto.Modes;
            using Org.BouncyCastle.Security;

            class C
            {
                void M()
                {
                    IBlockCipher a = {|AIREG302:new DesEngine()|};
                    IBlockCipher b = {|AIREG302:new DesEdeEngine()|};
                    IBlockCipher c = {|AIREG302:new RC2Engine()|};
                    IStreamCipher d = {|AIREG302:new RC4Engine()|};
                    var e = new CbcBlockCipher({|AIREG302:new DesEdeEngine()|});
                    var transformation = "DESede/CBC/PKCS7Padding";
                    var f = CipherUtilities.GetCipher({|AIREG302:transformation|});
                    var g = CipherUtilities.GetCipher({|AIREG302:"RC4"|});
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Strong_and_national_BouncyCastle_ciphers_are_not_flagged()
    {
        const string source = """
            using Org.BouncyCastle.Crypto;
            using Org.BouncyCastle.Crypto.Engines;
            using Org.BouncyCastle.Crypto.Modes;
            using Org.BouncyCastle.Security;

            class C
            {
                void M(string configured)
                {
                    var a = new GcmBlockCipher(new AesEngine());
                    var b = new GcmBlockCipher(new SM4Engine());
                    var c = CipherUtilities.GetCipher("SM4/GCM/NoPadding");
                    var d = CipherUtilities.GetCipher("AES/GCM/NoPadding");
                    var e = CipherUtilities.GetCipher(configured);
                    var f = CipherUtilities.GetCipher("DESedeWrap"); // not a cipher name this rule knows: silent rather than guessed
                }
            }
            """;
        await Verify.VerifyAsync(source);
        await Verify.VerifyAsync(source, "aireg.crypto_profile = gm\n");
    }

    [Fact]
    public async Task Flags_cipher_names_that_reach_a_factory_through_a_local()
    {
        const string source = """
            #pragma warning disable SYSLIB0045
            using System.Security.Cryptography;

            class C
            {
                private const string Cipher = "TripleDES";

                SymmetricAlgorithm? A()
                {
                    var name = Cipher;
                    return {|AIREG302:SymmetricAlgorithm.Create(name)|};
                }

                SymmetricAlgorithm? B(string name = "DES") => {|AIREG302:SymmetricAlgorithm.Create(name)|};
            }
            """;
        await Verify.VerifyAsync(source);
    }
}
