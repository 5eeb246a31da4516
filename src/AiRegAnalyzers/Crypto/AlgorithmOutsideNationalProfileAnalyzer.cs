namespace AiRegAnalyzers.Crypto;

/// <summary>
/// AIREG308, only under <c>aireg.crypto_profile = gm</c>: an algorithm outside the national
/// profile. .NET: SHA-2/SHA-3 and their HMACs (constructors, <c>Create</c>, the one-shot
/// <c>HashData</c> family, <c>HashAlgorithmName.SHA256…</c> given to <c>IncrementalHash</c>,
/// <c>CryptographicOperations</c>, PBKDF2 and HKDF), <c>Aes</c>, <c>AesGcm</c>, <c>AesCcm</c>,
/// <c>RSA</c>, <c>ECDsa</c>, <c>ECDiffieHellman</c>. BouncyCastle: the classes of
/// <see cref="BouncyCastleTypes"/> and the names given to its factories. MD5, SHA-1, DES, 3DES and
/// RC2 are AIREG301/AIREG302's (weak in every profile) and are not reported again.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AlgorithmOutsideNationalProfileAnalyzer() : AiRegAnalyzer(Descriptors.AIREG308_AlgorithmOutsideNationalProfile)
{
    /// <summary>A BouncyCastle algorithm name (the string literal) → <see cref="CryptoHelpers.Replacement"/>.</summary>
    internal const string KindName = nameof(FixKind.Name);

    /// <summary><c>new Sha256Digest()</c> → <c>new SM3Digest()</c> (same digest size).</summary>
    internal const string KindSm3DigestObject = nameof(FixKind.Sm3DigestObject);

    /// <summary>The advice for PBKDF2 (<c>Rfc2898DeriveBytes</c>): the same KDF over HMAC-SM3.</summary>
    private const string Pbkdf2Sm3 = "PBKDF2 with HMAC-SM3 (Pkcs5S2ParametersGenerator(new SM3Digest()))";

    private static readonly (string MetadataName, AlgorithmFamily Family)[] DotNetRoots =
    [
        ("System.Security.Cryptography.SHA256", AlgorithmFamily.Sha2),
        ("System.Security.Cryptography.SHA384", AlgorithmFamily.Sha2),
        ("System.Security.Cryptography.SHA512", AlgorithmFamily.Sha2),
        ("System.Security.Cryptography.SHA3_256", AlgorithmFamily.Sha3),
        ("System.Security.Cryptography.SHA3_384", AlgorithmFamily.Sha3),
        ("System.Security.Cryptography.SHA3_512", AlgorithmFamily.Sha3),
        ("System.Security.Cryptography.HMACSHA256", AlgorithmFamily.HmacSha2),
        ("System.Security.Cryptography.HMACSHA384", AlgorithmFamily.HmacSha2),
        ("System.Security.Cryptography.HMACSHA512", AlgorithmFamily.HmacSha2),
        ("System.Security.Cryptography.HMACSHA3_256", AlgorithmFamily.HmacSha3),
        ("System.Security.Cryptography.HMACSHA3_384", AlgorithmFamily.HmacSha3),
        ("System.Security.Cryptography.HMACSHA3_512", AlgorithmFamily.HmacSha3),
        ("System.Security.Cryptography.Aes", AlgorithmFamily.Aes),
        ("System.Security.Cryptography.AesGcm", AlgorithmFamily.Aes),
        ("System.Security.Cryptography.AesCcm", AlgorithmFamily.Aes),
        ("System.Security.Cryptography.RSA", AlgorithmFamily.Rsa),
        ("System.Security.Cryptography.ECDsa", AlgorithmFamily.EllipticCurve),
        ("System.Security.Cryptography.ECDiffieHellman", AlgorithmFamily.EllipticCurve),
    ];

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var compilation = context.Compilation;
        var roots = ImmutableArray.CreateBuilder<(INamedTypeSymbol Type, AlgorithmFamily Family)>(DotNetRoots.Length);
        foreach (var (name, family) in DotNetRoots)
        {
            if (compilation.GetTypeByMetadataName(name) is { } type)
            {
                roots.Add((type, family));
            }
        }

        var bouncyCastle = BouncyCastleTypes.Get(compilation);
        var profiles = CryptoProfile.CreateCache(context.Options);
        if ((roots.Count == 0 && bouncyCastle is null) || !CryptoProfile.AnyNational(compilation, profiles))
        {
            return;
        }

        var analysis = new Analysis(
            roots.ToImmutable(),
            bouncyCastle,
            compilation.GetTypeByMetadataName("System.Security.Cryptography.HashAlgorithmName"),
            CryptoHelpers.Resolve(
                compilation,
                "System.Security.Cryptography.IncrementalHash",
                "System.Security.Cryptography.CryptographicOperations",
                "System.Security.Cryptography.Rfc2898DeriveBytes",
                "System.Security.Cryptography.HKDF"),
            profiles);

        context.RegisterOperationAction(analysis.AnalyzeCreation, OperationKind.ObjectCreation);
        context.RegisterOperationAction(analysis.AnalyzeInvocation, OperationKind.Invocation);
        if (analysis.HashAlgorithmName is not null)
        {
            context.RegisterOperationAction(analysis.AnalyzeHashName, OperationKind.PropertyReference);
        }
    }

    private sealed class Analysis
    {
        private readonly ImmutableArray<(INamedTypeSymbol Type, AlgorithmFamily Family)> _roots;
        private readonly BouncyCastleTypes? _bouncyCastle;
        private readonly ImmutableArray<INamedTypeSymbol> _hashNameConsumers;
        private readonly PerTreeCache<CryptoProfile> _profiles;

        public Analysis(
            ImmutableArray<(INamedTypeSymbol Type, AlgorithmFamily Family)> roots,
            BouncyCastleTypes? bouncyCastle,
            INamedTypeSymbol? hashAlgorithmName,
            ImmutableArray<INamedTypeSymbol> hashNameConsumers,
            PerTreeCache<CryptoProfile> profiles)
        {
            _roots = roots;
            _bouncyCastle = bouncyCastle;
            HashAlgorithmName = hashAlgorithmName;
            _hashNameConsumers = hashNameConsumers;
            _profiles = profiles;
        }

        public INamedTypeSymbol? HashAlgorithmName { get; }

        public void AnalyzeCreation(OperationAnalysisContext context)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Type is not INamedTypeSymbol type || !IsNational(creation))
            {
                return;
            }

            var (root, family) = FindRoot(type);
            if (root is not null)
            {
                Report(context, creation.Syntax, root.Name, family, null, null);
                return;
            }

            if (_bouncyCastle is not null && _bouncyCastle.FamilyOf(type) is var bcFamily && AlgorithmFamilies.IsOutsideNationalProfile(bcFamily))
            {
                var fixKind = type.Name == "Sha256Digest" && creation.Arguments.Length == 0 && creation.Initializer is null ? KindSm3DigestObject : null;
                Report(context, creation.Syntax, type.Name, bcFamily, fixKind, null);
            }
        }

        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            if (!method.IsStatic || method.ContainingType is not { } containing)
            {
                return;
            }

            if (method.Name is "Create" or "HashData" or "HashDataAsync" or "TryHashData")
            {
                foreach (var (type, family) in _roots)
                {
                    if (SymbolEqualityComparer.Default.Equals(containing, type))
                    {
                        if (IsNational(invocation))
                        {
                            Report(context, invocation.Syntax, containing.Name, family, NationalFixes.OneShotFixKind(invocation, family is AlgorithmFamily.HmacSha2 or AlgorithmFamily.HmacSha3, _bouncyCastle), null);
                        }

                        return;
                    }
                }
            }

            if (_bouncyCastle is not null
                && invocation.Arguments.Length > 0
                && CryptoHelpers.ConstantString(invocation.Arguments[0].Value) is { } name
                && _bouncyCastle.NameFamily(method, name) is var nameFamily
                && AlgorithmFamilies.IsOutsideNationalProfile(nameFamily)
                && IsNational(invocation))
            {
                var replacement = nameFamily switch
                {
                    AlgorithmFamily.Sha2 or AlgorithmFamily.Sha3 when method.Name is "GetDigest" or "CalculateDigest" => BouncyCastleNames.Sm3,
                    AlgorithmFamily.HmacSha2 or AlgorithmFamily.HmacSha3 when method.Name is "GetMac" or "CalculateMac" => BouncyCastleNames.HmacSm3,
                    _ => null,
                };
                var literal = invocation.Arguments[0].Value.Syntax;
                Report(context, literal, literal.ToString(), nameFamily, replacement is null ? null : KindName, replacement);
            }
        }

        public void AnalyzeHashName(OperationAnalysisContext context)
        {
            var reference = (IPropertyReferenceOperation)context.Operation;
            var property = reference.Property;
            if (!property.IsStatic
                || !property.Name.StartsWith("SHA", System.StringComparison.Ordinal)
                || property.Name == "SHA1"
                || !SymbolEqualityComparer.Default.Equals(property.ContainingType, HashAlgorithmName)
                || CryptoHelpers.AsArgument(reference)?.Parent is not { } user)
            {
                return;
            }

            var (consumer, keyed, pbkdf2) = user switch
            {
                IInvocationOperation invocation => (invocation.TargetMethod.ContainingType, invocation.TargetMethod.Name is "CreateHMAC" or "HmacData" or "HmacDataAsync" or "TryHmacData" or "Pbkdf2" or "DeriveKey" or "Extract" or "Expand", invocation.TargetMethod.Name == "Pbkdf2"),
                IObjectCreationOperation creation => (creation.Type, true, true),
                _ => (null, false, false),
            };
            if (!CryptoHelpers.IsAny(consumer, _hashNameConsumers) || !IsNational(reference))
            {
                return;
            }

            var family = property.Name.StartsWith("SHA3", System.StringComparison.Ordinal)
                ? (keyed ? AlgorithmFamily.HmacSha3 : AlgorithmFamily.Sha3)
                : (keyed ? AlgorithmFamily.HmacSha2 : AlgorithmFamily.Sha2);
            Report(context, reference.Syntax, "HashAlgorithmName." + property.Name, family, null, null, pbkdf2 ? Pbkdf2Sm3 : null);
        }

        private (INamedTypeSymbol? Root, AlgorithmFamily Family) FindRoot(INamedTypeSymbol type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                foreach (var (root, family) in _roots)
                {
                    if (SymbolEqualityComparer.Default.Equals(current, root))
                    {
                        return (root, family);
                    }
                }
            }

            return (null, AlgorithmFamily.None);
        }

        private bool IsNational(IOperation operation) => _profiles.Get(operation.Syntax.SyntaxTree).IsNational;

        private static void Report(OperationAnalysisContext context, SyntaxNode syntax, string what, AlgorithmFamily family, string? fixKind, string? replacement, string? advice = null)
        {
            var properties = ImmutableDictionary<string, string?>.Empty;
            if (fixKind is not null)
            {
                properties = properties.Add(DiagnosticProperties.FixKind, fixKind);
                if (replacement is not null)
                {
                    properties = properties.Add(DiagnosticProperties.Replacement, replacement);
                }
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.AIREG308_AlgorithmOutsideNationalProfile,
                syntax.GetLocation(),
                properties,
                what,
                advice ?? AlgorithmFamilies.NationalReplacement(family)));
        }
    }
}
