using System;
using System.Collections.Generic;
using System.Text;

namespace AiRegAnalyzers.Benchmarks;

/// <summary>
/// Generates a deterministic corpus of realistic C# for a clinic back end: EF Core entities and a
/// DbContext, services that log (Microsoft.Extensions.Logging and Serilog) with and without personal
/// data, HTTP calls, cryptography (sound and weak), AI chat/embedding calls, configuration and secrets,
/// MVC controllers and minimal API handlers, plus plain business logic. The same seed and size always
/// produce the same text. Shared with the robustness tests (linked source file), so it must only use
/// the BCL.
/// </summary>
public static class CorpusGenerator
{
    public const int DefaultSeed = 20261128;

    private static readonly string[] Areas =
    [
        "Cardiology", "Pediatrics", "Dermatology", "Oncology", "Radiology", "Pharmacy", "Billing", "Dental",
        "Ophthalmology", "Neurology", "Orthopedics", "Maternity", "Psychiatry", "Rehabilitation", "Laboratory", "Triage",
    ];

    private static readonly string[] Persons = ["Patient", "Member", "Customer", "Guardian", "Employee", "Donor"];

    /// <summary>Files of about <paramref name="targetLines"/> lines in total, each (path, text).</summary>
    public static IReadOnlyList<(string Path, string Text)> Generate(int targetLines, int seed = DefaultSeed)
    {
        var random = new Random(seed);
        var files = new List<(string, string)>();
        var lines = 0;
        for (var module = 0; lines < targetLines; module++)
        {
            foreach (var file in GenerateModule(module, random))
            {
                files.Add(file);
                lines += CountLines(file.Text);
            }
        }

        return files;
    }

