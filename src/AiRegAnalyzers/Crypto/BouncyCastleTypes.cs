namespace AiRegAnalyzers.Crypto;

/// <summary>
/// The BouncyCastle (<c>BouncyCastle.Cryptography</c>, <c>Org.BouncyCastle.*</c>) APIs the crypto
/// rules understand, resolved once per compilation and shared by every rule. <see cref="Get"/>
/// returns <see langword="null"/> when BouncyCastle is not referenced, so a rule registers nothing
/// for it. Algorithm classes are a table (metadata name → <see cref="AlgorithmFamily"/>), so new
/// forms (weak digests and engines, more curves) are one line each.
/// </summary>
internal sealed class BouncyCastleTypes
{
    /// <summary>Engines, digests, signers and agreements by the family they implement.</summary>
    private static readonly (string MetadataName, AlgorithmFamily Family)[] AlgorithmClasses =
    [
        ("Org.BouncyCastle.Crypto.Digests.Sha224Digest", AlgorithmFamily.Sha2),
        ("Org.BouncyCastle.Crypto.Digests.Sha256Digest", AlgorithmFamily.Sha2),
        ("Org.BouncyCastle.Crypto.Digests.Sha384Digest", AlgorithmFamily.Sha2),
        ("Org.BouncyCastle.Crypto.Digests.Sha512Digest", AlgorithmFamily.Sha2),
        ("Org.BouncyCastle.Crypto.Digests.Sha512tDigest", AlgorithmFamily.Sha2),
        ("Org.BouncyCastle.Crypto.Digests.Sha3Digest", AlgorithmFamily.Sha3),
        ("Org.BouncyCastle.Crypto.Digests.KeccakDigest", AlgorithmFamily.Sha3),
        ("Org.BouncyCastle.Crypto.Digests.ShakeDigest", AlgorithmFamily.Sha3),
        ("Org.BouncyCastle.Crypto.Digests.SM3Digest", AlgorithmFamily.Sm3),
        ("Org.BouncyCastle.Crypto.Engines.AesEngine", AlgorithmFamily.Aes),
        ("Org.BouncyCastle.Crypto.Engines.AesLightEngine", AlgorithmFamily.Aes),
        ("Org.BouncyCastle.Crypto.Engines.SM4Engine", AlgorithmFamily.Sm4),
        ("Org.BouncyCastle.Crypto.Engines.RsaEngine", AlgorithmFamily.Rsa),
        ("Org.BouncyCastle.Crypto.Engines.RsaBlindedEngine", AlgorithmFamily.Rsa),
        ("Org.BouncyCastle.Crypto.Generators.RsaKeyPairGenerator", AlgorithmFamily.Rsa),
        ("Org.BouncyCastle.Crypto.Signers.RsaDigestSigner", AlgorithmFamily.Rsa),
        ("Org.BouncyCastle.Crypto.Signers.ECDsaSigner", AlgorithmFamily.EllipticCurve),
        ("Org.BouncyCastle.Crypto.Agreement.ECDHBasicAgreement", AlgorithmFamily.EllipticCurve),
        ("Org.BouncyCastle.Crypto.Agreement.ECDHCBasicAgreement", AlgorithmFamily.EllipticCurve),
        ("Org.BouncyCastle.Crypto.Engines.SM2Engine", AlgorithmFamily.Sm2),
        ("Org.BouncyCastle.Crypto.Signers.SM2Signer", AlgorithmFamily.Sm2),
        ("Org.BouncyCastle.Crypto.Digests.MD2Digest", AlgorithmFamily.WeakHash),
        ("Org.BouncyCastle.Crypto.Digests.MD4Digest", AlgorithmFamily.WeakHash),
        ("Org.BouncyCastle.Crypto.Digests.MD5Digest", AlgorithmFamily.WeakHash),
        ("Org.BouncyCastle.Crypto.Digests.Sha1Digest", AlgorithmFamily.WeakHash),
        ("Org.BouncyCastle.Crypto.Digests.RipeMD160Digest", AlgorithmFamily.WeakHash),
        ("Org.BouncyCastle.Crypto.Engines.DesEngine", AlgorithmFamily.WeakCipher),
        ("Org.BouncyCastle.Crypto.Engines.DesEdeEngine", AlgorithmFamily.WeakCipher),
        ("Org.BouncyCastle.Crypto.Engines.RC2Engine", AlgorithmFamily.WeakCipher),
        ("Org.BouncyCastle.Crypto.Engines.RC4Engine", AlgorithmFamily.WeakCipher),
    ];

