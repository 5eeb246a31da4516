using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRegAnalyzers.Crypto;

/// <summary>
/// AIREG301: MD5, SHA-1, RIPEMD-160 and their HMACs, created by constructor, <c>Create()</c>,
/// the static one-shot <c>HashData</c> family, by name (<c>HashAlgorithm.Create("MD5")</c>,
/// <c>CryptoConfig.CreateFromName</c>) or selected through <c>HashAlgorithmName.MD5/SHA1</c>
/// (signatures, <c>IncrementalHash</c>, <c>CryptographicOperations.HashData</c>; PBKDF2 is AIREG306's).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WeakHashAlgorithmAnalyzer() : AiRegAnalyzer(Descriptors.AIREG301_WeakHashAlgorithm)
{
    internal const string KindStaticType = nameof(FixKind.StaticType);
    internal const string KindCreate = nameof(FixKind.Create);
    internal const string KindNewType = nameof(FixKind.NewType);
    internal const string KindHashName = nameof(FixKind.HashName);

    internal const string Sha256 = "SHA256";
    internal const string HmacSha256 = "HMACSHA256";
    internal const string HashNameSha256 = "HashAlgorithmName.SHA256";

    /// <summary>What BouncyCastle code uses instead of a weak digest (the message only: no fix).</summary>
    internal const string BouncyCastleSha256 = "Sha256Digest";

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var compilation = context.Compilation;
        var hashAlgorithm = compilation.GetTypeByMetadataName("System.Security.Cryptography.HashAlgorithm");
        if (hashAlgorithm is null)
        {
            return;
        }

        var types = new Types(
            hashAlgorithm,
            CryptoHelpers.Resolve(compilation, "System.Security.Cryptography.MD5", "System.Security.Cryptography.SHA1", "System.Security.Cryptography.RIPEMD160"),
            CryptoHelpers.Resolve(compilation, "System.Security.Cryptography.HMACMD5", "System.Security.Cryptography.HMACSHA1", "System.Security.Cryptography.HMACRIPEMD160"),
            CryptoHelpers.Resolve(compilation, "System.Security.Cryptography.HashAlgorithm", "System.Security.Cryptography.KeyedHashAlgorithm", "System.Security.Cryptography.HMAC", "System.Security.Cryptography.CryptoConfig"),
            compilation.GetTypeByMetadataName("System.Security.Cryptography.HashAlgorithmName"),
            CryptoHelpers.Resolve(compilation, "System.Security.Cryptography.Rfc2898DeriveBytes"),
            CryptoProfile.CreateCache(context.Options),
            BouncyCastleTypes.Get(compilation));

        context.RegisterOperationAction(c => AnalyzeCreation(c, types), OperationKind.ObjectCreation);
        context.RegisterOperationAction(c => AnalyzeInvocation(c, types), OperationKind.Invocation);
        if (types.HashAlgorithmName is not null)
        {
            context.RegisterOperationAction(c => AnalyzePropertyReference(c, types), OperationKind.PropertyReference);
        }
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, Types types)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is not INamedTypeSymbol type)
        {
            return;
        }

        if (types.HashAlgorithms.Find(type) is null)
        {
            // BouncyCastle: new MD5Digest(), new Sha1Digest(), new RipeMD160Digest() (no fix: the digest size changes).
            if (types.BouncyCastle?.FamilyOfLibraryType(type) == AlgorithmFamily.WeakHash)
            {
                Report(context, types, creation.Syntax, type.Name, BouncyCastleSha256, null);
            }

            return;
        }

        if (CryptoHelpers.FindRoot(type, types.WeakHashes) is { } hashRoot)
        {
            // new MD5CryptoServiceProvider(), new SHA1Managed(): replaced by SHA256.Create().
            var fixable = creation.Initializer is null && creation.Arguments.Length == 0;
            Report(context, types, creation.Syntax, hashRoot.Name, Sha256, fixable ? KindCreate : null);
        }
        else if (CryptoHelpers.FindRoot(type, types.WeakHmacs) is { } hmacRoot)
        {
            // new HMACSHA1(key) → new HMACSHA256(key); a derived class or the obsolete (key, bool) overload gets no fix.
            if (IsProtocolHmacSha1(context, creation, hmacRoot.Name))
            {
                return;
            }

            var fixable = SymbolEqualityComparer.Default.Equals(type, hmacRoot) && creation.Arguments.Length <= 1;
            Report(context, types, creation.Syntax, hmacRoot.Name, HmacSha256, fixable ? KindNewType : null);
        }
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, Types types)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!method.IsStatic)
        {
            return;
        }

        var name = method.Name;
        var containing = method.ContainingType;
        if (types.BouncyCastle is { } bouncyCastle && invocation.Arguments.Length > 0
            && (SymbolEqualityComparer.Default.Equals(containing, bouncyCastle.DigestUtilities) || SymbolEqualityComparer.Default.Equals(containing, bouncyCastle.MacUtilities)))
        {
            // DigestUtilities.GetDigest("MD5"), MacUtilities.CalculateMac("HMAC-SHA1", key, data); the name may come through a local.
            if (ConstantTextSource.FindName(invocation.Arguments[0].Value) is { } algorithm)
            {
                var family = bouncyCastle.NameFamily(method, algorithm);
                if (family == AlgorithmFamily.WeakHash)
                {
                    Report(context, types, invocation.Arguments[0].Value.Syntax, algorithm, BouncyCastleSha256, null);
                }
                else if (family == AlgorithmFamily.WeakHmac && !IsProtocolHmacSha1(context, invocation, algorithm))
                {
                    Report(context, types, invocation.Arguments[0].Value.Syntax, algorithm, HmacSha256, null);
                }
            }

            return;
        }

        if (name is "Create" or "HashData" or "HashDataAsync" or "TryHashData")
        {
            if (CryptoHelpers.IsAny(containing, types.WeakHashes))
            {
                Report(context, types, invocation.Syntax, containing.Name, Sha256, FixKindForStatic(name), invocation);
                return;
            }

            if (CryptoHelpers.IsAny(containing, types.WeakHmacs))
            {
                if (IsProtocolHmacSha1(context, invocation, containing.Name))
                {
                    return;
                }

                Report(context, types, invocation.Syntax, containing.Name, HmacSha256, name == "Create" ? null : FixKindForStatic(name), invocation);
                return;
            }
        }

        if (name == "Create" && invocation.Arguments.Length == 0 && CryptoHelpers.IsAny(containing, types.ByNameFactories))
        {
            AnalyzeDefaultCreate(context, types, invocation, containing);
            return;
        }

        if ((name == "Create" || name == "CreateFromName") && CryptoHelpers.IsAny(containing, types.ByNameFactories) && invocation.Arguments.Length >= 1)
        {
            // The name may come through a local, a field, a parameter's default or a method of the application.
            var algorithm = ConstantTextSource.FindName(invocation.Arguments[0].Value);
            if (algorithm is null)
            {
                return;
            }

            var weak = WeakAlgorithmNames.Classify(algorithm);
            if (weak == WeakAlgorithmNames.Kind.Hash)
            {
                Report(context, types, invocation.Syntax, algorithm, Sha256, invocation.Arguments.Length == 1 ? KindCreate : null);
            }
            else if (weak == WeakAlgorithmNames.Kind.Hmac && !IsProtocolHmacSha1(context, invocation, algorithm))
            {
                Report(context, types, invocation.Syntax, algorithm, HmacSha256, invocation.Arguments.Length == 1 ? KindNewType : null);
            }
        }
    }

    /// <summary>
    /// The obsolete parameterless factories, however they are spelled: <c>HashAlgorithm.Create()</c> is SHA-1,
    /// and <c>HMAC.Create()</c> / <c>KeyedHashAlgorithm.Create()</c> are HMAC-SHA1 on .NET Framework, also when
    /// written through a derived class (<c>HMACMD5.Create()</c>, even <c>HMACSHA256.Create()</c>, binds to them).
    /// On .NET (Core) they throw; either way the fix names the intended algorithm.
    /// </summary>
    private static void AnalyzeDefaultCreate(OperationAnalysisContext context, Types types, IInvocationOperation invocation, INamedTypeSymbol factory)
    {
        var written = invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
            ? access.Expression.ToString()
            : factory.Name;
        if (factory.Name == "HashAlgorithm")
        {
            Report(context, types, invocation.Syntax, written + ".Create()", Sha256, KindCreate);
        }
        else if (factory.Name is "HMAC" or "KeyedHashAlgorithm" && !IsProtocolHmacSha1(context, invocation, "HMACSHA1"))
        {
            Report(context, types, invocation.Syntax, written + ".Create()", HmacSha256, KindNewType);
        }
    }

    /// <summary>Words of a method or type that implement a protocol fixed on HMAC-SHA1 (TOTP/HOTP, RFC 6238/4226, OAuth 1.0a).</summary>
    private static readonly HashSet<string> HmacSha1ProtocolWords = new(StringComparer.Ordinal)
    {
        "totp", "hotp", "otp", "authenticator", "oauth", "oauth1", "6238", "4226",
    };

    /// <summary>
    /// HMAC-SHA1 where a protocol requires it, which is not a weakness of the code: HMAC's security does not rest
    /// on SHA-1's collision resistance, and TOTP/HOTP authenticator apps and OAuth 1.0a signatures are defined on
    /// it. Recognised by the enclosing method's or type's name (<c>TotpService</c>, <c>Rfc6238AuthenticationService</c>,
    /// <c>GenerateOAuthSignature</c>) or by the method naming the algorithm to the other side in a string
    /// (<c>"HMAC-SHA1"</c>, as cloud API signatures and OAuth 1.0a send <c>SignatureMethod</c>). HMAC-MD5 has no such pass.
    /// </summary>
    private static bool IsProtocolHmacSha1(OperationAnalysisContext context, IOperation operation, string algorithm)
    {
        if (!algorithm.Trim().EndsWith("SHA1", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (ISymbol? symbol = context.ContainingSymbol; symbol is not null and not INamespaceSymbol; symbol = symbol.ContainingSymbol)
        {
            var words = IdentifierWords.Split(symbol.Name);
            for (var i = 0; i < words.Count; i++)
            {
                // "OAuthSigner" splits as o|auth|signer: a word and its neighbour joined count too.
                if (HmacSha1ProtocolWords.Contains(words[i]) || (i + 1 < words.Count && HmacSha1ProtocolWords.Contains(words[i] + words[i + 1])))
                {
                    return true;
                }
            }
        }

        var body = operation.Syntax;
        for (var current = body.Parent; current is not null; current = current.Parent)
        {
            if (current is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax)
            {
                body = current;
                break;
            }
        }

        // The call's own argument ("HMACSHA1" handed to the factory) is the choice being judged, not a protocol's name for it.
        var own = operation.Syntax.Span;
        foreach (var token in body.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.StringLiteralToken) && !own.Contains(token.Span) && IsHmacSha1Name(token.ValueText))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A short literal that names HMAC-SHA1 however it is punctuated: <c>"HMAC-SHA1"</c>, <c>"HmacSHA1"</c>, <c>"SignatureMethod=HMAC-SHA1"</c>.</summary>
    private static bool IsHmacSha1Name(string text)
    {
        if (text.Length is < 8 or > 80 || text.IndexOf("SHA", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        var letters = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters.Append(char.ToUpperInvariant(c));
            }
        }

        return letters.ToString().IndexOf("HMACSHA1", StringComparison.Ordinal) >= 0;
    }

    private static string? FixKindForStatic(string methodName) => methodName switch
    {
        "Create" => KindCreate,
        "HashData" or "HashDataAsync" => KindStaticType,
        _ => null, // TryHashData: the caller's destination is sized for the weak hash; a longer hash would make it fail.
    };

    private static void AnalyzePropertyReference(OperationAnalysisContext context, Types types)
    {
        var reference = (IPropertyReferenceOperation)context.Operation;
        var property = reference.Property;
        if (!property.IsStatic || property.Name is not ("MD5" or "SHA1")
            || !SymbolEqualityComparer.Default.Equals(property.ContainingType, types.HashAlgorithmName)
            || !CryptoHelpers.IsUsedAsValue(reference))
        {
            return;
        }

        // PBKDF2 with SHA-1 is reported by AIREG306 (weak password hashing), with its own fix.
        if (CryptoHelpers.AsArgument(reference)?.Parent is { } user)
        {
            var target = user switch
            {
                IObjectCreationOperation creation => creation.Type,
                IInvocationOperation invocation => invocation.TargetMethod.ContainingType,
                _ => null,
            };
            if (CryptoHelpers.IsAny(target, types.Pbkdf2Types) || IsKeyDerivation(target))
            {
                return;
            }
        }

        Report(context, types, reference.Syntax, "HashAlgorithmName." + property.Name, HashNameSha256, KindHashName);
    }

    private static bool IsKeyDerivation(ITypeSymbol? type) =>
        type is { Name: "KeyDerivation" } && type.ContainingNamespace.IsNamespace("Microsoft.AspNetCore.Cryptography.KeyDerivation");

    /// <summary>
    /// Under the national profile the message recommends SM3 / HMAC-SM3 and only the one-shot
    /// <c>HashData</c> forms keep a fix (to BouncyCastle SM3, when referenced): a SHA-256 fix would
    /// trade one finding for AIREG308.
    /// </summary>
    private static void Report(OperationAnalysisContext context, Types types, SyntaxNode syntax, string weak, string replacement, string? fixKind, IInvocationOperation? oneShot = null)
    {
        var profile = types.Profiles.Get(syntax.SyntaxTree);
        var keyed = replacement == HmacSha256;
        var advice = replacement;
        if (profile.IsNational)
        {
            advice = keyed ? profile.Hmac : replacement == HashNameSha256 ? profile.HashName : profile.Hash;
            fixKind = oneShot is null ? null : NationalFixes.OneShotFixKind(oneShot, keyed, types.BouncyCastle);
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Replacement, replacement);
        if (fixKind is not null)
        {
            properties = properties.Add(DiagnosticProperties.FixKind, fixKind);
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.AIREG301_WeakHashAlgorithm, syntax.GetLocation(), properties, weak, advice));
    }

    private sealed class Types
    {
        public Types(
            INamedTypeSymbol hashAlgorithm,
            ImmutableArray<INamedTypeSymbol> weakHashes,
            ImmutableArray<INamedTypeSymbol> weakHmacs,
            ImmutableArray<INamedTypeSymbol> byNameFactories,
            INamedTypeSymbol? hashAlgorithmName,
            ImmutableArray<INamedTypeSymbol> pbkdf2Types,
            PerTreeCache<CryptoProfile> profiles,
            BouncyCastleTypes? bouncyCastle)
        {
            Profiles = profiles;
            BouncyCastle = bouncyCastle;
            HashAlgorithm = hashAlgorithm;
            HashAlgorithms = new TypeRoots(ImmutableArray.Create(hashAlgorithm));
            WeakHashes = weakHashes;
            WeakHmacs = weakHmacs;
            ByNameFactories = byNameFactories;
            HashAlgorithmName = hashAlgorithmName;
            Pbkdf2Types = pbkdf2Types;
        }

        public INamedTypeSymbol HashAlgorithm { get; }

        /// <summary>Whether a created type is a <c>HashAlgorithm</c> (every object creation asks).</summary>
        public TypeRoots HashAlgorithms { get; }

        public ImmutableArray<INamedTypeSymbol> WeakHashes { get; }

        public ImmutableArray<INamedTypeSymbol> WeakHmacs { get; }

        public ImmutableArray<INamedTypeSymbol> ByNameFactories { get; }

        public INamedTypeSymbol? HashAlgorithmName { get; }

        public ImmutableArray<INamedTypeSymbol> Pbkdf2Types { get; }

        public PerTreeCache<CryptoProfile> Profiles { get; }

        public BouncyCastleTypes? BouncyCastle { get; }
    }
}
