using AiRegAnalyzers.Tests.Verifiers;
using System.Threading.Tasks;
using AiRegAnalyzers.CodeFixes.Crypto;
using AiRegAnalyzers.Crypto;
using Xunit;
using Verify = AiRegAnalyzers.Tests.Verifiers.AnalyzerVerifier<AiRegAnalyzers.Crypto.InsecureRandomnessAnalyzer>;
using VerifyFix = AiRegAnalyzers.Tests.Verifiers.CodeFixVerifier<AiRegAnalyzers.Crypto.InsecureRandomnessAnalyzer, AiRegAnalyzers.CodeFixes.Crypto.InsecureRandomnessCodeFixProvider>;

namespace AiRegAnalyzers.Tests.Crypto;

public class InsecureRandomnessAnalyzerTests
{
    [Fact]
    public async Task Flags_random_security_values_by_target_name()
    {
        const string source = """
            using System;
            using System.Text;

            class Patient { public string? ResetToken { get; set; } }

            class C
            {
                private readonly Random _random = new();

                void M(Patient patient, byte[] salt)
                {
                    var otp = {|AIREG307:_random.Next(100000, 1000000)|}.ToString();
                    string smsCode = {|AIREG307:Random.Shared.Next(0, 10000)|}.ToString("D4");
                    patient.ResetToken = Convert.ToHexString(BitConverter.GetBytes({|AIREG307:_random.NextInt64()|}));
                    {|AIREG307:_random.NextBytes(salt)|};
                    var sessionId = $"s-{{|AIREG307:_random.Next()|}}";
                    string apiKey = {|AIREG307:_random.GetHexString(32)|};
                    var tokenBuilder = new StringBuilder();
                    tokenBuilder.Append({|AIREG307:_random.Next(10)|});
                    byte[] nonce = new byte[12];
                    {|AIREG307:_random.NextBytes(nonce)|};
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    /// <summary>Every kind of destination in one block (one registered action serves them all): the value's type is asked first, then the name.</summary>
    [Fact]
    public async Task Every_destination_kind_of_a_block_is_judged_by_its_value_and_name()
    {
        const string source = """
            using System;
            using System.Collections.Generic;

            class Holder { public string? Token; public object? SessionState; }

            class C
            {
                private static readonly Random Rng = new();
                private int _pin = {|AIREG307:Rng.Next(1000, 9999)|};
                public string Nonce { get; } = {|AIREG307:Rng.Next()|}.ToString();
                private bool _tokenIssued = Rng.Next(2) == 0;

                void Send(string channel, string otpCode) { }

                string M(Holder holder, List<string> tokenList)
                {
                    holder.Token = {|AIREG307:Rng.Next()|}.ToString();
                    holder.SessionState = Rng.Next();
                    var tokenCount = Rng.Next(5);
                    var pin = 0;
                    pin += {|AIREG307:Rng.Next(10)|};
                    Send("sms", {|AIREG307:Rng.Next(100000)|}.ToString());
                    tokenList.Add({|AIREG307:Rng.Next()|}.ToString());
                    return pin.ToString() + tokenCount;
                }

                string GenerateToken() => {|AIREG307:Rng.Next()|}.ToString("x8");
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Flags_random_inside_security_value_producers()
    {
        const string source = """
            using System;
            using System.Text;

            class C
            {
                private static readonly Random Rng = new();
                private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

                string GenerateVerificationCode() => {|AIREG307:Rng.Next(0, 1_000_000)|}.ToString("D6");

                string CreateTemporaryPassword(int length)
                {
                    var chars = new char[length];
                    for (var i = 0; i < length; i++)
                    {
                        chars[i] = Alphabet[{|AIREG307:Rng.Next(Alphabet.Length)|}];
                    }

                    return new string(chars);
                }

                string NewCaptcha()
                {
                    var builder = new StringBuilder();
                    for (var i = 0; i < 5; i++)
                    {
                        builder.Append(Alphabet[{|AIREG307:Rng.Next(Alphabet.Length)|}]);
                    }

                    return builder.ToString();
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Does_not_flag_games_shuffles_jitter_and_look_alike_names()
    {
        const string source = """
            using System;
            using System.Collections.Generic;

            class C
            {
                private readonly Random _random = new(42);

                int RollDice() => _random.Next(1, 7);

                void Shuffle(int[] deck) => _random.Shuffle(deck);

                TimeSpan RetryDelay(int attempt) => TimeSpan.FromMilliseconds(_random.Next(100, 500) * attempt);

                void M(Dictionary<string, int> counts)
                {
                    var tokenLength = _random.Next(16, 32);
                    var sessionTimeout = _random.Next(20, 40);
                    var cacheKey = "slot-" + _random.Next(8);
                    var statusCode = _random.Next(200, 299);
                    var waitingRoomColor = _random.Next(0xFFFFFF);
                    double sample = _random.NextDouble();
                    counts["visits"] = _random.Next(100);
                }

                string PickSession(List<string> sessionIds) => sessionIds[_random.Next(sessionIds.Count)];

                object CreateSession(List<object> servers)
                {
                    var session = servers[_random.Next(servers.Count)];
                    return session;
                }

                string GenerateRoomName() => "room-" + _random.Next(1000);

                void RefreshSession() => System.Threading.Thread.Sleep(_random.Next(50));
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Vocabulary_is_configurable()
    {
        const string source = """
            using System;

            class C
            {
                void M(Random random)
                {
                    var ticket = {|AIREG307:random.Next()|};
                    var token = random.Next();
                }
            }
            """;
        await Verify.VerifyAsync(source, "aireg.AIREG307.security_value_words = ticket\n");
    }

    [Fact]
    public async Task Fix_next_to_get_int32()
    {
        const string source = """
            using System;

            class C
            {
                string M(Random random) => {|AIREG307:random.Next(100000, 1000000)|}.ToString() + "";

                int N(Random random)
                {
                    var otp = {|AIREG307:random.Next()|};
                    return otp;
                }
            }
            """;
        const string fixedSource = """
            using System;
            using System.Security.Cryptography;

            class C
            {
                string M(Random random) => RandomNumberGenerator.GetInt32(100000, 1000000).ToString() + "";

                int N(Random random)
                {
                    var otp = RandomNumberGenerator.GetInt32(int.MaxValue);
                    return otp;
                }
            }
            """;
        await VerifyFix.VerifyFixAsync(source.Replace("string M(", "string GenerateOtp("), fixedSource.Replace("string M(", "string GenerateOtp("));
    }

    [Fact]
    public async Task No_fix_for_next_double_or_side_effect_receivers()
    {
        const string source = """
            using System;

            class C
            {
                Random Make() => new Random();

                void M()
                {
                    var token = {|AIREG307:Make().Next()|};
                    var salt = {|AIREG307:new Random().NextDouble()|};
                }
            }
            """;
        await VerifyFix.VerifyNoFixAsync(source);
    }

    [Fact]
    public async Task Fix_all_random_uses()
    {
        const string source = """
            using System;
            using System.Security.Cryptography;

            class C
            {
                private readonly Random _random = new();

                void M(byte[] salt)
                {
                    var pin = {|AIREG307:_random.Next(10000)|};
                    {|AIREG307:_random.NextBytes(salt)|};
                    string resetToken = {|AIREG307:_random.GetHexString(32)|};
                    char[] password = {|AIREG307:_random.GetItems("abcdefgh".ToCharArray(), 12)|};
                    string secret = {|AIREG307:new Random().GetString("abcdefgh", 16)|};
                }
            }
            """;
        const string fixedSource = """
            using System;
            using System.Security.Cryptography;

            class C
            {
                private readonly Random _random = new();

                void M(byte[] salt)
                {
                    var pin = RandomNumberGenerator.GetInt32(10000);
                    RandomNumberGenerator.Fill(salt);
                    string resetToken = RandomNumberGenerator.GetHexString(32);
                    char[] password = RandomNumberGenerator.GetItems<char>("abcdefgh".ToCharArray(), 12);
                    string secret = RandomNumberGenerator.GetString("abcdefgh", 16);
                }
            }
            """;
        await CodeFixVerifier<InsecureRandomnessAnalyzer, InsecureRandomnessCodeFixProvider>.VerifyFixAllAsync(source, fixedSource);
    }

    [Fact]
    public async Task Flags_random_reaching_key_iv_salt_and_identity_apis_whatever_the_names()
    {
        const string source = """
            using System;
            using System.Security.Cryptography;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Identity;
            using Microsoft.IdentityModel.Tokens;

            class C
            {
                private static readonly Random Rng = new();

                async void M(Aes aes, UserManager<IdentityUser> users, IdentityUser user, ISession session, string secretText)
                {
                    var a = new byte[32];
                    {|AIREG307:Rng.NextBytes(a)|};
                    aes.Key = a;
                    var b = new byte[16];
                    {|AIREG307:Random.Shared.NextBytes(b)|};
                    using var gcm = new AesGcm(b, 16);
                    var c = new byte[64];
                    {|AIREG307:Rng.NextBytes(c)|};
                    using var mac = new HMACSHA256(c);
                    var d = new byte[32];
                    {|AIREG307:Rng.NextBytes(d)|};
                    var signing = new SymmetricSecurityKey(d);
                    var e = new byte[16];
                    {|AIREG307:Rng.NextBytes(e)|};
                    var derived = Rfc2898DeriveBytes.Pbkdf2(secretText, e, 600_000, HashAlgorithmName.SHA256, 32);
                    var f = {|AIREG307:Rng.Next(100000, 999999)|}.ToString();
                    await users.ResetPasswordAsync(user, "t", "P" + f);
                    var g = {|AIREG307:Rng.Next()|};
                    session.SetInt32("n", g);
                    user.SecurityStamp = {|AIREG307:Rng.NextInt64()|}.ToString();
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Follows_random_through_fields_builders_and_the_applications_methods()
    {
        const string source = """
            using System;
            using System.Security.Cryptography;
            using System.Text;

            class C
            {
                private readonly Random _random = new();

                byte[] Bytes(int n)
                {
                    var buffer = new byte[n];
                    _random.NextBytes(buffer);
                    return buffer;
                }

                string Digits(int n)
                {
                    var sb = new StringBuilder();
                    for (var i = 0; i < n; i++) sb.Append(_random.Next(10));
                    return sb.ToString();
                }

                void M(Aes aes, SessionStore store)
                {
                    aes.IV = {|AIREG307:Bytes(16)|};
                    store.Remember({|AIREG307:Digits(6)|});
                    var iv = {|AIREG307:Bytes(16)|};
                    aes.Key = {|AIREG307:Bytes(32)|};
                }
            }

            class SessionStore { public void Remember(string resetToken) { } }

            class Keys
            {
                private static readonly Random Rng = new();
                private readonly long _seed = Rng.NextInt64();

                void Use(Aes aes) => aes.Key = {|AIREG307:BitConverter.GetBytes(_seed)|};
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Captcha_drawing_dice_and_back_off_stay_silent()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;

            readonly record struct Point(int X, int Y);

            class CaptchaImage
            {
                private static readonly Random Random = new();
                private static readonly string[] Colors = { "red", "blue", "green" };

                public static byte[] CreateCaptchaImage(string code)
                {
                    var points = new List<Point>();
                    for (var i = 0; i < 50; i++)
                    {
                        points.Add(new Point(Random.Next(120), Random.Next(40)));
                    }

                    var color = Colors[Random.Next(Colors.Length)];
                    var angle = Random.Next(-45, 45);
                    return Draw(code, points, color, angle);
                }

                static byte[] Draw(string code, List<Point> noise, string color, int angle) => new byte[noise.Count + angle + color.Length + code.Length];

                public static async Task<string> FetchTokenAsync(Func<Task<string>> fetch)
                {
                    for (var attempt = 0; ; attempt++)
                    {
                        try { return await fetch(); }
                        catch when (attempt < 3) { await Task.Delay(Random.Next(100, 500) * attempt); }
                    }
                }

                int RollDice() => Random.Next(1, 7);
            }
            """;
        await Verify.VerifyAsync(source);
    }

    [Fact]
    public async Task Secure_random_and_aes_keys_from_rng_are_not_flagged()
    {
        const string source = """
            using System;
            using System.Security.Cryptography;

            class C
            {
                private readonly Random _random = new();

                void M(Aes aes)
                {
                    var key = new byte[32];
                    RandomNumberGenerator.Fill(key);
                    aes.Key = key;
                    var jitter = new byte[4];
                    _random.NextBytes(jitter);
                    aes.GenerateIV();
                    var iv = aes.IV;
                    var delayMs = _random.Next(100);
                }
            }
            """;
        await Verify.VerifyAsync(source);
    }
}
