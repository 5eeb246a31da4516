using AiRegAnalyzers.Tests.Verifiers;
using System.Threading.Tasks;
using AiRegAnalyzers.CodeFixes.Crypto;
using AiRegAnalyzers.Crypto;
using Xunit;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Crypto.ConstantKeyOrIVAnalyzer>;
using VerifyFix = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<AiRegAnalyzers.Crypto.ConstantKeyOrIVAnalyzer, AiRegAnalyzers.CodeFixes.Crypto.ConstantKeyOrIVCodeFixProvider>;

namespace AiRegAnalyzers.Tests.Crypto;

public class ConstantKeyOrIVAnalyzerTests
{
    [Fact]
    public async Task Flags_constant_keys_and_ivs()
    {
        const string source = """
            using System;
            using System.Security.Cryptography;
            using System.Text;

            class C
            {
                private static readonly byte[] SharedKey = Encoding.UTF8.GetBytes("0123456789abcdef0123456789abcdef");
                private static readonly byte[] SharedIv = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };
                private static byte[] legacyKey = Convert.FromBase64String("AAECAwQFBgcICQoLDA0ODw==");
                private const string KeyText = "0123456789abcdef";
                private static readonly byte[] KeyFromConstant = Encoding.UTF8.GetBytes(KeyText);

                void M(Aes aes, byte[] data, byte[] tag, byte[] cipher)
                {
                    aes.Key = {|AIREG305:SharedKey|};
                    aes.IV = {|AIREG305:new byte[16]|};
                    aes.Key = {|AIREG305:legacyKey|};
                    aes.Key = {|AIREG305:KeyFromConstant|};
                    aes.Key = {|AIREG305:Encoding.UTF8.GetBytes(KeyText)|};
                    var iv = new byte[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
                    using var encryptor = aes.CreateEncryptor({|AIREG305:Encoding.ASCII.GetBytes("my secret key 16")|}, {|AIREG305:iv|});
                    using var decryptor = aes.CreateDecryptor({|AIREG305:SharedKey|}, {|AIREG305:SharedIv|});
                    byte[] a = aes.EncryptCbc(data, {|AIREG305:SharedIv|});
                    using var gcm = new AesGcm({|AIREG305:"0123456789abcdef"u8|}, 16);
                    gcm.Encrypt({|AIREG305:new byte[12]|}, data, cipher, tag);
                    using var chacha = new ChaCha20Poly1305({|AIREG305:[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32]|});
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Does_not_flag_random_or_loaded_keys()
    {
        const string source = """
            using System;
            using System.Security.Cryptography;
            using System.Text;

            class C
            {
                private readonly byte[] _sessionKey = new byte[32];

                C() => RandomNumberGenerator.Fill(_sessionKey);

                void M(Aes aes, byte[] keyFromVault, string passphrase, byte[] data, byte[] tag, byte[] cipher)
                {
                    aes.GenerateKey();
                    aes.Key = _sessionKey;
                    aes.GenerateIV();
                    aes.Key = keyFromVault;
                    var iv = new byte[16];
                    RandomNumberGenerator.Fill(iv);
                    aes.IV = iv;
                    byte[] nonce = new byte[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
                    RandomNumberGenerator.Fill(nonce);
                    aes.IV = RandomNumberGenerator.GetBytes(16);
                    aes.Key = Encoding.UTF8.GetBytes(passphrase);
                    using var gcm = new AesGcm(keyFromVault, 16);
                    gcm.Encrypt(nonce, data, cipher, tag);
                    // Decryption with the IV read from the message is fine.
                    using var decryptor = aes.CreateDecryptor(keyFromVault, data.AsSpan(0, 16).ToArray());
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Fix_generates_iv()
    {
        const string source = """
            using System.IO;
            using System.Security.Cryptography;

            class C
            {
                byte[] Encrypt(byte[] key, byte[] data)
                {
                    using var aes = Aes.Create();
                    aes.Key = key;
                    aes.IV = {|AIREG305:new byte[16]|};
                    using var output = new MemoryStream();
                    output.Write(aes.IV);
                    using (var crypto = new CryptoStream(output, aes.CreateEncryptor(), CryptoStreamMode.Write))
                    {
                        crypto.Write(data);
                    }

                    return output.ToArray();
                }
            }
            """;
        const string fixedSource = """
            using System.IO;
            using System.Security.Cryptography;

            class C
            {
                byte[] Encrypt(byte[] key, byte[] data)
                {
                    using var aes = Aes.Create();
                    aes.Key = key;
                    aes.GenerateIV();
                    using var output = new MemoryStream();
                    output.Write(aes.IV);
                    using (var crypto = new CryptoStream(output, aes.CreateEncryptor(), CryptoStreamMode.Write))
                    {
                        crypto.Write(data);
                    }

                    return output.ToArray();
                }
            }
            """;
        await VerifyFix.VerifyFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task No_fix_for_decryption_or_reused_constants()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                private static readonly byte[] Iv = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };

                ICryptoTransform Decryptor(Aes aes)
                {
                    aes.IV = {|AIREG305:new byte[16]|};
                    return aes.CreateDecryptor();
                }

                byte[] Encrypt(Aes aes, byte[] data)
                {
                    aes.IV = {|AIREG305:Iv|};
                    return aes.EncryptCbc(data, {|AIREG305:Iv|});
                }
            }
            """;
        await VerifyFix.VerifyNoFixAsync(source);
    }

    [Fact]
    public async Task Fix_reads_a_constant_key_from_the_environment()
    {
        const string source = """
            using System.Security.Cryptography;

            class HisRecordCipher
            {
                private static readonly byte[] SharedKey = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };

                byte[] Encrypt(Aes aes, byte[] data)
                {
                    aes.Key = {|AIREG305:SharedKey|};
                    return aes.EncryptCbc(data, aes.IV);
                }
            }
            """;
        const string fixedSource = """
            using System;
            using System.Security.Cryptography;

            class HisRecordCipher
            {
                private static readonly byte[] SharedKey = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };

                byte[] Encrypt(Aes aes, byte[] data)
                {
                    aes.Key = Convert.FromBase64String(Environment.GetEnvironmentVariable("HIS_RECORD_CIPHER_KEY") ?? throw new InvalidOperationException("Set the environment variable HIS_RECORD_CIPHER_KEY."));
                    return aes.EncryptCbc(data, aes.IV);
                }
            }
            """;
        await VerifyFix.VerifyFixAllAsync(source, fixedSource);
    }

    [Fact]
    public async Task Fix_all_ivs()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                ICryptoTransform A(Aes aes)
                {
                    aes.IV = {|AIREG305:new byte[16]|};
                    return aes.CreateEncryptor();
                }

                ICryptoTransform B(SymmetricAlgorithm algorithm)
                {
                    algorithm.IV = {|AIREG305:new byte[] { 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9 }|};
                    return algorithm.CreateEncryptor();
                }
            }
            """;
        const string fixedSource = """
            using System.Security.Cryptography;

            class C
            {
                ICryptoTransform A(Aes aes)
                {
                    aes.GenerateIV();
                    return aes.CreateEncryptor();
                }

                ICryptoTransform B(SymmetricAlgorithm algorithm)
                {
                    algorithm.GenerateIV();
                    return algorithm.CreateEncryptor();
                }
            }
            """;
        await CodeFixVerifier<ConstantKeyOrIVAnalyzer, ConstantKeyOrIVCodeFixProvider>.VerifyFixAllAsync(source, fixedSource);
    }

