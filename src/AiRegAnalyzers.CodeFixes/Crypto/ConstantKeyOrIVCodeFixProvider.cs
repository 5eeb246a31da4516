using System.Collections.Immutable;
using System.Composition;
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
/// AIREG305: <c>aes.IV = constant;</c> → <c>aes.GenerateIV();</c>. Offered only where it keeps
/// the code working: in a method that encrypts (no <c>CreateDecryptor</c>/<c>Decrypt*</c>, which need
/// the IV that was used), and when the constant is not read again elsewhere in the method (code that
/// writes the IV out next to the ciphertext must read <c>aes.IV</c>, not the old constant).
/// Constant keys get no fix: a key has to come from a key store, which code cannot guess.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConstantKeyOrIVCodeFixProvider)), Shared]
public sealed class ConstantKeyOrIVCodeFixProvider : CodeFixProvider
{
    internal const string EquivalenceKey = "AIREG305.GenerateIV";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.AIREG305_ConstantKeyOrIV.Id);

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
                || kind != ConstantKeyOrIVAnalyzer.KindIVAssignment
                || DiagnosticSyntax.FindExpression(root, diagnostic) is not { } value
                || value.Parent is not AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax target } assignment
                || assignment.Parent is not ExpressionStatementSyntax statement
                || Scope(statement) is not { } member
                || Decrypts(member)
                || IsReadElsewhere(member, value))
            {
                continue;
            }

            var generate = SyntaxFactory.ExpressionStatement(
                SyntaxFactory.InvocationExpression(target.WithName(SyntaxFactory.IdentifierName("GenerateIV")).WithoutTrivia()))
                .WithTriviaFrom(statement);
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Generate a random IV (" + target.Expression.WithoutTrivia() + ".GenerateIV()); store it with the ciphertext",
                    ct => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(statement, generate))),
                    EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>The member around the statement; for top-level statements, the whole file.</summary>
    private static SyntaxNode? Scope(StatementSyntax statement) =>
        statement.FirstAncestorOrSelf<GlobalStatementSyntax>()?.Parent ?? statement.FirstAncestorOrSelf<MemberDeclarationSyntax>();

    private static bool Decrypts(SyntaxNode member)
    {
        foreach (var node in member.DescendantNodes())
        {
            if (node is InvocationExpressionSyntax invocation)
            {
                var name = invocation.Expression switch
                {
                    MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                    IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                    _ => string.Empty,
                };
                if (name.StartsWith("CreateDecryptor", System.StringComparison.Ordinal)
                    || name.StartsWith("Decrypt", System.StringComparison.Ordinal)
                    || name.StartsWith("TryDecrypt", System.StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a named constant (local or field) assigned to IV is also used elsewhere in the member.</summary>
    private static bool IsReadElsewhere(SyntaxNode member, ExpressionSyntax value)
    {
        var name = value switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => null,
        };
        if (name is null)
        {
            return false;
        }

        var count = 0;
        foreach (var token in member.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name && token.Parent is IdentifierNameSyntax && ++count > 1)
            {
                return true;
            }
        }

        return false;
    }
}
