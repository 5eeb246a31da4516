namespace AiRegAnalyzers.Crypto;

/// <summary>
/// AIREG305: a constant (see <see cref="ConstantBytesSource"/>) used as a symmetric key, IV or nonce:
/// <c>SymmetricAlgorithm.Key/IV = …</c>, <c>CreateEncryptor/CreateDecryptor(key, iv)</c>,
/// <c>EncryptCbc/EncryptCfb(…, iv)</c>, the key of <c>AesGcm</c>/<c>AesCcm</c>/<c>ChaCha20Poly1305</c>
/// and the nonce of their <c>Encrypt</c>; BouncyCastle's <c>KeyParameter</c>, the IV of
/// <c>ParametersWithIV</c>, the nonce of <c>AeadParameters</c> and <c>ParameterUtilities.CreateKeyParameter</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConstantKeyOrIVAnalyzer() : AiRegAnalyzer(Descriptors.AIREG305_ConstantKeyOrIV)
{
    /// <summary>The fix may replace the statement <c>x.IV = constant;</c> with <c>x.GenerateIV();</c>.</summary>
    internal const string KindIVAssignment = nameof(FixKind.IVAssignment);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var compilation = context.Compilation;
        var symmetric = compilation.GetTypeByMetadataName("System.Security.Cryptography.SymmetricAlgorithm");
        var aead = CryptoHelpers.Resolve(
            compilation,
            "System.Security.Cryptography.AesGcm",
            "System.Security.Cryptography.AesCcm",
            "System.Security.Cryptography.ChaCha20Poly1305");
        var bouncyCastle = BouncyCastleTypes.Get(compilation);
        if (symmetric is null && aead.IsEmpty && bouncyCastle is null)
        {
            return;
        }

        if (symmetric is not null)
        {
            context.RegisterOperationAction(
                c =>
                {
                    var assignment = (ISimpleAssignmentOperation)c.Operation;
                    if (assignment.Target is IPropertyReferenceOperation { Property: { Name: "Key" or "IV" } property } target
                        && CryptoHelpers.IsOrDerivesFrom(property.ContainingType, symmetric)
                        && ConstantBytesSource.IsConstant(assignment.Value))
                    {
                        var fixable = property.Name == "IV"
                            && target.Instance is { } instance
                            && instance.Kind != OperationKind.InstanceReference
                            && assignment.Parent is IExpressionStatementOperation;
                        Report(c, assignment.Value.Syntax, property.Name == "Key" ? nameof(FixKind.KeyAssignment) : fixable ? KindIVAssignment : null);
                    }
                },
                OperationKind.SimpleAssignment);
        }

        context.RegisterOperationAction(
            c =>
            {
                var invocation = (IInvocationOperation)c.Operation;
                var method = invocation.TargetMethod;
                switch (method.Name)
                {
                    case "CreateEncryptor" or "CreateDecryptor" when invocation.Arguments.Length == 2 && CryptoHelpers.IsOrDerivesFrom(method.ContainingType, symmetric):
                        Check(c, invocation.Arguments[0]);
                        Check(c, invocation.Arguments[1]);
                        break;
                    case "EncryptCbc" or "EncryptCfb" or "TryEncryptCbc" or "TryEncryptCfb" when CryptoHelpers.IsOrDerivesFrom(method.ContainingType, symmetric):
                        Check(c, CryptoHelpers.FindArgument(invocation.Arguments, "iv"));
                        break;
                    case "Encrypt" when CryptoHelpers.IsAny(method.ContainingType, aead):
                        Check(c, CryptoHelpers.FindArgument(invocation.Arguments, "nonce"));
                        break;
                    case "CreateKeyParameter" when bouncyCastle is not null:
                        Check(c, bouncyCastle.KeyMaterialArgument(invocation));
                        break;
                }
            },
            OperationKind.Invocation);

        if (bouncyCastle is not null)
        {
            context.RegisterOperationAction(c => Check(c, bouncyCastle.KeyMaterialArgument((IObjectCreationOperation)c.Operation)), OperationKind.ObjectCreation);
        }

        if (!aead.IsEmpty)
        {
            context.RegisterOperationAction(
                c =>
                {
                    var creation = (IObjectCreationOperation)c.Operation;
                    if (CryptoHelpers.IsAny(creation.Type, aead))
                    {
                        Check(c, CryptoHelpers.FindArgument(creation.Arguments, "key"));
                    }
                },
                OperationKind.ObjectCreation);
        }
    }

    private static void Check(OperationAnalysisContext context, IArgumentOperation? argument)
    {
        if (argument is not null && argument.ArgumentKind == ArgumentKind.Explicit && ConstantBytesSource.IsConstant(argument.Value))
        {
            Report(context, argument.Value.Syntax, null);
        }
    }

    private static void Report(OperationAnalysisContext context, SyntaxNode syntax, string? fixKind)
    {
        var properties = fixKind is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.FixKind, fixKind);
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.AIREG305_ConstantKeyOrIV, syntax.GetLocation(), properties, CryptoHelpers.Describe(syntax)));
    }
}
