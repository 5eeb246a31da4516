using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using AiRegAnalyzers.CodeFixes.Common;
using AiRegAnalyzers.Crypto;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRegAnalyzers.CodeFixes.Crypto;

/// <summary>
/// AIREG308, where one expression does it: <c>SHA256.HashData(x)</c> →
/// <c>DigestUtilities.CalculateDigest("SM3", x)</c>; <c>HMACSHA256.HashData(key, data)</c> →
/// <c>MacUtilities.CalculateMac("HMAC-SM3", new KeyParameter(key), data)</c>; a BouncyCastle digest
/// or HMAC name → <c>"SM3"</c> / <c>"HMAC-SM3"</c>; <c>new Sha256Digest()</c> → <c>new SM3Digest()</c>
/// (both 32 bytes). Ciphers and key pairs get no fix: SM4 takes 128-bit keys only and SM2 keys are
/// different keys, so that migration needs a decision about existing data.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AlgorithmOutsideNationalProfileCodeFixProvider)), Shared]
public sealed class AlgorithmOutsideNationalProfileCodeFixProvider : CodeFixProvider
{
    internal const string EquivalenceKey = "AIREG308.UseSm";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.AIREG308_AlgorithmOutsideNationalProfile.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(CryptoHelpers.FixKind, out var kind)
                || DiagnosticSyntax.FindExpression(root, diagnostic) is not { } expression
                || Plan(model, expression, kind, diagnostic, context.CancellationToken) is not { } plan)
            {
                continue;
            }

            var title = kind is AlgorithmOutsideNationalProfileAnalyzer.KindHmacSm3 || plan.Replacement == BouncyCastleNames.HmacSm3
                ? CodeFixResources.Get("AIREG308_HmacSm3Title")
                : CodeFixResources.Get("AIREG308_Sm3Title");
            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    ct => WeakHashAlgorithmCodeFixProvider.Apply(context.Document, root, expression, plan.NewExpression, plan.DeclaredType, "SM3Digest", ct, BouncyCastleSyntax.DigestsNamespace),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static (ExpressionSyntax NewExpression, TypeSyntax? DeclaredType, string? Replacement)? Plan(
        SemanticModel model, ExpressionSyntax expression, string? kind, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case AlgorithmOutsideNationalProfileAnalyzer.KindName when diagnostic.Properties.TryGetValue(CryptoHelpers.Replacement, out var name) && name is not null:
                return (SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name)), null, name);

            case AlgorithmOutsideNationalProfileAnalyzer.KindSm3Digest or AlgorithmOutsideNationalProfileAnalyzer.KindHmacSm3:
                return model.GetOperation(expression, cancellationToken) is IInvocationOperation invocation
                    && BouncyCastleSyntax.OneShot(invocation, kind) is { } call
                    ? (call, null, null)
                    : null;

            case AlgorithmOutsideNationalProfileAnalyzer.KindSm3DigestObject:
                var sm3 = model.Compilation.GetTypeByMetadataName(BouncyCastleSyntax.DigestsNamespace + ".SM3Digest");
                if (sm3 is null || !CryptoFixHelpers.CanRetype(model, expression, sm3, cancellationToken, out var declaredType))
                {
                    return null;
                }

                var created = SyntaxFactory.ObjectCreationExpression(CryptoFixHelpers.QualifiedType(BouncyCastleSyntax.DigestsNamespace, "SM3Digest"))
                    .WithArgumentList(SyntaxFactory.ArgumentList());
                return (created, declaredType, null);

            default:
                return null;
        }
    }
}
