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
/// AIREG404: adds the missing <c>Secure = true</c> / <c>HttpOnly = true</c> to the <c>new CookieOptions</c>
/// initializer, turns an explicit <c>false</c> into <c>true</c>, and <c>CookieSecurePolicy.None</c> into
/// <c>CookieSecurePolicy.Always</c>.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InsecureCookieCodeFixProvider)), Shared]
public sealed class InsecureCookieCodeFixProvider : CodeFixProvider
{
    public const string SecureCookieKey = "AIREG404_SecureCookie";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("AIREG404");

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
            if (!diagnostic.Properties.TryGetValue(InsecureCookieAnalyzer.FixProperty, out var fix))
            {
                continue;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            SyntaxNode? newRoot = null;
            string? title = null;
            switch (fix)
            {
                case "AddFlags" when node.FirstAncestorOrSelf<BaseObjectCreationExpressionSyntax>() is { } creation
                    && diagnostic.Properties.TryGetValue(InsecureCookieAnalyzer.MissingProperty, out var missing) && missing is not null:
                    var names = missing.Split(',');
                    newRoot = root.ReplaceNode(creation, ObjectInitializerEditor.AddTrueAssignments(creation, names));
                    title = "Set " + string.Join(" and ", names) + " = true";
                    break;
                case "SetTrue" when node.FirstAncestorOrSelf<AssignmentExpressionSyntax>() is { Left: { } left, Right: { } value }:
                    newRoot = root.ReplaceNode(value, LiteralExpression(SyntaxKind.TrueLiteralExpression).WithTriviaFrom(value));
                    title = "Set " + Name(left) + " = true";
                    break;
                case "SecurePolicyAlways" when node is MemberAccessExpressionSyntax access:
                    newRoot = root.ReplaceNode(access, access.WithName(IdentifierName("Always").WithTriviaFrom(access.Name)));
                    title = "Use CookieSecurePolicy.Always";
                    break;
                case "SecurePolicyAlways" when node is IdentifierNameSyntax { Identifier.ValueText: "None" } identifier:
                    newRoot = root.ReplaceNode(identifier, IdentifierName("Always").WithTriviaFrom(identifier));
                    title = "Use CookieSecurePolicy.Always";
                    break;
            }

            if (newRoot is not null && title is not null)
            {
                var document = context.Document.WithSyntaxRoot(newRoot);
                context.RegisterCodeFix(CodeAction.Create(title, (CancellationToken _) => Task.FromResult(document), SecureCookieKey), diagnostic);
            }
        }
    }

    private static string Name(ExpressionSyntax target) => target switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        _ => target.ToString(),
    };
}
