namespace AiRegAnalyzers.Crypto;

/// <summary>
/// AIREG302: DES, TripleDES and RC2 created by constructor (including the
/// <c>*CryptoServiceProvider</c> and CNG classes), by <c>Create()</c>, or by name through
/// <c>SymmetricAlgorithm.Create("DES")</c> / <c>CryptoConfig.CreateFromName</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WeakCipherAlgorithmAnalyzer() : AiRegAnalyzer(Descriptors.AIREG302_WeakCipherAlgorithm)
{
    /// <summary>The fix replaces the expression with <c>Aes.Create()</c>.</summary>
    internal const string KindCreateAes = nameof(FixKind.CreateAes);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var compilation = context.Compilation;
        var weak = CryptoHelpers.Resolve(
            compilation,
            "System.Security.Cryptography.DES",
            "System.Security.Cryptography.TripleDES",
            "System.Security.Cryptography.RC2");
        var bouncyCastle = BouncyCastleTypes.Get(compilation);
        if (weak.IsEmpty && bouncyCastle is null)
        {
            return;
        }

        var factories = CryptoHelpers.Resolve(
            compilation,
            "System.Security.Cryptography.SymmetricAlgorithm",
            "System.Security.Cryptography.CryptoConfig");
        var hasAes = compilation.GetTypeByMetadataName("System.Security.Cryptography.Aes") is not null;
        var profiles = CryptoProfile.CreateCache(context.Options);
        var weakRoots = new TypeRoots(weak);

        context.RegisterOperationAction(
            c =>
            {
                var creation = (IObjectCreationOperation)c.Operation;
                if (weakRoots.Find(creation.Type) is { } root)
                {
                    var fixable = hasAes && creation.Arguments.Length == 0 && creation.Initializer is null;
                    Report(c, creation.Syntax, root.Name, fixable, profiles);
                }
                else if (bouncyCastle?.FamilyOfLibraryType(creation.Type) == AlgorithmFamily.WeakCipher)
                {
                    // new DesEngine(), new DesEdeEngine(), new RC2Engine(), new RC4Engine(): no fix (key and block sizes change).
                    Report(c, creation.Syntax, creation.Type!.Name, fixable: false, profiles, bouncyCastle: true);
                }
            },
            OperationKind.ObjectCreation);

        context.RegisterOperationAction(
            c =>
            {
                var invocation = (IInvocationOperation)c.Operation;
                var method = invocation.TargetMethod;
                if (!method.IsStatic || method.Name is not ("Create" or "CreateFromName" or "GetCipher"))
                {
                    return;
                }

                if (bouncyCastle is not null
                    && method.Name == "GetCipher"
                    && invocation.Arguments.Length == 1
                    && SymbolEqualityComparer.Default.Equals(method.ContainingType, bouncyCastle.CipherUtilities)
                    && ConstantTextSource.FindName(invocation.Arguments[0].Value) is { } transformation
                    && BouncyCastleNames.ClassifyCipher(transformation, out _) == AlgorithmFamily.WeakCipher)
                {
                    // CipherUtilities.GetCipher("DESede/CBC/PKCS7Padding").
                    Report(c, invocation.Arguments[0].Value.Syntax, BouncyCastleNames.Algorithm(transformation), fixable: false, profiles, bouncyCastle: true);
                }
                else if (CryptoHelpers.IsAny(method.ContainingType, weak))
                {
                    Report(c, invocation.Syntax, method.ContainingType.Name, hasAes, profiles);
                }
                else if (CryptoHelpers.IsAny(method.ContainingType, factories)
                    && invocation.Arguments.Length >= 1
                    && ConstantTextSource.FindName(invocation.Arguments[0].Value) is { } name
                    && WeakAlgorithmNames.Classify(name) == WeakAlgorithmNames.Kind.Cipher)
                {
                    Report(c, invocation.Syntax, name, hasAes && invocation.Arguments.Length == 1, profiles);
                }
            },
            OperationKind.Invocation);
    }

    /// <summary>Under the national profile the message recommends SM4 and the AES fix is withheld (AES is outside the profile).</summary>
    private static void Report(OperationAnalysisContext context, SyntaxNode syntax, string cipher, bool fixable, PerTreeCache<CryptoProfile> profiles, bool bouncyCastle = false)
    {
        var profile = profiles.Get(syntax.SyntaxTree);
        var advice = bouncyCastle ? profile.BouncyCastleCipher : profile.Cipher;
        fixable &= !profile.IsNational;
        var properties = fixable
            ? ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.FixKind, KindCreateAes)
            : ImmutableDictionary<string, string?>.Empty;
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.AIREG302_WeakCipherAlgorithm, syntax.GetLocation(), properties, cipher, advice));
    }
}
