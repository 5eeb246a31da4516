namespace AiRegAnalyzers.Crypto;

/// <summary>
/// AIREG303: <c>CipherMode.ECB</c> used as a value and the one-shot <c>EncryptEcb</c> /
/// <c>TryEncryptEcb</c> (no fix: there is no drop-in replacement, the message points to AesGcm);
/// RSA PKCS#1 v1.5 encryption padding: <c>RSAEncryptionPadding.Pkcs1</c> used as a value and
/// <c>RSACryptoServiceProvider.Encrypt/Decrypt(data, false)</c> (fix: OAEP with SHA-256);
/// <c>RSAPKCS1KeyExchangeFormatter</c> / <c>Deformatter</c> (PKCS#1 v1.5 key wrapping; the message points to the
/// OAEP formatter, and so does the fix); BouncyCastle ECB (see <see cref="CheckBouncyCastleTransformation"/>). The advice follows the crypto profile.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InsecureCipherModeAnalyzer() : AiRegAnalyzer(Descriptors.AIREG303_InsecureCipherMode)
{
    internal const string KindPaddingProperty = nameof(FixKind.PaddingProperty);
    internal const string KindBoolArgument = nameof(FixKind.BoolArgument);
    internal const string KindKeyExchange = nameof(FixKind.KeyExchange);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var compilation = context.Compilation;
        var cipherMode = compilation.GetTypeByMetadataName("System.Security.Cryptography.CipherMode");
        var symmetric = compilation.GetTypeByMetadataName("System.Security.Cryptography.SymmetricAlgorithm");
        var padding = compilation.GetTypeByMetadataName("System.Security.Cryptography.RSAEncryptionPadding");
        var csp = compilation.GetTypeByMetadataName("System.Security.Cryptography.RSACryptoServiceProvider");
        var profiles = CryptoProfile.CreateCache(context.Options);

        if (cipherMode is not null)
        {
            context.RegisterOperationAction(
                c =>
                {
                    var reference = (IFieldReferenceOperation)c.Operation;
                    if (reference.Field.Name == "ECB"
                        && SymbolEqualityComparer.Default.Equals(reference.Field.ContainingType, cipherMode)
                        && CryptoHelpers.IsUsedAsValue(reference))
                    {
                        Report(c, reference.Syntax, "CipherMode.ECB", profiles.Get(reference.Syntax.SyntaxTree).AuthenticatedCipher, null, false);
                    }
                },
                OperationKind.FieldReference);
        }

        if (padding is not null)
        {
            context.RegisterOperationAction(
                c =>
                {
                    var reference = (IPropertyReferenceOperation)c.Operation;
                    if (reference.Property.Name == "Pkcs1"
                        && SymbolEqualityComparer.Default.Equals(reference.Property.ContainingType, padding)
                        && CryptoHelpers.IsUsedAsValue(reference))
                    {
                        var onCsp = CryptoHelpers.AsArgument(reference)?.Parent is IInvocationOperation { Instance: { } instance }
                            && CryptoHelpers.IsOrDerivesFrom(instance.Type, csp);
                        Report(c, reference.Syntax, "RSAEncryptionPadding.Pkcs1", profiles.Get(reference.Syntax.SyntaxTree).AsymmetricEncryption, KindPaddingProperty, onCsp);
                    }
                },
                OperationKind.PropertyReference);
        }

        // One callback per operation kind: the BouncyCastle checks ride on the same invocation and creation callbacks.
        var bouncyCastle = BouncyCastleTypes.Get(compilation);
        var cipherUtilities = bouncyCastle?.CipherUtilities;
        if (symmetric is not null || csp is not null || cipherUtilities is not null)
        {
            context.RegisterOperationAction(
                c =>
                {
                    var invocation = (IInvocationOperation)c.Operation;
                    var method = invocation.TargetMethod;
                    switch (method.Name)
                    {
                        case "EncryptEcb" or "TryEncryptEcb" when CryptoHelpers.IsOrDerivesFrom(method.ContainingType, symmetric):
                            Report(c, invocation.Syntax, method.Name, profiles.Get(invocation.Syntax.SyntaxTree).AuthenticatedCipher, null, false);
                            break;
                        case "Encrypt" or "Decrypt" when csp is not null
                            && SymbolEqualityComparer.Default.Equals(method.ContainingType, csp)
                            && method.Parameters.Length == 2
                            && method.Parameters[1].Type.SpecialType == SpecialType.System_Boolean
                            && invocation.Arguments.Length == 2:
                            var flag = CryptoHelpers.FindArgument(invocation.Arguments, method.Parameters[1].Name);
                            if (flag?.Value.ConstantValue is { HasValue: true, Value: false })
                            {
                                Report(c, flag.Value.Syntax, method.Name + "(…, false)", profiles.Get(flag.Value.Syntax.SyntaxTree).AsymmetricEncryption, KindBoolArgument, true);
                            }

                            break;
                        case "GetCipher" when cipherUtilities is not null:
                            CheckBouncyCastleTransformation(c, invocation, cipherUtilities, profiles);
                            break;
                    }
                },
                OperationKind.Invocation);
        }

        var keyExchange = new TypeRoots(CryptoHelpers.Resolve(
            compilation,
            "System.Security.Cryptography.RSAPKCS1KeyExchangeFormatter",
            "System.Security.Cryptography.RSAPKCS1KeyExchangeDeformatter"));
        var engines = bouncyCastle is { BufferedBlockCipher: not null } or { EcbBlockCipher: not null } ? bouncyCastle : null;
        if (!keyExchange.IsEmpty || engines is not null)
        {
            context.RegisterOperationAction(
                c =>
                {
                    var creation = (IObjectCreationOperation)c.Operation;
                    if (keyExchange.Find(creation.Type) is { } root)
                    {
                        // Key exchange (key wrapping) with PKCS#1 v1.5 padding: the same oracle as Encrypt(data, false).
                        var profile = profiles.Get(creation.Syntax.SyntaxTree);
                        var advice = profile.IsNational ? profile.AsymmetricEncryption : root.Name.Replace("PKCS1", "OAEP");
                        // A class of the application's derived from the formatter has no OAEP twin to move to.
                        var fixable = SymbolEqualityComparer.Default.Equals(root, creation.Type);
                        Report(c, creation.Syntax, root.Name, advice, fixable ? KindKeyExchange : null, false);
                    }
                    else if (engines?.EngineRunInEcb(creation) is { } engine)
                    {
                        var family = engines.FamilyOf(CryptoHelpers.Unwrap(engine).Type);
                        Report(c, creation.Syntax, CryptoHelpers.Describe(creation.Syntax), profiles.Get(creation.Syntax.SyntaxTree).BouncyCastleCipherFor(family), null, false);
                    }
                },
                OperationKind.ObjectCreation);
        }
    }

    /// <summary>
    /// BouncyCastle ECB: a transformation that names ECB or no mode (<c>"SM4/ECB/PKCS5Padding"</c>,
    /// <c>"SM4"</c>: BouncyCastle's default is ECB); a raw engine handed to a buffered cipher
    /// (<c>new PaddedBufferedBlockCipher(new SM4Engine(), padding)</c>) or to <c>EcbBlockCipher</c> is
    /// found with the creations. No fix: GCM or CBC need an IV that the surrounding code has to create and store.
    /// </summary>
    private static void CheckBouncyCastleTransformation(OperationAnalysisContext context, IInvocationOperation invocation, INamedTypeSymbol cipherUtilities, PerTreeCache<CryptoProfile> profiles)
    {
        if (invocation.Arguments.Length == 1
            && CryptoHelpers.ConstantString(invocation.Arguments[0].Value) is { } transformation
            && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, cipherUtilities))
        {
            var family = BouncyCastleNames.ClassifyCipher(transformation, out var isEcb);
            if (isEcb)
            {
                var literal = invocation.Arguments[0].Value.Syntax;
                Report(context, literal, literal.ToString(), profiles.Get(literal.SyntaxTree).BouncyCastleCipherFor(family), null, false);
            }
        }
    }

    private static void Report(OperationAnalysisContext context, SyntaxNode syntax, string what, string advice, string? fixKind, bool onCsp)
    {
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (fixKind is not null)
        {
            properties = properties.Add(DiagnosticProperties.FixKind, fixKind);
            if (onCsp)
            {
                properties = properties.Add(DiagnosticProperties.CspReceiver, DiagnosticProperties.Set);
            }
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.AIREG303_InsecureCipherMode, syntax.GetLocation(), properties, what, advice));
    }
}
