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
using Microsoft.CodeAnalysis.Simplification;

namespace AiRegAnalyzers.CodeFixes.Transport;

/// <summary>
/// AIREG402: replaces the protocol expression with the operating system default
/// (<c>SslProtocols.None</c> / <c>SecurityProtocolType.SystemDefault</c>) or with <c>Tls12 | Tls13</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ObsoleteTlsProtocolCodeFixProvider)), Shared]
public sealed class ObsoleteTlsProtocolCodeFixProvider : CodeFixProvider
{
    public const string SystemDefaultKey = "AIREG402_SystemDefault";
    public const string Tls12Tls13Key = "AIREG402_Tls12Tls13";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("AIREG402");

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
            if (!diagnostic.Properties.TryGetValue(ObsoleteTlsProtocolAnalyzer.EnumProperty, out var enumName)
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression)
            {
                continue;
            }

            string qualified, systemDefault, defaultTitle;
            var written = WrittenQualifier(expression);
            if (enumName == "SslProtocols")
            {
                qualified = written ?? "global::System.Security.Authentication.SslProtocols";
                systemDefault = "None";
                defaultTitle = "Use SslProtocols.None (let the operating system choose)";
            }
            else if (enumName == "SecurityProtocolType")
            {
                qualified = written ?? "global::System.Net.SecurityProtocolType";
                systemDefault = "SystemDefault";
                defaultTitle = "Use SecurityProtocolType.SystemDefault (let the operating system choose)";
            }
            else
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(defaultTitle, _ => Replace(context.Document, root, expression, qualified + "." + systemDefault), SystemDefaultKey),
                diagnostic);
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use " + enumName + ".Tls12 | " + enumName + ".Tls13",
                    _ => Replace(context.Document, root, expression, "(" + qualified + ".Tls12 | " + qualified + ".Tls13)"),
                    Tls12Tls13Key),
                diagnostic);
        }
    }

    /// <summary>The enum as the user wrote it (<c>SslProtocols</c>, <c>System.Net.SecurityProtocolType</c>) at the first member access.</summary>
    private static string? WrittenQualifier(ExpressionSyntax expression)
    {
        foreach (var node in expression.DescendantNodesAndSelf())
        {
            if (node is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Ssl2" or "Ssl3" or "Tls" or "Tls11" or "Default" } access)
            {
                return access.Expression.ToString();
            }
        }

        return null;
    }

    private static Task<Document> Replace(Document document, SyntaxNode root, ExpressionSyntax expression, string replacement)
    {
        var newExpression = SyntaxFactory.ParseExpression(replacement)
            .WithTriviaFrom(expression)
            .WithAdditionalAnnotations(Simplifier.Annotation);
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(expression, newExpression)));
    }
}
