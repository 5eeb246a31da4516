using AiRegAnalyzers.Crypto;

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
public sealed class AlgorithmOutsideNationalProfileCodeFixProvider() : AiRegCodeFixProvider(RuleIds.AlgorithmOutsideNationalProfile, FixKind.UseSm3, FixKind.UseHmacSm3)
{
    private protected override void Offer(FixDocument document, Diagnostic diagnostic, List<FixOffer> offers)
    {
        if (diagnostic.GetFixKind() is not { } kind || document.ExpressionAt(diagnostic) is not { } expression)
        {
            return;
        }

        switch (kind)
        {
            case FixKind.Name when diagnostic.Get(DiagnosticProperties.Replacement) is { } name:
                var literal = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name));
                offers.Add(CryptoFixHelpers.Replace(name == BouncyCastleNames.HmacSm3 ? FixKind.UseHmacSm3 : FixKind.UseSm3, expression, literal));
                break;

            case FixKind.Sm3Digest or FixKind.HmacSm3 when CryptoFixHelpers.NationalOneShot(document.Model, expression, kind, document.CancellationToken) is { } offer:
                offers.Add(offer);
                break;

            case FixKind.Sm3DigestObject
                when document.Compilation.GetTypeByMetadataName(BouncyCastleSyntax.DigestsNamespace + ".SM3Digest") is { } sm3
                && CryptoFixHelpers.CanRetype(document.Model, expression, sm3, document.CancellationToken, out var declaredType):
                var created = SyntaxFactory.ObjectCreationExpression(CryptoFixHelpers.QualifiedType(BouncyCastleSyntax.DigestsNamespace, "SM3Digest"))
                    .WithArgumentList(SyntaxFactory.ArgumentList());
                offers.Add(CryptoFixHelpers.Replace(FixKind.UseSm3, expression, created, declaredType, CryptoFixHelpers.QualifiedType(BouncyCastleSyntax.DigestsNamespace, "SM3Digest")));
                break;
        }
    }
}
