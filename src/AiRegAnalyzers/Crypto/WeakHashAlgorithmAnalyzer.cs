using System;
using System.Collections.Immutable;
using AiRegAnalyzers.Common;
using AiRegAnalyzers.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiRegAnalyzers.Crypto;

/// <summary>
/// AIREG301: MD5, SHA-1, RIPEMD-160 and their HMACs, created by constructor, <c>Create()</c>,
/// the static one-shot <c>HashData</c> family, by name (<c>HashAlgorithm.Create("MD5")</c>,
/// <c>CryptoConfig.CreateFromName</c>) or selected through <c>HashAlgorithmName.MD5/SHA1</c>
/// (signatures, <c>IncrementalHash</c>, <c>CryptographicOperations.HashData</c>; PBKDF2 is AIREG306's).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WeakHashAlgorithmAnalyzer : DiagnosticAnalyzer
{
    internal const string KindStaticType = nameof(FixKind.StaticType);
    internal const string KindCreate = nameof(FixKind.Create);
    internal const string KindNewType = nameof(FixKind.NewType);
    internal const string KindHashName = nameof(FixKind.HashName);

    internal const string Sha256 = "SHA256";
    internal const string HmacSha256 = "HMACSHA256";
    internal const string HashNameSha256 = "HashAlgorithmName.SHA256";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.AIREG301_WeakHashAlgorithm);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
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
        if (creation.Type is not INamedTypeSymbol type || !CryptoHelpers.IsOrDerivesFrom(type, types.HashAlgorithm))
        {
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
        if (name is "Create" or "HashData" or "HashDataAsync" or "TryHashData")
        {
            if (CryptoHelpers.IsAny(containing, types.WeakHashes))
            {
                Report(context, types, invocation.Syntax, containing.Name, Sha256, FixKindForStatic(name), invocation);
                return;
            }

            if (CryptoHelpers.IsAny(containing, types.WeakHmacs))
            {
                Report(context, types, invocation.Syntax, containing.Name, HmacSha256, name == "Create" ? null : FixKindForStatic(name), invocation);
                return;
            }
        }

        if ((name == "Create" || name == "CreateFromName") && CryptoHelpers.IsAny(containing, types.ByNameFactories) && invocation.Arguments.Length >= 1)
        {
            var algorithm = CryptoHelpers.ConstantString(invocation.Arguments[0].Value);
            if (algorithm is null)
            {
                return;
            }

            var weak = WeakAlgorithmNames.Classify(algorithm);
            if (weak == WeakAlgorithmNames.Kind.Hash)
            {
                Report(context, types, invocation.Syntax, algorithm, Sha256, invocation.Arguments.Length == 1 ? KindCreate : null);
            }
            else if (weak == WeakAlgorithmNames.Kind.Hmac)
            {
                Report(context, types, invocation.Syntax, algorithm, HmacSha256, invocation.Arguments.Length == 1 ? KindNewType : null);
            }
        }
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
            WeakHashes = weakHashes;
            WeakHmacs = weakHmacs;
            ByNameFactories = byNameFactories;
            HashAlgorithmName = hashAlgorithmName;
            Pbkdf2Types = pbkdf2Types;
        }

        public INamedTypeSymbol HashAlgorithm { get; }

        public ImmutableArray<INamedTypeSymbol> WeakHashes { get; }

        public ImmutableArray<INamedTypeSymbol> WeakHmacs { get; }

        public ImmutableArray<INamedTypeSymbol> ByNameFactories { get; }

        public INamedTypeSymbol? HashAlgorithmName { get; }

        public ImmutableArray<INamedTypeSymbol> Pbkdf2Types { get; }

        public PerTreeCache<CryptoProfile> Profiles { get; }

        public BouncyCastleTypes? BouncyCastle { get; }
    }
}
