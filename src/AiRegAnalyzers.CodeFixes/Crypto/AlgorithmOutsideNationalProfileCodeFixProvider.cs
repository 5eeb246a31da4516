using System.Composition;
using System.Threading;
using AiRegAnalyzers.CodeFixes.Common;
using AiRegAnalyzers.Crypto;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;

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
public sealed class AlgorithmOutsideNationalProfileCodeFixProvider : ReplaceExpressionCodeFixProvider
{
    internal const string EquivalenceKey = "AIREG308.UseSm";

    public AlgorithmOutsideNationalProfileCodeFixProvider()
        : base(Descriptors.AIREG308_AlgorithmOutsideNationalProfile.Id, EquivalenceKey)
    {
    }

    private protected override Replacement? Plan(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(CryptoHelpers.FixKind, out var kind) || kind is null || DiagnosticSyntax.FindExpression(root, diagnostic) is not { } expression)
        {
            return null;
        }

        switch (kind)
        {
            case AlgorithmOutsideNationalProfileAnalyzer.KindName when diagnostic.Properties.TryGetValue(CryptoHelpers.Replacement, out var name) && name is not null:
                var literal = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name));
                return new Replacement(expression, literal, CodeFixResources.Get(name == BouncyCastleNames.HmacSm3 ? "UseHmacSm3Title" : "UseSm3Title"));

            case NationalFixes.KindSm3Digest or NationalFixes.KindHmacSm3:
                return NationalOneShot(model, expression, kind, cancellationToken);

            case AlgorithmOutsideNationalProfileAnalyzer.KindSm3DigestObject:
                var sm3 = model.Compilation.GetTypeByMetadataName(BouncyCastleSyntax.DigestsNamespace + ".SM3Digest");
                if (sm3 is null || !CryptoFixHelpers.CanRetype(model, expression, sm3, cancellationToken, out var declaredType))
                {
                    return null;
                }

                var created = SyntaxFactory.ObjectCreationExpression(CryptoFixHelpers.QualifiedType(BouncyCastleSyntax.DigestsNamespace, "SM3Digest"))
                    .WithArgumentList(SyntaxFactory.ArgumentList());
                return new Replacement(expression, created, CodeFixResources.Get("UseSm3Title"), declaredType, CryptoFixHelpers.QualifiedType(BouncyCastleSyntax.DigestsNamespace, "SM3Digest"));

            default:
                return null;
        }
    }
}
