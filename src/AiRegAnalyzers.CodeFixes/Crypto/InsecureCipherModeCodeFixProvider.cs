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

namespace AiRegAnalyzers.CodeFixes.Crypto;

/// <summary>
/// AIREG303: RSA PKCS#1 v1.5 encryption padding → <c>RSAEncryptionPadding.OaepSHA256</c>
/// (<c>Encrypt(data, false)</c> → <c>Encrypt(data, RSAEncryptionPadding.OaepSHA256)</c>). When the
/// object is an <c>RSACryptoServiceProvider</c>, whose Windows (CAPI) implementation supports OAEP
/// with SHA-1 only, a second fix offers OAEP-SHA-1. ECB has no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InsecureCipherModeCodeFixProvider)), Shared]
public sealed class InsecureCipherModeCodeFixProvider : CodeFixProvider
{
    internal const string OaepSha256Key = "AIREG303.OaepSHA256";
    internal const string OaepSha1Key = "AIREG303.OaepSHA1";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.AIREG303_InsecureCipherMode.Id);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(CryptoHelpers.FixKind, out var kind)
                || kind is not (InsecureCipherModeAnalyzer.KindPaddingProperty or InsecureCipherModeAnalyzer.KindBoolArgument)
                || DiagnosticSyntax.FindExpression(root, diagnostic) is not { } expression)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use RSAEncryptionPadding.OaepSHA256",
                    ct => ReplaceAsync(context.Document, root, expression, CryptoFixHelpers.CryptoMember("RSAEncryptionPadding", "OaepSHA256"), ct),
                    OaepSha256Key),
                diagnostic);

            if (diagnostic.Properties.ContainsKey(InsecureCipherModeAnalyzer.CspReceiver))
            {
                ExpressionSyntax sha1 = kind == InsecureCipherModeAnalyzer.KindBoolArgument
                    ? SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression)
                    : CryptoFixHelpers.CryptoMember("RSAEncryptionPadding", "OaepSHA1");
                context.RegisterCodeFix(
                    CodeAction.Create(
                        kind == InsecureCipherModeAnalyzer.KindBoolArgument
                            ? "Use OAEP with SHA-1 (fOAEP: true), the only OAEP that RSACryptoServiceProvider supports on Windows"
                            : "Use RSAEncryptionPadding.OaepSHA1, the only OAEP that RSACryptoServiceProvider supports on Windows",
                        ct => ReplaceAsync(context.Document, root, expression, sha1, ct),
                        OaepSha1Key),
                    diagnostic);
            }
        }
    }

    private static Task<Document> ReplaceAsync(Document document, SyntaxNode root, ExpressionSyntax expression, ExpressionSyntax replacement, CancellationToken cancellationToken) =>
        CryptoFixHelpers.WithRootAndImportsAsync(document, root.ReplaceNode(expression, replacement.WithTriviaFrom(expression)), cancellationToken);
}
