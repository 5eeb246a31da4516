using System.Threading.Tasks;
using Xunit;
using VerifyConstant = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Crypto.ConstantKeyOrIVAnalyzer>;
using VerifyMode = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Crypto.InsecureCipherModeAnalyzer>;
using VerifyPassword = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Crypto.WeakPasswordHashingAnalyzer>;
using VerifyRandom = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Crypto.InsecureRandomnessAnalyzer>;

namespace AiRegAnalyzers.Tests.Crypto;

/// <summary>The existing crypto rules on BouncyCastle code, in every profile (against BouncyCastle.Cryptography 2.7.0).</summary>
public class BouncyCastleFormsTests
{
    private const string Usings = """
        using System;
        using System.Text;
        using Org.BouncyCastle.Crypto;
        using Org.BouncyCastle.Crypto.Digests;
        using Org.BouncyCastle.Crypto.Engines;
        using Org.BouncyCastle.Crypto.Modes;
        using Org.BouncyCastle.Crypto.Paddings;
        using Org.BouncyCastle.Crypto.Parameters;
        using Org.BouncyCastle.Security;

        """;

    [Theory]
    [InlineData("\"SM4/ECB/PKCS5Padding\"")]
    [InlineData("\"sm4/ecb/pkcs7padding\"")]
    [InlineData("\"SM4\"")]
    [InlineData("\"AES/ECB/NoPadding\"")]
    [InlineData("\"AES\"")]
    public async Task AIREG303_flags_ECB_transformations(string transformation)
    {
        var source = Usings + $$"""
            class C
            {
                IBufferedCipher M() => CipherUtilities.GetCipher({|AIREG303:{{transformation}}|});
            }
            """;
        await VerifyMode.VerifyAsync(source);
    }

    [Fact]
    public async Task AIREG303_flags_a_raw_engine_in_a_buffered_cipher_or_EcbBlockCipher()
    {
        const string source = Usings + """
            class C
            {
                void M()
                {
                    var a = {|AIREG303:new PaddedBufferedBlockCipher(new SM4Engine(), new Pkcs7Padding())|};
                    var b = {|AIREG303:new BufferedBlockCipher(new AesEngine())|};
                    var engine = new SM4Engine();
                    var d = {|AIREG303:new BufferedBlockCipher(engine)|};
                    var e = {|AIREG303:new EcbBlockCipher(new SM4Engine())|};
                }
            }
            """;
        await VerifyMode.VerifyAsync(source);
    }

    [Fact]
    public async Task AIREG303_silent_for_modes_and_non_ECB_transformations()
    {
        const string source = Usings + """
            class C
            {
                void M(IBlockCipher unknown, string configured)
                {
                    var a = CipherUtilities.GetCipher("SM4/GCM/NoPadding");
                    var b = CipherUtilities.GetCipher("SM4/CBC/PKCS7Padding");
                    var c = CipherUtilities.GetCipher("RSA/ECB/OAEPWithSHA256AndMGF1Padding"); // "ECB" means nothing for RSA
                    var d = CipherUtilities.GetCipher(configured);
                    var e = new GcmBlockCipher(new SM4Engine());
                    var f = new PaddedBufferedBlockCipher(new CbcBlockCipher(new SM4Engine()), new Pkcs7Padding());
                    IBlockCipherMode mode = new CbcBlockCipher(new SM4Engine());
                    var g = new PaddedBufferedBlockCipher(mode);
                    var h = new BufferedBlockCipher(unknown); // could be a mode; not known here
                }
            }
            """;
        await VerifyMode.VerifyAsync(source);
    }

    [Fact]
    public async Task AIREG305_flags_constant_BouncyCastle_keys_IVs_and_nonces()
    {
        const string source = Usings + """
            class C
            {
                private static readonly byte[] Key = Encoding.UTF8.GetBytes("1234567890abcdef");

                void M(byte[] data)
                {
                    var key = new KeyParameter({|AIREG305:Key|});
                    var inline = new KeyParameter({|AIREG305:new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }|});
                    var withIv = new ParametersWithIV(key, {|AIREG305:new byte[16]|});
                    var aead = new AeadParameters(key, 128, {|AIREG305:"fixed-nonce!"u8.ToArray()|});
                    var utility = ParameterUtilities.CreateKeyParameter("SM4", {|AIREG305:Convert.FromHexString("0123456789ABCDEFFEDCBA9876543210")|});
                }
            }
            """;
        await VerifyConstant.VerifyAsync(source);
    }