    [Fact]
    public Task Flags_a_static_readonly_iv_that_nothing_writes_zero_filled_or_not() => Verify.VerifyAsync("""
        using System.Security.Cryptography;

        class Vault
        {
            private static readonly byte[] ZeroIv = new byte[16];
            private static readonly byte[] FixedIv = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16];
            private static byte[] KeyMaterial => new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };

            private static byte[] DefaultKey() => new byte[] { 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9 };

            void M(Aes aes)
            {
                aes.IV = {|AIREG305:ZeroIv|};
                aes.IV = {|AIREG305:FixedIv|};
                aes.Key = {|AIREG305:KeyMaterial|};
                aes.Key = {|AIREG305:DefaultKey()|};
            }
        }
        """);

    [Fact]
    public Task Does_not_flag_arrays_filled_before_use() => Verify.VerifyAsync("""
        using System.Security.Cryptography;

        class Vault
        {
            private static readonly byte[] Iv = new byte[16];
            private readonly byte[] _key = new byte[32];

            static Vault() => RandomNumberGenerator.Fill(Iv);

            Vault(byte[] secret) => System.Buffer.BlockCopy(secret, 0, _key, 0, 32);

            void M(Aes aes)
            {
                aes.IV = Iv;
                aes.Key = _key;
                var nonce = new byte[12];
                RandomNumberGenerator.Fill(nonce);
                aes.IV = nonce;
                var salt = new byte[16];
                Derive(salt);
                aes.IV = salt;
            }

            private static void Derive(byte[] into) => RandomNumberGenerator.Fill(into);
        }
        """);
}