    /// <summary>Number of lines of a text (a final line without a newline counts).</summary>
    public static int CountLines(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                count++;
            }
        }

        return text.Length > 0 && text[text.Length - 1] != '\n' ? count + 1 : count;
    }

    private static IEnumerable<(string Path, string Text)> GenerateModule(int module, Random random)
    {
        var area = Areas[module % Areas.Length];
        var person = Persons[(module / Areas.Length) % Persons.Length];
        var ns = $"Clinic.{area}.M{module}";
        var m = new ModuleNames(ns, person, module);
        var dir = $"src/{area}/M{module}/";

        yield return (dir + m.Entity + ".cs", Entities(m, random));
        yield return (dir + m.Context + ".cs", DbContextFile(m, random));
        yield return (dir + m.Service + ".cs", Service(m, random));
        yield return (dir + m.Crypto + ".cs", Crypto(m, random));
        yield return (dir + m.Assistant + ".cs", Assistant(m, random));
        yield return (dir + m.Controller + ".cs", Controller(m, random));
        yield return (dir + m.Endpoints + ".cs", Endpoints(m, random));
        yield return (dir + m.Gateway + ".cs", Gateway(m, random));
        yield return (dir + m.Scheduling + ".cs", Scheduling(m, random));
        yield return (dir + m.Audit + ".cs", SerilogAudit(m, random));
        if (module % 7 == 3)
        {
            yield return (dir + m.Log + ".g.cs", Generated(m));
        }
    }

    private sealed class ModuleNames(string ns, string person, int module)
    {
        public string Ns { get; } = ns;
        public string Entity { get; } = person + module;
        public string Person { get; } = person;
        public string Visit { get; } = "Visit" + module;
        public string Dto { get; } = person + module + "Dto";
        public string Context { get; } = "ClinicDbContext" + module;
        public string Service { get; } = person + module + "Service";
        public string Crypto { get; } = "RecordProtector" + module;
        public string Assistant { get; } = "TriageAssistant" + module;
        public string Controller { get; } = person + "s" + module + "Controller";
        public string Endpoints { get; } = person + module + "Endpoints";
        public string Gateway { get; } = "InsuranceGateway" + module;
        public string Scheduling { get; } = "SlotPlanner" + module;
        public string Audit { get; } = "AuditTrail" + module;
        public string Log { get; } = "Log" + module;
        public string Lower { get; } = char.ToLowerInvariant(person[0]) + person.Substring(1);
    }

    private static bool Chance(Random random, int percent) => random.Next(100) < percent;

    private static string Entities(ModuleNames m, Random random)
    {
        var idCardAttribute = Chance(random, 50) ? "    [ProtectedPersonalData]\n" : string.Empty;
        var diagnosisAttribute = Chance(random, 50) ? "    [PersonalData]\n" : string.Empty;
        return $$"""
            using System;
            using System.Collections.Generic;
            using System.ComponentModel.DataAnnotations;
            using Microsoft.AspNetCore.Identity;

            namespace {{m.Ns}};

            public sealed class {{m.Entity}}
            {
                public int Id { get; set; }

                [MaxLength(100)]
                public string FullName { get; set; } = string.Empty;

                [EmailAddress]
                public string Email { get; set; } = string.Empty;

                [Phone]
                public string PhoneNumber { get; set; } = string.Empty;

            {{idCardAttribute}}    public string IdCardNumber { get; set; } = string.Empty;

                public DateOnly DateOfBirth { get; set; }

            {{diagnosisAttribute}}    public string Diagnosis { get; set; } = string.Empty;

                public string HomeAddress { get; set; } = string.Empty;

                public string? BankCardNumber { get; set; }

                public bool MarketingConsent { get; set; }

                public int VisitCount { get; set; }

                public DateTimeOffset CreatedAt { get; set; }

                public List<{{m.Visit}}> Visits { get; set; } = new();
            }

            public sealed class {{m.Visit}}
            {
                public int Id { get; set; }

                public int {{m.Person}}Id { get; set; }

                public DateTimeOffset ScheduledAt { get; set; }

                public string Department { get; set; } = "{{m.Ns}}";

                public string? Notes { get; set; }

                public decimal Fee { get; set; }

                public VisitStatus Status { get; set; }
            }

            public enum VisitStatus
            {
                Requested,
                Confirmed,
                Completed,
                Cancelled,
            }

            public sealed record {{m.Dto}}(int Id, string FullName, string MaskedPhone, int VisitCount);

            """;
    }

    private static string DbContextFile(ModuleNames m, Random random)
    {
        var conversion = Chance(random, 50)
            ? $"        {m.Lower}.Property(p => p.IdCardNumber).HasMaxLength(18).IsRequired();"
            : $"        {m.Lower}.Property(p => p.Diagnosis).HasMaxLength(2000);";
        return $$"""
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;

            namespace {{m.Ns}};

            public sealed class {{m.Context}} : DbContext
            {
                public {{m.Context}}(DbContextOptions<{{m.Context}}> options)
                    : base(options)
                {
                }

                public DbSet<{{m.Entity}}> {{m.Person}}s => Set<{{m.Entity}}>();

                public DbSet<{{m.Visit}}> Visits => Set<{{m.Visit}}>();

                protected override void OnModelCreating(ModelBuilder modelBuilder)
                {
                    var {{m.Lower}} = modelBuilder.Entity<{{m.Entity}}>();
                    {{m.Lower}}.HasKey(p => p.Id);
                    {{m.Lower}}.HasIndex(p => p.Email).IsUnique();
            {{conversion}}
                    {{m.Lower}}.HasMany(p => p.Visits).WithOne().HasForeignKey(v => v.{{m.Person}}Id);
                    modelBuilder.Entity<{{m.Visit}}>().Property(v => v.Fee).HasPrecision(10, 2);
                }

                public Task<{{m.Entity}}?> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
                    {{m.Person}}s.AsNoTracking().FirstOrDefaultAsync(p => p.Email == email, cancellationToken);

                public Task<int> CountUpcomingAsync(int id, CancellationToken cancellationToken) =>
                    Visits.CountAsync(v => v.{{m.Person}}Id == id && v.Status == VisitStatus.Confirmed, cancellationToken);
            }

            """;
    }

    private static string Service(ModuleNames m, Random random)
    {
        var createdLog = Chance(random, 40)
            ? $"_logger.LogInformation(\"Registered {m.Lower} {{Email}} with phone {{Phone}}\", {m.Lower}.Email, {m.Lower}.PhoneNumber);"
            : $"_logger.LogInformation(\"Registered {m.Lower} {{Id}}\", {m.Lower}.Id);";
        var missing = Chance(random, 30)
            ? "throw new KeyNotFoundException($\"No record for e-mail {email}\");"
            : "throw new KeyNotFoundException(\"No record for the given e-mail address\");";
        var exportWrite = Chance(random, 30)
            ? $"await File.WriteAllTextAsync(path, {m.Lower}.IdCardNumber + \";\" + {m.Lower}.FullName, cancellationToken);"
            : $"await File.WriteAllTextAsync(path, {m.Lower}.Id.ToString(CultureInfo.InvariantCulture), cancellationToken);";
        var scope = Chance(random, 50) ? $"new {{ {m.Person}Id = id }}" : $"new {{ {m.Person}Id = id, Name = {m.Lower}.FullName }}";
        return $$"""
            using System;
            using System.Collections.Generic;
            using System.Globalization;
            using System.IO;
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.Caching.Distributed;
            using Microsoft.Extensions.Logging;

            namespace {{m.Ns}};

            public sealed partial class {{m.Service}}
            {
                private readonly {{m.Context}} _db;
                private readonly ILogger<{{m.Service}}> _logger;
                private readonly IDistributedCache _cache;

                public {{m.Service}}({{m.Context}} db, ILogger<{{m.Service}}> logger, IDistributedCache cache)
                {
                    _db = db;
                    _logger = logger;
                    _cache = cache;
                }

                public async Task<{{m.Entity}}> RegisterAsync(string fullName, string email, string phoneNumber, CancellationToken cancellationToken)
                {
                    if (string.IsNullOrWhiteSpace(email))
                    {
                        throw new ArgumentException("An e-mail address is required.", nameof(email));
                    }

                    var {{m.Lower}} = new {{m.Entity}}
                    {
                        FullName = fullName.Trim(),
                        Email = email.Trim().ToLowerInvariant(),
                        PhoneNumber = phoneNumber,
                        CreatedAt = DateTimeOffset.UtcNow,
                    };
                    _db.{{m.Person}}s.Add({{m.Lower}});
                    await _db.SaveChangesAsync(cancellationToken);
                    {{createdLog}}
                    LogRegistered(_logger, {{m.Lower}}.Id);
                    return {{m.Lower}};
                }

                public async Task<{{m.Entity}}> GetByEmailAsync(string email, CancellationToken cancellationToken)
                {
                    var {{m.Lower}} = await _db.FindByEmailAsync(email, cancellationToken);
                    if ({{m.Lower}} is null)
                    {
                        _logger.LogWarning("Lookup failed for {Reason}", "unknown-email");
                        {{missing}}
                    }

                    return {{m.Lower}};
                }

                public async Task<{{m.Dto}}> GetSummaryAsync(int id, CancellationToken cancellationToken)
                {
                    var key = "{{m.Lower}}:" + id.ToString(CultureInfo.InvariantCulture);
                    var cached = await _cache.GetStringAsync(key, cancellationToken);
                    if (cached is not null)
                    {
                        _logger.LogDebug("Cache hit for {Key}", key);
                    }

                    var {{m.Lower}} = await _db.{{m.Person}}s.FirstAsync(p => p.Id == id, cancellationToken);
                    using (_logger.BeginScope({{scope}}))
                    {
                        var dto = new {{m.Dto}}({{m.Lower}}.Id, {{m.Lower}}.FullName, Mask({{m.Lower}}.PhoneNumber), {{m.Lower}}.VisitCount);
                        await _cache.SetStringAsync(key, dto.FullName, cancellationToken);
                        return dto;
                    }
                }

                public async Task ExportAsync(int id, string directory, CancellationToken cancellationToken)
                {
                    var {{m.Lower}} = await _db.{{m.Person}}s.FirstAsync(p => p.Id == id, cancellationToken);
                    var path = Path.Combine(directory, "{{m.Lower}}-" + id.ToString(CultureInfo.InvariantCulture) + ".txt");
                    {{exportWrite}}
                    _logger.LogInformation("Exported record {Id} to {Path}", id, path);
                }

                public IReadOnlyList<{{m.Dto}}> Page(IEnumerable<{{m.Entity}}> source, int page, int size)
                {
                    return source
                        .OrderBy(p => p.CreatedAt)
                        .Skip(page * size)
                        .Take(size)
                        .Select(p => new {{m.Dto}}(p.Id, p.FullName, Mask(p.PhoneNumber), p.VisitCount))
                        .ToList();
                }

                private static string Mask(string phone) =>
                    phone.Length <= 4 ? "****" : new string('*', phone.Length - 4) + phone.Substring(phone.Length - 4);

                [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Registered record {Id}")]
                static partial void LogRegistered(ILogger logger, int id);
            }

            """;
    }

    private static string Crypto(ModuleNames m, Random random)
    {
        var hash = Chance(random, 30) ? "MD5" : "SHA256";
        var cipher = Chance(random, 20) ? "TripleDES.Create()" : "Aes.Create()";
        var mode = Chance(random, 20) ? "CipherMode.ECB" : "CipherMode.CBC";
        var rsaBits = Chance(random, 25) ? 1024 : 3072;
        var padding = Chance(random, 25) ? "RSAEncryptionPadding.Pkcs1" : "RSAEncryptionPadding.OaepSHA256";
        var iterations = Chance(random, 30) ? 10000 : 600000;
        var prf = Chance(random, 20) ? "HashAlgorithmName.SHA1" : "HashAlgorithmName.SHA256";
        var iv = Chance(random, 20)
            ? "aes.IV = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };"
            : "aes.GenerateIV();";
        var otp = Chance(random, 30)
            ? "var code = new Random().Next(100000, 999999);"
            : "var code = RandomNumberGenerator.GetInt32(100000, 999999);";
        return $$"""
            using System;
            using System.Security.Cryptography;
            using System.Text;

            namespace {{m.Ns}};

            public sealed class {{m.Crypto}} : IDisposable
            {
                private readonly RSA _rsa = RSA.Create({{rsaBits}});
                private readonly byte[] _key;

                public {{m.Crypto}}(byte[] key)
                {
                    _key = key;
                }

                public string Fingerprint(string value)
                {
                    var bytes = {{hash}}.HashData(Encoding.UTF8.GetBytes(value));
                    return Convert.ToHexString(bytes);
                }

                public byte[] Encrypt(byte[] plain)
                {
                    using var aes = {{cipher}};
                    aes.Key = _key.Length >= 24 ? _key[..24] : _key;
                    aes.Mode = {{mode}};
                    aes.Padding = PaddingMode.PKCS7;
                    {{iv}}
                    using var encryptor = aes.CreateEncryptor();
                    var body = encryptor.TransformFinalBlock(plain, 0, plain.Length);
                    var result = new byte[aes.IV.Length + body.Length];
                    aes.IV.CopyTo(result, 0);
                    body.CopyTo(result, aes.IV.Length);
                    return result;
                }

                public byte[] WrapKey(byte[] sessionKey) => _rsa.Encrypt(sessionKey, {{padding}});

                public byte[] HashPassword(string password, byte[] salt) =>
                    Rfc2898DeriveBytes.Pbkdf2(password, salt, {{iterations}}, {{prf}}, 32);

                public static byte[] NewSalt() => RandomNumberGenerator.GetBytes(16);

                public static string NewVerificationCode()
                {
                    {{otp}}
                    return code.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
                }

                public static int ShuffleSeed(int count) => new Random(count).Next(count + 1);

                public void Dispose() => _rsa.Dispose();
            }

            """;
    }

    private static string Assistant(ModuleNames m, Random random)
    {
        var prompt = Chance(random, 40)
            ? $"$\"Summarise the history of {{{m.Lower}.FullName}} (ID {{{m.Lower}.IdCardNumber}}): {{{m.Lower}.Diagnosis}}\""
            : $"$\"Summarise a case with {{{m.Lower}.VisitCount}} visits in {m.Ns}.\"";
        var logAnswer = Chance(random, 30)
            ? "_logger.LogInformation(\"Model answered {Answer}\", response.Text);"
            : "_logger.LogInformation(\"Model answered with {Length} characters\", response.Text.Length);";
        return $$"""
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using Microsoft.Extensions.Logging;

            namespace {{m.Ns}};

            public sealed class {{m.Assistant}}
            {
                private readonly IChatClient _chat;
                private readonly IEmbeddingGenerator<string, Embedding<float>> _embeddings;
                private readonly ILogger<{{m.Assistant}}> _logger;

                public {{m.Assistant}}(IChatClient chat, IEmbeddingGenerator<string, Embedding<float>> embeddings, ILogger<{{m.Assistant}}> logger)
                {
                    _chat = chat;
                    _embeddings = embeddings;
                    _logger = logger;
                }

                public async Task<string> SummariseAsync({{m.Entity}} {{m.Lower}}, CancellationToken cancellationToken)
                {
                    var response = await _chat.GetResponseAsync({{prompt}}, cancellationToken: cancellationToken);
                    {{logAnswer}}
                    return response.Text;
                }

                public async Task<string> TriageAsync(string symptoms, CancellationToken cancellationToken)
                {
                    var messages = new List<ChatMessage>
                    {
                        new(ChatRole.System, "You are a triage assistant. Answer with one department name."),
                        new(ChatRole.User, symptoms),
                    };
                    var options = new ChatOptions { Temperature = 0.1f, MaxOutputTokens = 50 };
                    var response = await _chat.GetResponseAsync(messages, options, cancellationToken);
                    return response.Text.Trim();
                }

                public async Task<float[]> EmbedAsync(string text, CancellationToken cancellationToken)
                {
                    var result = await _embeddings.GenerateAsync(new[] { text }, cancellationToken: cancellationToken);
                    return result[0].Vector.ToArray();
                }
            }

            """;
    }

    private static string Controller(ModuleNames m, Random random)
    {
        var redirect = Chance(random, 30)
            ? $"return Redirect($\"https://portal.example.org/profile?email={{{m.Lower}.Email}}\");"
            : $"return Redirect(\"https://portal.example.org/profile/\" + {m.Lower}.Id);";
        var secure = Chance(random, 25) ? "false" : "true";
        return $$"""
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.Extensions.Logging;

            namespace {{m.Ns}};

            [ApiController]
            [Route("api/{{m.Ns.ToLowerInvariant()}}")]
            public sealed class {{m.Controller}} : ControllerBase
            {
                private readonly {{m.Service}} _service;
                private readonly ILogger<{{m.Controller}}> _logger;

                public {{m.Controller}}({{m.Service}} service, ILogger<{{m.Controller}}> logger)
                {
                    _service = service;
                    _logger = logger;
                }

                [HttpGet("{id:int}")]
                public async Task<IActionResult> Get(int id, CancellationToken cancellationToken)
                {
                    var dto = await _service.GetSummaryAsync(id, cancellationToken);
                    return Ok(dto);
                }

                [HttpPost]
                public async Task<IActionResult> Register([FromBody] RegisterRequest request, CancellationToken cancellationToken)
                {
                    if (!ModelState.IsValid)
                    {
                        return ValidationProblem(ModelState);
                    }

                    var {{m.Lower}} = await _service.RegisterAsync(request.FullName, request.Email, request.PhoneNumber, cancellationToken);
                    Response.Cookies.Append("last-registered", {{m.Lower}}.Id.ToString(), new CookieOptions { HttpOnly = true, Secure = {{secure}}, SameSite = SameSiteMode.Strict });
                    return CreatedAtAction(nameof(Get), new { id = {{m.Lower}}.Id }, null);
                }

                [HttpGet("by-email")]
                public async Task<IActionResult> ByEmail([FromQuery] string email, CancellationToken cancellationToken)
                {
                    var {{m.Lower}} = await _service.GetByEmailAsync(email, cancellationToken);
                    _logger.LogInformation("Profile viewed for record {Id}", {{m.Lower}}.Id);
                    {{redirect}}
                }

                public sealed record RegisterRequest(string FullName, string Email, string PhoneNumber);
            }

            """;
    }

    private static string Endpoints(ModuleNames m, Random random)
    {
        var logLine = Chance(random, 35)
            ? $"logger.LogInformation(\"Booking for {{Name}} on {{When}}\", {m.Lower}.FullName, when);"
            : "logger.LogInformation(\"Booking for {Id} on {When}\", id, when);";
        return $$"""
            using System;
            using System.Linq;
            using System.Threading;
            using Microsoft.AspNetCore.Builder;
            using Microsoft.AspNetCore.Http;
            using Microsoft.AspNetCore.Routing;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.Logging;

            namespace {{m.Ns}};

            public static class {{m.Endpoints}}
            {
                public static IEndpointRouteBuilder Map{{m.Endpoints}}(this IEndpointRouteBuilder app)
                {
                    var group = app.MapGroup("/{{m.Ns.ToLowerInvariant()}}/visits");

                    group.MapGet("/{id:int}", async (int id, {{m.Context}} db, CancellationToken cancellationToken) =>
                    {
                        var visit = await db.Visits.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
                        return visit is null ? Results.NotFound() : Results.Ok(visit);
                    });

                    group.MapPost("/{id:int}/book", async (int id, DateTimeOffset when, {{m.Context}} db, ILoggerFactory loggers, CancellationToken cancellationToken) =>
                    {
                        var logger = loggers.CreateLogger("{{m.Endpoints}}");
                        var {{m.Lower}} = await db.{{m.Person}}s.FindAsync(new object[] { id }, cancellationToken);
                        if ({{m.Lower}} is null)
                        {
                            return Results.NotFound();
                        }

                        {{logLine}}
                        db.Visits.Add(new {{m.Visit}} { {{m.Person}}Id = id, ScheduledAt = when, Status = VisitStatus.Requested });
                        await db.SaveChangesAsync(cancellationToken);
                        return Results.Accepted();
                    });

                    group.MapDelete("/{id:int}", async (int id, {{m.Context}} db, CancellationToken cancellationToken) =>
                    {
                        var visit = await db.Visits.FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
                        if (visit is null)
                        {
                            return Results.NotFound();
                        }

                        db.Visits.Remove(visit);
                        await db.SaveChangesAsync(cancellationToken);
                        return Results.NoContent();
                    });

                    return app;
                }
            }

            """;
    }

    private static string Gateway(ModuleNames m, Random random)
    {
        var url = Chance(random, 30)
            ? $"$\"https://api.insurer.example.com/v1/members?idCard={{{m.Lower}.IdCardNumber}}\""
            : $"\"https://api.insurer.example.com/v1/members/\" + {m.Lower}.Id";
        var baseAddress = Chance(random, 20) ? "http://claims.partner-network.cn/" : "https://claims.partner-network.cn/";
        var validation = Chance(random, 15)
            ? "handler.ServerCertificateCustomValidationCallback = (message, certificate, chain, errors) => true;"
            : "handler.CheckCertificateRevocationList = true;";
        var tls = Chance(random, 15) ? "SslProtocols.Tls11 | SslProtocols.Tls12" : "SslProtocols.Tls12 | SslProtocols.Tls13";
        var apiKey = Chance(random, 15)
            ? $"private const string ApiKey = \"{FakeKey(random)}\";"
            : "private static readonly string ApiKey = Environment.GetEnvironmentVariable(\"INSURER_API_KEY\") ?? string.Empty;";
        var settings = Chance(random, 20) ? "TypeNameHandling.Auto" : "TypeNameHandling.None";
        return $$"""
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Security.Authentication;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Configuration;
            using Newtonsoft.Json;

            namespace {{m.Ns}};

            public sealed class {{m.Gateway}}
            {
                {{apiKey}}

                private readonly HttpClient _http;
                private readonly string _region;

                public {{m.Gateway}}(IConfiguration configuration)
                {
                    var handler = new HttpClientHandler();
                    {{validation}}
                    handler.SslProtocols = {{tls}};
                    _http = new HttpClient(handler) { BaseAddress = new Uri("{{baseAddress}}"), Timeout = TimeSpan.FromSeconds(20) };
                    _http.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
                    _region = configuration["Insurer:Region"] ?? "cn-east";
                }

                public async Task<bool> IsCoveredAsync({{m.Entity}} {{m.Lower}}, CancellationToken cancellationToken)
                {
                    using var response = await _http.GetAsync({{url}}, cancellationToken);
                    if (!response.IsSuccessStatusCode)
                    {
                        return false;
                    }

                    var json = await response.Content.ReadAsStringAsync(cancellationToken);
                    var coverage = JsonConvert.DeserializeObject<Coverage>(json, new JsonSerializerSettings { TypeNameHandling = {{settings}} });
                    return coverage is { Active: true } && coverage.Region == _region;
                }

                public async Task SubmitClaimAsync(int visitId, decimal amount, CancellationToken cancellationToken)
                {
                    var claim = new { VisitId = visitId, Amount = amount, Region = _region };
                    using var response = await _http.PostAsJsonAsync("claims", claim, cancellationToken);
                    response.EnsureSuccessStatusCode();
                }

                public sealed class Coverage
                {
                    public bool Active { get; set; }

                    public string Region { get; set; } = string.Empty;

                    public decimal Limit { get; set; }
                }
            }

            """;
    }

    private static string Scheduling(ModuleNames m, Random random)
    {
        var slotMinutes = 10 + (random.Next(4) * 5);
        return $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            namespace {{m.Ns}};

            public sealed class {{m.Scheduling}}
            {
                private const int SlotMinutes = {{slotMinutes}};
                private readonly TimeOnly _opening = new(8, 0);
                private readonly TimeOnly _closing = new(17, 30);

                public IReadOnlyList<TimeOnly> FreeSlots(DateOnly day, IEnumerable<{{m.Visit}}> booked)
                {
                    var taken = new HashSet<TimeOnly>();
                    foreach (var visit in booked)
                    {
                        if (DateOnly.FromDateTime(visit.ScheduledAt.DateTime) == day && visit.Status != VisitStatus.Cancelled)
                        {
                            taken.Add(TimeOnly.FromDateTime(visit.ScheduledAt.DateTime));
                        }
                    }

                    var slots = new List<TimeOnly>();
                    for (var time = _opening; time < _closing; time = time.AddMinutes(SlotMinutes))
                    {
                        if (!taken.Contains(time) && !IsLunch(time))
                        {
                            slots.Add(time);
                        }
                    }

                    return slots;
                }

                public decimal Invoice(IEnumerable<{{m.Visit}}> visits, decimal discountRate)
                {
                    var total = visits.Where(v => v.Status == VisitStatus.Completed).Sum(v => v.Fee);
                    var discount = Math.Round(total * discountRate, 2, MidpointRounding.ToEven);
                    return total - discount;
                }

                public static string Describe(VisitStatus status) => status switch
                {
                    VisitStatus.Requested => "requested",
                    VisitStatus.Confirmed => "confirmed",
                    VisitStatus.Completed => "completed",
                    VisitStatus.Cancelled => "cancelled",
                    _ => "unknown",
                };

                private static bool IsLunch(TimeOnly time) => time >= new TimeOnly(12, 0) && time < new TimeOnly(13, 0);
            }

            """;
    }

    private static string SerilogAudit(ModuleNames m, Random random)
    {
        var line = Chance(random, 35)
            ? $"Log.Information(\"Updated {{@Record}}\", {m.Lower});"
            : $"Log.Information(\"Updated record {{Id}} ({{Visits}} visits)\", {m.Lower}.Id, {m.Lower}.VisitCount);";
        var password = Chance(random, 15) ? "\"Clinic#2024!\"" : "Environment.GetEnvironmentVariable(\"AUDIT_DB_PASSWORD\") ?? string.Empty";
        return $$"""
            using System;
            using Serilog;

            namespace {{m.Ns}};

            public sealed class {{m.Audit}}
            {
                private static readonly ILogger Logger = Log.ForContext<{{m.Audit}}>();
                private readonly string _dbPassword = {{password}};

                public void RecordUpdate({{m.Entity}} {{m.Lower}})
                {
                    {{line}}
                    Logger.Debug("Audit store configured: {Configured}", _dbPassword.Length > 0);
                }

                public void RecordFailure(Exception exception, int id)
                {
                    Logger.Error(exception, "Update of record {Id} failed", id);
                }
            }

            """;
    }

    private static string Generated(ModuleNames m) =>
        $$"""
            // <auto-generated/>
            #nullable enable
            namespace {{m.Ns}};

            internal static partial class {{m.Log}}
            {
                public static string Describe({{m.Entity}} value) => value.FullName + " " + value.Email + " " + value.PhoneNumber;
            }

            """;

    private static string FakeKey(Random random)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        var builder = new StringBuilder("sk-proj-");
        for (var i = 0; i < 40; i++)
        {
            builder.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return builder.ToString();
    }
}
