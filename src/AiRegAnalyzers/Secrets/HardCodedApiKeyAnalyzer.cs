using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AiRegAnalyzers.Common;
using AiRegAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiRegAnalyzers.Secrets;

/// <summary>
/// AIREG502: literals in known secret formats (anywhere); any literal given to an API that takes a key
/// or credential (<see cref="CredentialSinks"/>: credential types, HMAC and cipher keys, signing keys,
/// <c>Authorization</c> headers, a library's <c>apiKey</c> parameter); random-looking literals
/// (<see cref="SecretShapes.LooksRandom"/>) stored in secret/token/key-named symbols.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardCodedApiKeyAnalyzer : DiagnosticAnalyzer
{
    private const string RuleId = RuleIds.HardCodedApiKey;

    /// <summary>Minimum Shannon entropy (bits per character) of a literal in a secret-named symbol.</summary>
    internal static readonly DecimalOption MinEntropy = new("secret_min_entropy", 3.5);

    /// <summary>Minimum length of a literal in a secret-named symbol.</summary>
    internal static readonly IntOption MinLength = new("secret_min_length", 16);

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
        "max", "min", "limit", "usage", "algorithm", "alg",
        // A public key (or its token, an assembly's PublicKeyToken) is published on purpose.
        "public", "publickey",
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
            var sinks = CredentialSinks.Get(start.Compilation, start.Options);
            start.RegisterOperationAction(ctx => AnalyzeLiteral(ctx, settings, sinks, testAssembly), OperationKind.Literal);
        });
    }

    private sealed class Settings
    {
        public Settings(AnalyzerConfigOptions options)
        {
            Entropy = MinEntropy.Read(options, RuleId);
            Length = MinLength.Read(options, RuleId);
            IncludeTests = SharedOptions.IncludeTests.Read(options, RuleId);
        }

        public double Entropy { get; }

        public int Length { get; }

        public bool IncludeTests { get; }
    }

    private static void AnalyzeLiteral(OperationAnalysisContext context, PerTreeCache<Settings> cache, CredentialSinks sinks, bool testAssembly)
    {
        var literal = (ILiteralOperation)context.Operation;
        if (literal.ConstantValue.Value is not string value || value.Length < 2)
        {
            return;
        }

        var receiver = sinks.Destination(literal, out var reached);
        var format = SecretFormats.Find(value);
        if (format is null && receiver is not null)
        {
            if (sinks.IsKey(receiver))
            {
                // The API takes a key: the literal is one, whatever it looks like.
                format = SecretValues.IsPlaceholder(value) ? null : "AIREG502_Format_ConstantKey";
            }
            else if (sinks.IsHeaderCredential(receiver, reached))
            {
                var credential = CredentialSinks.HeaderCredential(value);
                format = credential.Length == 0 || SecretValues.IsPlaceholder(credential) ? null : "AIREG502_Format_ConstantKey";
            }
            else if (value.Length >= 8 && IsSecretName(receiver.Name))
            {
                format = IsRandomSecret(context, cache, literal, value, receiver, testAssembly) ? "AIREG502_Format_HighEntropy" : null;
            }
        }

        if (format is null || SecretValues.IsInAttribute(literal.Syntax))
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

    /// <summary>A literal in a secret-named symbol that looks machine-made (see <see cref="SecretShapes.LooksRandom"/>).</summary>
    private static bool IsRandomSecret(OperationAnalysisContext context, PerTreeCache<Settings> cache, ILiteralOperation literal, string value, ISymbol receiver, bool testAssembly)
    {
        var settings = cache.Get(literal.Syntax.SyntaxTree);
        return SecretShapes.LooksRandom(value, settings.Entropy, settings.Length)
            && !SecretValues.IsPlaceholder(value)
            && !SecretValues.IsGuid(value)
            && !IsNameLike(value, receiver.Name)
            && (settings.IncludeTests || (!testAssembly && !SecretValues.IsInTestCode(context.ContainingSymbol)));
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
