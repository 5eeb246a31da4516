using AiRegAnalyzers.Tests.Verifiers;
using System.Threading.Tasks;
using AiRegAnalyzers.CodeFixes.Crypto;
using AiRegAnalyzers.Crypto;
using AiRegAnalyzers.CodeFixes.Common;
using Xunit;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Crypto.ShortKeySizeAnalyzer>;
using VerifyFix = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<AiRegAnalyzers.Crypto.ShortKeySizeAnalyzer, AiRegAnalyzers.CodeFixes.Crypto.ShortKeySizeCodeFixProvider>;

namespace AiRegAnalyzers.Tests.Crypto;

public class ShortKeySizeAnalyzerTests
{
    [Fact]
    public async Task Flags_short_rsa_dsa_and_ec_keys()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                const int LegacySize = 1024;

                void M(RSA existing, ECDsa ecdsa)
                {
                    using var a = new RSACryptoServiceProvider({|AIREG304:1024|});
                    using var b = RSA.Create({|AIREG304:512|});
                    using var c = DSA.Create({|AIREG304:LegacySize|});
                    using var d = new DSACryptoServiceProvider({|AIREG304:1024|});
                    existing.KeySize = {|AIREG304:1024|};
                    using var e = new RSACryptoServiceProvider { KeySize = {|AIREG304:1536|} };
                    ecdsa.KeySize = {|AIREG304:224|};
                    using var f = ECDsa.Create({|AIREG304:ECCurve.NamedCurves.brainpoolP192r1|});
                    var g = ECCurve.CreateFromFriendlyName({|AIREG304:"secp192r1"|});
                    var h = ECCurve.CreateFromValue({|AIREG304:"1.3.132.0.33"|});
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Does_not_flag_strong_or_configured_sizes()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                void M(int configuredSize, RSA rsa)
                {
                    using var a = RSA.Create(4096);
                    using var b = new RSACryptoServiceProvider(2048);
                    using var c = RSA.Create(configuredSize);
                    rsa.KeySize = configuredSize;
                    using var d = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                    using var e = ECDsa.Create(ECCurve.NamedCurves.brainpoolP256r1);
                    var f = ECCurve.CreateFromFriendlyName("nistP384");
                    using var aes = Aes.Create();
                    aes.KeySize = 128;
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Minimum_is_configurable()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                void M()
                {
                    using var a = RSA.Create({|AIREG304:2048|});
                    using var b = ECDsa.Create({|AIREG304:ECCurve.NamedCurves.nistP256|});
                    using var c = ECDsa.Create({|AIREG304:ECCurve.NamedCurves.brainpoolP256r1|});
                    using var d = ECDsa.Create(ECCurve.NamedCurves.nistP384);
                }
            }
            """;
        await Verify.VerifyAsync(source, "aireg.min_rsa_key_size = 3072\naireg.AIREG304.min_ec_key_size = 320\n");
        const string relaxed = """
            using System.Security.Cryptography;

            class C
            {
                void M() { using var a = RSA.Create(1024); }
            }
            """;
        await Verify.VerifyAsync(relaxed, "aireg.min_rsa_key_size = 2048\naireg.AIREG304.min_rsa_key_size = 1024\n");
    }

    [Fact]
    public async Task Fix_raises_rsa_size()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                RSA M() => RSA.Create({|AIREG304:1024|});
            }
            """;
        const string fixedSource = """
            using System.Security.Cryptography;

            class C
            {
                RSA M() => RSA.Create(3072);
            }
            """;
        await VerifyFix.VerifyFixAsync(source, fixedSource, "aireg.min_rsa_key_size = 3072\n");
    }