    private readonly Dictionary<INamedTypeSymbol, AlgorithmFamily> _families = new(SymbolEqualityComparer.Default);

    private BouncyCastleTypes(Compilation compilation)
    {
        KeyParameter = compilation.GetTypeByMetadataName("Org.BouncyCastle.Crypto.Parameters.KeyParameter");
        if (KeyParameter is null)
        {
            return;
        }

        // Everything else lives in the same assembly: asking it alone is far cheaper than asking the
        // compilation, which searches every reference for each name.
        var library = KeyParameter.ContainingAssembly;
        ParametersWithIV = library.GetTypeByMetadataName("Org.BouncyCastle.Crypto.Parameters.ParametersWithIV");
        AeadParameters = library.GetTypeByMetadataName("Org.BouncyCastle.Crypto.Parameters.AeadParameters");
        ParameterUtilities = library.GetTypeByMetadataName("Org.BouncyCastle.Security.ParameterUtilities");
        Sm2Engine = library.GetTypeByMetadataName("Org.BouncyCastle.Crypto.Engines.SM2Engine");
        Sm2EngineMode = library.GetTypeByMetadataName("Org.BouncyCastle.Crypto.Engines.SM2Engine+Mode");
        BlockCipher = library.GetTypeByMetadataName("Org.BouncyCastle.Crypto.IBlockCipher");
        BlockCipherMode = library.GetTypeByMetadataName("Org.BouncyCastle.Crypto.Modes.IBlockCipherMode");
        BufferedBlockCipher = library.GetTypeByMetadataName("Org.BouncyCastle.Crypto.BufferedBlockCipher");
        EcbBlockCipher = library.GetTypeByMetadataName("Org.BouncyCastle.Crypto.Modes.EcbBlockCipher");
        Digest = library.GetTypeByMetadataName("Org.BouncyCastle.Crypto.IDigest");
        DigestUtilities = library.GetTypeByMetadataName("Org.BouncyCastle.Security.DigestUtilities");
        MacUtilities = library.GetTypeByMetadataName("Org.BouncyCastle.Security.MacUtilities");
        CipherUtilities = library.GetTypeByMetadataName("Org.BouncyCastle.Security.CipherUtilities");
        SignerUtilities = library.GetTypeByMetadataName("Org.BouncyCastle.Security.SignerUtilities");
        SecureRandom = library.GetTypeByMetadataName("Org.BouncyCastle.Security.SecureRandom");
        RsaKeyGenerationParameters = library.GetTypeByMetadataName("Org.BouncyCastle.Crypto.Parameters.RsaKeyGenerationParameters");
        DsaParameterGenerationParameters = library.GetTypeByMetadataName("Org.BouncyCastle.Crypto.Parameters.DsaParameterGenerationParameters");
        DHParametersGenerator = library.GetTypeByMetadataName("Org.BouncyCastle.Crypto.Generators.DHParametersGenerator");
        DsaParametersGenerator = library.GetTypeByMetadataName("Org.BouncyCastle.Crypto.Generators.DsaParametersGenerator");
        ElGamalParametersGenerator = library.GetTypeByMetadataName("Org.BouncyCastle.Crypto.Generators.ElGamalParametersGenerator");
        CurveTables = Resolve(
            library,
            "Org.BouncyCastle.Asn1.X9.ECNamedCurveTable",
            "Org.BouncyCastle.Crypto.EC.CustomNamedCurves",
            "Org.BouncyCastle.Asn1.Sec.SecNamedCurves",
            "Org.BouncyCastle.Asn1.Nist.NistNamedCurves",
            "Org.BouncyCastle.Asn1.X9.X962NamedCurves",
            "Org.BouncyCastle.Asn1.TeleTrust.TeleTrusTNamedCurves");

        foreach (var (name, family) in AlgorithmClasses)
        {
            if (library.GetTypeByMetadataName(name) is { } type)
            {
                _families[type] = family;
            }
        }
    }

    public INamedTypeSymbol? KeyParameter { get; }

    public INamedTypeSymbol? ParametersWithIV { get; }

    public INamedTypeSymbol? AeadParameters { get; }

    public INamedTypeSymbol? ParameterUtilities { get; }

    public INamedTypeSymbol? Sm2Engine { get; }

    public INamedTypeSymbol? Sm2EngineMode { get; }

    public INamedTypeSymbol? BlockCipher { get; }

    public INamedTypeSymbol? BlockCipherMode { get; }

    public INamedTypeSymbol? BufferedBlockCipher { get; }

