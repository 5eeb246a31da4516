using System.Globalization;

namespace AiRegAnalyzers.CodeFixes.Crypto;

/// <summary>
/// AIREG304: raises a constant key size to the configured minimum (rounded up to a size the
/// platform accepts: a multiple of 8 for RSA/DSA, 256/384/521 for EC), or replaces a small
/// curve with the smallest one that meets the minimum (<c>"nistP256"</c>,
/// <c>ECCurve.NamedCurves.brainpoolP256r1</c>). Not offered for <c>DSACryptoServiceProvider</c>,
/// which cannot go above 1024 bits. An <c>RSACryptoServiceProvider</c> made without a size, whose
/// <c>KeySize</c> setter does nothing, is given the size in its constructor (<see cref="OfferSizeInConstructor"/>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ShortKeySizeCodeFixProvider)), Shared]
public sealed class ShortKeySizeCodeFixProvider() : AiRegCodeFixProvider(RuleIds.ShortKeySize, FixKind.Number, FixKind.CurveName, FixKind.SizeInConstructor)
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
            case FixKind.SizeInConstructor when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var bits):
                OfferSizeInConstructor(document, expression, bits, value, offers);
                break;
        }
    }

    /// <summary>
    /// <c>new RSACryptoServiceProvider()</c> → <c>new RSACryptoServiceProvider(2048)</c> (also before a
    /// <c>CspParameters</c> argument: the <c>(int, CspParameters)</c> constructor). A <c>KeySize</c> set in the
    /// object initializer, or in a statement that always runs after the local's declaration (the same block,
    /// or the body of the <c>using</c> that declares it), moves into the constructor and is removed. Not
    /// offered when the local's size is set more than once or conditionally (where it runs decides nothing
    /// today, and one size would have to be chosen).
    /// </summary>
    private static void OfferSizeInConstructor(FixDocument document, ExpressionSyntax expression, int bits, string title, List<FixOffer> offers)
    {
        if (expression is BaseObjectCreationExpressionSyntax created)
        {
            offers.Add(new FixOffer(FixKind.SizeInConstructor, edits => edits.Replace(created, WithSize(created, CryptoFixHelpers.Number(bits), null)), title));
            return;
        }

        if (expression.Parent is not AssignmentExpressionSyntax { Left: var target } assignment || assignment.Right != expression)
        {
            return;
        }

        var size = SizeExpression(document, expression, bits);
        if (assignment.Parent is InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax owner } initializer)
        {
            if (CountKeySizes(initializer, null) == 1)
            {
                offers.Add(new FixOffer(FixKind.SizeInConstructor, edits => edits.Replace(owner, WithSize(owner, size, assignment)), title));
            }

            return;
        }

        if (assignment.Parent is ExpressionStatementSyntax statement
            && target is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax name }
            && document.Model.GetSymbolInfo(name, document.CancellationToken).Symbol is ILocalSymbol { DeclaringSyntaxReferences.Length: 1 } local
            && local.DeclaringSyntaxReferences[0].GetSyntax(document.CancellationToken) is VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax creation } declarator
            && AlwaysRunsAfter(statement, declarator) is { } scope
            && CountKeySizes(scope, local.Name) == 1
            && (creation.Initializer is null || CountKeySizes(creation.Initializer, null) == 0))
        {
            offers.Add(new FixOffer(
                FixKind.SizeInConstructor,
                edits =>
                {
                    edits.Replace(creation, WithSize(creation, size, null));
                    edits.Remove(statement);
                },
                title));
        }
    }

    /// <summary>The size as the code wrote it when it meets the minimum (a literal or a constant in scope at the constructor), else the number.</summary>
    private static ExpressionSyntax SizeExpression(FixDocument document, ExpressionSyntax value, int bits)
    {
        if (document.Model.GetConstantValue(value, document.CancellationToken) is not { HasValue: true, Value: int written } || written != bits)
        {
            return CryptoFixHelpers.Number(bits);
        }

        foreach (var identifier in value.DescendantNodesAndSelf())
        {
            // A local const may be declared after the constructor.
            if (identifier is IdentifierNameSyntax && document.Model.GetSymbolInfo(identifier, document.CancellationToken).Symbol is ILocalSymbol)
            {
                return CryptoFixHelpers.Number(bits);
            }
        }

        return value.WithoutTrivia();
    }

    /// <summary>The block that holds both, when the statement runs whenever the declaration has: directly in the declaration's block, or in the body of its <c>using</c>.</summary>
    private static SyntaxNode? AlwaysRunsAfter(StatementSyntax statement, VariableDeclaratorSyntax declarator)
    {
        var declaration = declarator.Parent?.Parent;
        return declaration switch
        {
            LocalDeclarationStatementSyntax when declaration.Parent is BlockSyntax block && statement.Parent == block => block,
            UsingStatementSyntax { Statement: BlockSyntax body } when statement.Parent == body => body,
            _ => null,
        };
    }

    /// <summary>The <c>KeySize</c> assignments in <paramref name="scope"/>: in an initializer (<paramref name="local"/> null) or to <c>local.KeySize</c>.</summary>
    private static int CountKeySizes(SyntaxNode scope, string? local)
    {
        var count = 0;
        foreach (var node in local is null ? scope.ChildNodes() : scope.DescendantNodes())
        {
            if (node is AssignmentExpressionSyntax { Left: var left }
                && (local is null
                    ? left is IdentifierNameSyntax { Identifier.ValueText: "KeySize" }
                    : left is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "KeySize", Expression: IdentifierNameSyntax { Identifier.ValueText: var owner } } && owner == local))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The creation with <paramref name="size"/> as its first argument and without the initializer's <paramref name="removed"/> member.</summary>
    private static ExpressionSyntax WithSize(BaseObjectCreationExpressionSyntax creation, ExpressionSyntax size, AssignmentExpressionSyntax? removed)
    {
        var initializer = creation.Initializer;
        if (removed is not null && initializer is not null)
        {
            var rest = initializer.Expressions.Remove(removed);
            initializer = rest.Count == 0 ? null : initializer.WithExpressions(rest);
        }

        var arguments = creation.ArgumentList ?? SyntaxFactory.ArgumentList();
        arguments = arguments.WithArguments(arguments.Arguments.Insert(0, SyntaxFactory.Argument(size)));
        if (creation is ObjectCreationExpressionSyntax { ArgumentList: null } spelled)
        {
            // new RSACryptoServiceProvider { ... }: the space before the brace moves behind the new argument list.
            arguments = arguments.WithTrailingTrivia(initializer is null ? default : spelled.Type.GetTrailingTrivia());
            creation = spelled.WithType(spelled.Type.WithoutTrailingTrivia());
        }
        else if (initializer is null)
        {
            arguments = arguments.WithoutTrailingTrivia();
        }

        return creation.WithArgumentList(arguments).WithInitializer(initializer);
    }
}
