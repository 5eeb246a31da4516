namespace AiRegAnalyzers.Secrets;

/// <summary>
/// AIREG502: literals in known secret formats (anywhere); any constant that reaches an API that takes a key
/// or credential (<see cref="CredentialSinkCatalogue"/>: credential types, HMAC and cipher keys, signing keys,
/// <c>Authorization</c> headers, a library's <c>apiKey</c> parameter), followed by the flow core through
/// locals, fields, constants, getters and methods (<see cref="ConstantTextSource"/>); random-looking literals
/// (<see cref="SecretShapes.LooksRandom"/>) stored in secret/token/key-named symbols.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardCodedApiKeyAnalyzer() : AiRegAnalyzer(Descriptors.AIREG502_HardCodedApiKey)
{
    private const string RuleId = RuleIds.HardCodedApiKey;

    /// <summary>Minimum Shannon entropy (bits per character) of a literal in a secret-named symbol.</summary>
    internal static readonly DecimalOption MinEntropy = new("secret_min_entropy", 3.5);

    /// <summary>Minimum length of a literal in a secret-named symbol.</summary>
    internal static readonly IntOption MinLength = new("secret_min_length", 16);

    private static readonly HashSet<string> SecretWords = new(StringComparer.Ordinal)
    {
        "secret", "secrets", "token", "apikey", "bearer", "passkey", "privatekey", "accesskey", "secretkey",
        "auth", "credential", "credentials",
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

    /// <inheritdoc/>
    private protected override bool ReportsOutsideAnalyzedCode => true;

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var analysis = new Analysis(start.Compilation, start.Options);
        start.RegisterOperationAction(analysis.AnalyzeLiteral, OperationKind.Literal);
        start.RegisterOperationAction(analysis.AnalyzeSite, OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment);
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

    /// <summary>One compilation's state: the literal's own format and binding, and the flow core for constants that reach a key or credential API.</summary>
    private sealed class Analysis
    {
        private readonly bool _testAssembly;
        private readonly PerTreeCache<Settings> _settings;
        private readonly CredentialSinkCatalogue _keys;
        private readonly SecretReports _reports = new(Descriptors.AIREG502_HardCodedApiKey);

        public Analysis(Compilation compilation, AnalyzerOptions options)
        {
            _testAssembly = TestProjects.IsTestProject(compilation);
            _settings = new PerTreeCache<Settings>(options, o => new Settings(o));
            _keys = CredentialSinkCatalogue.Keys(CredentialSinks.Get(compilation, options));
        }

        public void AnalyzeLiteral(OperationAnalysisContext context)
        {
            var literal = (ILiteralOperation)context.Operation;
            if (Format(literal, context.ContainingSymbol, out var receiver) is not { } format)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.AIREG502_HardCodedApiKey,
                literal.Syntax.GetLocation(),
                SecretValues.FixNames(receiver, "api key", context.ContainingSymbol),
                Resources.Localizable(format),
                receiver is null ? "string literal" : HardCodedCredentialAnalyzer.Describe(receiver)));
        }

        /// <summary>
        /// A constant that reaches a library API taking a key or credential, directly or through the flow core:
        /// a secret whatever it looks like (the API says what it is).
        /// </summary>
        public void AnalyzeSite(OperationAnalysisContext context)
        {
            var values = _keys.DirectValues(context.Operation);
            if (values is null)
            {
                return;
            }

            foreach (var value in values)
            {
                if (ConstantTextSource.Find(value.Value) is not { IsWhole: true } text)
                {
                    continue;
                }

                // The authentication scheme of a header value (Bearer, Basic) is not the secret.
                var credential = CredentialSinks.HeaderCredential(text.Text);
                if (credential.Length == 0 || SecretValues.IsPlaceholder(credential)
                    || text.LiteralAt(text.Text.IndexOf(credential, StringComparison.Ordinal)) is not { } literal)
                {
                    continue;
                }

                var containing = SecretReports.ContainingSymbol(literal);
                if (Format(literal, containing, out _) is null)
                {
                    _reports.Report(
                        context,
                        literal,
                        SecretValues.FixNames(SecretValues.Receiver(value.Value), "api key", containing),
                        Resources.Localizable(SecretFormats.Find(credential) ?? "AIREG502_Format_ConstantKey"),
                        value.Api);
                }
            }
        }

        /// <summary>What the literal is by itself: a known secret format anywhere, or a random-looking value bound to a secret-named symbol.</summary>
        private string? Format(ILiteralOperation literal, ISymbol? containing, out ISymbol? receiver)
        {
            receiver = null;

            // Shorter than any format and than a random-looking secret: most literals stop here, before any symbol is looked at.
            if (LiteralText.Of(literal) is not { Length: >= 8 } value)
            {
                return null;
            }

            var format = SecretFormats.Find(value);
            if (format is null)
            {
                // A phrase (a space) is no random-looking key: most long literals stop before the symbol is looked at.
                if (!SecretShapes.MayLookRandom(value))
                {
                    return null;
                }

                receiver = SecretValues.Receiver(literal);
                if (receiver is not null && IsSecretName(receiver.Name) && IsRandomSecret(literal, value, receiver, containing))
                {
                    format = "AIREG502_Format_HighEntropy";
                }
            }
            else
            {
                receiver = SecretValues.Receiver(literal);
            }

            return format is null || SecretValues.IsInAttribute(literal.Syntax) ? null : format;
        }

        /// <summary>A literal in a secret-named symbol that looks machine-made (see <see cref="SecretShapes.LooksRandom"/>).</summary>
        private bool IsRandomSecret(ILiteralOperation literal, string value, ISymbol receiver, ISymbol? containing)
        {
            var settings = _settings.Get(literal.Syntax.SyntaxTree);
            return SecretShapes.LooksRandom(value, settings.Entropy, settings.Length)
                && !SecretValues.IsPlaceholder(value)
                && !SecretValues.IsGuid(value)
                && !IsNameLike(value, receiver.Name)
                && (settings.IncludeTests || (!_testAssembly && !SecretValues.IsInTestCode(containing)));
        }
    }

    internal static bool IsSecretName(string name)
    {
        if (name.IndexOf("secret", StringComparison.OrdinalIgnoreCase) < 0
            && name.IndexOf("token", StringComparison.OrdinalIgnoreCase) < 0
            && name.IndexOf("key", StringComparison.OrdinalIgnoreCase) < 0
            && name.IndexOf("bearer", StringComparison.OrdinalIgnoreCase) < 0
            && name.IndexOf("auth", StringComparison.OrdinalIgnoreCase) < 0
            && name.IndexOf("credential", StringComparison.OrdinalIgnoreCase) < 0)
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
