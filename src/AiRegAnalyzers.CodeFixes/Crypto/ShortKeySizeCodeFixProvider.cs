using System.Globalization;

namespace AiRegAnalyzers.CodeFixes.Crypto;

/// <summary>
/// AIREG304: raises a constant key size to the configured minimum (rounded up to a size the
/// platform accepts: a multiple of 8 for RSA/DSA, 256/384/521 for EC), or replaces a small
/// curve with the smallest one that meets the minimum (<c>"nistP256"</c>,
/// <c>ECCurve.NamedCurves.brainpoolP256r1</c>). Not offered for <c>DSACryptoServiceProvider</c>,
/// which cannot go above 1024 bits.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ShortKeySizeCodeFixProvider)), Shared]
public sealed class ShortKeySizeCodeFixProvider() : AiRegCodeFixProvider(RuleIds.ShortKeySize, FixKind.Number, FixKind.CurveName)
{
    private protected override void Offer(FixDocument document, Diagnostic diagnostic, List<FixOffer> offers)
    {
        if (diagnostic.Get(DiagnosticProperties.Value) is not { } value || document.ExpressionAt(diagnostic) is not { } expression)
        {
            return;
        }

        switch (diagnostic.GetFixKind())
        {
            case FixKind.Number when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var bits):
                offers.Add(CryptoFixHelpers.Replace(FixKind.Number, expression, CryptoFixHelpers.Number(bits), value));
                break;
            case FixKind.CurveName:
                offers.Add(CryptoFixHelpers.Replace(FixKind.CurveName, expression, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value)), value));
                break;
            case FixKind.NamedCurve when expression is MemberAccessExpressionSyntax access:
                offers.Add(CryptoFixHelpers.Replace(FixKind.CurveName, expression, access.WithName(SyntaxFactory.IdentifierName(value)), value));
                break;
        }
    }
}
