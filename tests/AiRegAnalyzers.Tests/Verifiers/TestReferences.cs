using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace AiRegAnalyzers.Tests.Verifiers;

/// <summary>
/// Metadata references for test compilations: the .NET 10 reference assemblies plus the real
/// assemblies of every package a rule watches, all resolved from this test project's own
/// dependencies so that nothing is downloaded at test time. Built once and shared.
/// </summary>
public static class TestReferences
{
    /// <summary>A type from each watched assembly; add one when a rule starts watching a new package.</summary>
    private static readonly Type[] WatchedTypes =
    [
        typeof(Microsoft.Extensions.Logging.ILogger),
        typeof(Microsoft.Extensions.Logging.LoggerMessageAttribute),
        typeof(Serilog.Log),
        typeof(NLog.LogManager),
        typeof(log4net.LogManager),
        typeof(Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute),
        typeof(Microsoft.Extensions.Compliance.Redaction.Redactor),
        typeof(Microsoft.Extensions.DependencyInjection.RedactionServiceCollectionExtensions),
        typeof(Microsoft.AspNetCore.Identity.IdentityUser),
        typeof(Microsoft.AspNetCore.Identity.PersonalDataAttribute),
        typeof(Microsoft.AspNetCore.DataProtection.IDataProtector),
        typeof(Microsoft.AspNetCore.DataProtection.DataProtectionCommonExtensions),
        typeof(Microsoft.AspNetCore.Http.HttpContext),
        typeof(Microsoft.AspNetCore.Http.CookieOptions),
        typeof(Microsoft.AspNetCore.Http.Results),
        typeof(Microsoft.AspNetCore.Mvc.ControllerBase),
        typeof(Microsoft.AspNetCore.Builder.WebApplication),
        typeof(Microsoft.AspNetCore.Components.NavigationManager),
        typeof(Microsoft.AspNetCore.WebUtilities.QueryHelpers),
        typeof(Microsoft.AspNetCore.Cryptography.KeyDerivation.KeyDerivation),
        typeof(Microsoft.AspNetCore.Identity.PasswordHasherOptions),
        typeof(Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions),
        typeof(Microsoft.AspNetCore.Builder.CookiePolicyOptions),
        typeof(Microsoft.AspNetCore.Builder.SessionOptions),
        typeof(Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions),
        typeof(Microsoft.Extensions.Caching.Distributed.IDistributedCache),
        typeof(Microsoft.Extensions.Configuration.IConfiguration),
        typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection),
        typeof(Microsoft.EntityFrameworkCore.DbContext),
        typeof(Microsoft.EntityFrameworkCore.SqliteDbContextOptionsBuilderExtensions),
        typeof(OpenAI.OpenAIClient),
        typeof(Azure.AI.OpenAI.AzureOpenAIClient),
        typeof(System.ClientModel.ApiKeyCredential),
        typeof(Microsoft.Extensions.AI.IChatClient),
        typeof(Microsoft.Extensions.AI.OpenTelemetryChatClient),
        typeof(Microsoft.Extensions.AI.OpenAIClientExtensions),
        typeof(Microsoft.SemanticKernel.Kernel),
        typeof(Microsoft.SemanticKernel.ChatCompletion.ChatHistory),
        typeof(Microsoft.SemanticKernel.OpenAIServiceCollectionExtensions),
        typeof(ModelContextProtocol.Server.McpServerToolAttribute),
        typeof(Newtonsoft.Json.JsonConvert),
        typeof(Microsoft.IdentityModel.Tokens.SymmetricSecurityKey),
        typeof(Azure.AzureKeyCredential),
        typeof(System.Diagnostics.EventLog),
        typeof(Microsoft.Extensions.Localization.IStringLocalizer),
        typeof(Org.BouncyCastle.Crypto.Parameters.KeyParameter),
        typeof(Microsoft.AspNetCore.Localization.CookieRequestCultureProvider),
        typeof(Microsoft.Data.SqlClient.SqlConnection),
        typeof(Npgsql.NpgsqlConnection),
        typeof(MySqlConnector.MySqlConnection),
    ];

    /// <summary>Every reference a test compilation gets.</summary>
    public static ImmutableArray<MetadataReference> All { get; } = AiRegAnalyzers.Benchmarks.ReferenceClosure.Build(WatchedTypes);
}
