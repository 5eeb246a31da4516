using AiRegAnalyzers.Tests.Verifiers;
using System.Threading.Tasks;
using AiRegAnalyzers.CodeFixes.Crypto;
using AiRegAnalyzers.Crypto;
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
}
