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
/// AIREG501: a string literal stored in or passed to a credential-named symbol (password, passwd, pwd,
/// passphrase, passcode, mima, plus <c>aireg.credential_words</c>); <c>Password=</c>/<c>Pwd=</c> in a
/// connection string, <c>user:pass@</c> in a URI, a password-named member of JSON text (<see cref="CredentialText"/>).
/// Placeholders, the word itself and test code are skipped; so are names (<see cref="SecretShapes.IsIdentifierShaped"/>)
/// and patterns in the application's own symbols, and local connection strings in an EF Core design-time factory.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardCodedCredentialAnalyzer : DiagnosticAnalyzer
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
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.AIREG501_HardCodedCredential);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var testAssembly = TestProjects.IsTestProject(start.Compilation);
            var settings = new PerTreeCache<Settings>(start.Options, o => new Settings(o));
            var sinks = CredentialSinks.Get(start.Compilation, start.Options);
            var designTimeFactory = start.Compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory`1");
            start.RegisterOperationAction(ctx => AnalyzeLiteral(ctx, settings, sinks, designTimeFactory, testAssembly), OperationKind.Literal);
        });
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

    private static void AnalyzeLiteral(OperationAnalysisContext context, PerTreeCache<Settings> cache, CredentialSinks sinks, INamedTypeSymbol? designTimeFactory, bool testAssembly)
    {
        var literal = (ILiteralOperation)context.Operation;
        if (literal.ConstantValue.Value is not string value || value.Length < 2)
        {
            return;
        }

        var settings = cache.Get(literal.Syntax.SyntaxTree);
        if (testAssembly && !settings.IncludeTests)
        {
            return;
        }

        string? subject = null;
        ISymbol? receiver = null;
        string fallback = "password";
        if (CredentialText.HasConnectionStringPassword(value) || CredentialText.HasUriPassword(value))
        {
            if (designTimeFactory is not null && CredentialText.HasLocalServer(value) && IsInDesignTimeFactory(context.ContainingSymbol, designTimeFactory))
            {
                // The EF Core tools' factory for migrations, pointing at a database on the developer's machine.
                return;
            }

            receiver = SecretValues.Receiver(literal);
            subject = receiver is null ? "connection string" : Describe(receiver);
            fallback = value.IndexOf("://", StringComparison.Ordinal) >= 0 ? "service url" : "connection string";
        }
        else if (CredentialText.HasJsonPassword(value, settings.Words))
        {
            receiver = SecretValues.Receiver(literal);
            subject = receiver is null ? "JSON text" : Describe(receiver);
            fallback = "settings";
        }
        else
        {
            receiver = sinks.Destination(literal, out var reached);
            if (receiver is null
                || (reached == literal && !IsStringTyped(receiver))
                || !IsCredentialName(receiver.Name, settings.Words)
                || !IsCredentialValue(value, settings.Words)
                || (!sinks.IsLibrary(receiver) && (SecretShapes.IsIdentifierShaped(value) || SecretShapes.IsPattern(value))))
            {
                // A library's password parameter or property takes the password whatever it looks like; the
                // application's own password-named symbols hold names, keys and rules too (ResetPassword, ^.{8,}$).
                return;
            }

            subject = Describe(receiver);
        }

        // Checked last: walking containing symbols and their attributes costs more than the checks above.
        if (SecretValues.IsInAttribute(literal.Syntax)
            || (!settings.IncludeTests && SecretValues.IsInTestCode(context.ContainingSymbol)))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.AIREG501_HardCodedCredential,
            literal.Syntax.GetLocation(),
            SecretValues.FixNames(receiver, fallback, context.ContainingSymbol),
            subject));
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

    private static bool IsStringTyped(ISymbol symbol)
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
