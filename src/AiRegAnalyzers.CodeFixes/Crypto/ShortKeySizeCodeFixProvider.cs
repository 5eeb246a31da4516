using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
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
/// AIREG304: raises a constant key size to the configured minimum (rounded up to a size the
/// platform accepts: a multiple of 8 for RSA/DSA, 256/384/521 for EC), or replaces a small
/// curve with the smallest one that meets the minimum (<c>"nistP256"</c>,
/// <c>ECCurve.NamedCurves.brainpoolP256r1</c>). Not offered for <c>DSACryptoServiceProvider</c>,
/// which cannot go above 1024 bits.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ShortKeySizeCodeFixProvider)), Shared]
public sealed class ShortKeySizeCodeFixProvider : CodeFixProvider
{
    internal const string EquivalenceKey = "AIREG304.RaiseKeySize";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.AIREG304_ShortKeySize.Id);

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
                || !diagnostic.Properties.TryGetValue(CryptoHelpers.Value, out var value)
                || value is null
                || DiagnosticSyntax.FindExpression(root, diagnostic) is not { } expression)
            {
                continue;
            }

            ExpressionSyntax? replacement;
            string title;
            switch (kind)
            {
                case ShortKeySizeAnalyzer.KindNumber when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var bits):
                    replacement = CryptoFixHelpers.Number(bits);
                    title = "Raise the key size to " + value + " bits";
                    break;
                case ShortKeySizeAnalyzer.KindCurveName:
                    replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));
                    title = "Use curve " + value;
                    break;
                case ShortKeySizeAnalyzer.KindNamedCurve when expression is MemberAccessExpressionSyntax access:
                    replacement = access.WithName(SyntaxFactory.IdentifierName(value));
                    title = "Use curve " + value;
                    break;
                default:
                    continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    title,
                    ct => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(expression, replacement.WithTriviaFrom(expression)))),
                    EquivalenceKey),
                diagnostic);
        }
    }
}
