namespace AiRegAnalyzers.CodeFixes.Crypto;

/// <summary>
/// AIREG303: RSA PKCS#1 v1.5 encryption padding → <c>RSAEncryptionPadding.OaepSHA256</c>
/// (<c>Encrypt(data, false)</c> → <c>Encrypt(data, RSAEncryptionPadding.OaepSHA256)</c>). When the
/// object is an <c>RSACryptoServiceProvider</c>, whose Windows (CAPI) implementation supports OAEP
/// with SHA-1 only, a second fix offers OAEP-SHA-1. ECB has no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InsecureCipherModeCodeFixProvider)), Shared]
public sealed class InsecureCipherModeCodeFixProvider() : AiRegCodeFixProvider(RuleIds.InsecureCipherMode, FixKind.OaepSha256, FixKind.OaepSha1)
{
    private protected override void Offer(FixDocument document, Diagnostic diagnostic, List<FixOffer> offers)
    {
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
}
