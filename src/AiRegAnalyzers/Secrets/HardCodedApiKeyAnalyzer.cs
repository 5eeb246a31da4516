using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using AiRegAnalyzers.Common;
using AiRegAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiRegAnalyzers.Secrets;

/// <summary>
/// AIREG502: literals in known secret formats (anywhere); constant keys given to credential and key
/// types (<c>ApiKeyCredential</c>, <c>AzureKeyCredential</c>, <c>SymmetricSecurityKey</c>, HMAC) or to
/// API-key/secret/token-named parameters (<c>new OpenAIClient(apiKey)</c>); high-entropy literals stored in
/// secret/token/key-named symbols.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardCodedApiKeyAnalyzer : DiagnosticAnalyzer
{
    private const string RuleId = "AIREG502";

    /// <summary>Minimum Shannon entropy (bits per character) of a literal in a secret-named symbol.</summary>
    internal static readonly StringOption MinEntropy = new("secret_min_entropy");

    /// <summary>Minimum length of a literal in a secret-named symbol.</summary>
    internal static readonly IntOption MinLength = new("secret_min_length", 16);

    internal const double DefaultMinEntropy = 3.5;

    private static readonly HashSet<string> SecretWords = new(StringComparer.Ordinal)
    {
        "secret", "secrets", "token", "apikey", "bearer", "passkey", "privatekey", "accesskey", "secretkey",
    };

    /// <summary>Words that make a following "key" a secret key (<c>ApiKey</c>, <c>SigningKey</c>), unlike <c>CacheKey</c>.</summary>
    private static readonly HashSet<string> KeyQualifiers = new(StringComparer.Ordinal)
    {
        "api", "access", "secret", "private", "signing", "subscription", "master", "encryption", "hmac", "jwt",
        "app", "client", "account", "storage", "auth", "sas", "shared", "service", "security", "symmetric",
    };

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "name", "names", "header", "headers", "prefix", "suffix", "type", "kind", "claim", "claims", "endpoint",
        "url", "uri", "path", "file", "env", "environment", "variable", "var", "section", "config", "configuration",
        "setting", "settings", "format", "pattern", "regex", "expiry", "expires", "expiration", "lifetime", "ttl",
        "length", "size", "count", "id", "ids", "issuer", "audience", "cache", "hash", "hashed", "sha", "sha1",
        "sha256", "sha512", "md5", "checksum", "digest", "thumbprint", "fingerprint", "label", "description",
        "message", "error", "placeholder", "example", "sample", "property", "field", "column", "parameter", "param",
        "query", "route", "scheme", "policy", "scope", "scopes", "provider", "location", "version", "test", "expected",
        "fake", "dummy", "mock", "redacted", "masked", "encrypted", "protected", "hint", "purpose", "store",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.AIREG502_HardCodedApiKey);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var testAssembly = TestProjects.IsTestProject(start.Compilation);
            var settings = new PerTreeCache<Settings>(start.Options, o => new Settings(o));
            var keyTypes = KeyTypes.Resolve(start.Compilation);
            start.RegisterOperationAction(ctx => AnalyzeLiteral(ctx, settings, keyTypes, testAssembly), OperationKind.Literal);
        });
    }

    private sealed class Settings
    {
        public Settings(AnalyzerConfigOptions options)
        {
            var raw = MinEntropy.Read(options, RuleId);
            Entropy = raw is not null && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : DefaultMinEntropy;
            Length = MinLength.Read(options, RuleId);
            IncludeTests = SharedOptions.IncludeTests.Read(options, RuleId);
        }

        public double Entropy { get; }

        public int Length { get; }

        public bool IncludeTests { get; }
    }

    private sealed class KeyTypes
    {
        public INamedTypeSymbol? ApiKeyCredential { get; private set; }

        public INamedTypeSymbol? AzureKeyCredential { get; private set; }

        public INamedTypeSymbol? AzureNamedKeyCredential { get; private set; }

        public INamedTypeSymbol? AzureSasCredential { get; private set; }

        public INamedTypeSymbol? SymmetricSecurityKey { get; private set; }

        public INamedTypeSymbol? Hmac { get; private set; }

        public static KeyTypes Resolve(Compilation compilation) => new()
        {
            ApiKeyCredential = compilation.GetTypeByMetadataName("System.ClientModel.ApiKeyCredential"),
            AzureKeyCredential = compilation.GetTypeByMetadataName("Azure.AzureKeyCredential"),
            AzureNamedKeyCredential = compilation.GetTypeByMetadataName("Azure.AzureNamedKeyCredential"),
            AzureSasCredential = compilation.GetTypeByMetadataName("Azure.AzureSasCredential"),
            SymmetricSecurityKey = compilation.GetTypeByMetadataName("Microsoft.IdentityModel.Tokens.SymmetricSecurityKey"),
            Hmac = compilation.GetTypeByMetadataName("System.Security.Cryptography.HMAC"),
        };

        public bool IsKeyParameter(IParameterSymbol parameter)
        {
            if (parameter.Name == "apiKey")
            {
                // new OpenAIClient(apiKey), new ChatClient(model, apiKey) and the like.
                return true;
            }

            if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor } constructor)
            {
                return false;
            }

            var type = constructor.ContainingType;
            if (Is(type, ApiKeyCredential) || Is(type, AzureKeyCredential) || Is(type, AzureSasCredential))
            {
                return true;
            }

            if (Is(type, AzureNamedKeyCredential))
            {
                return parameter.Name == "key";
            }

            if (parameter.Name != "key")
            {
                return false;
            }

            for (var t = type; t is not null; t = t.BaseType)
            {
                if (Is(t, SymmetricSecurityKey) || Is(t, Hmac))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Is(INamedTypeSymbol? a, INamedTypeSymbol? b) => b is not null && SymbolEqualityComparer.Default.Equals(a, b);
    }

    private static void AnalyzeLiteral(OperationAnalysisContext context, PerTreeCache<Settings> cache, KeyTypes keyTypes, bool testAssembly)
    {
        var literal = (ILiteralOperation)context.Operation;
        if (literal.ConstantValue.Value is not string value || value.Length < 8)
        {
            return;
        }

        var receiver = SecretValues.Receiver(literal);
        var format = SecretFormats.Find(value);
        if (format is null)
        {
            if (receiver is IParameterSymbol { ContainingSymbol: IMethodSymbol { Name: "GetBytes" or "FromBase64String" or "FromHexString" } } && literal.Parent is { } argument)
            {
                // new SymmetricSecurityKey(Encoding.UTF8.GetBytes("…")): the key is the bytes of the literal.
                var invocation = argument.Parent;
                if (invocation is IInvocationOperation && SecretValues.Receiver(invocation) is IParameterSymbol outer && keyTypes.IsKeyParameter(outer))
                {
                    receiver = outer;
                    format = "AIREG502_Format_ConstantKey";
                }
            }
            else if (receiver is IParameterSymbol parameter && keyTypes.IsKeyParameter(parameter))
            {
                format = "AIREG502_Format_ConstantKey";
            }

            if (format is not null && (SecretValues.IsPlaceholder(value) || IsNameLike(value, receiver!.Name)))
            {
                return;
            }

            if (format is null)
            {
                if (receiver is null || !IsSecretName(receiver.Name))
                {
                    return;
                }

                var settings = cache.Get(literal.Syntax.SyntaxTree);
                if (!settings.IncludeTests && (testAssembly || SecretValues.IsInTestCode(context.ContainingSymbol)))
                {
                    return;
                }

                if (value.Length < settings.Length
                    || SecretValues.IsPlaceholder(value)
                    || SecretValues.IsGuid(value)
                    || HasWhitespace(value)
                    || value.StartsWith("http", StringComparison.OrdinalIgnoreCase)
                    || IsNameLike(value, receiver.Name)
                    || SecretValues.Entropy(value) < settings.Entropy)
                {
                    return;
                }

                format = "AIREG502_Format_HighEntropy";
            }
        }

        if (SecretValues.IsInAttribute(literal.Syntax))
        {
            return;
        }

        var subject = receiver is null ? "string literal" : HardCodedCredentialAnalyzer.Describe(receiver);
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.AIREG502_HardCodedApiKey,
            literal.Syntax.GetLocation(),
            SecretValues.FixNames(receiver, "api key", context.ContainingSymbol),
            Resources.Localizable(format),
            subject));
    }

    internal static bool IsSecretName(string name)
    {
        if (name.IndexOf("secret", StringComparison.OrdinalIgnoreCase) < 0
            && name.IndexOf("token", StringComparison.OrdinalIgnoreCase) < 0
            && name.IndexOf("key", StringComparison.OrdinalIgnoreCase) < 0
            && name.IndexOf("bearer", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        var words = IdentifierWords.Split(name);
        var matched = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (StopWords.Contains(word))
            {
                return false;
            }

            if (SecretWords.Contains(word) || (word == "key" && i > 0 && KeyQualifiers.Contains(words[i - 1])))
            {
                matched = true;
            }
        }

        return matched;
    }

    private static bool HasWhitespace(string value)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The value repeats the symbol's own name (<c>ApiKey = "api_key"</c>): a name, not a secret.</summary>
    private static bool IsNameLike(string value, string name)
    {
        var compact = new System.Text.StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                compact.Append(char.ToLowerInvariant(c));
            }
        }

        var text = compact.ToString();
        return text.Length > 0 && name.ToLowerInvariant().Replace("_", string.Empty).Contains(text);
    }
}
