namespace AiRegAnalyzers.CodeFixes.Crypto;

/// <summary>
/// AIREG307: <c>random.Next(…)</c> → <c>RandomNumberGenerator.GetInt32(…)</c> (<c>Next()</c> →
/// <c>GetInt32(int.MaxValue)</c>, the same range), <c>random.NextBytes(buffer)</c> →
/// <c>RandomNumberGenerator.Fill(buffer)</c>, <c>GetItems</c>/<c>GetString</c>/<c>GetHexString</c> →
/// the <c>RandomNumberGenerator</c> methods of the same name. No fix for <c>NextInt64</c>,
/// <c>NextDouble</c> and <c>NextSingle</c>, which have no cryptographic counterpart.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InsecureRandomnessCodeFixProvider)), Shared]
public sealed class InsecureRandomnessCodeFixProvider() : AiRegCodeFixProvider(RuleIds.InsecureRandomness, FixKind.GetInt32, FixKind.Fill, FixKind.SameName)
{
    private protected override void Offer(FixDocument document, Diagnostic diagnostic, List<FixOffer> offers)
    {
        if (diagnostic.GetFixKind() is not { } kind
            || document.ExpressionAt(diagnostic) is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax } invocation
            || document.Model.GetSymbolInfo(invocation, document.CancellationToken).Symbol is not IMethodSymbol method)
        {
            return;
        }

        var arguments = invocation.ArgumentList;
        SimpleNameSyntax name;
        switch (kind)
        {
            case FixKind.GetInt32:
                name = SyntaxFactory.IdentifierName("GetInt32");
                if (arguments.Arguments.Count == 0)
                {
                    // Random.Next() returns 0 ≤ n < int.MaxValue, exactly what GetInt32(int.MaxValue) returns.
                    arguments = arguments.AddArguments(SyntaxFactory.Argument(SyntaxFactory.ParseExpression("int.MaxValue")));
                }

                break;
            case FixKind.Fill:
                name = SyntaxFactory.IdentifierName("Fill");
                break;
            case FixKind.SameName when method.IsGenericMethod:
                // Explicit type arguments: inference through T[] → ReadOnlySpan<T> needs C# 14.
                name = SyntaxFactory.GenericName(SyntaxFactory.Identifier(method.Name))
                    .WithTypeArgumentList(SyntaxFactory.TypeArgumentList(SyntaxFactory.SingletonSeparatedList(
                        SyntaxFactory.ParseTypeName(method.TypeArguments[0].ToMinimalDisplayString(document.Model, invocation.SpanStart)))));
                break;
            case FixKind.SameName:
                name = SyntaxFactory.IdentifierName(method.Name);
                break;
            default:
                return;
        }

        var replacement = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, CryptoFixHelpers.CryptoType("RandomNumberGenerator"), name),
            arguments.WithoutTrivia());
        offers.Add(CryptoFixHelpers.Replace(kind, invocation, replacement, name.Identifier.ValueText));
    }
}
