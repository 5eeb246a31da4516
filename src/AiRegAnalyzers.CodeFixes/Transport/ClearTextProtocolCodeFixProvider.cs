using System;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AiRegAnalyzers.CodeFixes.Transport;

/// <summary>
/// AIREG403: <c>http://</c> → <c>https://</c> in the literal (or the first text part of an interpolated
/// string); <c>EnableSsl = false</c> → <c>true</c>; adds <c>EnableSsl = true</c> to a new <c>SmtpClient</c>.
/// No fix for <c>ftp://</c> (FTPS is <c>EnableSsl</c>, not a scheme) or <c>telnet://</c> (no encrypted drop-in).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClearTextProtocolCodeFixProvider)), Shared]
public sealed class ClearTextProtocolCodeFixProvider() : AiRegCodeFixProvider(RuleIds.ClearTextProtocol, FixKind.Https, FixKind.EnableSsl)
{
    private protected override void Offer(FixDocument document, Diagnostic diagnostic, List<FixOffer> offers)
    {
        var node = document.NodeAt(diagnostic);
        switch (diagnostic.GetFixKind())
        {
            case FixKind.Https when UseHttps(node) is { } https:
                offers.Add(new FixOffer(FixKind.Https, edits => edits.Replace(https.Old, https.New)));
                break;
            case FixKind.EnableSsl when node.FirstAncestorOrSelf<AssignmentExpressionSyntax>() is { Right: { } value }:
                offers.Add(new FixOffer(FixKind.EnableSsl, edits => edits.Replace(value, LiteralExpression(SyntaxKind.TrueLiteralExpression))));
                break;
            case FixKind.AddEnableSsl when node.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is { } creation:
                offers.Add(new FixOffer(FixKind.EnableSsl, edits => edits.Edit(creation, rewritten => ObjectInitializerEditor.AddTrueAssignments((BaseObjectCreationExpressionSyntax)rewritten, ["EnableSsl"]))));
                break;
        }
    }

    /// <summary>The literal (or the first text part of an interpolated string) with <c>https://</c> for <c>http://</c>.</summary>
    private static (SyntaxNode Old, SyntaxNode New)? UseHttps(SyntaxNode node)
    {
        if (node.FirstAncestorOrSelf<LiteralExpressionSyntax>() is { } literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            var token = literal.Token;
            var text = ReplaceScheme(token.Text);
            var value = ReplaceScheme(token.ValueText);
            if (text is null || value is null)
            {
                return null;
            }

            return (literal, literal.WithToken(Literal(token.LeadingTrivia, text, value, token.TrailingTrivia)));
        }

        if (node.FirstAncestorOrSelf<InterpolatedStringExpressionSyntax>() is { Contents.Count: > 0 } interpolated
            && interpolated.Contents[0] is InterpolatedStringTextSyntax first)
        {
            var token = first.TextToken;
            var text = ReplaceScheme(token.Text);
            var value = ReplaceScheme(token.ValueText);
            if (text is null || value is null)
            {
                return null;
            }

            return (first, first.WithTextToken(Token(token.LeadingTrivia, SyntaxKind.InterpolatedStringTextToken, text, value, token.TrailingTrivia)));
        }

        return null;
    }

    /// <summary>Replaces the first <c>http://</c> (any case) after the opening quote characters.</summary>
    private static string? ReplaceScheme(string text)
    {
        var index = text.IndexOf("http://", StringComparison.OrdinalIgnoreCase);
        return index < 0 ? null : text.Substring(0, index) + "https://" + text.Substring(index + "http://".Length);
    }
}
