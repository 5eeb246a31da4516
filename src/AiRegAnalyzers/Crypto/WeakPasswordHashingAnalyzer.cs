using System.Globalization;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRegAnalyzers.Crypto;

/// <summary>
/// AIREG306:
/// <list type="bullet">
/// <item>a password-named value hashed with a fast hash (<c>SHA256.HashData</c>, <c>MD5.HashData</c>,
/// <c>HashAlgorithm.ComputeHash</c>, <c>CryptographicOperations.HashData</c>), also through a local
/// such as <c>var bytes = Encoding.UTF8.GetBytes(password)</c>; no fix (a salt must be stored);</item>
/// <item>PBKDF2 (<c>new Rfc2898DeriveBytes</c>, <c>Rfc2898DeriveBytes.Pbkdf2</c>,
/// <c>KeyDerivation.Pbkdf2</c>) with SHA-1/MD5 or with a constant iteration count below the
/// minimum for its hash; fix: SHA-256 and the configured minimum;</item>
/// <item>PBKDF2 with a constant salt (no fix);</item>
/// <item>ASP.NET Core Identity <c>PasswordHasherOptions.IterationCount</c> below the minimum and
/// <c>CompatibilityMode = IdentityV2</c>; fix: raise / IdentityV3.</item>
/// </list>
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WeakPasswordHashingAnalyzer() : AiRegAnalyzer(Descriptors.AIREG306_WeakPasswordHashing)
{
    internal const string KindPbkdf2 = nameof(FixKind.Pbkdf2);
    internal const string KindIdentityIterations = nameof(FixKind.IdentityIterations);
    internal const string KindIdentityV3 = nameof(FixKind.IdentityV3);

    private const string RuleId = RuleIds.WeakPasswordHashing;

    /// <summary>Minimum PBKDF2 iterations with HMAC-SHA256 (and SHA384, and unknown hashes).</summary>
    internal static readonly IntOption MinPbkdf2Iterations = new("min_pbkdf2_iterations", 600_000);

    /// <summary>Minimum PBKDF2 iterations with HMAC-SHA512.</summary>
    internal static readonly IntOption MinPbkdf2Sha512Iterations = new("min_pbkdf2_sha512_iterations", 210_000);

    /// <summary>Whether PBKDF2 with HMAC-SHA1 is accepted at all (then with <see cref="MinPbkdf2Sha1Iterations"/>).</summary>
    internal static readonly BoolOption AllowPbkdf2Sha1 = new("allow_pbkdf2_sha1", false);

    /// <summary>Minimum PBKDF2 iterations with HMAC-SHA1 when SHA-1 is allowed.</summary>
    internal static readonly IntOption MinPbkdf2Sha1Iterations = new("min_pbkdf2_sha1_iterations", 1_300_000);

    /// <summary>Minimum <c>PasswordHasherOptions.IterationCount</c> (ASP.NET Core Identity, PBKDF2-HMAC-SHA512).</summary>
    internal static readonly IntOption MinIdentityIterations = new("min_identity_iterations", 100_000);

    /// <summary>Words of a password-like name; replaces the built-in list.</summary>
    internal static readonly ListOption PasswordWords = new("password_words");

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var compilation = context.Compilation;
        var types = new Types(compilation);
        var bouncyCastle = BouncyCastleTypes.Get(compilation);
        if (types.HashAlgorithm is null && types.KeyDerivation is null && types.PasswordHasherOptions is null && bouncyCastle is null)
        {
            return;
        }

        var options = new PerTreeCache<Settings>(context.Options, o => new Settings(o));

        context.RegisterOperationAction(c => AnalyzeInvocation(c, types, options), OperationKind.Invocation);
        if (bouncyCastle is not null)
        {
            context.RegisterOperationAction(c => AnalyzeBouncyCastleDigest(c, bouncyCastle, options), OperationKind.Invocation);
        }
        if (types.Rfc2898 is not null)
        {
            context.RegisterOperationAction(
                c =>
                {
                    var creation = (IObjectCreationOperation)c.Operation;
                    if (SymbolEqualityComparer.Default.Equals(creation.Type, types.Rfc2898))
                    {
                        CheckPbkdf2(c, creation.Arguments, creation.Syntax, "Rfc2898DeriveBytes", "hashAlgorithm", "iterations", types, options.Get(creation.Syntax.SyntaxTree));
                    }
                },
                OperationKind.ObjectCreation);
        }

        if (types.PasswordHasherOptions is not null)
        {
            context.RegisterOperationAction(c => AnalyzeIdentityOptions(c, types, options), OperationKind.SimpleAssignment);
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, Types types, PerTreeCache<Settings> options)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        switch (method.Name)
        {
            case "Pbkdf2" when method.IsStatic && SymbolEqualityComparer.Default.Equals(method.ContainingType, types.Rfc2898):
                CheckPbkdf2(context, invocation.Arguments, invocation.Syntax, "Rfc2898DeriveBytes.Pbkdf2", "hashAlgorithm", "iterations", types, options.Get(invocation.Syntax.SyntaxTree));
                break;
            case "Pbkdf2" when method.IsStatic && SymbolEqualityComparer.Default.Equals(method.ContainingType, types.KeyDerivation):
                CheckPbkdf2(context, invocation.Arguments, invocation.Syntax, "KeyDerivation.Pbkdf2", "prf", "iterationCount", types, options.Get(invocation.Syntax.SyntaxTree));
                break;
            case "HashData" or "HashDataAsync" or "TryHashData" when method.IsStatic
                && (CryptoHelpers.IsOrDerivesFrom(method.ContainingType, types.HashAlgorithm) || SymbolEqualityComparer.Default.Equals(method.ContainingType, types.CryptographicOperations)):
                CheckFastHash(context, invocation, CryptoHelpers.FindArgument(invocation.Arguments, "source"), options);
                break;
            case "ComputeHash" or "ComputeHashAsync" or "TryComputeHash" when !method.IsStatic
                && CryptoHelpers.IsOrDerivesFrom(method.ContainingType, types.HashAlgorithm)
                && invocation.Arguments.Length > 0:
                CheckFastHash(context, invocation, invocation.Arguments[0], options);
                break;
        }
    }

    /// <summary>
    /// BouncyCastle digests (SM3 or any other) over a password: <c>DigestUtilities.CalculateDigest(name, input)</c>,
    /// <c>DigestUtilities.DoFinal(digest, input)</c> and <c>digest.BlockUpdate(input, …)</c> on any <c>IDigest</c>
    /// (<c>SM3Digest</c>, <c>Sha256Digest</c>...). An HMAC (<c>IMac</c>) is not a digest and is not reported.
    /// </summary>
    private static void AnalyzeBouncyCastleDigest(OperationAnalysisContext context, BouncyCastleTypes bouncyCastle, PerTreeCache<Settings> options)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        IArgumentOperation? input = method.Name switch
        {
            "CalculateDigest" or "DoFinal" when method.IsStatic && SymbolEqualityComparer.Default.Equals(method.ContainingType, bouncyCastle.DigestUtilities) && invocation.Arguments.Length >= 2
                => invocation.Arguments[1],
            "BlockUpdate" when !method.IsStatic && invocation.Arguments.Length >= 1 && invocation.Instance is { } digest
                && bouncyCastle.IsDigest(digest.Type)
                => invocation.Arguments[0],
            _ => null,
        };
        CheckFastHash(context, invocation, input, options);
    }

    private static void CheckFastHash(OperationAnalysisContext context, IInvocationOperation invocation, IArgumentOperation? input, PerTreeCache<Settings> options)
    {
        if (input is null)
        {
            return;
        }

        var settings = options.Get(invocation.Syntax.SyntaxTree);
        if (MentionsPassword(input.Value, settings.Passwords, depth: 0))
        {
            Report(context, invocation.Syntax, settings, settings.MinSha256, ImmutableDictionary<string, string?>.Empty);
        }
    }

    /// <summary>Whether the value is computed from a password-named symbol (through conversions, encodings, concatenation and up to two locals).</summary>
    private static bool MentionsPassword(IOperation value, SecurityWords passwords, int depth)
    {
        if (IsPasswordReference(value, passwords, depth))
        {
            return true;
        }

        foreach (var descendant in value.Descendants())
        {
            if (IsPasswordReference(descendant, passwords, depth))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPasswordReference(IOperation operation, SecurityWords passwords, int depth)
    {
        switch (operation)
        {
            case IParameterReferenceOperation parameter:
                return passwords.IsMatch(parameter.Parameter.Name);
            case IFieldReferenceOperation field:
                return passwords.IsMatch(field.Field.Name);
            case IPropertyReferenceOperation property:
                return passwords.IsMatch(property.Property.Name);
            case ILocalReferenceOperation local:
                if (passwords.IsMatch(local.Local.Name))
                {
                    return true;
                }

                if (depth < 2
                    && local.Local.DeclaringSyntaxReferences.Length == 1
                    && local.Local.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } initializer }
                    && initializer.SyntaxTree == operation.Syntax.SyntaxTree
                    && operation.SemanticModel?.GetOperation(initializer) is { } initial)
                {
                    return MentionsPassword(initial, passwords, depth + 1);
                }

                return false;
            default:
                return false;
        }
    }

    private static void CheckPbkdf2(
        OperationAnalysisContext context,
        ImmutableArray<IArgumentOperation> arguments,
        SyntaxNode syntax,
        string api,
        string hashParameter,
        string iterationsParameter,
        Types types,
        Settings settings)
    {
        // Constant salt: reported on the salt, no fix.
        var salt = CryptoHelpers.FindArgument(arguments, "salt");
        if (salt is { ArgumentKind: ArgumentKind.Explicit } && salt.Value.Type is not { SpecialType: SpecialType.System_Int32 } && ConstantBytesSource.IsConstant(salt.Value))
        {
            Report(context, salt.Value.Syntax, settings, settings.MinSha256, ImmutableDictionary<string, string?>.Empty);
        }

        // Hash: absent means SHA-1 (the old Rfc2898DeriveBytes constructors).
        var hashArgument = CryptoHelpers.FindArgument(arguments, hashParameter);
        string? hash = hashArgument is null ? "SHA1" : HashName(hashArgument.Value, types);
        var iterationsArgument = CryptoHelpers.FindArgument(arguments, iterationsParameter);
        int? iterations = iterationsArgument is null ? 1000 : CryptoHelpers.ConstantInt(iterationsArgument.Value);

        var weakHash = hash is "MD5" || (hash is "SHA1" && !settings.AllowSha1);
        var targetHash = weakHash || hash is null ? "SHA256" : hash;
        var minimum = targetHash switch
        {
            "SHA512" => settings.MinSha512,
            "SHA1" => settings.MinSha1,
            _ => hash is null ? Math.Min(settings.MinSha256, settings.MinSha512) : settings.MinSha256,
        };
        var lowIterations = iterations is { } count && count < minimum;
        if (!weakHash && !lowIterations)
        {
            return;
        }

        if (hash is null)
        {
            // Unknown hash and a low count: the fix raises the count to the SHA-256 minimum, which suits any hash.
            minimum = settings.MinSha256;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.FixKind, KindPbkdf2);
        if (weakHash || hashArgument is null)
        {
            properties = properties.Add(DiagnosticProperties.Hash, targetHash);
        }

        if (iterations is { } n && n < minimum)
        {
            properties = properties.Add(DiagnosticProperties.Iterations, minimum.ToString(CultureInfo.InvariantCulture));
        }

        // Under the national profile a fix that selects SHA-256 would trade this finding for AIREG308.
        if (settings.Profile.IsNational && properties.ContainsKey(DiagnosticProperties.Hash))
        {
            properties = ImmutableDictionary<string, string?>.Empty;
        }

        Report(context, syntax, settings, minimum, properties, Describe(api, hash, iterations));
    }

    /// <summary>"Rfc2898DeriveBytes (SHA1, 1,000 iterations)", in the message's language.</summary>
    private static object Describe(string api, string? hash, int? iterations) =>
        iterations is { } n
            ? Resources.Localizable("AIREG306_CallWithIterations", api, hash ?? "?", n.ToString("N0", CultureInfo.InvariantCulture))
            : api + " (" + (hash ?? "?") + ")";

    /// <summary>SHA1, SHA256, ... for <c>HashAlgorithmName.X</c> or <c>KeyDerivationPrf.HMACX</c>; null when not constant.</summary>
    private static string? HashName(IOperation value, Types types)
    {
        value = CryptoHelpers.Unwrap(value);
        if (value is IPropertyReferenceOperation { Property: { IsStatic: true } property }
            && SymbolEqualityComparer.Default.Equals(property.ContainingType, types.HashAlgorithmName))
        {
            return property.Name;
        }

        if (value is IFieldReferenceOperation { Field: { } field }
            && SymbolEqualityComparer.Default.Equals(field.ContainingType, types.KeyDerivationPrf)
            && field.Name.StartsWith("HMAC", StringComparison.Ordinal))
        {
            return field.Name.Substring(4);
        }

        return null;
    }

    private static void AnalyzeIdentityOptions(OperationAnalysisContext context, Types types, PerTreeCache<Settings> options)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation { Property: { } property }
            || !SymbolEqualityComparer.Default.Equals(property.ContainingType, types.PasswordHasherOptions))
        {
            return;
        }

        var settings = options.Get(assignment.Syntax.SyntaxTree);
        if (property.Name == "IterationCount")
        {
            if (CryptoHelpers.ConstantInt(assignment.Value) is { } count && count < settings.MinIdentity)
            {
                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add(DiagnosticProperties.FixKind, KindIdentityIterations)
                    .Add(DiagnosticProperties.Iterations, settings.MinIdentity.ToString(CultureInfo.InvariantCulture));
                Report(context, assignment.Value.Syntax, settings, settings.MinIdentity, properties, "PasswordHasherOptions.IterationCount = " + count.ToString("N0", CultureInfo.InvariantCulture));
            }
        }
        else if (property.Name == "CompatibilityMode"
            && CryptoHelpers.Unwrap(assignment.Value) is IFieldReferenceOperation { Field.Name: "IdentityV2" } mode)
        {
            Report(
                context,
                mode.Syntax,
                settings,
                settings.MinIdentity,
                ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.FixKind, KindIdentityV3),
                "PasswordHasherCompatibilityMode.IdentityV2");
        }
    }

    private static void Report(OperationAnalysisContext context, SyntaxNode syntax, Settings settings, int minimum, ImmutableDictionary<string, string?> properties, object? what = null) =>
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.AIREG306_WeakPasswordHashing,
            syntax.GetLocation(),
            properties,
            what ?? CryptoHelpers.Describe(syntax),
            minimum.ToString("N0", CultureInfo.InvariantCulture),
            settings.Profile.Pbkdf2Prf));

    private sealed class Settings
    {
        public Settings(AnalyzerConfigOptions options)
        {
            MinSha256 = MinPbkdf2Iterations.Read(options, RuleId);
            MinSha512 = MinPbkdf2Sha512Iterations.Read(options, RuleId);
            AllowSha1 = AllowPbkdf2Sha1.Read(options, RuleId);
            MinSha1 = MinPbkdf2Sha1Iterations.Read(options, RuleId);
            MinIdentity = MinIdentityIterations.Read(options, RuleId);
            Passwords = SecurityWords.ForPasswords(PasswordWords.Read(options, RuleId));
            Profile = CryptoProfile.Option.Read(options);
        }

        public CryptoProfile Profile { get; }

        public int MinSha256 { get; }

        public int MinSha512 { get; }

        public bool AllowSha1 { get; }

        public int MinSha1 { get; }

        public int MinIdentity { get; }

        public SecurityWords Passwords { get; }
    }

    private sealed class Types
    {
        public Types(Compilation compilation)
        {
            HashAlgorithm = compilation.GetTypeByMetadataName("System.Security.Cryptography.HashAlgorithm");
            HashAlgorithmName = compilation.GetTypeByMetadataName("System.Security.Cryptography.HashAlgorithmName");
            CryptographicOperations = compilation.GetTypeByMetadataName("System.Security.Cryptography.CryptographicOperations");
            Rfc2898 = compilation.GetTypeByMetadataName("System.Security.Cryptography.Rfc2898DeriveBytes");
            KeyDerivation = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Cryptography.KeyDerivation.KeyDerivation");
            KeyDerivationPrf = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Cryptography.KeyDerivation.KeyDerivationPrf");
            PasswordHasherOptions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Identity.PasswordHasherOptions");
        }

        public INamedTypeSymbol? HashAlgorithm { get; }

        public INamedTypeSymbol? HashAlgorithmName { get; }

        public INamedTypeSymbol? CryptographicOperations { get; }

        public INamedTypeSymbol? Rfc2898 { get; }

        public INamedTypeSymbol? KeyDerivation { get; }

        public INamedTypeSymbol? KeyDerivationPrf { get; }

        public INamedTypeSymbol? PasswordHasherOptions { get; }
    }
}
