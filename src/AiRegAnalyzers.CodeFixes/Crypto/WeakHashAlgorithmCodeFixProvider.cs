using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using AiRegAnalyzers.Crypto;
using AiRegAnalyzers.CodeFixes.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRegAnalyzers.CodeFixes.Crypto;

/// <summary>
/// AIREG301: MD5/SHA-1/RIPEMD-160 → SHA256, their HMACs → HMACSHA256,
/// <c>HashAlgorithmName.MD5/SHA1</c> → <c>HashAlgorithmName.SHA256</c>. When the weak object
/// initialises a local declared with the weak type, the declared type changes too; the fix is not
/// offered when a use of the value needs the weak type (or for <c>TryHashData</c>, whose
/// destination is sized for the weak hash). Under the national profile only the one-shot
/// <c>HashData</c> forms are fixed, to BouncyCastle SM3 / HMAC-SM3.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WeakHashAlgorithmCodeFixProvider)), Shared]
public sealed class WeakHashAlgorithmCodeFixProvider : ReplaceExpressionCodeFixProvider
{
    internal const string EquivalenceKey = "AIREG301.UseSha256";

    public WeakHashAlgorithmCodeFixProvider()
        : base(Descriptors.AIREG301_WeakHashAlgorithm.Id, EquivalenceKey)
    {
    }

    private protected override Replacement? Plan(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(CryptoHelpers.FixKind, out var kind)
            || kind is null
            || !diagnostic.Properties.TryGetValue(CryptoHelpers.Replacement, out var replacement)
            || replacement is null
            || DiagnosticSyntax.FindExpression(root, diagnostic) is not { } expression)
        {
            return null;
        }

        // Under the national profile: the one-shot forms become BouncyCastle SM3 / HMAC-SM3.
        if (kind is NationalFixes.KindSm3Digest or NationalFixes.KindHmacSm3)
        {
            return NationalOneShot(model, expression, kind, cancellationToken);
        }

        if (Plan(model, expression, kind, replacement, cancellationToken) is not { } plan)
        {
            return null;
        }

        var title = "Use " + (kind == WeakHashAlgorithmAnalyzer.KindHashName ? replacement : plan.TypeName) + " (SHA-256 family)";
        return new Replacement(expression, plan.NewExpression, title, plan.DeclaredType, CryptoFixHelpers.CryptoType(plan.TypeName));
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