    [Fact]
    public async Task No_fix_for_dsa_crypto_service_provider()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                DSA M() => new DSACryptoServiceProvider({|AIREG304:512|});
            }
            """;
        await VerifyFix.VerifyNoFixAsync(source);
    }

    [Fact]
    public async Task Fix_all_sizes_and_curves()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                void M(RSA rsa, ECDiffieHellman ecdh)
                {
                    rsa.KeySize = {|AIREG304:1024|};
                    ecdh.KeySize = {|AIREG304:192|};
                    using var a = ECDsa.Create({|AIREG304:ECCurve.NamedCurves.brainpoolP224t1|});
                    var b = ECCurve.CreateFromFriendlyName({|AIREG304:"nistP192"|});
                }
            }
            """;
        const string fixedSource = """
            using System.Security.Cryptography;

            class C
            {
                void M(RSA rsa, ECDiffieHellman ecdh)
                {
                    rsa.KeySize = 2048;
                    ecdh.KeySize = 256;
                    using var a = ECDsa.Create(ECCurve.NamedCurves.brainpoolP256t1);
                    var b = ECCurve.CreateFromFriendlyName("nistP256");
                }
            }
            """;
        await CodeFixVerifier<ShortKeySizeAnalyzer, ShortKeySizeCodeFixProvider>.VerifyFixAllAsync(source, fixedSource);
    }

    [Fact]
    public async Task Flags_CAPI_keys_generated_at_the_default_size()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                string A()
                {
                    using var rsa = new RSACryptoServiceProvider();
                    return rsa.ToXmlString(includePrivateParameters: true);
                }

                byte[] B(byte[] data)
                {
                    using (var rsa = new RSACryptoServiceProvider(new CspParameters()))
                    {
                        return rsa.Encrypt(data, RSAEncryptionPadding.OaepSHA1);
                    }
                }

                byte[] D(byte[] hash)
                {
                    var dsa = new DSACryptoServiceProvider();
                    return dsa.CreateSignature(hash);
                }
            }
            """;
        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("AIREG304").WithSpan(7, 25, 7, 55).WithArguments("RSA", "1024", "2048", "; new RSACryptoServiceProvider() makes a 1024-bit key when no size is given: pass the size"),
            Verify.Diagnostic("AIREG304").WithSpan(13, 26, 13, 75).WithArguments("RSA", "1024", "2048", "; new RSACryptoServiceProvider(CspParameters) makes a 1024-bit key when no size is given: pass the size"),
            Verify.Diagnostic("AIREG304").WithSpan(21, 19, 21, 49).WithArguments("DSA", "1024", "2048", "; new DSACryptoServiceProvider() makes a 1024-bit key when no size is given: pass the size; DSA is no longer approved for new signatures (FIPS 186-5): prefer ECDSA"));
    }

    [Fact]
    public async Task CAPI_objects_that_import_a_key_or_hand_it_on_are_not_flagged()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                byte[] FromXml(string publicKeyXml, byte[] data)
                {
                    using var rsa = new RSACryptoServiceProvider();
                    rsa.FromXmlString(publicKeyXml);
                    return rsa.Encrypt(data, RSAEncryptionPadding.OaepSHA1);
                }

                bool Verify(RSAParameters key, byte[] data, byte[] signature)
                {
                    using var rsa = new RSACryptoServiceProvider();
                    rsa.ImportParameters(key);
                    return rsa.VerifyData(data, SHA256.Create(), signature);
                }

                RSACryptoServiceProvider Returned() => new RSACryptoServiceProvider();

                RSA Handed(System.Func<RSA, RSA> load)
                {
                    var rsa = new RSACryptoServiceProvider();
                    return load(rsa);
                }

                byte[] Stored(byte[] hash)
                {
                    var csp = new CspParameters { KeyContainerName = "clinic-signing" };
                    using var rsa = new RSACryptoServiceProvider(csp);
                    using var named = new RSACryptoServiceProvider(new CspParameters { KeyContainerName = "clinic-signing" });
                    return named.SignHash(hash, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                }

                void Unused() { using var rsa = new RSACryptoServiceProvider(); }

                string Sized()
                {
                    using var rsa = new RSACryptoServiceProvider(3072);
                    rsa.KeySize = 3072;
                    return rsa.ToXmlString(false);
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task KeySize_set_after_a_default_CAPI_constructor_says_it_changes_nothing()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                string A()
                {
                    var rsa = new RSACryptoServiceProvider();
                    rsa.KeySize = {|#0:4096|};
                    return rsa.ToXmlString(true);
                }

                RSA B() => new RSACryptoServiceProvider { KeySize = {|#1:2048|} };
            }
            """;
        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("AIREG304").WithLocation(0).WithArguments("RSA", "1024", "2048", "; setting KeySize = 4096 does not change the key that RSACryptoServiceProvider made: pass the size to the constructor or Create(size)"),
            Verify.Diagnostic("AIREG304").WithLocation(1).WithArguments("RSA", "1024", "2048", "; setting KeySize = 2048 does not change the key that RSACryptoServiceProvider made: pass the size to the constructor or Create(size)"));
    }

    [Fact]
    public async Task Fix_moves_KeySize_into_the_CAPI_constructor()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                string M()
                {
                    var rsa = new RSACryptoServiceProvider();
                    rsa.KeySize = {|AIREG304:4096|};
                    return rsa.ToXmlString(true);
                }
            }
            """;
        const string fixedSource = """
            using System.Security.Cryptography;

            class C
            {
                string M()
                {
                    var rsa = new RSACryptoServiceProvider(4096);
                    return rsa.ToXmlString(true);
                }
            }
            """;
        await VerifyFix.VerifyFixAsync(source, fixedSource, equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.ShortKeySize, FixKind.SizeInConstructor));
    }

    [Fact]
    public async Task Fix_moving_a_short_KeySize_into_the_constructor_writes_the_configured_minimum()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                RSA M() => new RSACryptoServiceProvider { KeySize = {|AIREG304:2048|} };
            }
            """;
        const string fixedSource = """
            using System.Security.Cryptography;

            class C
            {
                RSA M() => new RSACryptoServiceProvider(3072);
            }
            """;
        await VerifyFix.VerifyFixAsync(source, fixedSource, "aireg.min_rsa_key_size = 3072\n");
    }

    [Fact]
    public async Task Fix_all_gives_every_default_CAPI_key_its_size_in_the_constructor()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                private const int Bits = 3072;

                RSA Initialized() => new RSACryptoServiceProvider { KeySize = {|AIREG304:1024|} };

                RSA Kept() => new RSACryptoServiceProvider() { KeySize = {|AIREG304:2048|}, PersistKeyInCsp = false };

                string Used()
                {
                    using (var rsa = new RSACryptoServiceProvider(new CspParameters()))
                    {
                        rsa.KeySize = {|AIREG304:Bits|};
                        return rsa.ToXmlString(false);
                    }
                }

                byte[] Default(byte[] data)
                {
                    using var rsa = {|AIREG304:new RSACryptoServiceProvider()|};
                    return rsa.Encrypt(data, RSAEncryptionPadding.OaepSHA256);
                }
            }
            """;
        const string fixedSource = """
            using System.Security.Cryptography;

            class C
            {
                private const int Bits = 3072;

                RSA Initialized() => new RSACryptoServiceProvider(2048);

                RSA Kept() => new RSACryptoServiceProvider(2048) { PersistKeyInCsp = false };

                string Used()
                {
                    using (var rsa = new RSACryptoServiceProvider(Bits, new CspParameters()))
                    {
                        return rsa.ToXmlString(false);
                    }
                }

                byte[] Default(byte[] data)
                {
                    using var rsa = new RSACryptoServiceProvider(2048);
                    return rsa.Encrypt(data, RSAEncryptionPadding.OaepSHA256);
                }
            }
            """;
        await CodeFixVerifier<ShortKeySizeAnalyzer, ShortKeySizeCodeFixProvider>.VerifyFixAllAsync(source, fixedSource);
    }

    [Fact]
    public async Task No_constructor_fix_for_DSA_CAPI_keys_or_sizes_set_twice_conditionally_or_at_run_time()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                byte[] Dsa(byte[] hash)
                {
                    var dsa = new DSACryptoServiceProvider(); // stops at 1024 bits
                    dsa.KeySize = {|AIREG304:2048|};
                    return dsa.CreateSignature(hash);
                }

                string Conditional(bool strong)
                {
                    var rsa = new RSACryptoServiceProvider();
                    if (strong)
                    {
                        rsa.KeySize = {|AIREG304:4096|};
                    }

                    return rsa.ToXmlString(true);
                }

                string Twice()
                {
                    var rsa = new RSACryptoServiceProvider();
                    rsa.KeySize = {|AIREG304:2048|};
                    rsa.KeySize = {|AIREG304:4096|};
                    return rsa.ToXmlString(true);
                }

                string Configured(int size)
                {
                    var rsa = new RSACryptoServiceProvider();
                    rsa.KeySize = {|AIREG304:size|};
                    return rsa.ToXmlString(true);
                }
            }
            """;
        await VerifyFix.VerifyNoFixAsync(source);
    }

    [Fact]
    public async Task Short_DSA_says_DSA_is_no_longer_approved()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                DSA M() => DSA.Create({|#0:1024|});
            }
            """;
        await Verify.VerifyAsync(
            source,
            Verify.Diagnostic("AIREG304").WithLocation(0).WithArguments("DSA", "1024", "2048", "; DSA is no longer approved for new signatures (FIPS 186-5): prefer ECDSA"));
    }

    [Fact]
    public async Task Platform_defaults_of_RSA_Create_are_not_flagged_on_modern_dotnet()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                string M()
                {
                    using var rsa = RSA.Create(); // 2048 bits on .NET Core and later
                    using var dsa = DSA.Create();
                    return rsa.ToXmlString(true) + dsa.ToXmlString(true);
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    private const string BouncyCastleUsings = """
        using Org.BouncyCastle.Asn1.Nist;
        using Org.BouncyCastle.Asn1.Sec;
        using Org.BouncyCastle.Asn1.TeleTrust;
        using Org.BouncyCastle.Asn1.X9;
        using Org.BouncyCastle.Crypto.Generators;
        using Org.BouncyCastle.Crypto.Parameters;
        using Org.BouncyCastle.Math;
        using Org.BouncyCastle.Security;

        """;

    [Fact]
    public async Task Flags_short_BouncyCastle_keys_parameters_and_curves()
    {
        const string source = BouncyCastleUsings + """
            class C
            {
                private const string LegacyCurve = "secp192r1";

                void M(SecureRandom random)
                {
                    var rsa = new RsaKeyGenerationParameters(BigInteger.ValueOf(65537), random, {|AIREG304:1024|}, 80);
                    var dh = new DHParametersGenerator();
                    dh.Init({|AIREG304:1024|}, 80, random);
                    var dsa = new DsaParametersGenerator();
                    dsa.Init({|AIREG304:1024|}, 80, random);
                    var dsa2 = new DsaParameterGenerationParameters({|AIREG304:1024|}, 160, 80, random);
                    var a = SecNamedCurves.GetByName({|AIREG304:"secp160r1"|});
                    var b = X962NamedCurves.GetByName({|AIREG304:"prime192v1"|});
                    var c = TeleTrusTNamedCurves.GetByName({|AIREG304:"brainpoolP224r1"|});
                    var d = NistNamedCurves.GetByName({|AIREG304:"P-224"|});
                    var curve = LegacyCurve;
                    var e = ECNamedCurveTable.GetByName({|AIREG304:curve|});
                    var f = SecNamedCurves.GetByName({|AIREG304:"sect163k1"|});
                    var g = ECNamedCurveTable.GetByName({|AIREG304:"wapip192v1"|}); // a Chinese WAPI curve, but not SM2
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Strong_BouncyCastle_keys_and_the_SM2_curve_are_not_flagged_in_either_profile()
    {
        const string source = BouncyCastleUsings + """
            class C
            {
                void M(SecureRandom random, string configured, int size)
                {
                    var rsa = new RsaKeyGenerationParameters(BigInteger.ValueOf(65537), random, 3072, 80);
                    var dh = new DHParametersGenerator();
                    dh.Init(2048, 80, random);
                    dh.Init(size, 80, random);
                    var a = SecNamedCurves.GetByName("secp256r1");
                    var b = ECNamedCurveTable.GetByName("sm2p256v1");
                    var c = NistNamedCurves.GetByName("P-384");
                    var d = ECNamedCurveTable.GetByName(configured);
                    var e = TeleTrusTNamedCurves.GetByName("brainpoolP256t1");
                }
            }
            """;
        await Verify.VerifyAsync(source);
        await Verify.VerifyAsync(source, "aireg.crypto_profile = gm\n");
    }

    [Fact]
    public async Task Fix_all_raises_BouncyCastle_sizes_and_names_each_table_s_curve()
    {
        const string source = BouncyCastleUsings + """
            class C
            {
                void M(SecureRandom random)
                {
                    var rsa = new RsaKeyGenerationParameters(BigInteger.ValueOf(65537), random, {|AIREG304:1024|}, 80);
                    var dh = new DHParametersGenerator();
                    dh.Init({|AIREG304:1536|}, 80, random);
                    var a = SecNamedCurves.GetByName({|AIREG304:"secp192r1"|});
                    var b = NistNamedCurves.GetByName({|AIREG304:"P-192"|});
                    var c = X962NamedCurves.GetByName({|AIREG304:"prime192v1"|});
                }
            }
            """;
        const string fixedSource = BouncyCastleUsings + """
            class C
            {
                void M(SecureRandom random)
                {
                    var rsa = new RsaKeyGenerationParameters(BigInteger.ValueOf(65537), random, 2048, 80);
                    var dh = new DHParametersGenerator();
                    dh.Init(2048, 80, random);
                    var a = SecNamedCurves.GetByName("secp256r1");
                    var b = NistNamedCurves.GetByName("P-256");
                    var c = X962NamedCurves.GetByName("prime256v1");
                }
            }
            """;
        await CodeFixVerifier<ShortKeySizeAnalyzer, ShortKeySizeCodeFixProvider>.VerifyFixAllAsync(source, fixedSource);
    }

    [Fact]
    public async Task On_NET_Framework_RSA_Create_and_DSA_Create_are_1024_bit_CAPI_keys()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                string A()
                {
                    using (var rsa = {|AIREG304:RSA.Create()|})
                    {
                        return rsa.ToXmlString(true);
                    }
                }

                string B()
                {
                    var rsa = RSA.Create();
                    rsa.KeySize = {|AIREG304:2048|}; // the CAPI setter does nothing
                    return rsa.ToXmlString(true);
                }

                byte[] D(byte[] hash)
                {
                    var dsa = {|AIREG304:DSA.Create()|};
                    return dsa.CreateSignature(hash);
                }

                string E(string xml)
                {
                    var rsa = RSA.Create();
                    rsa.FromXmlString(xml);
                    return rsa.ToXmlString(false);
                }

                string F()
                {
                    var rsa = new RSACng(3072); // CNG honours its size
                    return rsa.ToXmlString(true);
                }
            }
            """;
        var test = new AnalyzerVerifier<ShortKeySizeAnalyzer>.Test { TestCode = source };
        NetFrameworkReferences.Use(test, "mscorlib.dll", "System.dll", "System.Core.dll");
        await test.RunAsync();
    }
}
