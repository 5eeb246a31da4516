namespace AiRegAnalyzers.Secrets;

/// <summary>
/// AIREG501: a string literal stored in or passed to a credential-named symbol (password, passwd, pwd,
/// passphrase, passcode, mima, plus <c>aireg.credential_words</c>); <c>Password=</c>/<c>Pwd=</c> in a
/// connection string, <c>user:pass@</c> in a URI, a password-named member of JSON text (<see cref="CredentialText"/>);
/// through the flow core (<see cref="ConstantTextSource"/>): a constant that reaches a library's password
/// parameter or property (<see cref="CredentialSinkCatalogue"/>), and a connection string or URI built from
/// parts whose password is a constant.
/// Placeholders, the word itself and test code are skipped; so are names (<see cref="SecretShapes.IsIdentifierShaped"/>)
/// and patterns in the application's own symbols, and local connection strings in an EF Core design-time factory.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardCodedCredentialAnalyzer() : AiRegAnalyzer(Descriptors.AIREG501_HardCodedCredential)
{
    private const string RuleId = RuleIds.HardCodedCredential;

    /// <summary>Words added to the built-in credential words.</summary>
    internal static readonly ListOption CredentialWords = new("credential_words");

    private static readonly string[] BuiltInWords = ["password", "passwd", "pwd", "passphrase", "passcode", "mima"];

    /// <summary>Name words saying the value is about the credential, not the credential itself.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "name", "names", "key", "keys", "property", "field", "column", "label", "hint", "placeholder", "prompt",
        "regex", "pattern", "format", "length", "min", "max", "policy", "strength", "rule", "rules", "hash", "hashed",
        "salt", "encrypted", "protected", "masked", "required", "expiry", "expires", "expiration", "age", "days",
        "reset", "forgot", "changed", "attempts", "count", "validator", "validation", "mask", "char", "chars",
        "option", "options", "type", "mode", "path", "file", "env", "environment", "variable", "var", "section",
        "setting", "settings", "config", "configuration", "url", "uri", "endpoint", "route", "link", "page", "view",
        "template", "param", "parameter", "claim", "id", "enabled", "resource", "title", "description", "caption",
        "tooltip", "selector", "input", "element", "xpath", "css", "attribute", "prefix", "suffix", "separator",
        "message", "error", "text", "header", "query", "question", "hint", "complexity", "history", "manager", "hasher",
        "expression", "recovery",
        // Outcomes about a password (error codes and messages: InvalidPassword = "28P01"), not the password.
        "invalid", "incorrect", "wrong", "mismatch", "failed", "failure", "expired",
    };

    /// <inheritdoc/>
    private protected override bool ReportsOutsideAnalyzedCode => true;

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var analysis = new Analysis(start.Compilation, start.Options);
        start.RegisterOperationAction(analysis.AnalyzeLiteral, OperationKind.Literal);
        start.RegisterOperationAction(analysis.AnalyzeSite, OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment);
        start.RegisterOperationAction(analysis.AnalyzeBuiltText, OperationKind.InterpolatedString, OperationKind.Binary);
    }

    private sealed class Settings
    {
        public Settings(AnalyzerConfigOptions options)
        {
            var extra = CredentialWords.Read(options, RuleId);
            var words = new List<string>(BuiltInWords);
            foreach (var word in extra)
            {
                words.Add(word.ToLowerInvariant());
            }

            Words = words.ToArray();
            IncludeTests = SharedOptions.IncludeTests.Read(options, RuleId);
        }

        public string[] Words { get; }

        public bool IncludeTests { get; }
    }

    /// <summary>One compilation's state: the literal's own shape and binding, and the flow core for what reaches a library password or is built into a connection string.</summary>
    private sealed class Analysis
    {
        private readonly bool _testAssembly;
        private readonly PerTreeCache<Settings> _settings;

        /// <summary>The built-in words when no tree adds any (<c>aireg.credential_words</c> unset, most projects): no lookup per call or literal.</summary>
        private readonly string[]? _uniformWords;
        private readonly CredentialSinks _sinks;
        private readonly CredentialSinkCatalogue _passwords;
        private readonly INamedTypeSymbol? _designTimeFactory;
        private readonly SecretReports _reports = new(Descriptors.AIREG501_HardCodedCredential);

        public Analysis(Compilation compilation, AnalyzerOptions options)
        {
            _testAssembly = TestProjects.IsTestProject(compilation);
            _settings = new PerTreeCache<Settings>(options, o => new Settings(o));
            _uniformWords = _settings.Any(compilation.SyntaxTrees, s => s.Words.Length != BuiltInWords.Length) ? null : BuiltInWords;
            _sinks = CredentialSinks.Get(compilation, options);
            _passwords = CredentialSinkCatalogue.Passwords(_sinks, Words);
            _designTimeFactory = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory`1");
        }

        public void AnalyzeLiteral(OperationAnalysisContext context)
        {
            var literal = (ILiteralOperation)context.Operation;
            if (Finding(literal, context.ContainingSymbol) is { } finding)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.AIREG501_HardCodedCredential,
                    literal.Syntax.GetLocation(),
                    SecretValues.FixNames(finding.Receiver, finding.Fallback, context.ContainingSymbol),
                    finding.Subject));
            }
        }

        /// <summary>A constant that reaches a library's password parameter or property, directly or through the flow core.</summary>
        public void AnalyzeSite(OperationAnalysisContext context)
        {
            var site = context.Operation;
            if (SecretReports.IsStringBuilder(site))
            {
                AnalyzeBuiltText(context);
                return;
            }

            var values = _passwords.DirectValues(site);
            if (values is null)
            {
                return;
            }

            foreach (var value in values)
            {
                if (ConstantTextSource.Find(value.Value) is { IsWhole: true } text
                    && text.LiteralAt(0) is { } literal
                    && IsCredentialValue(text.Text, Words(literal.Syntax.SyntaxTree)))
                {
                    Report(context, literal, SecretValues.Receiver(value.Value), value.Api, "password");
                }
            }
        }

        /// <summary>A connection string or URI built from parts (concatenation, interpolation, <c>string.Format</c>) whose password is a constant.</summary>
        public void AnalyzeBuiltText(OperationAnalysisContext context)
        {
            var built = context.Operation;
            if (!SecretReports.IsOutermostStringBuilder(built) || !SecretReports.MentionsCredentialText(built)
                || ConstantTextSource.Find(built) is not { } text)
            {
                return;
            }

            string fallback, passwordName;
            if (CredentialText.FindConnectionStringPassword(text.Text, out var start, out _))
            {
                if (_designTimeFactory is not null && CredentialText.HasLocalServer(text.Text) && IsInDesignTimeFactory(context.ContainingSymbol, _designTimeFactory))
                {
                    return;
                }

                fallback = "connection string";
                passwordName = "db password";
            }
            else if (CredentialText.FindUriPassword(text.Text, out start, out _))
            {
                fallback = "service url";
                passwordName = "service password";
            }
            else
            {
                return;
            }

            if (text.LiteralAt(start) is { } literal)
            {
                // The fix names the password after the literal's own symbol (a const or field), else after its role.
                var receiver = SecretValues.Receiver(built);
                Report(context, literal, SecretValues.Receiver(literal), receiver is null ? fallback : Describe(receiver), passwordName);
            }
        }

        /// <summary>Reports <paramref name="literal"/> once, unless it is reported for itself (<see cref="Finding"/>) or sits in an attribute or test code.</summary>
        private void Report(OperationAnalysisContext context, ILiteralOperation literal, ISymbol? receiver, string subject, string fallback)
        {
            var containing = SecretReports.ContainingSymbol(literal);
            var settings = _settings.Get(literal.Syntax.SyntaxTree);
            if ((!settings.IncludeTests && (_testAssembly || SecretValues.IsInTestCode(containing)))
                || Finding(literal, containing) is not null)
            {
                return;
            }

            _reports.Report(context, literal, SecretValues.FixNames(receiver, fallback, containing), subject);
        }

        /// <summary>What the literal is by itself: a password in a connection string, URI or JSON text, or a password-shaped value bound to a credential-named symbol of the application.</summary>
        private Finding? Finding(ILiteralOperation literal, ISymbol? containing)
        {
            if (LiteralText.Of(literal) is not { Length: >= 2 } value)
            {
                return null;
            }

            // The options are looked up only when a check needs them: most literals stop at the text tests.
            var tree = literal.Syntax.SyntaxTree;
            if (_testAssembly && !_settings.Get(tree).IncludeTests)
            {
                return null;
            }

            ISymbol? receiver;
            string? subject;
            var fallback = "password";
            if (CredentialText.MayHoldPassword(value) && (CredentialText.HasConnectionStringPassword(value) || CredentialText.HasUriPassword(value)))
            {
                if (_designTimeFactory is not null && CredentialText.HasLocalServer(value) && IsInDesignTimeFactory(containing, _designTimeFactory))
                {
                    // The EF Core tools' factory for migrations, pointing at a database on the developer's machine.
                    return null;
                }

                receiver = SecretValues.Receiver(literal);
                subject = receiver is null ? "connection string" : Describe(receiver);
                fallback = value.IndexOf("://", StringComparison.Ordinal) >= 0 ? "service url" : "connection string";
            }
            else if (CredentialText.HasJsonPassword(value, Words(tree)))
            {
                receiver = SecretValues.Receiver(literal);
                subject = receiver is null ? "JSON text" : Describe(receiver);
                fallback = "settings";
            }
            else
            {
                receiver = SecretValues.Receiver(literal);
                if (receiver is null
                    || !IsStringTyped(receiver)
                    || !IsCredentialName(receiver.Name, Words(tree))
                    || !IsCredentialValue(value, Words(tree)))
                {
                    return null;
                }

                if (_sinks.IsLibrary(receiver))
                {
                    // A library's password parameter or property is a sink of the flow core (AnalyzeSite); compared with a
                    // literal, it takes the password whatever it looks like.
                    if (SecretReports.IsSinkBinding(literal))
                    {
                        return null;
                    }
                }
                else if (SecretShapes.IsIdentifierShaped(value) || SecretShapes.IsPattern(value))
                {
                    // The application's own password-named symbols hold names, keys and rules too (ResetPassword, ^.{8,}$).
                    return null;
                }

                subject = Describe(receiver);
            }

            // Checked last: walking containing symbols and their attributes costs more than the checks above.
            if (SecretValues.IsInAttribute(literal.Syntax)
                || (!_settings.Get(tree).IncludeTests && SecretValues.IsInTestCode(containing)))
            {
                return null;
            }

            return new Finding(receiver, subject, fallback);
        }

        private string[] Words(SyntaxTree tree) => _uniformWords ?? _settings.Get(tree).Words;
    }

    private sealed class Finding
    {
        public Finding(ISymbol? receiver, string subject, string fallback)
        {
            Receiver = receiver;
            Subject = subject;
            Fallback = fallback;
        }

        public ISymbol? Receiver { get; }

        public string Subject { get; }

        public string Fallback { get; }
    }

    private static bool IsInDesignTimeFactory(ISymbol? containing, INamedTypeSymbol factory)
    {
        var type = containing as INamedTypeSymbol ?? containing?.ContainingType;
        if (type is null)
        {
            return false;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, factory))
            {
                return true;
            }
        }

        return false;
    }

    internal static string Describe(ISymbol receiver) =>
        receiver is IParameterSymbol { ContainingSymbol: IMethodSymbol method } parameter
            ? (method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name) + "(" + parameter.Name + ")"
            : receiver.Name;

    internal static bool IsStringTyped(ISymbol symbol)
    {
        var type = symbol switch
        {
            IPropertySymbol p => p.Type,
            IFieldSymbol f => f.Type,
            ILocalSymbol l => l.Type,
            IParameterSymbol p => p.Type,
            _ => null,
        };
        return type is null or { SpecialType: SpecialType.System_String or SpecialType.System_Object } or IErrorTypeSymbol;
    }

    internal static bool IsCredentialName(string name, string[] credentialWords)
    {
        var candidate = false;
        foreach (var word in credentialWords)
        {
            if (name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                candidate = true;
                break;
            }
        }

        if (!candidate)
        {
            return false;
        }

        var matched = false;
        foreach (var word in IdentifierWords.Split(name))
        {
            if (StopWords.Contains(word))
            {
                return false;
            }

            foreach (var credentialWord in credentialWords)
            {
                if (word == credentialWord || (credentialWord.Length >= 6 && word.EndsWith(credentialWord, StringComparison.Ordinal)))
                {
                    matched = true;
                }
            }
        }

        return matched;
    }

    /// <summary>Not a placeholder, and no segment of the value is a credential word (<c>"Password"</c>, <c>"Smtp:Password"</c>, <c>"Enter password"</c>).</summary>
    internal static bool IsCredentialValue(string value, string[] credentialWords)
    {
        if (SecretValues.IsPlaceholder(value))
        {
            return false;
        }

        var start = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            if (i == value.Length || value[i] is ':' or '.' or '_' or '-' or '/' or ' ' or '=')
            {
                var length = i - start;
                foreach (var word in credentialWords)
                {
                    if (length == word.Length && string.Compare(value, start, word, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
                    {
                        return false;
                    }
                }

                start = i + 1;
            }
        }

        return true;
    }
}
