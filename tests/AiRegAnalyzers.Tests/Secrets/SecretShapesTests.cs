using System;
using System.Linq;
using AiRegAnalyzers.Secrets;
using Xunit;
using Xunit.Abstractions;

namespace AiRegAnalyzers.Tests.Secrets;

/// <summary>
/// The shape tests shared by AIREG501 and AIREG502, measured on both sides: machine-made keys
/// generated here with a fixed seed (hex, base64, base64url, base32, alphanumeric), and the type and
/// member names and constants of the framework and the watched packages, read through metadata.
/// </summary>
public sealed class SecretShapesTests
{
    private const double Entropy = 3.5;
    private const int Length = 16;

    private readonly ITestOutputHelper _output;

    public SecretShapesTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData("EmailVerificationToken")]
    [InlineData("ResetPassword")]
    [InlineData("userPassword")]
    [InlineData("X-Api-Key")]
    [InlineData("x-ms-client-request-id")]
    [InlineData("Ocp-Apim-Subscription-Key")]
    [InlineData("pm-12345-new-login-flow")]
    [InlineData("feature_flag_new_checkout")]
    [InlineData("ACCESS_TOKEN_SECRET")]
    [InlineData("Authentication:Microsoft:ClientSecret")]
    [InlineData("Switch.Microsoft.AspNetCore.Mvc.UsePasswordValue")]
    [InlineData("Identity.Application")]
    [InlineData("urn:ietf:params:oauth:grant-type:jwt-bearer")]
    [InlineData("gen_ai.request.max_tokens")]
    [InlineData("/account/reset-password")]
    [InlineData("api/v2/tokens")]
    [InlineData("1.2.840.113549.1.5.13")]
    [InlineData("Microsoft.Extensions.Net100.Sha256")]
    public void Names_keys_paths_and_numbers_are_identifier_shaped(string value) =>
        Assert.True(SecretShapes.IsIdentifierShaped(value), value);

    [Theory]
    [InlineData("admin123")]
    [InlineData("Welcome2024")]
    [InlineData("Pass1word")]
    [InlineData("P@ssw0rd")]
    [InlineData("Clinic#2024smtp")]
    [InlineData("Db_pass_2024")]
    [InlineData("correct horse battery staple")]
    [InlineData("admin")]
    [InlineData("123456")]
    [InlineData("qwertzxcvb")]
    [InlineData("0f1e2d3c4b5a69788796a5b4c3d2e1f0")]
    [InlineData("RkFLRUZBS0VGQUtFRkFLRUZBS0U=")]
    [InlineData("2024-01-31")]
    public void Passwords_and_keys_are_not_identifier_shaped(string value) =>
        Assert.False(SecretShapes.IsIdentifierShaped(value), value);

    [Theory]
    [InlineData("0f1e2d3c4b5a69788796a5b4c3d2e1f0")]
    [InlineData("RkFLRUZBS0VGQUtFRkFLRUZBS0U=")]
    [InlineData("q9ZxF0kT7vLm2RbW8yNc")]
    [InlineData("Fk3.q9~Zx0-FAKE_secret_value")]
    [InlineData("ThisIsMySuperSecretKeyForJwtSigning2024!")]
    [InlineData("9F86D081884C7D659A2FEAA0C55AD015")]
    [InlineData("dGhpcy1pcy1ub3QtYS1yZWFsLWtleQ")]
    public void Machine_made_keys_look_random(string value) =>
        Assert.True(SecretShapes.LooksRandom(value, Entropy, Length), value);

    [Theory]
    [InlineData("EmailVerificationTokenProvider")]
    [InlineData("pm-12345-new-login-flow-enabled")]
    [InlineData("gpt-4o-mini-2024-07-18")]
    [InlineData("MsalDurationInHttpRequest")]
    [InlineData("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384")]
    [InlineData("application/vnd.openxmlformats")]
    [InlineData("https://login.partner-clinic.cn/oauth2/token")]
    [InlineData("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")]
    [InlineData("^[A-Za-z0-9+/]{43}=$")]
    [InlineData("abcdefghijklmnopqrstuvwxyz")]
    [InlineData("Bearer token from the partner")]
    [InlineData("密钥密钥密钥密钥Key2024密钥密钥")]
    public void Names_and_text_do_not_look_random(string value) =>
        Assert.False(SecretShapes.LooksRandom(value, Entropy, Length), value);

    [Theory]
    [InlineData("0123456789abcdef", 32, 64, 0.95)]
    [InlineData("0123456789ABCDEF", 32, 64, 0.95)]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 16, 64, 0.97)]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 16, 64, 0.97)]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 20, 40, 0.97)]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789", 24, 40, 0.85)]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 24, 40, 0.75)]
    public void Generated_keys_look_random(string alphabet, int minLength, int maxLength, double share)
    {
        var random = new Random(20261201);
        const int count = 4000;
        var misses = new System.Collections.Generic.List<string>();
        for (var n = 0; n < count; n++)
        {
            var chars = new char[random.Next(minLength, maxLength + 1)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var key = new string(chars);
            if (!SecretShapes.LooksRandom(key, Entropy, Length))
            {
                misses.Add(key);
            }
        }

        var rate = 1 - (double)misses.Count / count;
        _output.WriteLine($"{rate:P2} look random; missed e.g. {string.Join(", ", misses.Take(10))}");
        Assert.True(rate >= share, $"{rate:P2} < {share:P0}; missed e.g. {string.Join(", ", misses.Take(20))}");
    }

    [Fact]
    public void Framework_names_and_constants_do_not_look_random()
    {
        // Names that are hexadecimal (compiler-generated fields named for a content hash) are random by construction.
        var names = FrameworkMetadata.Names.Where(n => n.Length >= Length && !n.All(Uri.IsHexDigit)).ToList();
        var values = FrameworkMetadata.Constants.Select(c => c.Value).Where(v => v.Length >= Length && !SecretValues.IsGuid(v)).ToList();
        var randomNames = names.Where(n => SecretShapes.LooksRandom(n, Entropy, Length)).ToList();
        var randomValues = values.Where(v => SecretShapes.LooksRandom(v, Entropy, Length)).ToList();
        _output.WriteLine($"{randomNames.Count} of {names.Count} names: {string.Join(", ", randomNames.Take(100))}");
        _output.WriteLine($"{randomValues.Count} of {values.Count} values: {string.Join(", ", randomValues.Take(100))}");
        Assert.True(names.Count > 50_000, $"only {names.Count} names read");
        // What remains are alphanumeric codes glued to short words (IsIPv4MappedToIPv6, W1024xH1536Value,
        // brainpoolP256r1, MsalDurationInL2Cache.1A): about one in a thousand; BouncyCastle's curve and
        // algorithm identifiers (C2pnb163v1Holder, GostR3410x94CryptoProA) add about as many again.
        Assert.True(randomNames.Count * 300 <= names.Count, $"{randomNames.Count} of {names.Count} names look random: {string.Join(", ", randomNames.Take(100))}");
        // Values: BouncyCastle ships its public-key blob and hash constants in hex, random by construction
        // (none is reported: FrameworkConstantsTests binds every constant to its own name and allows no finding).
        Assert.True(randomValues.Count * 150 <= values.Count, $"{randomValues.Count} of {values.Count} values look random: {string.Join(", ", randomValues.Take(100))}");
    }
}