    public INamedTypeSymbol? EcbBlockCipher { get; }

    public INamedTypeSymbol? Digest { get; }

    public INamedTypeSymbol? DigestUtilities { get; }

    public INamedTypeSymbol? MacUtilities { get; }

    public INamedTypeSymbol? CipherUtilities { get; }

    public INamedTypeSymbol? SignerUtilities { get; }

    public INamedTypeSymbol? SecureRandom { get; }

    public ImmutableArray<INamedTypeSymbol> CurveTables { get; } = ImmutableArray<INamedTypeSymbol>.Empty;

    public INamedTypeSymbol? RsaKeyGenerationParameters { get; }

    public INamedTypeSymbol? DsaParameterGenerationParameters { get; }

    public INamedTypeSymbol? DHParametersGenerator { get; }

    public INamedTypeSymbol? DsaParametersGenerator { get; }

    public INamedTypeSymbol? ElGamalParametersGenerator { get; }

    /// <summary>
    /// The key size of a key-generation parameters object: <c>strength</c> of <c>RsaKeyGenerationParameters</c>
    /// or <c>L</c> of <c>DsaParameterGenerationParameters</c> (<c>IsRsa</c> false).
    /// </summary>
    public (IArgumentOperation Argument, bool IsRsa)? KeySizeArgument(IObjectCreationOperation creation)
    {
        var type = creation.Type;
        if (SymbolEqualityComparer.Default.Equals(type, RsaKeyGenerationParameters))
        {
            return CryptoHelpers.FindArgument(creation.Arguments, "strength") is { } strength ? (strength, true) : null;
        }

        return SymbolEqualityComparer.Default.Equals(type, DsaParameterGenerationParameters) && CryptoHelpers.FindArgument(creation.Arguments, "L") is { } size
            ? (size, false)
            : null;
    }

    /// <summary>
    /// The <c>size</c> of a parameter generator's <c>Init(size, certainty, random)</c>, with the algorithm's name.
    /// The legacy DSA generator cannot go above 1024 bits (FIPS 186-2), so its size cannot be raised in place.
    /// </summary>
    public (IArgumentOperation Argument, string Name, bool CanRaise)? GeneratorSizeArgument(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.IsStatic || method.Name != "Init" || CryptoHelpers.FindArgument(invocation.Arguments, "size") is not { } size)
        {
            return null;
        }

        var type = method.ContainingType;
        if (SymbolEqualityComparer.Default.Equals(type, DHParametersGenerator))
        {
            return (size, "DH", true);
        }

        if (SymbolEqualityComparer.Default.Equals(type, ElGamalParametersGenerator))
        {
            return (size, "ElGamal", true);
        }

