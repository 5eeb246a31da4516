using System;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using AiRegAnalyzers.Transport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace AiRegAnalyzers.CodeFixes.Transport;

/// <summary>
/// AIREG403: <c>http://</c> → <c>https://</c> in the literal (or the first text part of an interpolated
/// string); <c>EnableSsl = false</c> → <c>true</c>; adds <c>EnableSsl = true</c> to a new <c>SmtpClient</c>.
/// No fix for <c>ftp://</c> (FTPS is <c>EnableSsl</c>, not a scheme) or <c>telnet://</c> (no encrypted drop-in).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClearTextProtocolCodeFixProvider)), Shared]
public sealed class ClearTextProtocolCodeFixProvider : CodeFixProvider
{
    public const string HttpsKey = "AIREG403_UseHttps";
    public const string EnableSslKey = "AIREG403_EnableSsl";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("AIREG403");

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
            if (!diagnostic.Properties.TryGetValue(ClearTextProtocolAnalyzer.FixProperty, out var fix))
            {
                continue;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            SyntaxNode? newRoot = null;
            string title, key;
            switch (fix)
            {
                case "Https":
                    newRoot = UseHttps(root, node);
                    title = "Use https://";
                    key = HttpsKey;
                    break;
                case "EnableSsl" when node.FirstAncestorOrSelf<AssignmentExpressionSyntax>() is { Right: { } value }:
                    newRoot = root.ReplaceNode(value, LiteralExpression(SyntaxKind.TrueLiteralExpression).WithTriviaFrom(value));
                    title = "Set EnableSsl = true";
                    key = EnableSslKey;
                    break;
                case "AddEnableSsl" when node.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is { } creation:
                    newRoot = root.ReplaceNode(creation, ObjectInitializerEditor.AddTrueAssignments(creation, ["EnableSsl"]));
                    title = "Set EnableSsl = true";
                    key = EnableSslKey;
                    break;
                default:
                    continue;
            }

            if (newRoot is not null)
            {
                var document = context.Document.WithSyntaxRoot(newRoot);
                context.RegisterCodeFix(CodeAction.Create(title, (CancellationToken _) => Task.FromResult(document), key), diagnostic);
            }
        }
    }

    private static SyntaxNode? UseHttps(SyntaxNode root, SyntaxNode node)
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

            return root.ReplaceToken(token, Literal(token.LeadingTrivia, text, value, token.TrailingTrivia));
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

            return root.ReplaceToken(token, Token(token.LeadingTrivia, SyntaxKind.InterpolatedStringTextToken, text, value, token.TrailingTrivia));
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
