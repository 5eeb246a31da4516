using System.Threading.Tasks;
using AiRegAnalyzers.Crypto;
using AiRegAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace AiRegAnalyzers.Tests.Crypto;

/// <summary>Half-typed code must never make a cryptography analyzer throw (AD0001).</summary>
public class CryptoRobustnessTests
{
    private const string BrokenCode = """
        using System;
        using System.Security.Cryptography;
        using System.Text;
        using Microsoft.AspNetCore.Cryptography.KeyDerivation;
        using Microsoft.AspNetCore.Identity;

        class C
        {
            private static readonly byte[] Key = { 1, 2, Undefined };
            private static readonly byte[] Iv = Encoding.UTF8.GetBytes(;

            void M(Aes aes, RSA rsa, Random r, string password, PasswordHasherOptions options)
            {
                MD5.HashData(
                var a = new HMACSHA1(;
                HashAlgorithm.Create(
                CryptoConfig.CreateFromName(null);
                CryptoConfig.CreateFromName();
                DES.Create(
                var b = new TripleDESCryptoServiceProvider(1, 2);
                aes.Mode = CipherMode.;
                aes.Mode = (CipherMode)1;
                rsa.Encrypt(data, );
                rsa.Encrypt(new byte[1], RSAEncryptionPadding.);
                RSA.Create(Foo);
                RSA.Create(-1);
                rsa.KeySize = ;
                ECCurve.CreateFromFriendlyName();
                ECCurve.CreateFromFriendlyName(null);
                aes.IV = new byte[];
                aes.IV = new byte[x];
                aes.Key = Undefined;
                aes.Key = [1, 2, ..Key];
                aes.CreateEncryptor(,);
                new AesGcm();
                new Rfc2898DeriveBytes(
                new Rfc2898DeriveBytes(password, Iv, Missing, HashAlgorithmName.);
                Rfc2898DeriveBytes.Pbkdf2(password, , );
                KeyDerivation.Pbkdf2(password, null, (KeyDerivationPrf)7, 10, 32);
                SHA256.HashData(Encoding.UTF8.GetBytes(password +));
                options.IterationCount = "x";
                options.CompatibilityMode = ;
                var token = r.Next(
                r.NextBytes();
                string otp = r.
                var code = r.Next(1, 2, 3);
                undefined.Next();
            }

            string GenerateToken() => r2.Next();

            string NewSalt() => new Random(Seed).Next().ToString(
        }
        """;

    [Fact]
    public Task WeakHash() => RunAsync<WeakHashAlgorithmAnalyzer>();

    [Fact]
    public Task WeakCipher() => RunAsync<WeakCipherAlgorithmAnalyzer>();

    [Fact]
    public Task InsecureMode() => RunAsync<InsecureCipherModeAnalyzer>();

    [Fact]
    public Task ShortKey() => RunAsync<ShortKeySizeAnalyzer>();

    [Fact]
    public Task ConstantKey() => RunAsync<ConstantKeyOrIVAnalyzer>();

    [Fact]
    public Task PasswordHashing() => RunAsync<WeakPasswordHashingAnalyzer>();

    [Fact]
    public Task Randomness() => RunAsync<InsecureRandomnessAnalyzer>();

    private static async Task RunAsync<TAnalyzer>()
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new AnalyzerVerifier<TAnalyzer>.Test
        {
            TestCode = BrokenCode,
            CompilerDiagnostics = CompilerDiagnostics.None,
        };
        test.Configure(editorConfig: null);

        // Findings on the broken code are allowed; exceptions (AD0001) are not.
        test.TestBehaviors |= TestBehaviors.SkipGeneratedCodeCheck;
        test.ExpectedDiagnostics.Clear();
        try
        {
            await test.RunAsync();
        }
        catch (System.InvalidOperationException exception) when (!exception.Message.Contains("AD0001") && exception.Message.Contains("Mismatch between number of diagnostics"))
        {
            // Expected: the analyzer reported findings that the test does not list.
        }
    }
}