    [Fact]
    public async Task AIREG305_silent_for_random_and_loaded_key_material()
    {
        const string source = Usings + """
            class C
            {
                void M(byte[] storedKey, byte[] associatedData)
                {
                    var random = new SecureRandom();
                    var nonce = new byte[12];
                    random.NextBytes(nonce);
                    var key = new KeyParameter(storedKey);
                    var aead = new AeadParameters(key, 128, nonce, associatedData);
                    var header = new AeadParameters(key, 128, nonce, Encoding.UTF8.GetBytes("v1")); // associated text is public
                    var withIv = new ParametersWithIV(key, SecureRandom.GetNextBytes(random, 16));
                }
            }
            """;
        await VerifyConstant.VerifyAsync(source);
    }

    [Fact]
    public async Task AIREG306_flags_SM3_and_other_digests_over_a_password()
    {
        const string source = Usings + """
            class C
            {
                byte[] A(string password) => {|AIREG306:DigestUtilities.CalculateDigest("SM3", Encoding.UTF8.GetBytes(password))|};

                byte[] B(string password)
                {
                    var bytes = Encoding.UTF8.GetBytes(password);
                    var sm3 = new SM3Digest();
                    {|AIREG306:sm3.BlockUpdate(bytes, 0, bytes.Length)|};
                    var output = new byte[sm3.GetDigestSize()];
                    sm3.DoFinal(output, 0);
                    return output;
                }

                byte[] D(IDigest digest, string userPassword) => {|AIREG306:DigestUtilities.DoFinal(digest, Encoding.UTF8.GetBytes(userPassword))|};
            }
            """;
        await VerifyPassword.VerifyAsync(source);
    }

    [Fact]
    public async Task AIREG306_silent_for_digests_of_other_data_and_for_HMAC()
    {
        const string source = Usings + """
            class C
            {
                byte[] A(byte[] document) => DigestUtilities.CalculateDigest("SM3", document);

                void B(string password, byte[] key)
                {
                    var mac = MacUtilities.GetMac("HMAC-SM3");
                    mac.Init(new KeyParameter(key));
                    var bytes = Encoding.UTF8.GetBytes(password);
                    mac.BlockUpdate(bytes, 0, bytes.Length); // an HMAC is not a digest of the password alone
                }
            }
            """;
        await VerifyPassword.VerifyAsync(source);
    }

    [Fact]
    public async Task AIREG307_flags_System_Random_feeding_BouncyCastle_key_material()
    {
        const string source = Usings + """
            class C
            {
                KeyParameter A()
                {
                    var buffer = new byte[16];
                    {|AIREG307:new Random().NextBytes(buffer)|};
                    return new KeyParameter(buffer);
                }

                ParametersWithIV B(KeyParameter key, Random random)
                {
                    var block = new byte[16];
                    {|AIREG307:random.NextBytes(block)|};
                    return new ParametersWithIV(key, block);
                }
            }
            """;
        await VerifyRandom.VerifyAsync(source);
    }

    [Fact]
    public async Task AIREG307_silent_for_SecureRandom_which_derives_from_System_Random()
    {
        const string source = Usings + """
            class C
            {
                KeyParameter A()
                {
                    var key = new byte[16];
                    new SecureRandom().NextBytes(key);
                    return new KeyParameter(key);
                }

                int B(SecureRandom random) { var otp = random.Next(1_000_000); return otp; }

                void D(Random random)
                {
                    var shuffle = new byte[16];
                    random.NextBytes(shuffle); // not key material
                }
            }
            """;
        await VerifyRandom.VerifyAsync(source);
    }
}
