using System.Collections.Generic;
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

    /// <summary>Fix All rewrites a document in one pass, so the using directives every fix adds do not conflict.</summary>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(async (context, document, diagnostics) =>
        context.CodeActionEquivalenceKey == EquivalenceKey ? await ApplyAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false) : null);

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
            if (Plan(root, model, diagnostic, context.CancellationToken) is not { } plan)
            {
                continue;
            }

            var title = plan.IsHmac ? CodeFixResources.Get("UseHmacSm3Title") : CodeFixResources.Get("UseSm3Title");
            context.RegisterCodeFix(CodeAction.Create(title, ct => ApplyAsync(context.Document, [diagnostic], ct), EquivalenceKey), diagnostic);
        }
    }

    private static async Task<Document> ApplyAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (var diagnostic in diagnostics)
        {
            if (Plan(root, model, diagnostic, cancellationToken) is { } plan)
            {
                replacements[plan.Old] = plan.New.WithTriviaFrom(plan.Old);
                if (plan.DeclaredType is { } declared)
                {
                    replacements[declared] = CryptoFixHelpers.QualifiedType(BouncyCastleSyntax.DigestsNamespace, "SM3Digest").WithTriviaFrom(declared);
                }
            }
        }

        var newRoot = root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);
        return await CryptoFixHelpers.WithRootAndImportsAsync(document, newRoot, cancellationToken).ConfigureAwait(false);
    }

    private static (ExpressionSyntax Old, ExpressionSyntax New, TypeSyntax? DeclaredType, bool IsHmac)? Plan(
        SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(CryptoHelpers.FixKind, out var kind) || DiagnosticSyntax.FindExpression(root, diagnostic) is not { } expression)
        {
            return null;
        }

        switch (kind)
        {
            case AlgorithmOutsideNationalProfileAnalyzer.KindName when diagnostic.Properties.TryGetValue(CryptoHelpers.Replacement, out var name) && name is not null:
                return (expression, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name)), null, name == BouncyCastleNames.HmacSm3);

            case NationalFixes.KindSm3Digest or NationalFixes.KindHmacSm3:
                return model.GetOperation(expression, cancellationToken) is IInvocationOperation invocation
                    && BouncyCastleSyntax.OneShot(invocation, kind) is { } call
                    ? (expression, call, null, kind == NationalFixes.KindHmacSm3)
                    : null;

            case AlgorithmOutsideNationalProfileAnalyzer.KindSm3DigestObject:
                var sm3 = model.Compilation.GetTypeByMetadataName(BouncyCastleSyntax.DigestsNamespace + ".SM3Digest");
                if (sm3 is null || !CryptoFixHelpers.CanRetype(model, expression, sm3, cancellationToken, out var declaredType))
                {
                    return null;
                }

                var created = SyntaxFactory.ObjectCreationExpression(CryptoFixHelpers.QualifiedType(BouncyCastleSyntax.DigestsNamespace, "SM3Digest"))
                    .WithArgumentList(SyntaxFactory.ArgumentList());
                return (expression, created, declaredType, false);

            default:
                return null;
        }
    }
}