        return SymbolEqualityComparer.Default.Equals(type, DsaParametersGenerator) ? (size, "DSA", false) : null;
    }

    private static ImmutableArray<INamedTypeSymbol> Resolve(IAssemblySymbol library, params string[] metadataNames)
    {
        var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>(metadataNames.Length);
        foreach (var name in metadataNames)
        {
            if (library.GetTypeByMetadataName(name) is { } type)
            {
                builder.Add(type);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The shared instance, or <see langword="null"/> when the compilation does not reference BouncyCastle.</summary>
    public static BouncyCastleTypes? Get(Compilation compilation)
    {
        var types = PerCompilation<BouncyCastleTypes>.Get(compilation, c => new BouncyCastleTypes(c));
        return types.KeyParameter is null ? null : types;
    }

    /// <summary>
    /// The family of a BouncyCastle class itself (<c>new MD5Digest()</c>, <c>new DesEngine()</c>): one assembly
    /// comparison for every other type, so rules that look at every object creation pay almost nothing.
    /// </summary>
    public AlgorithmFamily FamilyOfLibraryType(ITypeSymbol? type) =>
        type is not null && SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, KeyParameter?.ContainingAssembly) ? FamilyOf(type) : AlgorithmFamily.None;

    /// <summary>The family of an engine, digest, signer or agreement class (or of a class derived from one).</summary>
    public AlgorithmFamily FamilyOf(ITypeSymbol? type)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (_families.TryGetValue(current.OriginalDefinition, out var family))
            {
                return family;
            }
        }

        return AlgorithmFamily.None;
    }

    /// <summary>
    /// The family a by-name factory selects: <c>DigestUtilities.GetDigest/CalculateDigest</c>,
    /// <c>MacUtilities.GetMac/CalculateMac</c>, <c>CipherUtilities.GetCipher</c>, <c>SignerUtilities.GetSigner</c>
    /// and the named-curve tables' <c>GetByName</c>; <see cref="AlgorithmFamily.None"/> for anything else.
    /// </summary>
    public AlgorithmFamily NameFamily(IMethodSymbol method, string name)
    {
        var containing = method.ContainingType;
        switch (method.Name)
        {
            case "GetDigest" or "CalculateDigest" when SymbolEqualityComparer.Default.Equals(containing, DigestUtilities):
                return BouncyCastleNames.ClassifyDigest(name);
            case "GetMac" or "CalculateMac" when SymbolEqualityComparer.Default.Equals(containing, MacUtilities):
                return BouncyCastleNames.ClassifyMac(name);
            case "GetCipher" when SymbolEqualityComparer.Default.Equals(containing, CipherUtilities):
                return BouncyCastleNames.ClassifyCipher(name, out _);
            case "GetSigner" when SymbolEqualityComparer.Default.Equals(containing, SignerUtilities):
                return BouncyCastleNames.ClassifySigner(name);
            case "GetByName" or "GetByNameLazy" when CryptoHelpers.IsAny(containing, CurveTables):
                return BouncyCastleNames.ClassifyCurve(name);
            default:
                return AlgorithmFamily.None;
        }
    }

    /// <summary>
    /// The argument of a key-material constructor that carries a key, IV or nonce:
    /// <c>new KeyParameter(key)</c>, <c>new ParametersWithIV(p, iv)</c>, <c>new AeadParameters(k, mac, nonce)</c>;
    /// the invocation overload covers <c>ParameterUtilities.CreateKeyParameter(alg, keyBytes)</c>.
    /// </summary>
    public IArgumentOperation? KeyMaterialArgument(IObjectCreationOperation creation)
    {
        var type = creation.Type;
        if (SymbolEqualityComparer.Default.Equals(type, KeyParameter))
        {
            return CryptoHelpers.FindArgument(creation.Arguments, "key");
        }

        if (SymbolEqualityComparer.Default.Equals(type, ParametersWithIV))
        {
            return CryptoHelpers.FindArgument(creation.Arguments, "iv");
        }

        return SymbolEqualityComparer.Default.Equals(type, AeadParameters) ? CryptoHelpers.FindArgument(creation.Arguments, "nonce") : null;
    }

    /// <summary>The key bytes of <c>ParameterUtilities.CreateKeyParameter(algorithm, keyBytes)</c>.</summary>
    public IArgumentOperation? KeyMaterialArgument(IInvocationOperation invocation) =>
        invocation.TargetMethod.Name == "CreateKeyParameter" && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, ParameterUtilities)
            ? CryptoHelpers.FindArgument(invocation.Arguments, "keyBytes")
            : null;

    /// <summary>
    /// A raw block cipher (an engine such as <c>SM4Engine</c>, not a mode) handed to a buffered
    /// cipher or to <c>EcbBlockCipher</c>, which then runs it in ECB: returns the engine argument.
    /// </summary>
    public IOperation? EngineRunInEcb(IObjectCreationOperation creation)
    {
        var type = creation.Type;
        if (creation.Arguments.Length == 0 || type is null)
        {
            return null;
        }

        var explicitEcb = SymbolEqualityComparer.Default.Equals(type, EcbBlockCipher);
        if (!explicitEcb && !CryptoHelpers.IsOrDerivesFrom(type, BufferedBlockCipher))
        {
            return null;
        }

        var first = creation.Arguments[0];
        if (explicitEcb)
        {
            return first.Value;
        }

        // The (IBlockCipher) overloads wrap anything that is not already a mode in ECB.
        if (first.Parameter is null || !SymbolEqualityComparer.Default.Equals(first.Parameter.Type, BlockCipher))
        {
            return null;
        }

        var engine = CryptoHelpers.Unwrap(first.Value).Type;
        return engine is INamedTypeSymbol { TypeKind: TypeKind.Class } && !Implements(engine, BlockCipherMode) ? first.Value : null;
    }

    /// <summary>An <c>IDigest</c>: the interface itself or a class that implements it (<c>SM3Digest</c>, <c>Sha256Digest</c>...).</summary>
    public bool IsDigest(ITypeSymbol? type) =>
        type is not null && (SymbolEqualityComparer.Default.Equals(type, Digest) || Implements(type, Digest));

    private static bool Implements(ITypeSymbol type, INamedTypeSymbol? @interface)
    {
        if (@interface is null)
        {
            return false;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, @interface))
            {
                return true;
            }
        }

        return false;
    }
}
