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
public sealed class WeakHashAlgorithmCodeFixProvider() : AiRegCodeFixProvider(RuleIds.WeakHashAlgorithm, FixKind.UseSha256, FixKind.UseSm3, FixKind.UseHmacSm3)
{
    private protected override void Offer(FixDocument document, Diagnostic diagnostic, List<FixOffer> offers)
    {
        if (diagnostic.GetFixKind() is not { } kind
            || diagnostic.Get(DiagnosticProperties.Replacement) is not { } replacement
            || document.ExpressionAt(diagnostic) is not { } expression)
        {
            return;
        }

        // Under the national profile: the one-shot forms become BouncyCastle SM3 / HMAC-SM3.
        if (kind is FixKind.Sm3Digest or FixKind.HmacSm3)
        {
            if (CryptoFixHelpers.NationalOneShot(document.Model, expression, kind, document.CancellationToken) is { } national)
            {
                offers.Add(national);
            }

            return;
        }

        if (Plan(document.Model, expression, kind, replacement, document.CancellationToken) is { } plan)
        {
            var shown = kind == FixKind.HashName ? replacement : plan.TypeName;
            offers.Add(CryptoFixHelpers.Replace(FixKind.UseSha256, expression, plan.NewExpression, plan.DeclaredType, CryptoFixHelpers.CryptoType(plan.TypeName), shown));
        }
    }

    private static (ExpressionSyntax NewExpression, TypeSyntax? DeclaredType, string TypeName)? Plan(
        SemanticModel model, ExpressionSyntax expression, FixKind kind, string replacement, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case FixKind.HashName:
                return (CryptoFixHelpers.CryptoMember("HashAlgorithmName", "SHA256"), null, "HashAlgorithmName");

            case FixKind.StaticType
                when expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation:
                return (invocation.WithExpression(access.WithExpression(CryptoFixHelpers.CryptoType(replacement))), null, replacement);

            case FixKind.Create:
            case FixKind.NewType:
                var newType = model.Compilation.GetTypeByMetadataName(CryptoFixHelpers.CryptoNamespace + "." + replacement);
                if (newType is null || !CryptoFixHelpers.CanRetype(model, expression, newType, cancellationToken, out var declaredType))
                {
                    return null;
                }

                ExpressionSyntax created = expression switch
                {
                    ObjectCreationExpressionSyntax creation when kind == FixKind.NewType =>
                        creation.WithType(CryptoFixHelpers.CryptoType(replacement).WithTriviaFrom(creation.Type)),
                    _ when kind == FixKind.NewType =>
                        SyntaxFactory.ObjectCreationExpression(CryptoFixHelpers.CryptoType(replacement)).WithArgumentList(SyntaxFactory.ArgumentList()),
                    _ => CryptoFixHelpers.CryptoCreate(replacement),
                };
                return (created, declaredType, replacement);

            default:
                return null;
        }
    }
}
