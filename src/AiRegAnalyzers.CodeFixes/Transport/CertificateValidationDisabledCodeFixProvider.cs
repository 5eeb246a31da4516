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
/// AIREG401: removes the assignment that installs the always-true callback (a statement in a block,
/// or a member of an object initializer), or passes <c>null</c> instead of the callback to
/// <c>SslStream</c>, so the platform's default validation applies.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CertificateValidationDisabledCodeFixProvider)), Shared]
public sealed class CertificateValidationDisabledCodeFixProvider : CodeFixProvider
{
    public const string RemoveKey = "AIREG401_RemoveOverride";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("AIREG401");

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
            diagnostic.Properties.TryGetValue(CertificateValidationDisabledAnalyzer.KindProperty, out var kind);
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            SyntaxNode? newRoot = null;
            string? title = null;
            if (kind == "Assignment" && node.FirstAncestorOrSelf<AssignmentExpressionSyntax>() is { } assignment)
            {
                if (assignment.Parent is ExpressionStatementSyntax { Parent: BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax } statement)
                {
                    var removable = statement.Parent is GlobalStatementSyntax global ? (SyntaxNode)global : statement;
                    newRoot = root.RemoveNode(removable, SyntaxRemoveOptions.KeepUnbalancedDirectives);
                }
                else if (assignment.Parent is InitializerExpressionSyntax initializer)
                {
                    newRoot = root.ReplaceNode(initializer, RemoveMember(initializer, assignment));
                }

                title = "Remove the certificate validation override";
            }
            else if (kind == "Argument" && node.FirstAncestorOrSelf<ArgumentSyntax>() is { } argument)
            {
                newRoot = root.ReplaceNode(argument.Expression, LiteralExpression(SyntaxKind.NullLiteralExpression).WithTriviaFrom(argument.Expression));
                title = "Pass null to keep the default certificate validation";
            }

            if (newRoot is not null && title is not null)
            {
                var document = context.Document.WithSyntaxRoot(newRoot);
                context.RegisterCodeFix(
                    CodeAction.Create(title, (CancellationToken _) => Task.FromResult(document), RemoveKey),
                    diagnostic);
            }
        }
    }

    private static InitializerExpressionSyntax RemoveMember(InitializerExpressionSyntax initializer, ExpressionSyntax member)
    {
        var expressions = initializer.Expressions;
        var nodes = expressions.GetWithSeparators();
        // Remove the member and the separator after it (or before it, when it is the last one without a trailing comma).
        var position = nodes.IndexOf(member);
        if (position + 1 < nodes.Count)
        {
            nodes = nodes.RemoveAt(position + 1).RemoveAt(position);
        }
        else if (position > 0)
        {
            var previous = nodes[position - 1];
            nodes = nodes.RemoveAt(position).RemoveAt(position - 1);
            if (nodes.Count > 0 && previous.HasTrailingTrivia)
            {
                var last = nodes[nodes.Count - 1];
                nodes = nodes.Replace(last, last.WithTrailingTrivia(member.GetTrailingTrivia()));
            }
        }
        else
        {
            nodes = nodes.RemoveAt(position);
        }

        return initializer.WithExpressions(SeparatedList<ExpressionSyntax>(nodes));
    }
}
