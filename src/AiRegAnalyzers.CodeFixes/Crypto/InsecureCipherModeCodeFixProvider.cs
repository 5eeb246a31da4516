namespace AiRegAnalyzers.CodeFixes.Crypto;

/// <summary>
/// AIREG303: RSA PKCS#1 v1.5 encryption padding → <c>RSAEncryptionPadding.OaepSHA256</c>
/// (<c>Encrypt(data, false)</c> → <c>Encrypt(data, RSAEncryptionPadding.OaepSHA256)</c>). When the
/// object is an <c>RSACryptoServiceProvider</c>, whose Windows (CAPI) implementation supports OAEP
/// with SHA-1 only, a second fix offers OAEP-SHA-1. <c>RSAPKCS1KeyExchangeFormatter</c> /
/// <c>Deformatter</c> → <c>RSAOAEPKeyExchangeFormatter</c> / <c>Deformatter</c> (<see cref="OfferOaepKeyExchange"/>).
/// ECB has no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InsecureCipherModeCodeFixProvider)), Shared]
public sealed class InsecureCipherModeCodeFixProvider() : AiRegCodeFixProvider(RuleIds.InsecureCipherMode, FixKind.OaepSha256, FixKind.OaepSha1, FixKind.OaepKeyExchange)
{
    private protected override void Offer(FixDocument document, Diagnostic diagnostic, List<FixOffer> offers)
    {
        if (diagnostic.GetFixKind() == FixKind.KeyExchange)
        {
            OfferOaepKeyExchange(document, diagnostic, offers);
            return;
        }

        if (diagnostic.GetFixKind() is not { } kind
            || kind is not (FixKind.PaddingProperty or FixKind.BoolArgument)
            || document.ExpressionAt(diagnostic) is not { } expression)
        {
            return;
        }

        offers.Add(CryptoFixHelpers.Replace(FixKind.OaepSha256, expression, CryptoFixHelpers.CryptoMember("RSAEncryptionPadding", "OaepSHA256")));
        if (diagnostic.Has(DiagnosticProperties.CspReceiver))
        {
            // fOAEP: true for Encrypt(data, bool); the kind names the title.
            offers.Add(kind == FixKind.BoolArgument
                ? CryptoFixHelpers.Replace(FixKind.OaepSha1, expression, SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression), "fOAEP: true")
                : CryptoFixHelpers.Replace(FixKind.OaepSha1, expression, CryptoFixHelpers.CryptoMember("RSAEncryptionPadding", "OaepSHA1"), "RSAEncryptionPadding.OaepSHA1"));
        }
    }

    /// <summary>
    /// The PKCS#1 v1.5 key-exchange formatter or deformatter becomes its OAEP twin, which has the same
    /// constructors (<c>()</c>, <c>(AsymmetricAlgorithm key)</c>) and methods. The type of a local or private
    /// field declared with the old type changes too (<see cref="CryptoFixHelpers.CanRetype"/>). Not offered where
    /// the code uses a member OAEP lacks (the deformatter's <c>RNG</c>) or <c>Parameters</c>, which OAEP
    /// leaves empty where PKCS#1 describes its padding, nor where the value goes somewhere that wants the old type.
    /// </summary>
    private static void OfferOaepKeyExchange(FixDocument document, Diagnostic diagnostic, List<FixOffer> offers)
    {
        const string Parameters = "Parameters";
        if (document.ExpressionAt(diagnostic) is not BaseObjectCreationExpressionSyntax creation
            || document.Model.GetTypeInfo(creation, document.CancellationToken).Type is not INamedTypeSymbol oldType
            || oldType.Name.Replace("PKCS1", "OAEP") is var name && name == oldType.Name
            || document.Compilation.GetTypeByMetadataName(CryptoFixHelpers.CryptoNamespace + "." + name) is not { } newType)
        {
            return;
        }

        if (creation.Initializer is { } initializer)
        {
            foreach (var member in initializer.Expressions)
            {
                if (member is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: var set } }
                    || set == Parameters
                    || !CryptoFixHelpers.HasInstanceMember(newType, set))
                {
                    return;
                }
            }
        }

        if (!CryptoFixHelpers.CanRetype(document.Model, creation, newType, document.CancellationToken, out var declaredType, Parameters))
        {
            return;
        }

        // new(rsa) is spelled out: the target type it took from the old declaration is gone.
        ExpressionSyntax replacement = creation is ObjectCreationExpressionSyntax spelled
            ? spelled.WithType(CryptoFixHelpers.CryptoType(name).WithTriviaFrom(spelled.Type))
            : SyntaxFactory.ObjectCreationExpression(
                creation.NewKeyword.WithTrailingTrivia(SyntaxFactory.Space),
                CryptoFixHelpers.CryptoType(name),
                creation.ArgumentList,
                creation.Initializer);
        offers.Add(CryptoFixHelpers.Replace(FixKind.OaepKeyExchange, creation, replacement, declaredType, declaredType is null ? null : CryptoFixHelpers.CryptoType(name), name));
    }
}
