using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AiRegAnalyzers.Crypto;

/// <summary>
/// AIREG303: <c>CipherMode.ECB</c> used as a value and the one-shot <c>EncryptEcb</c> /
/// <c>TryEncryptEcb</c> (no fix: there is no drop-in replacement, the message points to AesGcm);
/// RSA PKCS#1 v1.5 encryption padding: <c>RSAEncryptionPadding.Pkcs1</c> used as a value and
/// <c>RSACryptoServiceProvider.Encrypt/Decrypt(data, false)</c> (fix: OAEP with SHA-256).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InsecureCipherModeAnalyzer : DiagnosticAnalyzer
{
    internal const string KindPaddingProperty = "PaddingProperty";
    internal const string KindBoolArgument = "BoolArgument";

    /// <summary>Set when the RSA object is statically an <c>RSACryptoServiceProvider</c> (Windows CAPI: OAEP-SHA-1 only).</summary>
    internal const string CspReceiver = "CspReceiver";

    private const string AesGcmAdvice = "AesGcm";
    private const string OaepAdvice = "RSAEncryptionPadding.OaepSHA256";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.AIREG303_InsecureCipherMode);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var compilation = context.Compilation;
        var cipherMode = compilation.GetTypeByMetadataName("System.Security.Cryptography.CipherMode");
        var symmetric = compilation.GetTypeByMetadataName("System.Security.Cryptography.SymmetricAlgorithm");
        var padding = compilation.GetTypeByMetadataName("System.Security.Cryptography.RSAEncryptionPadding");
        var csp = compilation.GetTypeByMetadataName("System.Security.Cryptography.RSACryptoServiceProvider");

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
                        Report(c, reference.Syntax, "CipherMode.ECB", AesGcmAdvice, null, false);
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
                        Report(c, reference.Syntax, "RSAEncryptionPadding.Pkcs1", OaepAdvice, KindPaddingProperty, onCsp);
                    }
                },
                OperationKind.PropertyReference);
        }

        if (symmetric is not null || csp is not null)
        {
            context.RegisterOperationAction(
                c =>
                {
                    var invocation = (IInvocationOperation)c.Operation;
                    var method = invocation.TargetMethod;
                    switch (method.Name)
                    {
                        case "EncryptEcb" or "TryEncryptEcb" when CryptoHelpers.IsOrDerivesFrom(method.ContainingType, symmetric):
                            Report(c, invocation.Syntax, method.Name, AesGcmAdvice, null, false);
                            break;
                        case "Encrypt" or "Decrypt" when csp is not null
                            && SymbolEqualityComparer.Default.Equals(method.ContainingType, csp)
                            && method.Parameters.Length == 2
                            && method.Parameters[1].Type.SpecialType == SpecialType.System_Boolean
                            && invocation.Arguments.Length == 2:
                            var flag = CryptoHelpers.FindArgument(invocation.Arguments, method.Parameters[1].Name);
                            if (flag?.Value.ConstantValue is { HasValue: true, Value: false })
                            {
                                Report(c, flag.Value.Syntax, method.Name + "(…, false)", OaepAdvice, KindBoolArgument, true);
                            }

                            break;
                    }
                },
                OperationKind.Invocation);
        }
    }

    private static void Report(OperationAnalysisContext context, SyntaxNode syntax, string what, string advice, string? fixKind, bool onCsp)
    {
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (fixKind is not null)
        {
            properties = properties.Add(CryptoHelpers.FixKind, fixKind);
            if (onCsp)
            {
                properties = properties.Add(CspReceiver, "true");
            }
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.AIREG303_InsecureCipherMode, syntax.GetLocation(), properties, what, advice));
    }
}
