using AiRegAnalyzers.Tests.Verifiers;
using System.Threading.Tasks;
using AiRegAnalyzers.CodeFixes.Crypto;
using AiRegAnalyzers.Crypto;
using Xunit;
using AiRegAnalyzers.CodeFixes.Common;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Crypto.InsecureCipherModeAnalyzer>;
using VerifyFix = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<AiRegAnalyzers.Crypto.InsecureCipherModeAnalyzer, AiRegAnalyzers.CodeFixes.Crypto.InsecureCipherModeCodeFixProvider>;

namespace AiRegAnalyzers.Tests.Crypto;

public class InsecureCipherModeAnalyzerTests
{
    [Fact]
    public async Task Flags_ecb_and_pkcs1_encryption()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                void M(Aes aes, RSA rsa, RSACryptoServiceProvider csp, byte[] data)
                {
                    aes.Mode = {|AIREG303:CipherMode.ECB|};
                    using var other = new AesManaged { Mode = {|AIREG303:CipherMode.ECB|} };
                    byte[] a = {|AIREG303:aes.EncryptEcb(data, PaddingMode.PKCS7)|};
                    byte[] b = rsa.Encrypt(data, {|AIREG303:RSAEncryptionPadding.Pkcs1|});
                    byte[] c = rsa.Decrypt(data, {|AIREG303:RSAEncryptionPadding.Pkcs1|});
                    byte[] d = csp.Encrypt(data, {|AIREG303:false|});
                    byte[] e = csp.Decrypt(data, fOAEP: {|AIREG303:false|});
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Does_not_flag_safe_modes_comparisons_or_signature_padding()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                void M(Aes aes, RSA rsa, RSACryptoServiceProvider csp, byte[] data, bool oaep)
                {
                    aes.Mode = CipherMode.CBC;
                    if (aes.Mode == CipherMode.ECB) { throw new CryptographicException("ECB is not allowed"); }
                    byte[] a = aes.DecryptEcb(data, PaddingMode.PKCS7);
                    byte[] b = rsa.Encrypt(data, RSAEncryptionPadding.OaepSHA256);
                    byte[] c = rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                    byte[] d = csp.Encrypt(data, true);
                    byte[] e = csp.Encrypt(data, oaep);
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task No_fix_for_ecb()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                void M(Aes aes) => aes.Mode = {|AIREG303:CipherMode.ECB|};
            }
            """;
        await VerifyFix.VerifyNoFixAsync(source);
    }

    [Fact]
    public async Task Fix_bool_argument_to_oaep_sha256()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                byte[] M(RSACryptoServiceProvider rsa, byte[] data) => rsa.Encrypt(data, {|AIREG303:false|});
            }
            """;
        const string fixedSource = """
            using System.Security.Cryptography;

            class C
            {
                byte[] M(RSACryptoServiceProvider rsa, byte[] data) => rsa.Encrypt(data, RSAEncryptionPadding.OaepSHA256);
            }
            """;
        await VerifyFix.VerifyFixAsync(source, fixedSource, equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.InsecureCipherMode, FixKind.OaepSha256));
    }

    [Fact]
    public async Task Fix_bool_argument_to_oaep_sha1_for_csp()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                byte[] M(RSACryptoServiceProvider rsa, byte[] data) => rsa.Encrypt(data, {|AIREG303:false|});
            }
            """;
        const string fixedSource = """
            using System.Security.Cryptography;

            class C
            {
                byte[] M(RSACryptoServiceProvider rsa, byte[] data) => rsa.Encrypt(data, true);
            }
            """;
        await VerifyFix.VerifyFixAsync(source, fixedSource, equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.InsecureCipherMode, FixKind.OaepSha1));
    }

    [Fact]
    public async Task Fix_all_pkcs1_padding()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                byte[] Encrypt(RSA rsa, byte[] data) => rsa.Encrypt(data, {|AIREG303:RSAEncryptionPadding.Pkcs1|});

                byte[] Decrypt(RSA rsa, byte[] data) => rsa.Decrypt(data, {|AIREG303:RSAEncryptionPadding.Pkcs1|});
            }
            """;
        const string fixedSource = """
            using System.Security.Cryptography;

            class C
            {
                byte[] Encrypt(RSA rsa, byte[] data) => rsa.Encrypt(data, RSAEncryptionPadding.OaepSHA256);

                byte[] Decrypt(RSA rsa, byte[] data) => rsa.Decrypt(data, RSAEncryptionPadding.OaepSHA256);
            }
            """;
        await CodeFixVerifier<InsecureCipherModeAnalyzer, InsecureCipherModeCodeFixProvider>.VerifyFixAllAsync(source, fixedSource);
    }

    [Fact]
    public async Task Flags_PKCS1_key_exchange_formatters()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                byte[] Wrap(RSA rsa, byte[] sessionKey)
                {
                    var formatter = {|AIREG303:new RSAPKCS1KeyExchangeFormatter(rsa)|};
                    return formatter.CreateKeyExchange(sessionKey);
                }

                byte[] Unwrap(RSA rsa, byte[] wrapped)
                {
                    AsymmetricKeyExchangeDeformatter deformatter = {|AIREG303:new RSAPKCS1KeyExchangeDeformatter()|};
                    deformatter.SetKey(rsa);
                    return deformatter.DecryptKeyExchange(wrapped);
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task OAEP_key_exchange_and_PKCS1_signatures_are_not_flagged()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                byte[] Wrap(RSA rsa, byte[] sessionKey) => new RSAOAEPKeyExchangeFormatter(rsa).CreateKeyExchange(sessionKey);

                byte[] Unwrap(RSA rsa, byte[] wrapped) => new RSAOAEPKeyExchangeDeformatter(rsa).DecryptKeyExchange(wrapped);

                // PKCS#1 v1.5 *signatures* have no padding oracle: RSASignaturePadding.Pkcs1 is not this rule's.
                byte[] Sign(RSA rsa, byte[] data) => rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

                byte[] Formatter(RSA rsa, byte[] hash) => new RSAPKCS1SignatureFormatter(rsa).CreateSignature(hash);
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Fix_key_exchange_formatter_to_oaep()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                byte[] Wrap(RSA rsa, byte[] sessionKey)
                {
                    var formatter = {|AIREG303:new RSAPKCS1KeyExchangeFormatter(rsa)|};
                    return formatter.CreateKeyExchange(sessionKey);
                }
            }
            """;
        const string fixedSource = """
            using System.Security.Cryptography;

            class C
            {
                byte[] Wrap(RSA rsa, byte[] sessionKey)
                {
                    var formatter = new RSAOAEPKeyExchangeFormatter(rsa);
                    return formatter.CreateKeyExchange(sessionKey);
                }
            }
            """;
        await VerifyFix.VerifyFixAsync(source, fixedSource, equivalenceKey: AiRegCodeFixProvider.EquivalenceKey(RuleIds.InsecureCipherMode, FixKind.OaepKeyExchange));
    }

    [Fact]
    public async Task Fix_all_key_exchange_formatters_retypes_declared_locals()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                private readonly RSAPKCS1KeyExchangeFormatter _formatter = {|AIREG303:new RSAPKCS1KeyExchangeFormatter()|};

                byte[] Wrap(RSA rsa, RandomNumberGenerator rng, byte[] sessionKey)
                {
                    RSAPKCS1KeyExchangeFormatter formatter = {|AIREG303:new(rsa) { Rng = rng }|};
                    _formatter.SetKey(rsa);
                    return formatter.CreateKeyExchange(sessionKey);
                }

                byte[] Unwrap(RSA rsa, byte[] wrapped)
                {
                    RSAPKCS1KeyExchangeDeformatter typed = {|AIREG303:new RSAPKCS1KeyExchangeDeformatter(rsa)|};
                    AsymmetricKeyExchangeDeformatter general = {|AIREG303:new RSAPKCS1KeyExchangeDeformatter()|};
                    general.SetKey(rsa);
                    return typed.DecryptKeyExchange(general.DecryptKeyExchange(wrapped));
                }

                byte[] Inline(RSA rsa, byte[] sessionKey) => {|AIREG303:new RSAPKCS1KeyExchangeFormatter(rsa)|}.CreateKeyExchange(sessionKey);
            }
            """;
        const string fixedSource = """
            using System.Security.Cryptography;

            class C
            {
                private readonly RSAOAEPKeyExchangeFormatter _formatter = new RSAOAEPKeyExchangeFormatter();

                byte[] Wrap(RSA rsa, RandomNumberGenerator rng, byte[] sessionKey)
                {
                    RSAOAEPKeyExchangeFormatter formatter = new RSAOAEPKeyExchangeFormatter(rsa) { Rng = rng };
                    _formatter.SetKey(rsa);
                    return formatter.CreateKeyExchange(sessionKey);
                }

                byte[] Unwrap(RSA rsa, byte[] wrapped)
                {
                    RSAOAEPKeyExchangeDeformatter typed = new RSAOAEPKeyExchangeDeformatter(rsa);
                    AsymmetricKeyExchangeDeformatter general = new RSAOAEPKeyExchangeDeformatter();
                    general.SetKey(rsa);
                    return typed.DecryptKeyExchange(general.DecryptKeyExchange(wrapped));
                }

                byte[] Inline(RSA rsa, byte[] sessionKey) => new RSAOAEPKeyExchangeFormatter(rsa).CreateKeyExchange(sessionKey);
            }
            """;
        await CodeFixVerifier<InsecureCipherModeAnalyzer, InsecureCipherModeCodeFixProvider>.VerifyFixAllAsync(source, fixedSource);
    }

    [Fact]
    public async Task No_oaep_fix_where_the_code_uses_what_oaep_lacks_or_wants_the_pkcs1_type()
    {
        const string source = """
            using System.Security.Cryptography;

            class LegacyFormatter : RSAPKCS1KeyExchangeFormatter
            {
            }

            class C
            {
                byte[] Unwrap(RSA rsa, RandomNumberGenerator rng, byte[] wrapped)
                {
                    var deformatter = {|AIREG303:new RSAPKCS1KeyExchangeDeformatter(rsa)|};
                    deformatter.RNG = rng; // the OAEP deformatter has no RNG
                    return deformatter.DecryptKeyExchange(wrapped);
                }

                AsymmetricKeyExchangeDeformatter Seeded(RandomNumberGenerator rng) => {|AIREG303:new RSAPKCS1KeyExchangeDeformatter { RNG = rng }|};

                string? Described(RSA rsa)
                {
                    var formatter = {|AIREG303:new RSAPKCS1KeyExchangeFormatter(rsa)|};
                    return formatter.Parameters; // OAEP's is null: PKCS#1 names its padding here
                }

                byte[] Handed(RSA rsa, byte[] key) => Wrap({|AIREG303:new RSAPKCS1KeyExchangeFormatter(rsa)|}, key);

                byte[] Wrap(RSAPKCS1KeyExchangeFormatter formatter, byte[] key) => formatter.CreateKeyExchange(key);

                byte[] Derived(RSA rsa, byte[] key) => {|AIREG303:new LegacyFormatter()|}.CreateKeyExchange(key);
            }
            """;
        await VerifyFix.VerifyNoFixAsync(source);
    }
}
