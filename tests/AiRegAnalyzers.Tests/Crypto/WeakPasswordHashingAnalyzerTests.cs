using AiRegAnalyzers.Tests.Verifiers;
using System.Threading.Tasks;
using AiRegAnalyzers.CodeFixes.Crypto;
using AiRegAnalyzers.Crypto;
using Xunit;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Crypto.WeakPasswordHashingAnalyzer>;
using VerifyFix = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<AiRegAnalyzers.Crypto.WeakPasswordHashingAnalyzer, AiRegAnalyzers.CodeFixes.Crypto.WeakPasswordHashingCodeFixProvider>;

namespace AiRegAnalyzers.Tests.Crypto;

public class WeakPasswordHashingAnalyzerTests
{
    [Fact]
    public async Task Flags_fast_hash_of_password()
    {
        const string source = """
            using System.Security.Cryptography;
            using System.Text;

            class LoginRequest { public string Password { get; set; } = ""; }

            class C
            {
                byte[] A(string password) => {|AIREG306:SHA256.HashData(Encoding.UTF8.GetBytes(password))|};

                byte[] B(LoginRequest request, string salt)
                {
                    var bytes = Encoding.UTF8.GetBytes(request.Password + salt);
                    using var sha = SHA512.Create();
                    return {|AIREG306:sha.ComputeHash(bytes)|};
                }

                byte[] D(string userPwd) => {|AIREG306:MD5.HashData(Encoding.UTF8.GetBytes(userPwd))|};

                byte[] E(string mima) => {|AIREG306:CryptographicOperations.HashData(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(mima))|};
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Flags_weak_pbkdf2_and_constant_salt()
    {
        const string source = """
            using System.Security.Cryptography;
            using System.Text;
            using Microsoft.AspNetCore.Cryptography.KeyDerivation;

            class C
            {
                private static readonly byte[] FixedSalt = Encoding.UTF8.GetBytes("clinic-salt");

                void M(string password, byte[] salt)
                {
                    using var a = {|AIREG306:new Rfc2898DeriveBytes(password, salt)|};
                    using var b = {|AIREG306:new Rfc2898DeriveBytes(password, salt, 100_000)|};
                    using var c = {|AIREG306:new Rfc2898DeriveBytes(password, 16, 10_000, HashAlgorithmName.SHA256)|};
                    byte[] d = {|AIREG306:Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA1, 32)|};
                    byte[] e = {|AIREG306:Rfc2898DeriveBytes.Pbkdf2(password, salt, 100_000, HashAlgorithmName.SHA512, 64)|};
                    byte[] f = {|AIREG306:KeyDerivation.Pbkdf2(password, salt, KeyDerivationPrf.HMACSHA1, 10_000, 32)|};
                    byte[] g = Rfc2898DeriveBytes.Pbkdf2(password, {|AIREG306:FixedSalt|}, 600_000, HashAlgorithmName.SHA256, 32);
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Flags_identity_password_hasher_options()
    {
        const string source = """
            using Microsoft.AspNetCore.Identity;
            using Microsoft.Extensions.DependencyInjection;

            class C
            {
                void M(IServiceCollection services)
                {
                    services.Configure<PasswordHasherOptions>(options =>
                    {
                        options.IterationCount = {|AIREG306:10_000|};
                        options.CompatibilityMode = {|AIREG306:PasswordHasherCompatibilityMode.IdentityV2|};
                    });
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Does_not_flag_strong_settings_or_non_password_hashes()
    {
        const string source = """
            using System.Security.Cryptography;
            using System.Text;
            using Microsoft.AspNetCore.Cryptography.KeyDerivation;
            using Microsoft.AspNetCore.Identity;

            class C
            {
                void M(string password, byte[] salt, int configuredIterations, byte[] fileContents, string passwordHash, string resetToken, PasswordHasherOptions options)
                {
                    byte[] a = Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32);
                    byte[] b = Rfc2898DeriveBytes.Pbkdf2(password, salt, 210_000, HashAlgorithmName.SHA512, 64);
                    byte[] c = Rfc2898DeriveBytes.Pbkdf2(password, salt, configuredIterations, HashAlgorithmName.SHA256, 32);
                    byte[] d = KeyDerivation.Pbkdf2(password, salt, KeyDerivationPrf.HMACSHA256, 600_000, 32);
                    byte[] e = SHA256.HashData(fileContents);
                    byte[] f = SHA256.HashData(Encoding.UTF8.GetBytes(passwordHash));
                    byte[] g = SHA256.HashData(Encoding.UTF8.GetBytes(resetToken));
                    options.IterationCount = 210_000;
                    options.CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3;
                    options.IterationCount = configuredIterations;
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Options_change_thresholds_and_words()
    {
        const string source = """
            using System.Security.Cryptography;
            using System.Text;

            class C
            {
                void M(string password, string secretPhrase, byte[] salt)
                {
                    byte[] a = Rfc2898DeriveBytes.Pbkdf2(password, salt, 310_000, HashAlgorithmName.SHA256, 32);
                    byte[] b = {|AIREG306:Rfc2898DeriveBytes.Pbkdf2(password, salt, 200_000, HashAlgorithmName.SHA256, 32)|};
                    byte[] c = Rfc2898DeriveBytes.Pbkdf2(password, salt, 1_300_000, HashAlgorithmName.SHA1, 32);
                    byte[] d = {|AIREG306:SHA256.HashData(Encoding.UTF8.GetBytes(secretPhrase))|};
                }
            }
            """;
        const string config = "aireg.min_pbkdf2_iterations = 1000000\n"
            + "aireg.AIREG306.min_pbkdf2_iterations = 310_000\n"
            + "aireg.allow_pbkdf2_sha1 = true\n"
            + "aireg.AIREG306.password_words = phrase, password\n";
        await Verify.VerifyAsync(source, config);
    }

    [Fact]
    public async Task Fix_old_constructor_to_sha256_and_minimum()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                byte[] M(string password, byte[] salt)
                {
                    using var kdf = {|AIREG306:new Rfc2898DeriveBytes(password, salt, 10_000)|};
                    return kdf.GetBytes(32);
                }
            }
            """;
        const string fixedSource = """
            using System.Security.Cryptography;

            class C
            {
                byte[] M(string password, byte[] salt)
                {
                    using var kdf = new Rfc2898DeriveBytes(password, salt, 600_000, HashAlgorithmName.SHA256);
                    return kdf.GetBytes(32);
                }
            }
            """;
        await VerifyFix.VerifyFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Fix_inline_get_bytes_to_pbkdf2_one_shot()
    {
        const string source = """
            using System.Security.Cryptography;

            class C
            {
                byte[] M(string password, byte[] salt) => {|AIREG306:new Rfc2898DeriveBytes(password, salt)|}.GetBytes(32);
            }
            """;
        const string fixedSource = """
            using System.Security.Cryptography;

            class C
            {
                byte[] M(string password, byte[] salt) => Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32);
            }
            """;
        await VerifyFix.VerifyFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Fix_keeps_configured_iterations()
    {
        const string source = """
            using Microsoft.AspNetCore.Cryptography.KeyDerivation;

            class C
            {
                byte[] M(string password, byte[] salt, int iterations) =>
                    {|AIREG306:KeyDerivation.Pbkdf2(password, salt, KeyDerivationPrf.HMACSHA1, iterations, 32)|};
            }
            """;
        const string fixedSource = """
            using Microsoft.AspNetCore.Cryptography.KeyDerivation;

            class C
            {
                byte[] M(string password, byte[] salt, int iterations) =>
                    KeyDerivation.Pbkdf2(password, salt, KeyDerivationPrf.HMACSHA256, iterations, 32);
            }
            """;
        await VerifyFix.VerifyFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task No_fix_for_fast_hash_or_constant_salt()
    {
        const string source = """
            using System.Security.Cryptography;
            using System.Text;

            class C
            {
                byte[] A(string password) => {|AIREG306:SHA256.HashData(Encoding.UTF8.GetBytes(password))|};

                byte[] B(string password) => Rfc2898DeriveBytes.Pbkdf2(password, {|AIREG306:new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }|}, 600_000, HashAlgorithmName.SHA256, 32);
            }
            """;
        await VerifyFix.VerifyNoFixAsync(source);
    }

    [Fact]
    public async Task Fix_all_pbkdf2_and_identity()
    {
        const string source = """
            using System.Security.Cryptography;
            using Microsoft.AspNetCore.Identity;

            class C
            {
                byte[] A(string password, byte[] salt) => {|AIREG306:Rfc2898DeriveBytes.Pbkdf2(password, salt, 1000, HashAlgorithmName.SHA1, 32)|};

                byte[] B(byte[] password, byte[] salt) => {|AIREG306:Rfc2898DeriveBytes.Pbkdf2(password, salt, 50_000, HashAlgorithmName.SHA512, 64)|};

                void D(PasswordHasherOptions options)
                {
                    options.IterationCount = {|AIREG306:10000|};
                    options.CompatibilityMode = {|AIREG306:PasswordHasherCompatibilityMode.IdentityV2|};
                }
            }
            """;
        const string fixedSource = """
            using System.Security.Cryptography;
            using Microsoft.AspNetCore.Identity;

            class C
            {
                byte[] A(string password, byte[] salt) => Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32);

                byte[] B(byte[] password, byte[] salt) => Rfc2898DeriveBytes.Pbkdf2(password, salt, 210_000, HashAlgorithmName.SHA512, 64);

                void D(PasswordHasherOptions options)
                {
                    options.IterationCount = 100_000;
                    options.CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3;
                }
            }
            """;
        await CodeFixVerifier<WeakPasswordHashingAnalyzer, WeakPasswordHashingCodeFixProvider>.VerifyFixAllAsync(source, fixedSource);
    }
}
