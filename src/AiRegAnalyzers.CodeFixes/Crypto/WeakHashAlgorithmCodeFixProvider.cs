using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using AiRegAnalyzers.Crypto;
using AiRegAnalyzers.CodeFixes.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AiRegAnalyzers.CodeFixes.Crypto;

/// <summary>
/// AIREG301: MD5/SHA-1/RIPEMD-160 → SHA256, their HMACs → HMACSHA256,
/// <c>HashAlgorithmName.MD5/SHA1</c> → <c>HashAlgorithmName.SHA256</c>. When the weak object
/// initialises a local declared with the weak type, the declared type changes too; the fix is not
/// offered when a use of the value needs the weak type (or for <c>TryHashData</c>, whose
/// destination is sized for the weak hash).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WeakHashAlgorithmCodeFixProvider)), Shared]
public sealed class WeakHashAlgorithmCodeFixProvider : CodeFixProvider
{
    internal const string EquivalenceKey = "AIREG301.UseSha256";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.AIREG301_WeakHashAlgorithm.Id);

    /// <summary>Fix All rewrites a document in one pass, so the using directives the fixes add do not conflict.</summary>
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

            context.RegisterCodeFix(CodeAction.Create(plan.Title, ct => ApplyAsync(context.Document, [diagnostic], ct), EquivalenceKey), diagnostic);
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
                replacements[plan.Expression] = plan.NewExpression.WithTriviaFrom(plan.Expression);
                if (plan.DeclaredType is { } declared)
                {
                    replacements[declared] = CryptoFixHelpers.CryptoType(plan.TypeName).WithTriviaFrom(declared);
                }
            }
        }

        var newRoot = root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);
        return await CryptoFixHelpers.WithRootAndImportsAsync(document, newRoot, cancellationToken).ConfigureAwait(false);
    }

    private static (ExpressionSyntax Expression, ExpressionSyntax NewExpression, TypeSyntax? DeclaredType, string TypeName, string Title)? Plan(
        SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(CryptoHelpers.FixKind, out var kind)
            || !diagnostic.Properties.TryGetValue(CryptoHelpers.Replacement, out var replacement)
            || replacement is null
            || DiagnosticSyntax.FindExpression(root, diagnostic) is not { } expression)
        {
            return null;
        }

        // Under the national profile: the one-shot forms become BouncyCastle SM3 / HMAC-SM3.
        if (kind is NationalFixes.KindSm3Digest or NationalFixes.KindHmacSm3)
        {
            return model.GetOperation(expression, cancellationToken) is IInvocationOperation invocation && BouncyCastleSyntax.OneShot(invocation, kind) is { } call
                ? (expression, call, null, string.Empty, CodeFixResources.Get(kind == NationalFixes.KindHmacSm3 ? "UseHmacSm3Title" : "UseSm3Title"))
                : null;
        }

        if (Plan(model, expression, kind, replacement, cancellationToken) is not { } plan)
        {
            return null;
        }

        var title = "Use " + (kind == WeakHashAlgorithmAnalyzer.KindHashName ? replacement : plan.TypeName) + " (SHA-256 family)";
        return (expression, plan.NewExpression, plan.DeclaredType, plan.TypeName, title);
    }

    private static (ExpressionSyntax NewExpression, TypeSyntax? DeclaredType, string TypeName)? Plan(
        SemanticModel model, ExpressionSyntax expression, string? kind, string replacement, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case WeakHashAlgorithmAnalyzer.KindHashName:
                return (CryptoFixHelpers.CryptoMember("HashAlgorithmName", "SHA256"), null, "HashAlgorithmName");

            case WeakHashAlgorithmAnalyzer.KindStaticType
                when expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation:
                return (invocation.WithExpression(access.WithExpression(CryptoFixHelpers.CryptoType(replacement))), null, replacement);

            case WeakHashAlgorithmAnalyzer.KindCreate:
            case WeakHashAlgorithmAnalyzer.KindNewType:
                var newType = model.Compilation.GetTypeByMetadataName(CryptoFixHelpers.CryptoNamespace + "." + replacement);
                if (newType is null || !CryptoFixHelpers.CanRetype(model, expression, newType, cancellationToken, out var declaredType))
                {
                    return null;
                }

                ExpressionSyntax created = expression switch
                {
                    ObjectCreationExpressionSyntax creation when kind == WeakHashAlgorithmAnalyzer.KindNewType =>
                        creation.WithType(CryptoFixHelpers.CryptoType(replacement).WithTriviaFrom(creation.Type)),
                    _ when kind == WeakHashAlgorithmAnalyzer.KindNewType =>
                        SyntaxFactory.ObjectCreationExpression(CryptoFixHelpers.CryptoType(replacement)).WithArgumentList(SyntaxFactory.ArgumentList()),
                    _ => CryptoFixHelpers.CryptoCreate(replacement),
                };
                return (created, declaredType, replacement);

            default:
                return null;
        }
    }

    internal static Task<Document> Apply(Document document, SyntaxNode root, ExpressionSyntax expression, ExpressionSyntax newExpression, TypeSyntax? declaredType, string typeName, CancellationToken cancellationToken)
    {
        var nodes = declaredType is null ? new SyntaxNode[] { expression } : new SyntaxNode[] { expression, declaredType };
        var newRoot = root.ReplaceNodes(
            nodes,
            (original, _) => original == expression
                ? newExpression.WithTriviaFrom(expression)
                : CryptoFixHelpers.CryptoType(typeName).WithTriviaFrom(original));
        return CryptoFixHelpers.WithRootAndImportsAsync(document, newRoot, cancellationToken);
    }
}
